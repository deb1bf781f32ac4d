import type { Declaration, DeclarationKind, FileNode, KeywordLanguage, Property } from "../../syntax/ast.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Range } from "../../diagnostics/diagnostic.js";
import { hasSchoolLevel, suggestion, type Labels } from "@lontar/core";
import { kindPhrase } from "../message-words.js";
import { fileReporter, type FileReporter } from "../report.js";
import { allowedValue, declarationSpec, propertyAliases, propertySpec, propertySyntax, type PropertySyntax } from "../../language/table.js";
import type { PropertySpec } from "../../language/shapes.js";
import { VALUE_SHAPES } from "../../language/value-shapes.js";
import { describeValues } from "../../language/listing.js";
import { OBLIGATION_KINDS } from "./property-table.js";
import { allowedList, ITS_PROPERTIES } from "./unknown-value.js";
import { misplacedValues } from "./misplaced-value.js";
import { schoolTier } from "./school-tier.js";
import { checkHeadAt } from "./head-at.js";
import { spell, WORDS } from "../../syntax/keywords.js";
import { stripSyntaxDetails } from "../../syntax/ast-equality.js";

const OBLIGATIONS: ReadonlySet<string> = new Set(OBLIGATION_KINDS);

/** What the checks read of one key in one declaration kind, from the language table. */
interface KeyInKind {
  /** The key's syntax; undefined for a key the table does not know (the parser reported it). */
  readonly syntax: PropertySyntax | undefined;
  /** The kind's property of that key; undefined when the kind does not take it. */
  readonly spec: PropertySpec | undefined;
  /** The value node kinds its shape takes. */
  readonly nodeKinds: ReadonlySet<string>;
}

/** What the checks read of one declaration kind. */
interface KindInfo {
  /** Its required keys. */
  readonly required: readonly string[];
  /** Each key that is another word for one of its keys (`name` for `title`), with that key. */
  readonly aliases: readonly (readonly [alias: string, of: string])[];
  /** Its keys as read so far. */
  readonly keys: Map<string, KeyInKind>;
}

/** Each declaration kind's information (from the table, once per kind and key). */
const kinds = new Map<DeclarationKind, KindInfo>();

/** Whether `key` is another word for a property of the kind that `properties` give too (`name` beside `title`). */
function shadowedAlias(info: KindInfo, key: string, properties: readonly Property[]): boolean {
  for (const [alias, of] of info.aliases) if (alias === key && hasKey(properties, of)) return true;
  return false;
}

function kindInfo(kind: DeclarationKind): KindInfo {
  let info = kinds.get(kind);
  if (info === undefined) {
    const properties = declarationSpec(kind).properties;
    info = { required: properties.filter((p) => p.required).map((p) => p.key), aliases: propertyAliases(kind), keys: new Map() };
    kinds.set(kind, info);
  }
  return info;
}

const NO_KINDS: ReadonlySet<string> = new Set();

/** What the table says of `key` in a declaration of `kind` (remembered: keys come from the table's own, a bounded set; others are not kept). */
function keyInKind(keys: Map<string, KeyInKind>, kind: DeclarationKind, key: string): KeyInKind {
  const known = keys.get(key);
  if (known !== undefined) return known;
  const syntax = propertySyntax(key);
  const spec = propertySpec(kind, key);
  const info: KeyInKind = { syntax, spec, nodeKinds: spec === undefined ? NO_KINDS : new Set(VALUE_SHAPES[spec.shape].nodeKinds) };
  if (syntax !== undefined) keys.set(key, info);
  return info;
}

/** The keys met so far in one declaration (a declaration has a handful: a list beats a set; reused, as checks do not nest). */
const seen: string[] = [];
/** The property of each key in `seen`, the last written so far (parallel to it). */
const seenAt: Property[] = [];

/**
 * Checks the properties of one declaration against its kind: a known key that the kind
 * does not take, or `at <library>` after the name of a kind that belongs to no library (LON3006), a value of the wrong shape (LON3009), a single-valued key
 * given twice (LON3008), a required key missing (LON3007; LON5001 for an agreement
 * without `between`).
 */
