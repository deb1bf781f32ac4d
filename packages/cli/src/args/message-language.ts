import { localeLanguage, type Language } from "@lontar/core";
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
  return locale === undefined ? "en" : localeLanguage(locale);
}

/**
 * The language chosen with `--lang` (`en` or `id`), else the environment's.
 * A value other than `en` or `id` is a usage error.
 */
export function messageLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (option === undefined) return languageFromEnvironment(env);
  if (option !== "en" && option !== "id") throw new UsageError("usage.lang", { value: option });
  return option;
}

/**
 * The language of the CLI's own text for a command line, before (or without) parsing it:
 * a valid `--lang en|id` (or `--lang=…`, `-l …`) among `argv`, else the environment's. Usage
 * errors, I/O errors and help are printed in it.
 *
 * @example chromeLanguage(["check", "--lang", "id", "ws"], {}) // "id"
 */
export function chromeLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  for (const [index, arg] of argv.entries()) {
    if (arg === "--") break;
    const value = arg === "--lang" || arg === "-l" ? argv[index + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "en" || value === "id") return value;
  }
  return languageFromEnvironment(env);
}
