/**
 * The message catalogues, locales/vi.json (default) and locales/en.json, flattened to dotted keys.
 * MessageKey is derived from vi.json by the type checker, so an unknown key fails to compile.
 */
import vi from "../../locales/vi.json" with { type: "json" };
import en from "../../locales/en.json" with { type: "json" };

import type { Locale } from "../core/model.ts";

export type { Locale };
export const LOCALES = ["vi", "en"] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = "vi";

/** Dotted paths to every string leaf of a nested object: { a: { b: "" } } → "a.b". */
type LeafKeys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = LeafKeys<typeof vi>;

/** The English catalogue must have at least vi's shape; the catalogue test checks the converse. */
const enChecked: typeof vi = en;

function flatten(node: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof node === "string") {
    out.set(prefix, node);
    return out;
  }
  if (node === null || typeof node !== "object" || Array.isArray(node)) {
    throw new Error(`locale entry "${prefix}" must be a string or an object of strings`);
  }
  for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const FLAT: Record<Locale, ReadonlyMap<string, string>> = {
  vi: flatten(vi, "", new Map()),
  en: flatten(enChecked, "", new Map()),
};

/** The raw template of a key in a locale, or undefined when the locale lacks it. */
export function rawMessage(locale: Locale, key: string): string | undefined {
  return FLAT[locale].get(key);
}

/** Every key of a locale's catalogue, in file order: for tests and tooling. */
export function catalogueKeys(locale: Locale): string[] {
  return [...FLAT[locale].keys()];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A roster or binding locale as stored ("vi", "EN", "en-US", null) → a supported locale; default vi. */
export function toLocale(value: string | null | undefined): Locale {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : DEFAULT_LOCALE;
}

/** For keys built at run time from data (a status read from Redis): narrows a string to MessageKey. */
export function isMessageKey(key: string): key is MessageKey {
  return FLAT[DEFAULT_LOCALE].has(key);
}
