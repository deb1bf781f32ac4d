import { IANAZone } from "luxon";
import { inferTimeZone, suggestion } from "@lontar/core";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { Declaration, Property } from "../../syntax/ast.js";
import { closeNames } from "../binder/suggest.js";
import { valueName } from "../message-words.js";
import type { FileReporter } from "../report.js";
import { AUDIENCES, BUDGET_CATEGORIES, CATEGORIES, PARTNER_KINDS, SCHOOL_LEVELS, TIERS, lookupStage, lookupWord, stageWords, type Vocabulary } from "../vocabulary.js";

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

function unknownWord(reporter: FileReporter, word: WrittenWord, what: string, candidates: Iterable<string>, stage = false): void {
  const close = closeNames(word.text, candidates).slice(0, 3);
  const suggestions = close.map((c) => suggestion("note.didYouMean", { name: c }, close.length === 1 ? [{ location: { file: reporter.file, range: word.range }, text: c }] : []));
  if (stage) reporter.report("LON3005.unknownStage", { text: word.text }, word.range, { suggestions });
  else reporter.report("LON3004.unknownValue", { text: word.text, what: valueName(what) }, word.range, { suggestions });
}

function checkWords(property: Property, vocabulary: Vocabulary, reporter: FileReporter): void {
  for (const word of wordsOf(property.value)) {
    if (lookupWord(vocabulary, word.text) === undefined) unknownWord(reporter, word, vocabulary.name, vocabulary.words.keys());
  }
}

const ENUM_KEYS: Readonly<Record<string, Readonly<Record<string, Vocabulary>>>> = {
  library: { tier: TIERS, level: SCHOOL_LEVELS, school_level: SCHOOL_LEVELS },
  partner: { kind: PARTNER_KINDS },
  program: { category: CATEGORIES, audience: AUDIENCES },
  budget: { category: BUDGET_CATEGORIES },
};

/**
 * Checks words that name enum values (LON3004, with close words as suggestions), TPBIS
 * stages (LON3005), agreement kinds, audience school levels, and time zones (LON3010).
 */
export function checkEnumValues(declaration: Declaration, reporter: FileReporter): void {
  const kind = declaration.declarationKind;
  for (const property of declaration.properties) {
    const vocabulary = ENUM_KEYS[kind]?.[property.key];
    if (vocabulary !== undefined) checkWords(property, vocabulary, reporter);
    const value = property.value;
    if (value.kind === "Audience" && value.level !== undefined && lookupWord(SCHOOL_LEVELS, value.level.value) === undefined) {
      unknownWord(reporter, { text: value.level.value, range: value.level.range }, SCHOOL_LEVELS.name, SCHOOL_LEVELS.words.keys());
    }
    if ((property.key === "stage" && kind === "library") || (property.key === "requires" && kind === "program")) {
      for (const word of wordsOf(value)) if (lookupStage(word.text) === undefined) unknownWord(reporter, word, "TPBIS stage", stageWords(), true);
    }
    if (property.key === "kind" && kind === "agreement") {
      for (const word of wordsOf(value)) if (!["mou", "pks"].includes(word.text.toLowerCase())) unknownWord(reporter, word, "agreement kind (mou or pks)", ["mou", "pks"]);
    }
  }
  if (kind === "library") checkTimeZone(declaration, reporter);
}

function checkTimeZone(declaration: Declaration, reporter: FileReporter): void {
  const zone = declaration.properties.find((p) => p.key === "timezone");
  if (zone !== undefined && zone.value.kind === "String") {
    if (!IANAZone.isValidZone(zone.value.value)) reporter.report("LON3010.notZone", { zone: zone.value.value }, zone.value.range);
    return;
  }
  const region = declaration.properties.find((p) => p.key === "region");
  const province = region?.value.kind === "RegionPath" ? region.value.parts[0] : region?.value.kind === "String" ? region.value : undefined;
  if (province !== undefined && inferTimeZone(province.value) === undefined) {
    reporter.report("LON3010.noZoneForProvince", { province: province.value }, province.range);
  }
}
