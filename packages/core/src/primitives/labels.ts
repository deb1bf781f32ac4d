import { z } from "zod";

/** A user-facing label in Bahasa Indonesia (`id`) and English (`en`). */
export interface Labels {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** The language of a label or keyword: Bahasa Indonesia or English. */
export type Language = keyof Labels;

/**
 * The language of a locale name, as POSIX (`id_ID.UTF-8`), BCP 47 (`id-ID`) or an editor
 * (`id`) writes it: Bahasa Indonesia when it names Indonesian (`id`; `in`, the code Java
 * and older Android still use; or `ind`, its ISO 639-2/3 code), English for any other.
 *
 * @example localeLanguage("id_ID.UTF-8") // "id"
 */
export function localeLanguage(locale: string): Language {
  return /^(?:id|in|ind)(?:[_.@-]|$)/i.test(locale) ? "id" : "en";
}

/**
 * Throws a RangeError unless `language` is `"en"` or `"id"`: a locale passed where a
 * language is asked for (`"id-ID"`, `"id_ID.UTF-8"`) is a caller's mistake, which would
 * otherwise fail deep in a template or render English without a word. `where` names the
 * function for the message.
 *
 * @example expectLanguage("id-ID", "localizeIssue") // throws: language must be "en" or "id", not "id-ID"; …
 */
export function expectLanguage(language: unknown, where: string): asserts language is Language {
  if (language === "en" || language === "id") return;
  const shown = language === undefined ? "undefined" : (JSON.stringify(language) ?? String(language));
  throw new RangeError(`${where}: language must be "en" or "id", not ${shown}; localeLanguage(locale) reads a locale such as "id-ID"`);
}

/**
 * Builds a zod enum from a table of labelled values, so that every enum value has a
 * label in both languages by construction.
 *
 * @example
 * const Colour = labelledEnum({ red: { id: "merah", en: "red" } }, "A colour.");
 */
export function labelledEnum<const T extends Record<string, Labels>>(
  labels: T,
  description: string,
): z.ZodEnum<{ [K in keyof T & string]: K }> {
  const keys = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(keys).describe(description) as unknown as z.ZodEnum<{ [K in keyof T & string]: K }>;
}

/** The label of `value` in `language`, falling back to the value itself. */
export function labelOf<T extends string>(labels: Readonly<Record<T, Labels>>, value: T, language: Language): string {
  return labels[value]?.[language] ?? value;
}

/**
 * A count as each language writes it: `10,000` / `10.000`. The grouping is fixed per
 * language (never the host's locale).
 *
 * @example countLabels(1500) // { en: "1,500", id: "1.500" }
 */
export function countLabels(n: number): Labels {
  return { en: n.toLocaleString("en"), id: n.toLocaleString("id") };
}
