import { fieldBounds, fieldSchema, type FieldBounds, type Labels } from "@lontar/core";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { Declaration, DeclarationKind, KeywordLanguage, Property } from "../../syntax/ast.js";
import { LANGUAGE, propertySyntax } from "../../language/table.js";
import { BOUNDED_PLACES, DECLARATION_SCHEMAS, REGION_PARTS, type BoundedPlace, type VisitWritten, type WrittenUnit } from "../../language/value-bounds.js";
import { spell } from "../../syntax/keywords.js";
import { countText } from "../message-words.js";
import type { FileReporter } from "../report.js";

/** A bounded place of one declaration kind, with the core field it sets and that field's bounds. */
export interface PlaceInKind {
  /** The place. */
  readonly place: BoundedPlace;
  /** The core fields it sets, below the declaration's element (the first one's bounds are checked). */
  readonly fields: readonly (readonly string[])[];
  /** Their bounds, from core's schema (or the place's own, for a bound the field's form sets); undefined when the path leads nowhere (a test fails on it). */
  readonly bounds: FieldBounds | undefined;
}

/** The keys spelt by an obligation line rather than a table property. */
const OBLIGATION_KEYS: ReadonlySet<string> = new Set(["provides", "hosts", "pays", "sessions"]);

function resolve(kind: DeclarationKind): ReadonlyMap<string, readonly PlaceInKind[]> {
  const spec = LANGUAGE.find((d) => d.kind === kind);
  const out = new Map<string, PlaceInKind[]>();
  for (const place of BOUNDED_PLACES) {
    const property = spec?.properties.find((p) => p.key === place.key);
    if (place.kinds !== undefined ? !place.kinds.includes(kind) : property === undefined) continue;
    const own = property?.fields[0];
    const fields = place.fields ?? (own === undefined ? [] : [[own, ...(place.below ?? [])]]);
    const first = fields[0];
    const schema = first === undefined ? undefined : fieldSchema(DECLARATION_SCHEMAS[kind], first);
    const bounds = place.bounds?.bounds ?? (schema === undefined ? undefined : fieldBounds(schema));
    const list = out.get(place.key) ?? [];
    list.push({ place, fields, bounds });
    out.set(place.key, list);
  }
  return out;
}

/** Each declaration kind's bounded places by property key (built once per kind, from the tables). */
const byKind = new Map<DeclarationKind, ReadonlyMap<string, readonly PlaceInKind[]>>();

/** The bounded places of a declaration kind, by property key. */
export function boundedPlaces(kind: DeclarationKind): ReadonlyMap<string, readonly PlaceInKind[]> {
  let places = byKind.get(kind);
  if (places === undefined) {
    places = resolve(kind);
    byKind.set(kind, places);
  }
  return places;
}

/** The keyword of `property` as its language spells it (`kapasitas`, `menyediakan`). */
export function writtenKeyword(property: Property): string {
  const written = propertySyntax(property.key)?.written[property.lang];
  if (written !== undefined) return written;
  if (OBLIGATION_KEYS.has(property.key)) return obligationKeyword(property);
  return property.key;
}

/** An obligation line's keyword: `provides` / `menyediakan`, `at least` / `minimal`… */
function obligationKeyword(property: Property): string {
  const lang: KeywordLanguage = property.lang;
  switch (property.key) {
    case "provides":
      return spell("Provides", lang);
    case "hosts":
      return spell("Hosts", lang);
    case "pays":
      return spell("Pays", lang);
    default: {
      const most = property.value.kind === "Sessions" && property.value.bound === "at_most";
      if (lang === "id") return spell(most ? "Maximal" : "Minimal", lang);
      return `at ${spell(most ? "Most" : "Least", lang)}`;
    }
  }
}

/** What a message calls the place: `` `kapasitas` ``, or the part of the value (`jumlah dalam \`butuh\``). */
function placeName(place: BoundedPlace, property: Property): Labels {
  const keyword = writtenKeyword(property);
  return place.part === undefined ? { en: `\`${keyword}\``, id: `\`${keyword}\`` } : place.part(keyword, property.valueLang ?? property.lang);
}

/** Rounded to hundredths, as a per-period number is kept (see hoursPerWeek). */
const hundredths = (n: number): number => Math.round(n * 100) / 100;

const NO_UNIT: Labels = { en: "", id: "" };

/** The value as core will hold it (hours per week for `20 hours per month`). */
function held(value: number, per: WrittenUnit | undefined): number {
  return per === undefined || per.factor === 1 ? value : hundredths(value / per.factor);
}

/** Whether a written value passes its bounds (numbers as core holds them; texts by length). */
function passes(value: number | string, per: WrittenUnit | undefined, bounds: FieldBounds): boolean {
  if (typeof value === "string") return bounds.type !== "string" || value.length >= bounds.minLength;
  if (bounds.type !== "number") return true;
  const kept = held(value, per);
  return (bounds.minInclusive ? kept >= bounds.min : kept > bounds.min) && (bounds.maxInclusive ? kept <= bounds.max : kept < bounds.max);
}

