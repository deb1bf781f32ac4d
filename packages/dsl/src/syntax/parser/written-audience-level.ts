/** `sasaran pelajar SD`, `audience students SMP/MTs`: a school level after students, written without quotes. */
import type { IToken } from "chevrotain";
import { schoolLevelLabels } from "@lontar/core";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { Identifier, K, Slash, StringLiteral } from "../lexer/tokens.js";
import { AUDIENCE_VALUES, SCHOOL_LEVEL_VALUES } from "../../language/values.js";
import { lookupWord } from "../../semantics/vocabulary.js";
import type { NotationRun } from "./notation.js";
import { isNameWord, touching, writtenText } from "./written-tokens.js";

/** The most words of a level written bare (`SMA/MA/SMK` has three). */
const MOST_LEVEL_WORDS = 3;

/**
 * `sasaran pelajar SD`, `sasaran siswa SMP`, `audience students SMA/MA/SMK`: students and
 * their school level with no quotes, read before as one value (`pelajar_sd`, "not a known
 * audience", its fix `pelajar` dropping the level: a walk). Lontar writes the level
 * in quotes after the group: `pelajar "SD/MI"`, the fix (the level's name as schools write it).
 * Only after `sasaran`/`audience` and a word for students; the level's words on the same line,
 * joined by `/` with no space.
 */
export function audienceLevelAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [audience, group] = [tokens[s - 1], tokens[s]];
  if (audience?.tokenType !== K["Audience"] || !isNameWord(group) || lookupWord(AUDIENCE_VALUES.vocabulary, group.image.toLowerCase()) !== "students") return undefined;
  let last = s + 1;
  const first = tokens[last];
  if (first === undefined || first.tokenType !== Identifier || first.startLine !== group.startLine) return undefined;
  for (let words = 1; words < MOST_LEVEL_WORDS && tokens[last + 1]?.tokenType === Slash && touching(tokens[last], tokens[last + 1]) && tokens[last + 2]?.tokenType === Identifier && touching(tokens[last + 1], tokens[last + 2]); words++) last += 2;
  const levelText = writtenText(tokens, s + 1, last).replace(/\s+/g, "");
  // The whole text one level (`SD`, `SMP/MTs`), or no fix: `SD/SMP` (two levels) would lose one (a review).
  const level = lookupWord(SCHOOL_LEVEL_VALUES.vocabulary, levelText);
  if (level === undefined || !(level in schoolLevelLabels)) return undefined;
  const quoted = `"${schoolLevelLabels[level as keyof typeof schoolLevelLabels].id}"`;
  const range = spanTokens(group, tokens[last] as IToken) ?? tokenRange(group);
  return {
    first: s, last, literal: "keyword", token: { type: group.tokenType, image: group.image }, then: [{ type: StringLiteral, image: quoted }],
    mistake: { kind: "audienceLevel", text: writtenText(tokens, s, last), fixed: `${group.image} ${quoted}`, range },
  };
}
