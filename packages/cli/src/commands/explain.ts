import { damerauDistance, explainKeyword, explainableWords } from "@lontar/dsl";
import { COMMAND_USAGE } from "../args/help-texts.js";
import { parseCommandLine, UsageError } from "../args/usage-error.js";
import { messageLanguage } from "../args/message-language.js";
import { visibleText } from "../format/visible-text.js";
import { cliText } from "../text/render.js";
import { DIAGNOSTIC_TABLE } from "@lontar/core";
import { nearestWord } from "../args/nearest-word.js";
import { palette, shouldUseColor } from "../color.js";
import { findDiagnosticsDocs, readCodePage } from "../files/find-docs.js";
import { ExitCode, type CliIo } from "../io.js";
import { renderMarkdown } from "./render-markdown.js";

// Codes are LON + four digits; anything else never reaches the file system.
const CODE_PATTERN = /^LON\d{4}$/;

/**
 * `lontar explain <CODE|KEYWORD>`: prints docs/diagnostics/<CODE>.md, or the language table's
 * documentation of a declaration or property keyword (in the keyword's language; in the reader's, from
 * `--lang` or the locale, for a keyword both languages spell alike), for a terminal.
 */
export function runExplain(args: readonly string[], io: CliIo, docsDir: string | undefined = findDiagnosticsDocs()): ExitCode {
  const { values, positionals } = parseCommandLine(args, { options: { help: { type: "boolean", short: "h" }, lang: { type: "string", short: "l" } } });
  const language = messageLanguage(values.lang, io.env);
  if (values.help === true) {
    io.stdout(COMMAND_USAGE.explain[language]);
    return ExitCode.Ok;
  }
  const [code, ...rest] = positionals;
  if (code === undefined) throw new UsageError("usage.missingCode", {});
  // A phrase typed without quotes (`lontar explain cuti bersama`) is the phrase when explain knows it.
  if (rest.length > 0 && explainKeyword([code, ...rest].join(" "), language) === undefined) throw new UsageError("usage.unexpectedArgument", { argument: rest[0] ?? "" });
  const written = [code, ...rest].join(" ");
  // A code's number alone (`1106`, as a code frame's reader may copy it) is the code.
  const normalized = /^\d{4}$/.test(code) ? `LON${code}` : code.toUpperCase();
  const text = CODE_PATTERN.test(normalized) ? (docsDir === undefined ? undefined : withoutOtherSummary(readCodePage(docsDir, normalized, language)?.markdown)) : explainKeyword(written, language);
  if (text === undefined) {
    const near = nearestExplainable(code);
    const message = near === undefined ? cliText("run.unknownCode", { code: visibleText(code) }, language) : cliText("run.unknownCodeNear", { code: visibleText(code), near }, language);
    io.stderr(`lontar: ${message}\n`);
    return ExitCode.Failure;
  }
  io.stdout(renderMarkdown(text, palette(shouldUseColor(io.env, io.stdoutIsTTY))));
  return ExitCode.Ok;
}

/**
 * A code's page without the summary in the other language under its title (`> **Ringkasan:**`
 * on an English page, `> **Summary (English):**` with its link on an Indonesian one): the
 * site shows it to a reader of the other language; in a terminal that chose a language it is noise.
 */
function withoutOtherSummary(markdown: string | undefined): string | undefined {
  return markdown?.replace(/^> \*\*(?:Ringkasan|Summary \(English\)):\*\*.*\n+/m, "");
}

/**
 * What a mistyped argument most likely meant. Something written like a code (`LON`, then
 * letters, digits or dashes): the one code a single edit away, none when several are (as
 * `LON301` is from ten). A word: itself in lower case when `explain` documents that, else
 * the nearest word it documents, within the command line's typo limit.
 */
function nearestExplainable(typed: string): string | undefined {
  if (/^lon[\w-]*$/i.test(typed)) {
    const upper = typed.toUpperCase();
    const near = Object.keys(DIAGNOSTIC_TABLE).filter((code) => code !== upper && damerauDistance(upper, code, 1) <= 1);
    return near.length === 1 ? near[0] : undefined;
  }
  const words = explainableWords();
  // Keywords are lower case: `Horizon` meant `horizon`.
  const lower = typed.toLowerCase();
  return words.includes(lower) && lower !== typed ? lower : nearestWord(typed, words);
}
