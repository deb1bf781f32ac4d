/**
 * Completion after an audience's group (`sasaran pelajar …`, `audience students …`): the
 * grammar takes one group a line and then, optionally, a school level in quotes, which the
 * docs write for students only (`pelajar "SD/MI"`).
 */
import { allowedValue, propertySpec } from "@lontar/dsl";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver";
import type { Lang } from "../language/language.js";

/** Whether a word written as an audience's group is the students (`pelajar`, `siswa`, `students`), who take a school level. */
export const takesSchoolLevel = (group: string): boolean => allowedValue("program", "audience", group) === "students";

/**
 * The school levels (a school library's `level` values: `"SD/MI"`, `"SMP/MTs"`, `"SMA/MA/SMK"`),
 * quoted as the schools write them, each with its label in the reader's language `uiLang`;
 * without the opening quote when the writer has typed it (`quoteTyped`), and without the closing
 * one when the editor closed the pair as it was typed (`closed`).
 */
export function schoolLevelItems(uiLang: Lang, quoteTyped: boolean, closed: boolean): CompletionItem[] {
  const levels = propertySpec("library", "level")?.values?.values ?? [];
  return levels.map((level, i): CompletionItem => {
    // The same in both languages (`"SD/MI"`): the value as written, quotes included.
    const quoted = level.written.id;
    const bare = quoted.replace(/^"|"$/g, "");
    return {
      label: quoted,
      kind: CompletionItemKind.EnumMember,
      detail: level.label[uiLang],
      documentation: `${level.label.id} / ${level.label.en}`,
      insertText: quoteTyped ? `${bare}${closed ? "" : '"'}` : quoted,
      filterText: quoteTyped ? bare : quoted,
      sortText: String(i).padStart(3, "0"),
    };
  });
}