export function checkProperties(declaration: Declaration, reporter: FileReporter): void {
  const kind = declaration.declarationKind;
  const properties = declaration.properties;
  const info = kindInfo(kind);
  seen.length = 0;
  seenAt.length = 0;
  checkHeadAt(declaration, reporter);
  let between = false;
  for (const property of properties) {
    const value = property.value;
    const valueKind = value.kind;
    if (value.kind === "Between") {
      between = true;
      // `antara dispusip_solok dan dispusip_solok`: a library's agreement with itself.
      if (value.library.name === value.partner.name) reporter.report("LON5001.sameParty", { name: value.partner.name }, value.partner.range);
    }
    if (OBLIGATIONS.has(valueKind)) {
      if (kind !== "agreement") reporter.report("LON3006.obligationOutside", { kind: kindPhrase(kind) }, property.range);
      continue;
    }
    const { syntax, spec, nodeKinds } = keyInKind(info.keys, kind, property.key);
    if (syntax === undefined) continue;
    if (spec === undefined) {
      reportNotInKind(kind, syntax.written[property.lang], property.lang, property.range, reporter);
      continue;
    }
    if (!nodeKinds.has(valueKind)) {
      reporter.report("LON3009.takes", { key: writtenKey(property.key), expected: VALUE_SHAPES[spec.shape].expected }, property.value.range);
      continue;
    }
    // Another word for a property also given (`nama` beside `judul`) is never used: said below, each time it is written.
    const before = spec.repeatable || shadowedAlias(info, property.key, properties) ? -1 : seen.indexOf(property.key);
    // Said at the one the later one overrides, so that a value typed above another is not lost in silence.
    if (before >= 0) {
      reporter.report("LON3008.givenTwice", { key: writtenKey(property.key), line: property.range.start.line }, (seenAt[before] ?? property).range);
      seenAt[before] = property;
    } else {
      seen.push(property.key);
      seenAt.push(property);
    }
  }
  // `judul` and `nama` both: the title is used (compiler/program.ts, agreement.ts), so the other word is said at once.
  for (const [alias, of] of info.aliases) {
    if (!hasKey(properties, of)) continue;
    for (const written of properties) if (written.key === alias) reporter.report("LON3008.sameAs", { key: writtenKey(alias), other: writtenKey(of) }, written.range);
  }
  // `program dongeng di dispus_sleman { perpustakaan desa_a }`: the `perpustakaan` line is used (checker/program-library.ts), so the header's library is said at once.
  const library = kind === "program" ? properties.find((p) => p.key === "library" && p.value.kind === "Reference") : undefined;
  if (declaration.at !== undefined && library?.value.kind === "Reference" && library.value.name !== declaration.at.name) {
    reporter.report("LON3008.libraryTwice", { at: declaration.at.name, library: library.value.name, key: writtenKey("library") }, declaration.at.range);
  }
  // `rute bergilir a, b, b, c`: a stop written twice in a row is visited twice in a row (a walk of stop 56), said at the second, its deletion offered.
  for (const route of kind === "program" ? properties : []) {
    if (route.value.kind !== "Route") continue;
    const stops = route.value.sites;
    stops.forEach((stop, i) => {
      const before = stops[i - 1];
      if (before === undefined || before.name !== stop.name) return;
      const fix = suggestion("note.deleteIt", {}, [{ location: { file: reporter.file, range: { start: before.range.end, end: stop.range.end } }, text: "" }]);
      reporter.report("LON3008.stopTwice", { stop: stop.name }, stop.range, { suggestions: [fix] });
    });
  }
  // `rute bergilir a, b` beside `lokasi c`: the route gives the sites (compiler/program.ts), so the sites line is said.
  if (kind === "program" && hasKey(properties, "route")) {
    for (const written of properties) if (written.key === "sites") reporter.report("LON3008.sitesBesideRoute", { key: writtenKey("sites"), route: writtenKey("route") }, written.range);
  }
  for (const key of info.required) {
    // `tingkat desa` for the tier is one mistake, reported at the property (misplaced-value.ts).
    if (!hasKey(properties, key) && !misplacedValues(declaration).some((m) => m.meant.key === key)) reportMissing(kind, kindPhrase(kind), key, declaration, reporter);
  }
  if (kind === "library") checkSchoolLevel(declaration, reporter);
  if (kind === "agreement" && !between) reporter.report("LON5001.needsParties", {}, declaration.name.range);
  if (kind === "agreement") reportRepeatedObligations(properties, reporter);
}

