import type { Diagnostic, Suggestion } from "../../diagnostics/diagnostic.js";
import type { Declaration, DeclarationKind, FileNode, Property, Reference } from "../../syntax/ast.js";
import { damerauDistance, relatedLocation, suggestion, type Labels } from "@lontar/core";
import { kindPhrase, kindsPhrase } from "../message-words.js";
import { FileDiagnostics, makeDiagnostic } from "../report.js";
import { declarationSpec } from "../../language/table.js";
import { visitReferences, type PersonNeed, type ReferenceUse, type ReferenceVisitor } from "./references.js";
import { NameIndex } from "./suggest.js";
import type { SymbolTable } from "./symbols.js";
import { declarationExample } from "../../language/declaration-example.js";
import { isNameText } from "../../syntax/lexer/tokens.js";

function neededKinds(expected: readonly DeclarationKind[]): Labels {
  return kindsPhrase(expected);
}

/** At most this many sites' answers are remembered per workspace (then the memo starts again). */
const MAX_SITES_REMEMBERED = 100_000;

/** A display name as compared with a name written where a declaration's name stands: lower case, spaces single. */
const displayKey = (text: string): string => text.trim().replace(/\s+/g, " ").toLowerCase();

/** The display name (`nama "Aula Utama"`) of a declaration, when it has one. */
function displayNameOf(declaration: Declaration): string | undefined {
  for (const property of declaration.properties) if (property.key === "name" && property.value.kind === "String") return property.value.value;
  return undefined;
}

/** The kinds a site may be declared as: a library, or a partner (a school, a village office). */
const SITE_KINDS: readonly DeclarationKind[] = ["library", "partner"];

/** The kinds of resource a session books with a need line (`butuh ruang aula`); a budget pays through costs. */
const BOOKED_KINDS: ReadonlySet<DeclarationKind> = new Set(["room", "vehicle", "staff", "volunteer", "collection", "equipment"]);

/** A name with each run of digits as one `#`: names of a series (`sd_1`, `sd_12`) are alike in it. */
const seriesOf = (lower: string): string => lower.replace(/\d+/g, "#");

/** True when `written` is `declared` with one letter left out (`univ_tidr`, `univ_tidar`), both of five letters or more and not of one series. */
function oneLetterLost(written: string, declared: string): boolean {
  if (written.length < 5 || declared.length !== written.length + 1 || seriesOf(written) === seriesOf(declared)) return false;
  let i = 0;
  while (i < written.length && written[i] === declared[i]) i++;
  return written.slice(i) === declared.slice(i + 1);
}

/** The declared names of each set of expected kinds, indexed once per workspace (for LON2002's suggestions). */
export class FittingNames {
  private readonly byKinds = new Map<string, NameIndex>();
  private readonly byDisplay = new Map<string, ReadonlyMap<string, readonly string[]>>();
  /** The declared libraries and partners, lower case, by length, for {@link siteMeant}. */
  private sitesByLength: Map<number, { readonly name: string; readonly lower: string }[]> | undefined;
  /** Each role's staff and volunteers, lower case (see {@link peopleWithRole}). */
  private roles: Map<string, string[]> | undefined;
  /** Each site's answer of {@link siteMeant} (a village visited by many programs is asked once). */
  private readonly sitesMeant = new Map<string, string | undefined>();

  /** Indexes the names of `symbols` by the kinds asked for, on first use. */
  constructor(private readonly symbols: SymbolTable) {}

