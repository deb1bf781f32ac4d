/**
 * A library's days off written as a line of their own, the way a planner says them: `libur
 * nasional`, `libur sekolah 2027-06-21..2027-07-10`, `cuti bersama 2027-03-09..2027-03-10`,
 * `libur 2027-06-21, 2027-06-22`, `holidays`. A library says them as closures: `tutup pada
 * libur nasional` (national holidays and cuti bersama, from core's data), or `tutup <dates>
 * "<reason>"`, one line each. The parser's error on such a line gets the hint, and the fix where
 * the meaning is certain.
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { KeywordLanguage } from "../ast.js";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { spell } from "../keywords.js";
import type { LineHint } from "./line-hint.js";
import { writtenText } from "./written-tokens.js";
import { isNameText } from "../lexer/tokens.js";

/** At most this many words stand before a holiday line's dates (`libur kenaikan kelas`). */
const HOLIDAY_WORDS = 6;

/** At most this many dates or ranges in one line's list (`libur 2027-06-21, 2027-06-22`). */
const HOLIDAY_ITEMS = 64;

/** Words a holiday line may start with (`libur`, `hari libur`, `cuti bersama`, `public holidays`, `collective leave`). */
const FIRST_WORDS: ReadonlySet<string> = new Set(["Holidays", "Cuti", "DayUnit", "Public", "National", "Collective"]);

/** Words that make days off a school's (`libur sekolah`, `libur kenaikan kelas`), lower case. */
const SCHOOL_WORDS: ReadonlySet<string> = new Set(["sekolah", "kenaikan", "kelas", "semester", "school", "term"]);

/** Words that make a line one of days off: at least one of them is among its first words. */
const DAY_OFF_WORDS: ReadonlySet<string> = new Set(["Holidays", "Cuti", "Leave"]);

/** The words of the national holidays alone on a line, by token name: `libur nasional dan cuti bersama`, `public holidays`. */
const NATIONAL_WORDS: ReadonlySet<string> = new Set(["Holidays", "DayUnit", "Public", "National", "And", "Cuti", "Bersama", "Collective", "Leave"]);

/**
 * The holiday line starting at token `start` (the first word of a line in a library's body), or
 * undefined when it is not one. `closesOnHolidays` tells whether the library already has `tutup
 * pada libur nasional`: then a line of national holidays alone adds nothing, and no fix is made.
 */
export function holidayLineAt(tokens: readonly IToken[], start: number, lang: KeywordLanguage, closesOnHolidays: () => boolean, text: string): LineHint | undefined {
  const first = tokens[start];
  if (first === undefined || !FIRST_WORDS.has(first.tokenType.name)) return undefined;
  const sameLine = sameLineAs(tokens);
  const { words, next: i } = dayOffWords(tokens, start);
  if (words.length === 0) return undefined;
  const lastWord = tokens[i - 1] ?? first;
  if (!sameLine(i)) return nationalLine(words, first, lastWord, lang, closesOnHolidays);
  // Dates: one, a range, or a list of them, then the reason in quotes, and nothing else on the line.
  const items: string[] = [];
  let k = i;
  while (items.length < HOLIDAY_ITEMS && tokens[k]?.tokenType.name === "DateLiteral" && (k === i || sameLine(k))) {
    const last = tokens[k + 1]?.tokenType.name === "DotDot" && tokens[k + 2]?.tokenType.name === "DateLiteral" ? k + 2 : k;
    items.push(writtenText(tokens, k, last));
    k = last + 1;
    if (tokens[k]?.tokenType.name !== "Comma" || !sameLine(k)) break;
    k++;
  }
  if (items.length === 0 || tokens[k - 1]?.tokenType.name === "Comma") return undefined;
  const quoted = tokens[k];
  const reasonToken = quoted?.tokenType.name === "StringLiteral" && sameLine(k) ? quoted : undefined;
  const end = reasonToken === undefined ? k - 1 : k;
  // Anything else after the dates on the line: not a closure as written.
  if (tokens[end + 1] !== undefined && sameLine(end + 1)) return undefined;
  const said = words.map((t) => t.image).join(" ");
  const reason = reasonToken?.image ?? `"${said.charAt(0).toUpperCase()}${said.slice(1)}"`;
  const closed = spell("Closed", lang);
  const lines = items.map((dates) => `${closed} ${dates} ${reason}`);
  // The line's own indentation (tabs too), for the closures after the first.
  const lineStart = first.startOffset - ((first.startColumn ?? 1) - 1);
  const written = text.slice(Math.max(0, lineStart), first.startOffset);
  const indent = /^[ \t]*$/.test(written) ? written : " ".repeat(Math.max(0, (first.startColumn ?? 1) - 1));
  const shown = lines.join(", ");
  const range = spanTokens(first, tokens[end] ?? first) ?? tokenRange(first);
  const each = lines.length > 1 ? { en: ", each on its own line", id: ", masing-masing pada barisnya sendiri" } : { en: "", id: "" };
  const hint = {
    en: `; a library's days off are written as closures, with their dates and the reason in quotes${each.en}: \`${shown}\``,
    id: `; hari libur perpustakaan ditulis sebagai penutupan (\`${closed}\`), dengan tanggalnya dan alasannya dalam tanda kutip${each.id}: \`${shown}\``,
  };
  // School holidays (`libur sekolah`, `libur kenaikan kelas`) close a school, not always the library, which may run children's programs then: only offered.
  if (words.some((t) => SCHOOL_WORDS.has(t.image.toLowerCase()))) return { hint };
  return { hint, fix: { note: "replaceWith", shown, edits: [{ range, text: lines.join(`\n${indent}`) }] } };
}

