import { COMMAND_USAGE } from "../args/help-texts.js";
import { UsageError, unknownOption } from "../args/usage-error.js";
import { languageFromEnvironment } from "../args/message-language.js";
import { ExitCode, type CliIo } from "../io.js";
import { letYoungGenerationGrow } from "../start/young-generation.js";

/**
 * `lontar lsp --stdio`: starts the language server on stdin and stdout. The server is
 * loaded here only, so other commands never load it. Returns once the server listens;
 * the process lives until the editor sends `exit` or closes stdin.
 */
export async function runLsp(args: readonly string[], io: CliIo): Promise<ExitCode> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(COMMAND_USAGE.lsp[languageFromEnvironment(io.env)]);
    return ExitCode.Ok;
  }
  const unknown = args.find((a) => a !== "--stdio");
  if (unknown?.startsWith("-") === true) throw unknownOption(unknown, ["stdio", "help"]);
  if (unknown !== undefined) throw new UsageError("usage.unexpectedArgument", { argument: unknown });
  if (!args.includes("--stdio")) throw new UsageError("usage.missingStdio", {});
  // A long-lived server: the young generation sizes itself as V8 decides.
  letYoungGenerationGrow();
  const { startStdioServer } = await import("@lontar/language-server/node");
  startStdioServer();
  return ExitCode.Ok;
}