  /**
   * The declared library or partner a site declared nowhere is most likely a typo of: one edit
   * away (two for a name of eight letters or more), as `perpusdes_sindoharjo` is of
   * `perpusdes_sinduharjo`, the closest then the first alphabetically. A place of its own named
   * like no declaration (`kampung_jawa`) has none, nor one whose name differs in its numbers
   * alone (`sd_2` beside `sd_1`: a series). Only names of a length within the edits are compared.
   */
  siteMeant(name: string): string | undefined {
    if (this.sitesMeant.has(name)) return this.sitesMeant.get(name);
    if (this.sitesByLength === undefined) {
      this.sitesByLength = new Map();
      for (const symbol of this.symbols.values()) {
        if (!SITE_KINDS.includes(symbol.kind)) continue;
        const lower = symbol.name.toLowerCase();
        const same = this.sitesByLength.get(lower.length) ?? [];
        same.push({ name: symbol.name, lower });
        this.sitesByLength.set(lower.length, same);
      }
    }
    const lower = name.toLowerCase();
    const most = lower.length >= 8 ? 2 : 1;
    const series = seriesOf(lower);
    let best: { readonly name: string; readonly distance: number } | undefined;
    for (let length = lower.length - most; length <= lower.length + most; length++) {
      for (const candidate of this.sitesByLength.get(length) ?? []) {
        if (seriesOf(candidate.lower) === series && candidate.lower !== lower) continue;
        const distance = damerauDistance(lower, candidate.lower, most);
        if (distance > most) continue;
        if (best === undefined || distance < best.distance || (distance === best.distance && candidate.name < best.name)) best = { name: candidate.name, distance };
      }
    }
    if (this.sitesMeant.size >= MAX_SITES_REMEMBERED) this.sitesMeant.clear();
    this.sitesMeant.set(name, best?.name);
    return best?.name;
  }


  /** The staff and volunteers with role `role` (as their `role` lists it, any case), in the order declared; read once. */
  peopleWithRole(role: string): readonly string[] {
    if (this.roles === undefined) {
      this.roles = new Map();
      for (const symbol of this.symbols.values()) {
        if (symbol.kind !== "staff" && symbol.kind !== "volunteer") continue;
        for (const property of symbol.declaration.properties) {
          if (property.key !== "role") continue;
          for (const name of roleNames(property.value)) {
            const people = this.roles.get(name.toLowerCase()) ?? [];
            if (!people.includes(symbol.name)) people.push(symbol.name);
            this.roles.set(name.toLowerCase(), people);
          }
        }
      }
    }
    return this.roles.get(role.toLowerCase()) ?? [];
  }

  /** The index of the declared names whose kind is one of `expected`. */
  of(expected: readonly string[]): NameIndex {
    const key = expected.join("|");
    let index = this.byKinds.get(key);
    if (index === undefined) {
      index = new NameIndex([...this.symbols.values()].filter((s) => expected.includes(s.kind)).map((s) => s.name));
      this.byKinds.set(key, index);
    }
    return index;
  }

  /** The names of the declarations of a kind in `expected` whose display name is `written` (any case, spaces single). */
  displayed(expected: readonly string[], written: string): readonly string[] {
    const key = expected.join("|");
    let index = this.byDisplay.get(key);
    if (index === undefined) {
      const built = new Map<string, string[]>();
      for (const symbol of this.symbols.values()) {
        const shown = expected.includes(symbol.kind) ? displayNameOf(symbol.declaration) : undefined;
        if (shown === undefined) continue;
        const names = built.get(displayKey(shown)) ?? [];
        names.push(symbol.name);
        built.set(displayKey(shown), names);
      }
      index = built;
      this.byDisplay.set(key, index);
    }
    return index.get(displayKey(written)) ?? [];
  }
}

/** The names a `role` property lists. */
function roleNames(value: Property["value"]): string[] {
  if (value.kind === "Reference") return [value.name];
  if (value.kind === "List") return value.items.flatMap((item) => (item.kind === "Reference" ? [item.name] : item.kind === "String" ? [item.value] : []));
  return [];
}

/** At most this many people are named as having a role (the rest are counted). */
const PEOPLE_NAMED = 3;

/**
 * `butuh staf pustakawan` where `pustakawan` is no one's name but the role of declared staff:
 * the writer asked for a role as if it were a person. Said as such, with the fix that asks for
 * someone with the role (`staf dengan peran pustakawan`), in the language of the need's words.
 */
