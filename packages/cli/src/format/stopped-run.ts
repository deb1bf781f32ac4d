/**
 * What a machine-read report says of a `check` run that stopped before it checked anything
 * (exit 2: a path that does not exist, a folder with no .lontar file, an unreadable file). The
 * reason went to stderr alone, and stdout was empty: a CI step that uploads the SARIF file
 * with `if: always()` then failed on "unexpected end of JSON", and the github format put no
 * annotation in the run's summary (a CI walk). SARIF gets a log of a run that did
 * not succeed, its reason as the tool's error notification; github an `::error`.
 */
import { escapeData } from "./github.js";
import { SARIF_HEAD } from "./sarif.js";

/** The report formats that say a stopped run on stdout. */
export type StoppedRunFormat = "sarif" | "github";

/** The format a `check` command line asks for, when it is one that says a stopped run (`-f sarif`, `--format=github`). */
export function stoppedRunFormat(argv: readonly string[]): StoppedRunFormat | undefined {
  if (argv[0] !== "check") return undefined;
  let format: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") break;
    if (arg === "-f" || arg === "--format") format = argv[++i];
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
  }
  return format === "sarif" || format === "github" ? format : undefined;
}

/**
 * The stdout of a stopped run in `format`: a SARIF 2.1.0 log with no result and an
 * unsuccessful invocation whose error notification is `reason`, or a github `::error`.
 *
 * @example stoppedRunReport("github", "no .lontar files in docs", "1.0.0") // "::error::no .lontar files in docs\n"
 */
export function stoppedRunReport(format: StoppedRunFormat, reason: string, toolVersion: string): string {
  if (format === "github") return `::error::${escapeData(reason)}\n`;
  const log = {
    ...SARIF_HEAD,
    runs: [
      {
        tool: { driver: { name: "lontar", version: toolVersion, rules: [] } },
        invocations: [{ executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [{ level: "error", message: { text: reason } }] }],
        results: [],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
