import type { Language } from "@lontar/core";
import { cliMessage, renderCliMessage, type CliArgs, type CliMessage, type CliMessageKey } from "../text/render.js";

type InputErrorArgs = { [K in CliMessageKey]: [key: K, args: CliArgs<K>] }[CliMessageKey];

/**
 * A path argument that does not exist or cannot be read (exit 2). Its message is a key of
 * the CLI's message table, or a text already in the chosen language (a refused file's
 * diagnostic); the Error's own `message` is the English text.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  /** The message as data, or the text as it is to be printed. */
  readonly text: CliMessage | string;

  constructor(...args: InputErrorArgs | [text: string]) {
    const text = args.length === 1 ? args[0] : cliMessage(args[0], args[1] as never);
    super(typeof text === "string" ? text : renderCliMessage(text, "en"));
    this.text = text;
  }

  /** The message in `language`. */
  render(language: Language): string {
    return typeof this.text === "string" ? this.text : renderCliMessage(this.text, language);
  }
}
