import { planAndWrite } from "../engine/plan-run.js";
import { ExitCode, type CliIo } from "../io.js";
import { chromeLanguage } from "../args/message-language.js";
import { parsePlanOptions, PLAN_USAGE } from "./plan-options.js";

/** `lontar plan <paths…> --out DIR [--from D --to D] [--seed N] [--threads N] [--max-occurrences N]`. */
export async function runPlan(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const options = parsePlanOptions(args);
  if (options === "help") {
    io.stdout(PLAN_USAGE[chromeLanguage(args, io.env)]);
    return ExitCode.Ok;
  }
  const { paths, out, seed, threads, maxOccurrences, lang, csvSeparator } = options;
  return planAndWrite({ paths, out, horizon: { from: options.from, to: options.to }, seed, threads, maxOccurrences, lang, csvSeparator }, io);
}
