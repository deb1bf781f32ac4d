import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Language } from "@lontar/core";
import { nearestCommand, nearestOption, nearestWord } from "./nearest-word.js";
import { cliMessage, renderCliMessage, type CliArgs, type CliMessage, type CliMessageKey } from "../text/render.js";

/**
 * Bad command-line usage: printed with the command's usage text, exit code 2. Its message
 * is a key of the CLI's message table, rendered in the chosen language when printed; the
 * Error's own `message` is the English text.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The message as data. */
  readonly text: CliMessage;

  constructor(...[key, args]: UsageErrorArgs) {
    const text = cliMessage(key, args as never);
    super(renderCliMessage(text, "en"));
    this.text = text;
  }

  /** The message in `language`. */
  render(language: Language): string {
    return renderCliMessage(this.text, language);
  }
}

type UsageErrorArgs = { [K in CliMessageKey]: [key: K, args: CliArgs<K>] }[CliMessageKey];

const PARSE_ARGS_CODES = new Set([
  "ERR_PARSE_ARGS_UNKNOWN_OPTION",
  "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
  "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
]);

/**
 * An unknown option, with the known one it most likely meant ("did you mean `--format`?")
 * when one is close.
 *
 * @example unknownOption("--fromat", ["format", "quiet"]).render("id") // "opsi tidak dikenal '--fromat'; maksud Anda `--format`?"
 */
export function unknownOption(option: string, known: readonly string[]): UsageError {
  const near = nearestOption(option, known);
  return near === undefined ? new UsageError("usage.unknownOption", { option }) : new UsageError("usage.unknownOptionNear", { option, near });
}

/**
 * An unknown command, with the command it most likely meant ("did you mean `check`?")
 * when one is close.
 *
 * @example unknownCommand("chek", ["check", "fmt"]).render("en") // "unknown command 'chek'; did you mean `check`?"
 */
export function unknownCommand(command: string, known: readonly string[]): UsageError {
  const near = nearestCommand(command, known);
  return near === undefined ? new UsageError("usage.unknownCommand", { command }) : new UsageError("usage.unknownCommandNear", { command, near });
}

/** CI servers and tools by the name a user may give `--format`, with the format each reads. */
const FORMAT_OF_TOOL: ReadonlyMap<string, { readonly name: string; readonly format: string }> = new Map([
  // GitLab reads two: Code Quality on a merge request's diff, JUnit in the pipeline's tests (see unknownFormat).
  ["gitlab", { name: "GitLab", format: "codequality" }],
  ["gitlab-ci", { name: "GitLab", format: "codequality" }],
  ["jenkins", { name: "Jenkins", format: "junit" }],
  ["azure", { name: "Azure Pipelines", format: "junit" }],
  ["bitbucket", { name: "Bitbucket Pipelines", format: "junit" }],
  ["github-actions", { name: "GitHub Actions", format: "github" }],
  ["actions", { name: "GitHub Actions", format: "github" }],
  ["codeql", { name: "GitHub code scanning", format: "sarif" }],
  ["code-scanning", { name: "GitHub code scanning", format: "sarif" }],
]);

/**
 * An unknown `--format`, with the format it most likely meant ("did you mean `sarif`?")
 * when one is close, else the list of formats; a CI server's name (`jenkins`) gets the format it reads,
 * and `gitlab` both of GitLab's (`codequality` for the diff, `junit` for the tests).
 *
 * @example unknownFormat("sarf", ["stylish", "sarif"]).render("en") // "unknown format 'sarf'; did you mean `sarif`?"
 */
export function unknownFormat(format: string, known: readonly string[]): UsageError {
  // A CI server's name for the format it reads (`gitlab`, a walk: "did you mean `github`?" was wrong).
  const tool = FORMAT_OF_TOOL.get(format.toLowerCase());
  if (tool?.name === "GitLab" && known.includes("codequality") && known.includes("junit")) return new UsageError("usage.unknownFormatGitlab", { format });
  if (tool !== undefined && known.includes(tool.format)) return new UsageError("usage.unknownFormatFor", { format, tool: tool.name, near: tool.format });
  const near = nearestWord(format, known);
  return near === undefined ? new UsageError("usage.unknownFormat", { format, formats: known.join(", ") }) : new UsageError("usage.unknownFormatNear", { format, near });
}

