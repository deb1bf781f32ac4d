import { IANAZone } from "luxon";
import { inferTimeZone } from "@lontar/core";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { Declaration, Property } from "../../syntax/ast.js";
import { closeNames } from "../binder/suggest.js";
import type { FileReporter } from "../report.js";
import { damerauDistance } from "../../diagnostics/edit-distance.js";
import type { ValueSet } from "../../language/shapes.js";
import { propertySpec } from "../../language/table.js";
import { SCHOOL_LEVEL_VALUES } from "../../language/values.js";
import { lookupWord } from "../vocabulary.js";

/** A word as written in a property: a name or a string, with its range. */
export interface WrittenWord {
  /** The text. */
  readonly text: string;
  /** Where. */
  readonly range: Range;
}

/** The words of a property value that names enum values (a reference, a string, or a list of them). */
export function wordsOf(value: Property["value"]): WrittenWord[] {
  switch (value.kind) {
    case "Reference":
      return [{ text: value.name, range: value.range }];
    case "String":
      return [{ text: value.value, range: value.range }];
    case "List":
      return value.items.flatMap((item) => wordsOf(item));
    case "Audience":
      return [{ text: value.group.name, range: value.group.range }];
    default:
      return [];
  }
}

/** At most this many allowed values are listed in full; above, the nearest ones. */
const LISTED_IN_FULL = 12;
/** How many of the nearest values are listed when there are too many to list. */
const NEAREST = 5;

/**
 * The allowed values to show for an unknown word: all of them when few, else the nearest
 * five by edit distance (then alphabetical).
 */
export function allowedToShow(word: string, values: readonly string[]): { readonly values: readonly string[]; readonly all: boolean } {
  if (values.length <= LISTED_IN_FULL) return { values, all: true };
  const lower = word.toLowerCase();
  const scored = values.map((v) => ({ v, d: damerauDistance(lower, v.toLowerCase(), 64) }));
  scored.sort((a, b) => a.d - b.d || (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  return { values: scored.slice(0, NEAREST).map((s) => s.v), all: false };
}

function unknownWord(reporter: FileReporter, word: WrittenWord, set: ValueSet): void {
  const close = closeNames(word.text, set.vocabulary.words.keys()).slice(0, 3);
  const shown = allowedToShow(word.text, set.values.map((v) => v.value));
  const list = shown.values.map((v) => `\`${v}\``).join(", ");
  const message = `\`${word.text}\` is not a known ${set.title.en}; ${shown.all ? "allowed" : "nearest allowed"}: ${list}`;
  reporter.report(set.unknownCode, message, word.range, {
    suggestions: close.map((c) => ({ message: `did you mean \`${c}\`?`, edits: close.length === 1 ? [{ location: { file: reporter.file, range: word.range }, text: c }] : [] })),
  });
}

/**
 * Checks words that name enum values against the language table (LON3004, LON3005 for a
 * TPBIS stage; the message lists the allowed values or the nearest five, with close words as
 * suggestions), audience school levels, and time zones (LON3010).
 */
export function checkEnumValues(declaration: Declaration, reporter: FileReporter): void {
  const kind = declaration.declarationKind;
  for (const property of declaration.properties) {
    const set = propertySpec(kind, property.key)?.values;
    if (set !== undefined) {
      for (const word of wordsOf(property.value)) if (lookupWord(set.vocabulary, word.text) === undefined) unknownWord(reporter, word, set);
    }
    const value = property.value;
    if (value.kind === "Audience" && value.level !== undefined && lookupWord(SCHOOL_LEVEL_VALUES.vocabulary, value.level.value) === undefined) {
      unknownWord(reporter, { text: value.level.value, range: value.level.range }, SCHOOL_LEVEL_VALUES);
    }
  }
  if (kind === "library") checkTimeZone(declaration, reporter);
}

function checkTimeZone(declaration: Declaration, reporter: FileReporter): void {
  const zone = declaration.properties.find((p) => p.key === "timezone");
  if (zone !== undefined && zone.value.kind === "String") {
    if (!IANAZone.isValidZone(zone.value.value)) reporter.report("LON3010", `\`${zone.value.value}\` is not a time zone; write an IANA zone such as Asia/Jakarta`, zone.value.range);
    return;
  }
  const region = declaration.properties.find((p) => p.key === "region");
  const province = region?.value.kind === "RegionPath" ? region.value.parts[0] : region?.value.kind === "String" ? region.value : undefined;
  if (province !== undefined && inferTimeZone(province.value) === undefined) {
    reporter.report("LON3010", `no time zone is known for province \`${province.value}\`; add \`timezone "Asia/Jakarta"\` (or the right zone)`, province.range);
  }
}