function roleWrittenAsName(file: string, reference: Reference, person: PersonNeed, fitting: FittingNames): Diagnostic | undefined {
  const people = fitting.peopleWithRole(reference.name);
  if (people.length === 0) return undefined;
  const named = people.slice(0, PEOPLE_NAMED).map((p) => `\`${p}\``).join(", ");
  const more = people.length > PEOPLE_NAMED ? { en: `${named} and ${people.length - PEOPLE_NAMED} more`, id: `${named} dan ${people.length - PEOPLE_NAMED} lainnya` } : { en: named, id: named };
  const words = person.lang === "id" ? "dengan peran " : "with role ";
  const fix = suggestion("LON2002.askForRole", { text: `${words}${reference.name}` }, [{ location: { file, range: { start: reference.range.start, end: reference.range.start } }, text: words }], true);
  return makeDiagnostic("LON2002.isARole", { name: reference.name, people: more }, file, reference.range, { suggestions: [fix] });
}

/** The shortest word of a name that may be a declared name inside it: `uny` in `universitas_uny`. */
const SHORTEST_WORD = 3;

/** The declared names of a kind in `expected` that are a word (`_`-separated) of `name`, at most three, in the order written. */
function namesWithin(name: string, expected: readonly DeclarationKind[], symbols: SymbolTable): string[] {
  const words = name.split("_").filter((w) => w.length >= SHORTEST_WORD);
  if (words.length < 2) return [];
  const found: string[] = [];
  for (const word of words) {
    const symbol = symbols.get(word) ?? symbols.get(word.toLowerCase());
    if (symbol !== undefined && expected.includes(symbol.kind) && !found.includes(symbol.name)) found.push(symbol.name);
  }
  return found.slice(0, 3);
}

/** The key of LON2002's fix that renames the declaration to the name written; the workspace drops it where another use writes the declared name (pipeline.ts). */
export const RENAME_DECLARATION = "LON2002.renameDeclaration";

function undefinedReference(file: string, reference: Reference, expected: readonly DeclarationKind[], symbols: SymbolTable, fitting: FittingNames, person?: PersonNeed): Diagnostic {
  const role = person === undefined ? undefined : roleWrittenAsName(file, reference, person, fitting);
  if (role !== undefined) return role;
  const name = reference.name;
  // A name written as a display name (`Ruang Baca Anak`, `nama "Ruang Baca Anak"` of `baca`) means that declaration, when only one has it.
  // So is one written with `_` for its spaces and capitals (`Universitas_Negeri_Yogyakarta` for `uny`, named "Universitas Negeri Yogyakarta":
  // a walk of stop 57), or in lower case with no declared name near it in spelling (`ruang_baca` beside `ruang_bacaan` is that typo, not `baca`).
  const spelt = fitting.of(expected).close(name);
  const asDisplay = name.includes(" ") || (name.includes("_") && (/[A-Z]/.test(name) || spelt.length === 0));
  const displayed = asDisplay ? fitting.displayed(expected, name.replace(/_/g, " ")) : [];
  const near = displayed.length === 1 ? displayed : spelt;
  // None near: a declared name that is a word of the one written (`universitas_uny` for `uny`), offered, not applied.
  const within = near.length === 0 ? namesWithin(name, expected, symbols) : [];
  const close = near.length > 0 ? near : within;
  // A name that differs from the one written only in its capitals, or spaces for `_` (`Aula_Utama`, `Aula Utama`, written from a room's
  // display name, for `aula_utama`), or an `_` left out or added (`apbd2027` for `apbd_2027`), is what was meant, when it is the only
  // one: that fix is applied on its own. So is the only close name that is the one written with one letter it lost (`univ_tidr` for
  // `univ_tidar`), of five letters or more and not of a series (`sd_1` is not `sd_12`): a name cut short, not another name.
  const letters = (text: string): string => text.toLowerCase().replace(/[ _]+/g, "");
  const sameLetters = displayed.length === 1 ? displayed : close.filter((candidate) => letters(candidate) === letters(name));
  const lostLetter = close.length === 1 && sameLetters.length === 0 && close[0] !== undefined && oneLetterLost(name.toLowerCase(), close[0].toLowerCase()) ? close : [];
  const meant = sameLetters.length === 1 ? sameLetters[0] : lostLetter[0];
  const suggestions: Suggestion[] = close.slice(0, 3).map((candidate) => {
    const kind = symbols.get(candidate)?.kind;
    const what = kind === undefined ? { en: "a declaration", id: "deklarasi" } : kindPhrase(kind);
    // Only a single close candidate has its edit; several are advice (sequential names differ by one letter).
    const edits = close.length === 1 || candidate === meant ? [{ location: { file, range: reference.range }, text: candidate }] : [];
    return suggestion("LON2002.namedExists", { kind: what, name: candidate }, edits, candidate === meant);
  });
  // The one close declaration may be the misspelt name (`perpustakaan perpusds_sardonoharjo`, used as `perpusdes_sardonoharjo`
  // everywhere): following the first suggestion at every use would spread the typo, so renaming it is offered too; not for a
  // name shorter than the declared one (`aul` for `aula` is the use cut short), nor one of a series (`sman9` beside `sman1`).
  // Not a name found inside the one written (`uny` in `universitas_uny`): that name is whole, not misspelt.
  const only = close.length === 1 && meant === undefined && within.length === 0 ? symbols.get(close[0] ?? "") : undefined;
  if (only !== undefined && !name.includes(" ") && name.length >= only.name.length && seriesOf(name.toLowerCase()) !== seriesOf(only.name.toLowerCase())) {
    suggestions.push(suggestion(RENAME_DECLARATION, { name: only.name, written: name }, [{ location: { file: only.file, range: only.declaration.name.range }, text: name }], false));
  }
  // Nothing declared is near it: a name still to declare (`mitra pkk_ende`), shown declared as the first kind wanted here (a walk of stop 58).
  const [kind] = expected;
  if (suggestions.length === 0 && kind !== undefined && isNameText(name)) suggestions.push(suggestion("LON2002.declareIt", { example: declarationExample(kind, name) }, [], false));
  return makeDiagnostic("LON2002.notDeclared", { name, needed: neededKinds(expected) }, file, reference.range, { suggestions });
}