/** Node's parseArgs error as a message of the table: the option it names, and what is wrong with it. */
function parseArgsError(code: string, message: string, config: Readonly<Record<string, { readonly short?: string }>>): UsageError {
  const options = Object.keys(config);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return unknownOption(quoted, options);
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return new UsageError("usage.unexpectedArgument", { argument: quoted });
  const option = quoted.replace(/ <value>$/, "");
  if (/argument missing/.test(message)) return new UsageError("usage.optionNeedsValue", { option });
  // `--max-warnings -1`: a value that starts with a dash is taken for an option.
  // A short option is named by its long form: `-o=-x` would give the value `=-x`, `--out=-x` gives `-x`.
  if (/argument is ambiguous/.test(message)) {
    const long = /^-[^-]$/.test(option) ? Object.entries(config).find(([, o]) => o.short === option.slice(1))?.[0] : undefined;
    return new UsageError("usage.optionValueDash", { option: long === undefined ? option : `--${long}` });
  }
  if (/does not take an argument/.test(message)) return new UsageError("usage.optionTakesNoValue", { option });
  return new UsageError("usage.badOption", { option });
}

/** `parseArgs` (strict, positionals allowed) whose parse errors become {@link UsageError}s. */
export function parseCommandLine<T extends Omit<ParseArgsConfig, "args" | "strict" | "allowPositionals">>(
  args: readonly string[],
  config: T,
): ReturnType<typeof parseArgs<T & { args: string[]; strict: true; allowPositionals: true }>> {
  try {
    const parsed = parseArgs({ ...config, args: [...args], strict: true, allowPositionals: true });
    refuseRepeatedValues(args, config.options ?? {});
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error ? ((error as Error & { code?: string }).code ?? "") : "";
    if (error instanceof Error && PARSE_ARGS_CODES.has(code)) throw parseArgsError(code, error.message, (config.options ?? {}) as Readonly<Record<string, { readonly short?: string }>>);
    throw error;
  }
}

/**
 * Refuses an option of one value given twice with different values (`--max-warnings 0
 * --max-warnings 5`, `-f github -f sarif`): the last won in silence, so a CI template that
 * appends flags loosened its gate with no word (a CI walk). The same value twice is
 * no contradiction, and a list option (`multiple`) takes each.
 */
function refuseRepeatedValues(args: readonly string[], options: NonNullable<ParseArgsConfig["options"]>): void {
  const { tokens } = parseArgs({ options, args: [...args], strict: true, allowPositionals: true, tokens: true });
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === undefined || options[token.name]?.multiple === true) continue;
    const before = seen.get(token.name);
    if (before !== undefined && before !== token.value) throw new UsageError("usage.optionTwice", { option: `--${token.name}`, first: before, second: token.value });
    seen.set(token.name, token.value);
  }
}

/**
 * The path arguments, refused when one is empty: `lontar check "$RULES"` with `RULES` unset
 * would read the working directory (`path.resolve(cwd, "")`), and `fmt --write` rewrite it.
 */
export function pathArguments(positionals: readonly string[]): string[] {
  if (positionals.some((arg) => arg === "")) throw new UsageError("usage.emptyPath", {});
  return [...positionals];
}

/** Parses a non-negative integer option (`--max-warnings 10`), or throws a {@link UsageError}. */
export function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // `2,000,000` and `2.000.000`, as the help writes the default in each language.
  const digits = /^\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*$/.test(value) ? value.replace(/[,.]/g, "") : value;
  if (!/^\d{1,9}$/.test(digits)) throw new UsageError("usage.wholeNumber", { name, value });
  return Number(digits);
}