/**
 * A partner's days off written as a line of its own (`libur sekolah 2027-06-21..2027-07-10` in a
 * school): a partner has none in Lontar, so the hint says how a program keeps its sessions off
 * them, `kecuali <dates>` in its schedule (the line stopped at LON1101 with no way on: a
 * pustakawan's walk). Only a hint: which programs it concerns is the planner's call.
 */
export function partnerHolidayLineAt(tokens: readonly IToken[], start: number, lang: KeywordLanguage): LineHint | undefined {
  // Any first word (`school holidays`, `libur sekolah`), as long as one of the line's first words is of days off.
  if (!isWord(tokens[start])) return undefined;
  const { words, next: i } = dayOffWords(tokens, start);
  if (words.length === 0) return undefined;
  const date = tokens[i]?.tokenType.name === "DateLiteral" && sameLineAs(tokens)(i) ? i : undefined;
  const dates = date === undefined ? "YYYY-MM-DD..YYYY-MM-DD" : writtenText(tokens, date, tokens[date + 1]?.tokenType.name === "DotDot" && tokens[date + 2]?.tokenType.name === "DateLiteral" ? date + 2 : date);
  const except = `${spell("Except", lang)} ${dates}`;
  return {
    hint: {
      en: `; a partner has no days off of its own: to keep a program's sessions off them, write the dates after \`${spell("Except", lang)}\` in that program's schedule (\`… ${except}\`)`,
      id: `; mitra tidak memiliki hari libur sendiri: agar sesi suatu program tidak jatuh pada hari itu, tulis tanggalnya setelah \`${spell("Except", lang)}\` pada jadwal program itu (\`… ${except}\`)`,
    },
  };
}

/** `libur nasional`, `hari libur`, `cuti bersama`, `public holidays` alone on a line: closed on the national holidays. */
function nationalLine(words: readonly IToken[], first: IToken, last: IToken, lang: KeywordLanguage, closesOnHolidays: () => boolean): LineHint | undefined {
  if (!words.every((t) => NATIONAL_WORDS.has(t.tokenType.name))) return undefined;
  const shown = lang === "id" ? `${spell("Closed", "id")} ${spell("On", "id")} ${spell("Holidays", "id")} ${spell("National", "id")}` : `${spell("Closed", "en")} ${spell("On", "en")} ${spell("Public", "en")} ${spell("Holidays", "en")}`;
  if (closesOnHolidays()) {
    return {
      hint: {
        en: `; this library is already \`${shown}\`, which closes it on national holidays and cuti bersama: this line can go`,
        id: `; perpustakaan ini sudah \`${shown}\`, yang menutupnya pada hari libur nasional dan cuti bersama: baris ini dapat dihapus`,
      },
    };
  }
  const hint: Labels = {
    en: `; a library closed on national holidays and cuti bersama says \`${shown}\` (Lontar knows their dates, year by year)`,
    id: `; perpustakaan yang tutup pada hari libur nasional dan cuti bersama menulis \`${shown}\` (Lontar mengetahui tanggalnya, tahun demi tahun)`,
  };
  // Cuti bersama alone: the closure also closes on the national holidays, which the line did not say.
  const holidaysSaid = words.some((t) => t.tokenType.name === "Holidays");
  if (!holidaysSaid) return { hint };
  const range = spanTokens(first, last) ?? tokenRange(first);
  return { hint, fix: { note: "replaceWith", shown, edits: [{ range, text: shown }] } };
}

/** Whether token `k` stands on the line of the token before it. */
const sameLineAs =
  (tokens: readonly IToken[]) =>
  (k: number): boolean => {
    const t = tokens[k];
    const before = tokens[k - 1];
    return t !== undefined && before !== undefined && (before.endLine ?? 0) >= (t.startLine ?? 0);
  };

/**
 * The words a line starts with at token `start` (at most {@link HOLIDAY_WORDS}), and the token
 * after them; no words when none of them is of days off (`libur`, `cuti`, `holidays`, `leave`).
 */
function dayOffWords(tokens: readonly IToken[], start: number): { readonly words: readonly IToken[]; readonly next: number } {
  const sameLine = sameLineAs(tokens);
  let i = start + 1;
  while (i < tokens.length && sameLine(i) && isWord(tokens[i]) && i - start < HOLIDAY_WORDS) i++;
  const words = tokens.slice(start, i);
  return { words: words.some((t) => DAY_OFF_WORDS.has(t.tokenType.name)) ? words : [], next: i };
}

function isWord(t: IToken | undefined): boolean {
  return t !== undefined && t.tokenType.name !== "EOF" && isNameText(t.image);
}
