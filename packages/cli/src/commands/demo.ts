import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Language } from "@lontar/core";
import { COMMAND_USAGE } from "../args/help-texts.js";
import { parseCommandLine, UsageError } from "../args/usage-error.js";
import { messageLanguage } from "../args/message-language.js";
import { planAndWrite } from "../engine/plan-run.js";
import { DEFAULT_EXAMPLE, findExamples, type Examples } from "../files/find-examples.js";
import { visibleText } from "../format/visible-text.js";
import { ExitCode, type CliIo } from "../io.js";

/**
 * `lontar demo [<dir>|<example>] [--out DIR]`: plans an example workspace (a folder, or one
 * shipped with lontar by name; see {@link demoWorkspace}) with its own horizon and seed 1, into a fresh temporary folder unless --out is given (so a demo never writes
 * into the checkout), and prints the summary with where calendar.ics and index.html are.
 */
export function runDemo(args: readonly string[], io: CliIo): Promise<ExitCode> | ExitCode {
  const { values, positionals } = parseCommandLine(args, {
    options: { help: { type: "boolean", short: "h" }, out: { type: "string", short: "o" }, lang: { type: "string", short: "l" } },
  });
  const lang = values.lang === undefined ? undefined : messageLanguage(values.lang, io.env);
  if (values.help === true) {
    io.stdout(COMMAND_USAGE.demo[lang ?? messageLanguage(undefined, io.env)]);
    return ExitCode.Ok;
  }
  const [dir, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError("usage.unexpectedArgument", { argument: rest[0] ?? "" });
  const workspace = demoWorkspace(dir, io.cwd, findExamples, lang ?? messageLanguage(undefined, io.env));
  const out = values.out ?? mkdtempSync(path.join(tmpdir(), "lontar-demo-"));
  return planAndWrite({ paths: [workspace], out, horizon: {}, seed: 1, lang }, io);
}

/**
 * The workspace a demo plans: the folder named when it exists, else the example shipped with
 * lontar by that name (`lontar demo langsa`, or `examples/langsa` from outside a checkout),
 * else {@link DEFAULT_EXAMPLE}'s for the reader's `language` when none is named. A name
 * that is neither is a usage error listing the examples.
 */
export function demoWorkspace(dir: string | undefined, cwd: string, shipped: () => Examples | undefined = findExamples, language: Language = "en"): string {
  if (dir !== undefined && existsSync(path.resolve(cwd, dir))) return dir;
  // Looked for only now: a folder that is there needs no search of the examples.
  const examples = shipped();
  // A bare name, or the repository's `examples/<name>`: a mistyped path elsewhere is not taken for an example.
  const bare = dir === undefined || !/[\\/]/.test(dir) || /^(?:\.\/)?examples[\\/][^\\/]+[\\/]?$/.test(dir);
  const name = dir === undefined ? DEFAULT_EXAMPLE[language] : path.basename(dir);
  if (bare && examples !== undefined && examples.names.includes(name)) return path.join(examples.dir, name);
  if (dir === undefined || examples === undefined) throw new UsageError("usage.missingDemoPath", {});
  throw new UsageError("usage.unknownDemo", { name: visibleText(dir), examples: examples.names.join(", ") });
}
