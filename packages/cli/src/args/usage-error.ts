import { parseArgs, type ParseArgsConfig } from "node:util";

/** Bad command-line usage: printed with the command's usage text, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const PARSE_ARGS_CODES = new Set([
  "ERR_PARSE_ARGS_UNKNOWN_OPTION",
  "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
  "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
]);

/** `parseArgs` (strict, positionals allowed) whose parse errors become {@link UsageError}s. */
export function parseCommandLine<T extends Omit<ParseArgsConfig, "args" | "strict" | "allowPositionals">>(
  args: readonly string[],
  config: T,
): ReturnType<typeof parseArgs<T & { args: string[]; strict: true; allowPositionals: true }>> {
  try {
    return parseArgs({ ...config, args: [...args], strict: true, allowPositionals: true });
  } catch (error) {
    if (error instanceof Error && PARSE_ARGS_CODES.has((error as Error & { code?: string }).code ?? "")) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

/** Parses a non-negative integer option (`--max-warnings 10`), or throws a {@link UsageError}. */
export function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--${name} expects a whole number, got '${value}'`);
  return Number(value);
}
