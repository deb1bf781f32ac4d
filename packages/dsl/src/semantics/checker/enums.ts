import { inferTimeZone, isTimeZoneName, suggestion, nearProvinces } from "@lontar/core";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { Declaration, Property } from "../../syntax/ast.js";
import type { FileReporter } from "../report.js";
import { misplacedValue, rewriteOf, type MisplacedValue } from "./misplaced-value.js";
import { reportUnknown } from "./unknown-value.js";
import type { ValueSet } from "../../language/shapes.js";
import { propertySpec, propertySyntax } from "../../language/table.js";
import { SCHOOL_LEVEL_VALUES } from "../../language/values.js";
import { lookupWord } from "../vocabulary.js";
import { quoteString } from "../../syntax/ast-builder/values.js";
import { regionInOneString } from "./province.js";
import { namesPhrase } from "../message-words.js";
import { sameClocks, ZONE_NAME, zoneMeant } from "../../language/zone-meant.js";

/** A word as written in a property: a name or a string, with its range. */
export interface WrittenWord {
  /** The text. */
  readonly text: string;
  /** Where. */
  readonly range: Range;
}

function unknownWord(reporter: FileReporter, word: WrittenWord, set: ValueSet, fileLanguage: Property["lang"]): void {
  reportUnknown(reporter, {
    message: set.unknownCode === "LON3005" ? { key: "LON3005.notStageAllowed" } : { key: "LON3004.unknownValueAllowed", what: set.title },
    text: word.text,
    range: word.range,
    values: set.values.map((v) => v.written),
    fileLanguage,
    candidates: set.vocabulary.words.keys(),
    meaningOf: (candidate) => set.vocabulary.words.get(candidate),
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
    const value = property.value;
    const set = propertySpec(kind, property.key)?.values;
    if (set !== undefined) checkWords(value, set, property.lang, reporter, declaration, property);
    if (value.kind === "Audience" && value.level !== undefined && lookupWord(SCHOOL_LEVEL_VALUES.vocabulary, value.level.value) === undefined) {
      unknownWord(reporter, { text: value.level.value, range: value.level.range }, SCHOOL_LEVEL_VALUES, property.lang);
    }
  }
  if (kind === "library") checkTimeZone(declaration, reporter);
}

/**
 * Checks the words of a value that names enum values (a reference, a string, a list of them,
 * an audience's group), in order. `property` of `declaration` is given for the property's own
 * value (not a list's item): an unknown bare word there may be another property's value.
 */
function checkWords(value: Property["value"], set: ValueSet, fileLanguage: Property["lang"], reporter: FileReporter, declaration?: Declaration, property?: Property): void {
  switch (value.kind) {
    case "Reference":
      return checkWord(value.name, value.range, set, fileLanguage, reporter, declaration, property);
    case "String":
      return checkWord(value.value, value.range, set, fileLanguage, reporter, declaration, property);
    case "List":
      for (const item of value.items) checkWords(item, set, fileLanguage, reporter);
      return;
    case "Audience":
      return checkWord(value.group.name, value.group.range, set, fileLanguage, reporter, declaration, property);
    default:
      return;
  }
}

/** `tingkat desa` → "`desa` is a value of `jenjang` (…), not of `tingkat`: write `jenjang desa`", the property rewritten as its fix. */
function reportMisplaced(misplaced: MisplacedValue, reporter: FileReporter): void {
  const { property, word, meant } = misplaced;
  // Keywords as the file writes them: the fix is text for this file.
  const keyword = meant.keyword[property.lang][0] ?? meant.key;
  const key = propertySyntax(property.key)?.written[property.lang] ?? property.key;
  const written = rewriteOf(misplaced);
  const fix = suggestion("note.replaceWith", { text: written }, [{ location: { file: reporter.file, range: property.range }, text: written }], true);
  reporter.report("LON3004.otherProperty", { text: word, meant: keyword, other: meant.values?.title ?? keyword, key, written }, property.range, { suggestions: [fix] });
}

function checkWord(text: string, range: Range, set: ValueSet, fileLanguage: Property["lang"], reporter: FileReporter, declaration?: Declaration, property?: Property): void {
  if (lookupWord(set.vocabulary, text) !== undefined) return;
  // Looked for only once the word is unknown: the known words, nearly all, cost one lookup.
  const misplaced = declaration === undefined || property === undefined ? undefined : misplacedValue(declaration, property);
  if (misplaced !== undefined) reportMisplaced(misplaced, reporter);
  else unknownWord(reporter, { text, range }, set, fileLanguage);
}

function propertyOf(declaration: Declaration, key: string): Property | undefined {
  for (const property of declaration.properties) if (property.key === key) return property;
  return undefined;
}

function checkTimeZone(declaration: Declaration, reporter: FileReporter): void {
  const zone = propertyOf(declaration, "timezone");
  const region = propertyOf(declaration, "region");
  const province = region?.value.kind === "RegionPath" ? region.value.parts[0] : region?.value.kind === "String" ? region.value : undefined;
  if (zone !== undefined && zone.value.kind === "String") {
    // A zone given does not make a misspelt province right (core's validation reports it too: one error here instead).
    if (province !== undefined && province.value !== "" && inferTimeZone(province.value) === undefined) reportNearProvince(province, "LON3010.nearProvinceZoned", reporter);
    if (isTimeZoneName(zone.value.value)) return checkZoneOfProvince(zone.value.value, zone.value.range, province?.value, reporter);
    const meant = zoneMeant(zone.value.value);
    if (meant === undefined) return reporter.report("LON3010.notZone", { zone: zone.value.value }, zone.value.range);
    const text = quoteString(meant);
    const fix = suggestion("note.replaceWith", { text }, [{ location: { file: reporter.file, range: zone.value.range }, text }], true);
    reporter.report("LON3010.zoneMeant", { zone: zone.value.value, meant }, zone.value.range, { suggestions: [fix] });
    return;
  }
  // An empty province is LON3011 (value-bounds.ts): one error for one mistake.
  if (province !== undefined && province.value !== "" && inferTimeZone(province.value) === undefined) {
    const path = regionInOneString(province.value);
    if (path !== undefined) {
      const written = path.map(quoteString).join(" / ");
      const fix = suggestion("note.replaceWith", { text: written }, [{ location: { file: reporter.file, range: province.range }, text: written }], true);
      reporter.report("LON3010.regionInOneString", { province: province.value, written }, province.range, { suggestions: [fix] });
      return;
    }
    // `"Kabupaten Garut" / "Jawa Barat"` (a walk of stop 56): the province written last, as an address names it.
    if (region?.value.kind === "RegionPath" && region.value.parts.length > 1) {
      const parts = region.value.parts.map((part) => part.value);
      const last = parts[parts.length - 1] as string;
      const ordered = inferTimeZone(last) !== undefined ? [...parts].reverse() : undefined;
      if (ordered !== undefined) {
        const written = ordered.map(quoteString).join(" / ");
        const fix = suggestion("note.replaceWith", { text: written }, [{ location: { file: reporter.file, range: region.value.range }, text: written }], true);
        reporter.report("LON3010.provinceLast", { province: province.value, last, written }, region.value.range, { suggestions: [fix] });
        return;
      }
    }
    if (!reportNearProvince(province, "LON3010.nearProvince", reporter)) reporter.report("LON3010.noZoneForProvince", { province: province.value }, province.range);
  }
}

/** Reports a province a few letters off known ones, naming them as fixes; false when none is near. */
function reportNearProvince(province: { readonly value: string; readonly range: Range }, key: "LON3010.nearProvince" | "LON3010.nearProvinceZoned", reporter: FileReporter): boolean {
  const near = nearProvinces(province.value);
  if (near.length === 0) return false;
  const location = { file: reporter.file, range: province.range };
  const suggestions = near.map((name) => suggestion("note.replaceWith", { text: quoteString(name) }, [{ location, text: quoteString(name) }]));
  reporter.report(key, { province: province.value, names: namesPhrase(near) }, province.range, { suggestions });
  return true;
}

/**
 * A `timezone` that keeps other clocks than the library's province (`"Asia/Jakarta"` for a
 * library in Nusa Tenggara Timur, which keeps WITA): LON3015, a warning, with the province's
 * zone as a fix offered (the library may mean it, but every time it has is then read so).
 */
function checkZoneOfProvince(zone: string, range: Range, province: string | undefined, reporter: FileReporter): void {
  const provinceZone = province === undefined ? undefined : inferTimeZone(province);
  if (province === undefined || provinceZone === undefined || sameClocks(zone, provinceZone)) return;
  const text = quoteString(provinceZone);
  const fix = suggestion("note.replaceWith", { text }, [{ location: { file: reporter.file, range }, text }]);
  reporter.report("LON3015.unlikeProvince", { zone, province, provinceZone, provinceName: ZONE_NAME.get(provinceZone) ?? provinceZone }, range, { suggestions: [fix] });
}
