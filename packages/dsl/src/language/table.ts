/**
 * The language table: every declaration kind and its properties. The parser's property
 * alternatives, the checker, the formatter, the compiler, `lontar explain`, the generated
 * tables of docs/language.md and the editor's completion and hover all read it, so adding a
 * property is one entry here (plus a parser rule and a compiler mapping only for a new value
 * shape).
 */
import { lookupWord } from "../semantics/vocabulary.js";
import type { DeclarationKind } from "../syntax/ast.js";
import { AGREEMENT } from "./agreement.js";
import { BUDGET } from "./budget.js";
import { COLLECTION } from "./collection.js";
import { EQUIPMENT } from "./equipment.js";
import { KPI } from "./kpi.js";
import { LIBRARY } from "./library.js";
import { PARTNER } from "./partner.js";
import { PROGRAM } from "./program.js";
import { ROOM } from "./room.js";
import { RULE } from "./rule.js";
import type { DeclarationSpec, KeywordSpelling, PropertySpec, ValueShapeName } from "./shapes.js";
import { STAFF } from "./staff.js";
import { VEHICLE } from "./vehicle.js";
import { VOLUNTEER } from "./volunteer.js";

/** Every declaration kind, in the order the docs list them. */
export const LANGUAGE: readonly DeclarationSpec[] = [LIBRARY, PARTNER, ROOM, VEHICLE, STAFF, VOLUNTEER, COLLECTION, EQUIPMENT, BUDGET, PROGRAM, AGREEMENT, RULE, KPI];

const BY_KIND: ReadonlyMap<DeclarationKind, DeclarationSpec> = new Map(LANGUAGE.map((d) => [d.kind, d]));

/** The table entry of a declaration kind. */
export function declarationSpec(kind: DeclarationKind): DeclarationSpec {
  const spec = BY_KIND.get(kind);
  if (spec === undefined) throw new Error(`no declaration kind ${kind}`);
  return spec;
}

/**
 * Whether a declaration of `kind` takes `at <library>` after its name (`room aula at
 * perpus {`): the kinds whose core field `library` the declaration itself sets (a program
 * and the resources).
 */
export function takesAtLibrary(kind: DeclarationKind): boolean {
  return Object.hasOwn(declarationSpec(kind).implicitFields, "library");
}

/** The property `key` of a declaration kind, or undefined when the kind does not take it. */
export function propertySpec(kind: DeclarationKind, key: string): PropertySpec | undefined {
  return PROPERTY_BY_KIND.get(kind)?.get(key);
}

/** Each kind's properties by key (the first entry of a key, as a search of the list finds it). */
const PROPERTY_BY_KIND: ReadonlyMap<DeclarationKind, ReadonlyMap<string, PropertySpec>> = new Map(
  LANGUAGE.map((d) => [d.kind, new Map([...d.properties].reverse().map((p) => [p.key, p] as const))]),
);

const aliasesByKind = new Map<DeclarationKind, readonly (readonly [alias: string, of: string])[]>();

/**
 * The properties of `kind` that are another word for one of its properties, each with that
 * property's key: a property that sets only the field another one is named for (`name`, which
 * sets a program's `title`). Not two that only share a field (`when` and `requires` both make a
 * program's gate, and both may be written).
 *
 * @example propertyAliases("program") // [["name", "title"]]
 */
export function propertyAliases(kind: DeclarationKind): readonly (readonly [alias: string, of: string])[] {
  let aliases = aliasesByKind.get(kind);
  if (aliases === undefined) {
    const properties = declarationSpec(kind).properties;
    const keys = new Set(properties.map((p) => p.key));
    aliases = properties.flatMap((p) => {
      const [field, ...others] = p.fields;
      return field !== undefined && others.length === 0 && field !== p.key && keys.has(field) ? [[p.key, field] as const] : [];
    });
    aliasesByKind.set(kind, aliases);
  }
  return aliases;
}

/** How one property key is written and parsed, whatever declaration it is in. */
export interface PropertySyntax {
  /** Canonical key. */
  readonly key: string;
  /** Its keyword. */
  readonly keyword: KeywordSpelling;
  /** What the formatter writes before the value, per language. */
  readonly written: { readonly en: string; readonly id: string };
  /** Its value shape. */
  readonly shape: ValueShapeName;
  /** May be given more than once. */
  readonly repeatable: boolean;
  /** The declaration kinds its plain names refer to, for a property that names declarations. */
  readonly references?: readonly DeclarationKind[];
}

function syntaxOf(p: PropertySpec): PropertySyntax {
  const written = p.written ?? { en: p.keyword.en[0] ?? p.key, id: p.keyword.id[0] ?? p.keyword.en[0] ?? p.key };
  return { key: p.key, keyword: p.keyword, written, shape: p.shape, repeatable: p.repeatable, ...(p.references === undefined ? {} : { references: p.references }) };
}

/**
 * Every property key of the language once, in table order. A key means one keyword and one
 * value shape in every declaration that takes it (a test holds the table to that).
 */
export const PROPERTY_SYNTAX: readonly PropertySyntax[] = (() => {
  const seen = new Map<string, PropertySyntax>();
  for (const d of LANGUAGE) for (const p of d.properties) if (!seen.has(p.key)) seen.set(p.key, syntaxOf(p));
  return [...seen.values()];
})();

const SYNTAX_BY_KEY: ReadonlyMap<string, PropertySyntax> = new Map(PROPERTY_SYNTAX.map((s) => [s.key, s]));

/** How property `key` is written and parsed; undefined for a key no declaration takes. */
export function propertySyntax(key: string): PropertySyntax | undefined {
  return SYNTAX_BY_KEY.get(key);
}

/** The keywords the table defines (declarations, then properties), each token once. */
export const TABLE_KEYWORDS: readonly KeywordSpelling[] = (() => {
  const seen = new Map<string, KeywordSpelling>();
  for (const d of LANGUAGE) if (!seen.has(d.keyword.token)) seen.set(d.keyword.token, d.keyword);
  for (const p of PROPERTY_SYNTAX) if (!seen.has(p.keyword.token)) seen.set(p.keyword.token, p.keyword);
  return [...seen.values()];
})();

/**
 * The core value a word written for property `key` of a declaration kind means (`kota` for
 * `city`), through the property's allowed values; undefined when unknown or not enum-like.
 */
export function allowedValue(kind: DeclarationKind, key: string, word: string): string | undefined {
  const set = propertySpec(kind, key)?.values;
  return set === undefined ? undefined : lookupWord(set.vocabulary, word);
}
