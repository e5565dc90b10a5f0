import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTemplate, renderTemplate } from "../../src/i18n/template.ts";

const render = (src: string, locale: string, params: Record<string, string | number>) =>
  renderTemplate(compileTemplate(src), locale, params);

describe("templates", () => {
  it("lists placeholder names, including plural selectors and placeholders inside cases", () => {
    expect(compileTemplate("{a} and {n, plural, one {# {b}} other {# {b}s}} then {a}").names).toEqual(["a", "n", "b"]);
  });

  it("chooses plural cases by the locale's rules, exact cases first", () => {
    const src = "{n, plural, =0 {none} one {# file} other {# files}}";
    expect([0, 1, 2, 21].map((n) => render(src, "en", { n }))).toEqual(["none", "1 file", "2 files", "21 files"]);
    expect(render("{n, plural, one {# one} other {# other}}", "vi", { n: 1 })).toBe("1 other");
  });

  it.each(["{a", "a}", "{a b}", "{n, plural, one {x}}", "{n, plural, lots {x} other {y}}", "{n, select, a {x} other {y}}"])(
    "rejects the malformed template %s",
    (src) => {
      expect(() => compileTemplate(src)).toThrow();
    },
  );

  it("leaves text without braces exactly as it is, # included", () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[{}]/.test(s)), (s) => {
        expect(render(s, "vi", {})).toBe(s);
      }),
    );
  });

  it("inserts values verbatim, even ones that look like placeholders", () => {
    expect(render("«{a}»", "vi", { a: "{b} #" })).toBe("«{b} #»");
  });
});
