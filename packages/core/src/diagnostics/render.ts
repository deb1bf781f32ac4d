import { expectLanguage, type Labels, type Language } from "../primitives/labels.js";
import { formatNumber } from "../primitives/numbers.js";
import { described } from "../primitives/described.js";
import type { MessageArg, MessageArgs, MessageRef } from "./diagnostic.js";
import { messageTemplate } from "./table.js";

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * An argument as text in `language`: labels pick their language, texts and whole numbers
 * show as they are (a year, a line, a small count), a fraction as readers of the language
 * write it (`37,5` in Bahasa Indonesia, see formatNumber).
 */
export function argText(arg: MessageArg, language: Language): string {
  if (typeof arg === "object") return arg[language];
  return typeof arg === "number" && !Number.isInteger(arg) ? formatNumber(arg, language) : String(arg);
}

/**
 * Fills `template`'s placeholders (`{name}`) from `args`. A placeholder without an argument
 * stays as written, so a mistake shows instead of vanishing.
 *
 * @example fillTemplate("`{name}` is {kind}", { name: "aula", kind: { en: "a room", id: "ruang" } }, "id") // "`aula` is ruang"
 */
export function fillTemplate(template: string, args: MessageArgs, language: Language): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const arg = Object.hasOwn(args, name) ? args[name] : undefined;
    return arg === undefined ? whole : argText(arg, language);
  });
}

/**
 * A message in `language`: its key's template filled with its arguments; undefined for a
 * key the table does not know.
 *
 * @example renderMessage({ key: "LON2001.firstDeclaration", args: { name: "aula" } }, "id") // "deklarasi pertama `aula`"
 * @throws RangeError when `language` is not `"en"` or `"id"` (a locale such as `"id-ID"`: see localeLanguage).
 * @throws TypeError when `ref` is no message (`null`, an object without a string `key`).
 */
export function renderMessage(ref: MessageRef, language: Language): string | undefined {
  expectLanguage(language, "renderMessage");
  if (typeof ref !== "object" || ref === null || typeof (ref as { key?: unknown }).key !== "string") {
    throw new TypeError(`renderMessage: ref must be a message { key, args }, not ${described(ref)}${typeof ref === "object" && ref !== null ? " without a string key" : ""}`);
  }
  const template = messageTemplate(ref.key);
  return template === undefined ? undefined : fillTemplate(template[language], ref.args, language);
}

/**
 * A message rendered in both languages, for use as an argument of another message.
 *
 * @example messageLabels({ key: "LON2004.noLibrary", args: {} }) // { en: "the workspace declares no library", id: "ruang kerja tidak mendeklarasikan perpustakaan" }
 */
export function messageLabels(ref: MessageRef): Labels {
  return { en: renderMessage(ref, "en") ?? ref.key, id: renderMessage(ref, "id") ?? ref.key };
}