/** An obligation's kind and the program, resource or budget it names: obligations that differ here differ, and most do. */
function signatureOf(value: Property["value"]): string {
  const named = value as { readonly program?: { readonly name: string }; readonly resource?: { readonly name: string }; readonly budget?: { readonly name: string } };
  return `${value.kind}\u0000${named.program?.name ?? ""}\u0000${named.resource?.name ?? ""}\u0000${named.budget?.name ?? ""}`;
}

/**
 * LON3008 for each obligation of an agreement written twice, word for word as the tree reads it
 * (in either language, ranges and spellings left out): the later one, naming the line of the
 * first, in the order written. Whole trees are compared only among obligations of one signature
 * (a province's agreements have thousands of obligations, few of them alike).
 */
function reportRepeatedObligations(properties: readonly Property[], reporter: FileReporter): void {
  const obligations = properties.filter((p) => OBLIGATIONS.has(p.value.kind));
  if (obligations.length < 2) return;
  const signed = obligations.map((p) => signatureOf(p.value));
  const counts = new Map<string, number>();
  for (const signature of signed) counts.set(signature, (counts.get(signature) ?? 0) + 1);
  const firstLines = new Map<string, number>();
  for (const [i, p] of obligations.entries()) {
    if ((counts.get(signed[i] ?? "") ?? 0) < 2) continue;
    const key = JSON.stringify(stripSyntaxDetails(p.value));
    const line = firstLines.get(key);
    if (line === undefined) firstLines.set(key, p.range.start.line);
    else reporter.report("LON3008.obligationTwice", { line }, p.range);
  }
}

/** LON3006: `written` (a property keyword of another kind) is not one of `kind`'s, with the list of its properties in `lang`. */
function reportNotInKind(kind: DeclarationKind, written: string, lang: KeywordLanguage, range: Range, reporter: FileReporter): void {
  const token = WORDS.get(written.toLowerCase())?.token;
  if (kind === "agreement" && (token === "Library" || token === "Partner")) {
    // `library` / `mitra` typed before its verb: it starts an obligation, not a property the agreement lacks.
    const verb = (t: string): string => spell(t, lang);
    reporter.report("LON3006.partyWithoutVerb", { party: written, provides: verb("Provides"), hosts: verb("Hosts"), pays: verb("Pays") }, range);
    return;
  }
  reporter.report("LON3006.notAPropertyAllowed", { key: written, kind: kindPhrase(kind), allowed: propertiesListed(kind, written, lang) }, range);
}

/** The lists of LON3006 already made, by kind, language and word: a file that writes one word wrong on every line lists the properties once. */
const listedProperties = new Map<string, Labels>();
/** At most this many lists are kept (then the memo starts again). */
const MAX_LISTED = 256;

/** `kind`'s properties in `lang`, as LON3006 lists them for `written` (see allowedList). */
function propertiesListed(kind: DeclarationKind, written: string, lang: KeywordLanguage): Labels {
  const key = `${kind}\u0000${lang}\u0000${written}`;
  const known = listedProperties.get(key);
  if (known !== undefined) return known;
  const keys = declarationSpec(kind).properties.map((p) => propertySyntax(p.key)?.written[lang] ?? p.key);
  const listed = allowedList(written, keys, ITS_PROPERTIES);
  if (listedProperties.size >= MAX_LISTED) listedProperties.clear();
  listedProperties.set(key, listed);
  return listed;
}

/**
 * The parts of a declaration the parser could not read because their keyword starts a
 * property of another kind (`jumlah 2` in a staff member, see `BrokenNode.notInKind`):
 * LON3006 at each, the one error for that mistake.
 */
export function checkBrokenKeywords(declaration: Declaration, reporter: FileReporter): void {
  for (const part of declaration.broken ?? []) {
    if (part.notInKind !== true || part.keyword === undefined) continue;
    reportNotInKind(declaration.declarationKind, part.keyword.text, part.keyword.lang ?? declaration.lang, part.keyword.range, reporter);
  }
}

