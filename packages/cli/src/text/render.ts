import type { Language, MessageArg, Placeholders } from "@lontar/core";
import { CLI_MESSAGES } from "./messages.js";

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

// The diagnostics' template rule (core's fillTemplate), here without loading core at startup:
// labels pick their language, a placeholder without an argument stays as written.
function fill(template: string, args: Readonly<Record<string, MessageArg>>, language: Language): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const arg = Object.hasOwn(args, name) ? args[name] : undefined;
    return arg === undefined ? whole : typeof arg === "object" ? arg[language] : String(arg);
  });
}

/** A key of the CLI's message table, e.g. `"usage.missingCommand"`. */
export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** The arguments a CLI message needs: one per placeholder of its template. */
export type CliArgs<K extends CliMessageKey> = { readonly [P in Placeholders<(typeof CLI_MESSAGES)[K]["en"]>]: MessageArg };

/** A CLI message as data: its key and arguments, rendered in a language when printed. */
export interface CliMessage {
  /** The key in {@link CLI_MESSAGES}. */
  readonly key: CliMessageKey;
  /** The values of its placeholders. */
  readonly args: Readonly<Record<string, MessageArg>>;
}

/**
 * A CLI message in `language`: its template filled with `args`.
 *
 * @example cliText("usage.unknownCommand", { command: "frob" }, "id") // "perintah tidak dikenal 'frob'"
 */
export function cliText<K extends CliMessageKey>(key: K, args: CliArgs<K>, language: Language): string {
  return fill(CLI_MESSAGES[key][language], args, language);
}

/** A message made with {@link cliMessage} (or carried by an error), rendered in `language`. */
export function renderCliMessage(message: CliMessage, language: Language): string {
  return fill(CLI_MESSAGES[message.key][language], message.args, language);
}

/** A CLI message as data, with its arguments checked against its template. */
export function cliMessage<K extends CliMessageKey>(key: K, args: CliArgs<K>): CliMessage {
  return { key, args };
}

/**
 * `count` with its noun in `language`: `1 problem`, `2 problems`, `2 masalah`.
 *
 * @example counted(2, "error", "en") // "2 errors"
 */
export function counted(count: number, noun: "problem" | "error" | "warning" | "note" | "file" | "agreement", language: Language): string {
  return cliText(`count.${noun}.${count === 1 ? "one" : "other"}`, { count }, language);
}