/** Reports one written value outside its bounds (at most one report: the lower or the upper side). */
function report(value: number | string, range: Range, per: WrittenUnit | undefined, bounds: FieldBounds, place: BoundedPlace, property: Property, reporter: FileReporter): void {
  // An opening quote alone (`nama "`, the closing one not typed yet) is LON1002's, the missing quote: the text is not empty, it is unfinished.
  if (value === "" && range.end.offset - range.start.offset < 2) return;
  const what = placeName(place, property);
  if (typeof value === "string" || bounds.type === "string") return reporter.report("LON3011.empty", { what }, range);
  const factor = per?.factor ?? 1;
  const unit = per?.unit ?? NO_UNIT;
  const written = countText(value);
  const kept = held(value, per);
  if (bounds.minInclusive ? kept < bounds.min : kept <= bounds.min) {
    // A whole number above an exclusive bound is at least the next whole number (`more than 0` is `at least 1`).
    if (bounds.integer && !bounds.minInclusive) return reporter.report("LON3011.atLeast", { what, min: countText(Math.floor(bounds.min * factor) + 1), unit, value: written }, range);
    const min = countText(hundredths(bounds.min * factor));
    return reporter.report(bounds.minInclusive ? "LON3011.atLeast" : "LON3011.moreThan", { what, min, unit, value: written }, range);
  }
  const max = countText(hundredths(bounds.max * factor));
  reporter.report(bounds.maxInclusive ? "LON3011.atMost" : "LON3011.lessThan", { what, max, unit, value: written }, range);
}

/** What the visitor of {@link checkValueBounds} checks against: set before each place is read (checks do not nest; no object per place). */
let atPlace: BoundedPlace | undefined;
let atBounds: FieldBounds | undefined;
let atProperty: Property | undefined;
let atReporter: FileReporter | undefined;

const visitChecked: VisitWritten = (value, range, per) => {
  const bounds = atBounds;
  if (bounds === undefined || passes(value, per, bounds) || atPlace === undefined || atProperty === undefined || atReporter === undefined) return;
  // The least value of a place whose lower side another check reports is left to it.
  if (typeof value === "number" && atPlace.elsewhere?.side === "lower" && bounds.type === "number" && !(held(value, per) > bounds.max)) return;
  report(value, range, per, bounds, atPlace, atProperty, atReporter);
};

/**
 * Checks the numbers and texts a declaration's properties write where core's model bounds
 * them (see language/value-bounds.ts): LON3011 at the value, naming the keyword written and
 * what is allowed (`` `judul` tidak boleh kosong ``, `` `maks` paling banyak 24 jam per hari ``).
 */
export function checkValueBounds(declaration: Declaration, reporter: FileReporter): void {
  const places = boundedPlaces(declaration.declarationKind);
  for (const property of declaration.properties) {
    const atKey = places.get(property.key);
    if (atKey === undefined) continue;
    if (property.value.kind === "RegionPath") checkRegionParts(property, property.value.parts, reporter);
    for (const { place, bounds } of atKey) {
      if (bounds === undefined) continue;
      atPlace = place;
      atBounds = bounds;
      atProperty = property;
      atReporter = reporter;
      place.read(property.value, visitChecked);
    }
  }
  atPlace = atBounds = atProperty = atReporter = undefined;
}

/** LON3009 at the first part of a region beyond core's four (province / regency / district / village), which the model has no field for. */
function checkRegionParts(property: Property, parts: readonly { readonly value: string; readonly range: Range }[], reporter: FileReporter): void {
  const extra = parts[REGION_PARTS.fields.length];
  if (extra === undefined) return;
  const keyword = writtenKeyword(property);
  reporter.report("LON3009.regionParts", { what: { en: `\`${keyword}\``, id: `\`${keyword}\`` }, count: REGION_PARTS.fields.length, parts: REGION_PARTS.names, extra: JSON.stringify(extra.value) }, extra.range);
}

/** Sets {@link inBounds} false on a value outside its bounds. */
let inBounds = true;
let boundsNow: FieldBounds | undefined;
const visitPassing: VisitWritten = (value, _range, per) => {
  if (boundsNow !== undefined && !passes(value, per, boundsNow)) inBounds = false;
};

/**
 * Whether every bounded number and text of a property value (of property `key` in a
 * declaration of `kind`) is within core's bounds: the checks that would read a value
 * {@link checkValueBounds} reports (a need of 0 rooms) leave it to that one error.
 */
export function withinBounds(kind: DeclarationKind, key: string, value: Property["value"]): boolean {
  const atKey = boundedPlaces(kind).get(key);
  if (atKey === undefined) return true;
  inBounds = true;
  for (const { place, bounds } of atKey) {
    if (bounds === undefined) continue;
    boundsNow = bounds;
    place.read(value, visitPassing);
  }
  boundsNow = undefined;
  return inBounds;
}