/**
 * The LON3006 errors of a file's declarations that the parser left partly read because a
 * keyword of another kind starts a property (see {@link checkBrokenKeywords}): the errors
 * the formatter gives for a file it will not format.
 */
export function brokenKeywordDiagnostics(file: FileNode): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const reporter = fileReporter(file.path, diagnostics);
  for (const item of file.items) if (item.kind === "Declaration" && item.broken !== undefined) checkBrokenKeywords(item, reporter);
  reporter.finish();
  return diagnostics;
}

const SCHOOL_LIBRARY: Labels = { en: "a school library", id: "perpustakaan sekolah" };

/**
 * A library's `level` against its `tier` (core's {@link hasSchoolLevel}: `school` / `sekolah`):
 * a school library without one is LON3007 at its name; a library of another known tier with
 * one is LON3011 at the level.
 */
function checkSchoolLevel(declaration: Declaration, reporter: FileReporter): void {
  const properties = declaration.properties;
  const tier = properties.find((p) => p.key === "tier")?.value;
  const value = tier?.kind === "Reference" ? allowedValue("library", "tier", tier.name) : undefined;
  if (value === undefined) return;
  const level = properties.find((p) => p.key === "level");
  if (hasSchoolLevel(value) && level === undefined) reportMissing("library", SCHOOL_LIBRARY, "level", declaration, reporter);
  if (!hasSchoolLevel(value) && level !== undefined) {
    const keyword = propertySyntax("level")?.written[level.lang] ?? "level";
    reporter.report("LON3011.onlySchool", { what: { en: `\`${keyword}\``, id: `\`${keyword}\`` }, tier: schoolTier() }, level.value.range);
  }
}

/**
 * LON3007 at a declaration's name for its missing property `key`: with the allowed values in
 * the file's words when the value must be one of them (`tingkat`: a school level, one of
 * `"SD/MI"`, …), so the planner sees what to write.
 */
function reportMissing(kind: DeclarationKind, phrase: Labels | string, key: string, declaration: Declaration, reporter: FileReporter): void {
  const spec = propertySpec(kind, key);
  const set = spec?.values;
  if (set === undefined) {
    // The property written whole, as the table's example has it (a walk: "program memerlukan `jadwal`" said nothing of how to write one).
    const example = spec === undefined ? undefined : (spec.example ?? VALUE_SHAPES[spec.shape].example);
    const written = propertySyntax(key)?.written;
    // A shape's example may list alternatives (`2019; 2019-01-01..2019-06-30`): the first is the one shown.
    const first = (text: string): string => text.split(";")[0]?.trim() ?? text;
    if (example === undefined || written === undefined) reporter.report("LON3007.needs", { kind: phrase, key: writtenKey(key) }, declaration.name.range);
    else reporter.report("LON3007.needsExample", { kind: phrase, key: written, example: { en: `${written.en} ${first(example.en)}`, id: `${written.id} ${first(example.id)}` } }, declaration.name.range);
    return;
  }
  const described = (lang: KeywordLanguage) => describeValues(set, lang, propertySyntax(key)?.written[lang] ?? key);
  const own = described(declaration.lang);
  // A new `program x { }` (spelled alike in both languages, nothing in it yet) is read as English: its values are listed in the reader's language.
  const either = keywordUndecided(declaration) ? { value: { en: own.value.en, id: described("id").value.id }, more: { en: own.more.en, id: described("id").more.id } } : own;
  reporter.report("LON3007.needsValue", { kind: phrase, key: writtenKey(key), values: either.value, more: either.more }, declaration.name.range);
}

/** Whether a declaration's language is English only because nothing in it says otherwise: its keyword is spelled alike in both (`program`, `kpi`) and it has no property. */
function keywordUndecided(declaration: Declaration): boolean {
  if (declaration.lang !== "en" || declaration.properties.length > 0) return false;
  const spelled = declarationSpec(declaration.declarationKind).keyword;
  return spelled.en.every((word) => spelled.id.includes(word));
}

/** A property's keyword as each language writes it (`capacity` / `kapasitas`), for messages. */
function writtenKey(key: string): Labels | string {
  return propertySyntax(key)?.written ?? key;
}

function hasKey(properties: Declaration["properties"], key: string): boolean {
  for (const property of properties) if (property.key === key) return true;
  return false;
}