/**
 * What resolving one file's references read of the symbol table: each name looked up and
 * the declaration found (undefined when none), and whether any name was missing (then its
 * suggestions read every declared name). Its diagnostics stay right while each name still
 * finds the same declaration and, when one was missing, the declared names are the same.
 */
export interface ResolveLookups {
  /** Each name looked up, and the declaration it found. */
  readonly names: ReadonlyMap<string, Declaration | undefined>;
  /** Whether some name was not declared. */
  readonly missing: boolean;
}

/** Resolves the references of one file as they are visited (no list of them, no closure per reference). */
class FileResolver implements ReferenceVisitor {
  /** Each name looked up and the declaration found, when asked for. */
  readonly names: Map<string, Declaration | undefined> | undefined;
  missing = false;
  // Past MAX_DIAGNOSTICS_PER_FILE, problems are counted only: no close-name search, no message.
  readonly found: FileDiagnostics;

  constructor(
    private readonly file: FileNode,
    private readonly symbols: SymbolTable,
    private readonly fitting: FittingNames,
    diagnostics: Diagnostic[],
    recordNames: boolean,
  ) {
    this.found = new FileDiagnostics(file.path, diagnostics);
    this.names = recordNames ? new Map() : undefined;
  }

  site(site: Reference): void {
    const symbol = this.symbols.get(site.name);
    this.names?.set(site.name, symbol?.declaration);
    if (symbol !== undefined) {
      if (!SITE_KINDS.includes(symbol.kind)) this.siteOfWrongKind(site, symbol);
      return;
    }
    // Declared nowhere: a place of its own, unless it is a declared name misspelt. Its warning reads every declared name (see ResolveLookups).
    this.missing = true;
    const meant = this.fitting.siteMeant(site.name);
    const meantSymbol = meant === undefined ? undefined : this.symbols.get(meant);
    if (meant === undefined || meantSymbol === undefined) return;
    const path = this.file.path;
    this.found.add("LON2005", site.range, () =>
      makeDiagnostic("LON2005.closeToDeclared", { name: site.name, kind: kindPhrase(meantSymbol.kind), meant }, path, site.range, {
        suggestions: [suggestion("note.replaceWith", { text: meant }, [{ location: { file: path, range: site.range }, text: meant }], false)],
        related: [relatedLocation({ file: meantSymbol.file, range: meantSymbol.declaration.name.range }, "note.declaredHere", { name: meant })],
      }),
    );
  }

