import type { Language } from "@lontar/core";
import { UsageError } from "./usage-error.js";

/** The languages messages are printed in. */
export const MESSAGE_LANGUAGES: readonly Language[] = ["en", "id"];

/**
 * The language of the messages, from the environment as POSIX orders it: the first set of
 * LC_ALL, LC_MESSAGES and LANG; Bahasa Indonesia when it names Indonesian (`id`, `id_ID`,
 * `id_ID.UTF-8`), else English.
 *
 * @example languageFromEnvironment({ LANG: "id_ID.UTF-8" }) // "id"
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find((value) => value !== undefined && value !== "");
  return locale !== undefined && /^id(?:[_.@-]|$)/i.test(locale) ? "id" : "en";
}

/**
 * The language chosen with `--lang` (`en` or `id`), else the environment's.
 * A value other than `en` or `id` is a usage error.
 */
export function messageLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (option === undefined) return languageFromEnvironment(env);
  if (option !== "en" && option !== "id") throw new UsageError(`--lang expects en or id, got '${option}'`);
  return option;
}
