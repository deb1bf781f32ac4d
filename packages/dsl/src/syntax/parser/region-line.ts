/**
 * Where a library or partner is, written one part per line as forms ask for it: `provinsi
 * "Jawa Barat"`, `kabupaten "Bandung"`, `kecamatan "Cileunyi"`, `desa "Cinunuk"`. Lontar writes
 * the region on one line, from the province down: `wilayah "Jawa Barat" / "Kabupaten Bandung" /
 * "Cileunyi" / "Cinunuk"`. The first such line gets the error, with that line as the fix when
 * the parts start at the province, leave no level out, are each written once, no `wilayah`
 * line is there already and no comment lies between them; the lines after it are part of the
 * same mistake and get none.
 */
import type { IToken } from "chevrotain";
import type { KeywordLanguage } from "../ast.js";
import { endOf, startOf } from "../ast-builder/ranges.js";
import { spell } from "../keywords.js";
import type { LineHint } from "./line-hint.js";
import { hasComment, touching, writtenText, lineEndFrom } from "./written-tokens.js";

/** The words for each part of a region, lower case, by its level (0 the province, 3 the village). */
const PART_WORDS: ReadonlyMap<string, number> = new Map([
  ["provinsi", 0], ["prov", 0], ["province", 0],
  ["kabupaten", 1], ["kab", 1], ["kota", 1], ["kotamadya", 1], ["kabupaten_kota", 1], ["kabkota", 1], ["regency", 1], ["city", 1],
  ["kecamatan", 2], ["kec", 2], ["distrik", 2], ["district", 2], ["subdistrict", 2],
  ["desa", 3], ["kelurahan", 3], ["kel", 3], ["nagari", 3], ["gampong", 3], ["village", 3],
]);

/** The word a regency's or city's name starts with, by the word written before it. */
const LEVEL_ONE_PREFIX: ReadonlyMap<string, string> = new Map([
  ["kabupaten", "Kabupaten"], ["kab", "Kabupaten"], ["regency", "Kabupaten"], ["kota", "Kota"], ["kotamadya", "Kota"], ["city", "Kota"],
]);

/** At most this many lines are read as one region (a region has four parts). */
const MOST_LINES = 8;

/** One part written on a line of its own: its level, its name as Lontar writes it, and its first and last token. */
interface Part {
  readonly level: number;
  readonly name: string;
  readonly first: number;
  readonly last: number;
}

/** The part written on the line starting at token `start` (a part's word, then a quoted name or words), or undefined. */
function partAt(tokens: readonly IToken[], start: number): Part | undefined {
  const word = tokens[start];
  const level = word === undefined ? undefined : PART_WORDS.get(word.image.toLowerCase());
  if (word === undefined || level === undefined) return undefined;
  const last = lineEndFrom(tokens, start, 12);
  // `kab. Wonosobo`, `kec. Cileunyi`: the word shortened with a dot.
  const from = tokens[start + 1]?.tokenType.name === "Dot" && touching(word, tokens[start + 1]) ? start + 2 : start + 1;
  if (last < from) return undefined;
  const value = tokens[from] as IToken;
  let name: string;
  if (last === from && value.tokenType.name === "StringLiteral") name = value.image.slice(1, -1);
  else {
    for (let i = from; i <= last; i++) if (!/^[A-Za-z][A-Za-z0-9.'-]*$/.test(tokens[i]?.image ?? "")) return undefined;
    name = writtenText(tokens, from, last);
  }
  const prefix = level === 1 ? LEVEL_ONE_PREFIX.get(word.image.toLowerCase()) : undefined;
  if (prefix !== undefined && !/^(kab|kota)/i.test(name)) name = `${prefix} ${name}`;
  return name.includes('"') || name.trim() === "" ? undefined : { level, name, first: start, last };
}

/**
 * The region's parts written on lines of their own, from the line starting at token `start` in
 * a library's or partner's body (`regionWritten`: whether a line of it starts with `wilayah`):
 * the hint and, where certain, the fix for the first line; `covered`
 * for a line after another such line (its mistake is the first line's); undefined when it is no such line.
 */
export function regionLineAt(tokens: readonly IToken[], start: number, lang: KeywordLanguage, body: { readonly open: number; readonly close: number }, comments: readonly IToken[], regionWritten: () => boolean): LineHint | "covered" | undefined {
  const first = partAt(tokens, start);
  if (first === undefined) return undefined;
  // The line before it: a part on the line right above means this one is part of its mistake.
  let above = start - 1;
  while (above > body.open && tokens[above - 1]?.startLine === tokens[above]?.startLine) above--;
  if (above > body.open && (tokens[above]?.startLine ?? 0) < (tokens[start]?.startLine ?? 0) && partAt(tokens, above)?.last === start - 1) return "covered";
  const parts = [first];
  // A line after them that starts with a part's word but is no part as read (`kabupaten "Bandung" kecamatan "Cileunyi"`): the fix would leave it behind, so it is only shown.
  let leftBehind = false;
  for (let next = first.last + 1; parts.length < MOST_LINES && next < body.close; ) {
    const part = partAt(tokens, next);
    if (part === undefined) {
      leftBehind = PART_WORDS.has(tokens[next]?.image.toLowerCase() ?? "");
      break;
    }
    parts.push(part);
    next = part.last + 1;
  }
  const ordered = [...parts].sort((a, b) => a.level - b.level);
  // Levels above the highest written are left for the user (`"…" / "Kabupaten Bandung"`): a region starts at its province.
  const lowest = ordered[ordered.length - 1]?.level ?? 0;
  const names = Array.from({ length: lowest + 1 }, (_, level) => ordered.find((p) => p.level === level)?.name ?? "…");
  const line = `${spell("Region", lang)} ${names.map((name) => `"${name}"`).join(" / ")}`;
  const hint = {
    en: `; where it is, its region, is one line from the province down: \`${line}\``,
    id: `; letaknya, wilayahnya, ditulis dalam satu baris dari provinsi ke bawah: \`${line}\``,
  };
  const whole = ordered.every((p, i) => p.level === i) && !names.includes("…");
  const end = tokens[(parts[parts.length - 1] as Part).last] as IToken;
  const from = tokens[start] as IToken;
  if (!whole || leftBehind || regionWritten() || hasComment(comments, from.startOffset, end.startOffset)) return { hint };
  return { hint, fix: { note: "replaceWith", shown: line, edits: [{ range: { start: startOf(from), end: endOf(end) }, text: line }] } };
}
