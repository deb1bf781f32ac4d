import { existsSync } from "node:fs";
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
 * The language a `--lang` value names, read as a locale is (as LANG=id_ID is): `id`, `ID`,
 * `id-ID`, `id_ID`, `id_ID.UTF-8` are Bahasa Indonesia, `en`, `en-US`, `EN` English; undefined
 * for anything else.
 *
 * @example languageOption("id-ID") // "id"
 */
export function languageOption(value: string): Language | undefined {
  const base = /^([A-Za-z]{2})(?:[-_.@][A-Za-z0-9._@-]*)?$/.exec(value.trim())?.[1]?.toLowerCase();
  return base === "en" || base === "id" ? base : undefined;
}

/**
 * The language `--lang` names (see {@link languageOption}), or a usage error: one that says
 * the option took a path as its value when it did (`lontar check --lang ws`).
 */
export function parseLanguageOption(value: string): Language {
  const language = languageOption(value);
  if (language !== undefined) return language;
  if (/[/\\]|\.lontar$|^\.{1,2}$/.test(value) || existsSync(value)) throw new UsageError("usage.langTookPath", { value });
  throw new UsageError("usage.lang", { value });
}

/**
 * The language chosen with `--lang` (`en` or `id`, or a locale naming one: `id_ID`), else the
 * environment's. Any other value is a usage error.
 */
export function messageLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  return option === undefined ? languageFromEnvironment(env) : parseLanguageOption(option);
}

/**
 * The language of the CLI's own text for a command line, before (or without) parsing it:
 * a valid `--lang en|id` (or `--lang=…`, `-l …`, or a locale naming one) among `argv`, else the environment's. Usage
 * errors, I/O errors and help are printed in it.
 *
 * @example chromeLanguage(["check", "--lang", "id", "ws"], {}) // "id"
 */
export function chromeLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  for (const [index, arg] of argv.entries()) {
    if (arg === "--") break;
    const value = arg === "--lang" || arg === "-l" ? argv[index + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    const language = value === undefined ? undefined : languageOption(value);
    if (language !== undefined) return language;
  }
  return languageFromEnvironment(env);
}
