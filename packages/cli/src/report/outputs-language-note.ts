import type { Language } from "@lontar/core";
import { cliText } from "../text/render.js";

/**
 * The note `lontar plan` prints after its summary when the outputs are in another language
 * than its messages and `--lang` did not choose: the outputs follow the language of the
 * workspace's keywords (so that they do not depend on the host's locale), the messages the
 * locale, and a reader under LANG=id_ID.UTF-8 who finds an English report is told why and
 * how to have it in Bahasa Indonesia. In the messages' language; undefined when there is
 * nothing to say.
 *
 * @example outputsLanguageNote("id", "en", false) // "Catatan: keluaran ditulis dalam bahasa Inggris, …"
 */
export function outputsLanguageNote(messages: Language, outputs: Language, langGiven: boolean): string | undefined {
  if (langGiven || messages === outputs) return undefined;
  return cliText(outputs === "en" ? "plan.outputsInEnglish" : "plan.outputsInIndonesian", {}, messages);
}
