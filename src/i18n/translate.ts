import { DEFAULT_LOCALE, rawMessage, type Locale, type MessageKey } from "./catalogue.ts";
import { compileTemplate, MissingParamError, renderTemplate, type Params, type Template } from "./template.ts";

/** Compiled once per locale and key: rendering a reminder costs a walk over a few parts. */
const compiled = new Map<string, Template>();

function template(locale: Locale, key: MessageKey): Template {
  const id = `${locale}\u0000${key}`;
  let tpl = compiled.get(id);
  if (!tpl) {
    // Catalogues are checked to have the same keys; the fallback only guards a hand-edited file.
    const raw = rawMessage(locale, key) ?? rawMessage(DEFAULT_LOCALE, key);
    if (raw === undefined) throw new Error(`i18n: no message "${key}" in locale "${locale}"`);
    try {
      tpl = compileTemplate(raw);
    } catch (e: unknown) {
      throw new Error(`i18n: message "${key}" (${locale}) is malformed: ${(e as Error).message}`, { cause: e });
    }
    compiled.set(id, tpl);
  }
  return tpl;
}

/**
 * The message `key` in `locale` with its {placeholders} filled from `params`.
 * Throws when a placeholder has no value, naming the key and the parameter.
 */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  try {
    return renderTemplate(template(locale, key), locale, params);
  } catch (e: unknown) {
    if (e instanceof MissingParamError) {
      throw new Error(`i18n: message "${key}" (${locale}): ${e.message}`, { cause: e });
    }
    throw e;
  }
}

/** Placeholder names a message expects, e.g. ["name", "deadline", "days", "task"]. */
export function messageParams(locale: Locale, key: MessageKey): string[] {
  return [...template(locale, key).names];
}
