import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMMAND_USAGE } from "../args/help-texts.js";
import { parseCommandLine, UsageError } from "../args/usage-error.js";
import { chromeLanguage, messageLanguage } from "../args/message-language.js";
import { cliText } from "../text/render.js";
import { TEMPLATE_YEAR, workspaceTemplate } from "../init/templates.js";
import { ExitCode, type CliIo } from "../io.js";
import { relativePath } from "../format/paths.js";
import { visibleText } from "../format/visible-text.js";
import { shellWord } from "./shell-word.js";

/**
 * `lontar init [dir] [--lang en|id] [--year YYYY]`: writes a starter workspace, never over an
 * existing file, in the keywords of `--lang`, else of the environment's language, its dates in
 * `--year` (else the template's year: never the clock's, so the same command writes the same files).
 */
export function runInit(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommandLine(args, {
    options: { help: { type: "boolean", short: "h" }, lang: { type: "string", short: "l" }, year: { type: "string", short: "y" } },
  });
  const language = chromeLanguage(args, io.env);
  if (values.help === true) {
    io.stdout(COMMAND_USAGE.init[language]);
    return ExitCode.Ok;
  }
  // The keywords follow --lang, else the language of the messages (LC_ALL, LC_MESSAGES, LANG): a planner in an Indonesian shell gets `perpustakaan`, not `library`.
  const keywords = messageLanguage(values.lang, io.env);
  // Found by a user walk: in December 2026, planning 2027, the starter workspace came with 2026's dates.
  const year = values.year === undefined ? TEMPLATE_YEAR : Number(values.year);
  if (values.year !== undefined && !(/^\d{4}$/.test(values.year) && year >= 2000)) throw new UsageError("usage.year", { value: values.year });
  if (positionals.length > 1) throw new UsageError("usage.unexpectedArgument", { argument: positionals[1] ?? "" });
  const dir = path.resolve(io.cwd, positionals[0] ?? ".");
  // `lontar init plan.lontar` (or `plan.lontar/baru`): a workspace is a folder; a file of that name, or on the way to it, is named as such.
  const file = fileOnTheWay(dir);
  if (file !== undefined) throw new UsageError("usage.initNotFolder", { path: visibleText(file === dir ? (positionals[0] ?? ".") : relativePath(io.cwd, file)) });
  makeFolders(dir);
  const files = workspaceTemplate(keywords, year);
  const existing = files.map((file) => path.join(dir, file.path)).filter((target) => existsSync(target));
  if (existing.length > 0) {
    for (const target of existing) io.stderr(`lontar: ${cliText("run.alreadyExists", { path: relativePath(io.cwd, target) }, language)}\n`);
    return ExitCode.Failure;
  }
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(dir, file.path);
    try {
      // "wx" fails if the file exists, so a race cannot clobber it either.
      writeFileSync(target, file.text, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      io.stderr(`lontar: ${cliText("run.alreadyExists", { path: relativePath(io.cwd, target) }, language)}\n`);
      return ExitCode.Failure;
    }
    written.push(relativePath(io.cwd, target));
  }
  // The folder as a shell reads it as one path: the user pastes `lontar check "Perpustakaan Desa"`.
  io.stdout(cliText("run.created", { files: written.join(", "), dir: shellWord(relativePath(io.cwd, dir) || ".") }, language));
  return ExitCode.Ok;
}

/** The file that stands at `dir` or at one of the folders above it, where a folder must be; undefined when there is none. */
function fileOnTheWay(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(at)) return statSync(at).isDirectory() ? undefined : at;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * `mkdir -p dir`, one folder at a time from the first that stands (no file is on the way:
 * {@link fileOnTheWay} said so): Node's recursive mode never returns under /proc, where
 * making a folder fails with ENOENT though its parent is there (`lontar init /proc/x` hung).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = path.dirname(at)) {
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) mkdirSync(folder);
}
