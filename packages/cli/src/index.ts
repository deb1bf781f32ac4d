/**
 * @lontar/cli — the `lontar` command.
 *
 * @packageDocumentation
 */
export const CLI_NAME = "lontar";
