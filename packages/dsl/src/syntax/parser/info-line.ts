/**
 * A line of details a form asks for but a plan does not use, written as a property: `telepon
 * "0812…"`, `alamat "Jl. Merdeka 1"`, `kepala "Bu Rina"`, `email "…"`, an MoU's `nomor
 * "001/MoU/2027"` and `ditandatangani 2027-01-05`. Lontar keeps none of them;
 * kept as a comment they stay in the file for people to read. The hint and that certain fix.
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import { startOf } from "../ast-builder/ranges.js";
import type { ItemError } from "./items.js";
import { writtenText, lineEndFrom } from "./written-tokens.js";

/** Words for contact and office details, lower case: none is a property of any declaration. */
const INFO_WORDS: ReadonlySet<string> = new Set([
  "telepon", "telp", "tlp", "hp", "no_hp", "no_telp", "nomor_telepon", "wa", "whatsapp", "alamat", "email", "surel", "kepala", "kepala_perpustakaan",
  "pengelola", "penanggung_jawab", "kontak", "narahubung", "website", "situs", "npp", "phone", "telephone", "address", "head", "manager", "contact", "contact_person",
  // An agreement's letter: its number and signing, which a plan does not use.
  "nomor", "nomor_mou", "no_mou", "nomor_surat", "nomor_pks", "ditandatangani", "tanggal_ttd", "tanggal_tanda_tangan", "penandatangan", "signed", "signed_on", "signatory", "reference",
]);

/** At most this many tokens of the line are shown in the hint. */
const SHOWN_TOKENS = 12;

/** The hint and fix for the details line starting at token `start`, or undefined when it is not one. */
export function infoLineAt(tokens: readonly IToken[], start: number): { readonly hint: Labels; readonly fix: NonNullable<ItemError["fix"]> } | undefined {
  const word = tokens[start];
  if (word === undefined || !INFO_WORDS.has(word.image.toLowerCase())) return undefined;
  const last = lineEndFrom(tokens, start, SHOWN_TOKENS);
  // A brace on the line (`kepala {`, `telepon "…" }`) is the file's structure: commenting it out would change what follows.
  for (let i = start; i <= last + 1 && i < tokens.length; i++) {
    const name = tokens[i]?.tokenType.name;
    if ((name === "LBrace" || name === "RBrace") && tokens[i]?.startLine === word.startLine) return undefined;
  }
  const line = writtenText(tokens, start, last);
  const shown = `// ${line}${tokens[last + 1]?.startLine === word.startLine ? " …" : ""}`;
  const at = startOf(word);
  return {
    hint: {
      en: `; Lontar keeps no \`${word.image}\`: written as a comment, \`${shown}\`, it stays in the file for people to read`,
      id: `; Lontar tidak menyimpan \`${word.image}\`: bila ditulis sebagai komentar, \`${shown}\`, catatan itu tetap ada di berkas untuk dibaca orang`,
    },
    fix: { note: "replaceWith", shown, edits: [{ range: { start: at, end: at }, text: "// " }] },
  };
}
