import { COMMAND_USAGE } from "../args/help-texts.js";
import { parseCommandLine, UsageError } from "../args/usage-error.js";
import { languageFromEnvironment, messageLanguage } from "../args/message-language.js";
import { ExitCode, type CliIo } from "../io.js";
import { letYoungGenerationGrow } from "../start/young-generation.js";

/**
 * `lontar lsp --stdio [--lang en|id]`: starts the language server on stdin and stdout. The
 * server's texts are in the editor's `messageLanguage` option, else `--lang`, else the
 * editor's locale, else the environment's (LC_ALL, LC_MESSAGES, LANG). The server is
 * loaded here only, so other commands never load it. Returns once the server listens;
 * the process lives until the editor sends `exit` or closes stdin.
 */
export async function runLsp(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine(args, { options: { stdio: { type: "boolean" }, lang: { type: "string", short: "l" }, help: { type: "boolean", short: "h" } } });
  if (values.help === true) {
    io.stdout(COMMAND_USAGE.lsp[messageLanguage(values.lang, io.env)]);
    return ExitCode.Ok;
  }
  const [extra] = positionals;
  if (extra !== undefined) throw new UsageError("usage.unexpectedArgument", { argument: extra });
  if (values.stdio !== true) throw new UsageError("usage.missingStdio", {});
  const chosen = values.lang === undefined ? undefined : messageLanguage(values.lang, io.env);
  // A long-lived server: the young generation sizes itself as V8 decides.
  letYoungGenerationGrow();
  const { startStdioServer } = await import("@lontar/language-server/node");
  startStdioServer({ ...(chosen === undefined ? {} : { chosen }), environment: languageFromEnvironment(io.env) });
  return ExitCode.Ok;
}
