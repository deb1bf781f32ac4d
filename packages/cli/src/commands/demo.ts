import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMMAND_USAGE } from "../args/help-texts.js";
import { parseCommandLine, UsageError } from "../args/usage-error.js";
import { messageLanguage } from "../args/message-language.js";
import { planAndWrite } from "../engine/plan-run.js";
import { ExitCode, type CliIo } from "../io.js";

/**
 * `lontar demo <dir> [--out DIR]`: plans an example workspace with its own horizon and
 * seed 1, into a fresh temporary folder unless --out is given (so a demo never writes
 * into the checkout), and prints the summary with where calendar.ics and index.html are.
 */
export function runDemo(args: readonly string[], io: CliIo): Promise<ExitCode> | ExitCode {
  const { values, positionals } = parseCommandLine(args, {
    options: { help: { type: "boolean", short: "h" }, out: { type: "string", short: "o" }, lang: { type: "string" } },
  });
  const lang = values.lang === undefined ? undefined : messageLanguage(values.lang, io.env);
  if (values.help === true) {
    io.stdout(COMMAND_USAGE.demo[lang ?? messageLanguage(undefined, io.env)]);
    return ExitCode.Ok;
  }
  const [dir, ...rest] = positionals;
  if (dir === undefined) throw new UsageError("usage.missingDemoPath", {});
  if (rest.length > 0) throw new UsageError("usage.unexpectedArgument", { argument: rest[0] ?? "" });
  const out = values.out ?? mkdtempSync(path.join(tmpdir(), "lontar-demo-"));
  return planAndWrite({ paths: [dir], out, horizon: {}, seed: 1, lang }, io);
}