  /**
   * LON2003 at a site that names a declaration other than a library or partner: a room
   * written as a site (`lokasi aula`, a walk of this stop) was taken for a place outside the
   * library, neither booked nor kept to opening hours, two programs in it at once. A
   * resource a session books is told with its need line (`butuh ruang aula`).
   */
  private siteOfWrongKind(site: Reference, symbol: { readonly kind: DeclarationKind; readonly name: string; readonly file: string; readonly declaration: Declaration }): void {
    const path = this.file.path;
    const related = { related: [relatedLocation({ file: symbol.file, range: symbol.declaration.name.range }, "note.declaredHere", { name: symbol.name })] };
    const [name, kind] = [symbol.name, kindPhrase(symbol.kind)];
    // The need's resource kind as the language spells it (`koleksi`, not the noun "paket koleksi": the review of stop 57).
    const { keyword } = declarationSpec(symbol.kind);
    const need = { en: `needs ${keyword.en[0] ?? symbol.kind} ${name}`, id: `butuh ${keyword.id[0] ?? symbol.kind} ${name}` };
    this.found.add("LON2003", site.range, () =>
      BOOKED_KINDS.has(symbol.kind)
        ? makeDiagnostic("LON2003.siteIsResource", { name, kind, need }, path, site.range, related)
        : makeDiagnostic("LON2003.siteWrongKind", { name, kind }, path, site.range, related),
    );
  }

  reference(reference: Reference, expected: readonly DeclarationKind[], wrongKindCode: ReferenceUse["wrongKindCode"], otherParty?: Reference, person?: PersonNeed): void {
    const symbol = this.symbols.get(reference.name);
    this.names?.set(reference.name, symbol?.declaration);
    if (symbol === undefined) {
      this.missing = true;
      const { file, symbols, fitting } = this;
      this.found.add("LON2002", reference.range, () => undefinedReference(file.path, reference, expected, symbols, fitting, person));
    } else if (!expected.includes(symbol.kind)) {
      const path = this.file.path;
      // `antara unpatti dan dispusip`: a partner, then a library, is the agreement's parties the other way round.
      const swapped = otherParty !== undefined && symbol.kind === "partner" && this.symbols.get(otherParty.name)?.kind === "library";
      const swap = swapped
        ? [suggestion("note.swapParties", { library: otherParty.name, partner: reference.name }, [{ location: { file: path, range: reference.range }, text: otherParty.name }, { location: { file: path, range: otherParty.range }, text: reference.name }], true)]
        : [];
      this.found.add(wrongKindCode, reference.range, () =>
        makeDiagnostic(`${wrongKindCode}.wrongKind`, { name: symbol.name, kind: kindPhrase(symbol.kind), needed: neededKinds(expected) }, path, reference.range, {
          related: [relatedLocation({ file: symbol.file, range: symbol.declaration.name.range }, "note.declaredHere", { name: symbol.name })],
          suggestions: swap,
        }),
      );
    }
  }
}

const NO_NAMES: ReadonlyMap<string, Declaration | undefined> = new Map();

/**
 * Resolves the references of one file (see {@link resolveReferences}); returns what it
 * looked up. `recordNames` false leaves {@link ResolveLookups.names} empty: only a memo kept
 * across analyses reads it.
 */
export function resolveFileReferences(file: FileNode, symbols: SymbolTable, fitting: FittingNames, diagnostics: Diagnostic[], recordNames = true): ResolveLookups {
  const resolver = new FileResolver(file, symbols, fitting, diagnostics, recordNames);
  visitReferences(file, resolver);
  resolver.found.finish();
  return { names: resolver.names ?? NO_NAMES, missing: resolver.missing };
}

/**
 * Resolves every reference of every file against the symbol table: a name declared
 * nowhere is LON2002 (with close names as suggestions), a name of the wrong kind is
 * LON2003 (or LON5001/LON5002 inside agreements).
 */
export function resolveReferences(files: readonly FileNode[], symbols: SymbolTable, diagnostics: Diagnostic[]): void {
  const fitting = new FittingNames(symbols);
  for (const file of files) resolveFileReferences(file, symbols, fitting, diagnostics);
}
