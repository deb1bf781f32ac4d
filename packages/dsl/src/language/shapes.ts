/**
 * The shapes the language table is made of: a declaration kind, its properties, the value
 * shape each property takes, and the values an enum-like property allows, each with its
 * English and Bahasa Indonesia spelling and documentation.
 */
import type { DeclarationKind } from "../syntax/ast.js";
import type { Vocabulary } from "../semantics/vocabulary.js";

/** A text in English and in Bahasa Indonesia. */
export interface Bilingual {
  /** English. */
  readonly en: string;
  /** Bahasa Indonesia. */
  readonly id: string;
}

/**
 * A keyword: the token it lexes to and its spellings in each language, canonical first
 * (the formatter writes the first). A token may be spelt in one language only.
 */
export interface KeywordSpelling {
  /** Name of the keyword token (see syntax/lexer/tokens.ts). */
  readonly token: string;
  /** English spellings, canonical first. */
  readonly en: readonly string[];
  /** Bahasa Indonesia spellings, canonical first. */
  readonly id: readonly string[];
}

/**
 * What a property's value looks like. Each shape has one parser rule, one expectation
 * message and the AST value kinds it produces (see value-shapes.ts).
 */
export type ValueShapeName =
  | "text"
  | "word"
  | "names"
  | "count"
  | "region"
  | "windows"
  | "openWindows"
  | "closed"
  | "capacity"
  | "money"
  | "budgetPeriod"
  | "budgetCap"
  | "hoursCap"
  | "stageRequirement"
  | "audience"
  | "schedule"
  | "route"
  | "needs"
  | "cost"
  | "precedence"
  | "condition"
  | "effect"
  | "parties"
  | "validity"
  | "appliesTo"
  | "indicator";

/** One value shape: the AST value kinds it produces and how to describe it. */
export interface ValueShape {
  /** The shape's name. */
  readonly name: ValueShapeName;
  /** The `PropertyValue` kinds a value of this shape parses to. */
  readonly nodeKinds: readonly string[];
  /** What a value of this shape looks like, for LON3009 and the docs. */
  readonly expected: Bilingual;
  /** An example value, as written after the keyword in each language. */
  readonly example: Bilingual;
}

/** One value an enum-like property allows: the core value, its labels and the words that spell it. */
export interface AllowedValue {
  /** The core model's value, e.g. `kota`. */
  readonly value: string;
  /** Core's labels in English and Indonesian. */
  readonly label: Bilingual;
  /** The word a planner writes for it in each language: `city` / `kota`, `government_agency` / `opd`. */
  readonly written: Bilingual;
  /** Every word a planner may write for it (the value first). */
  readonly words: readonly string[];
}

/** The values an enum-like property allows (built from core's bilingual labels). */
export interface ValueSet {
  /** What the values are, for messages and docs: "library tier" / "jenjang perpustakaan". */
  readonly title: Bilingual;
  /** The allowed values in core's order. */
  readonly values: readonly AllowedValue[];
  /** The lookup table the checker and compiler use: word → core value. */
  readonly vocabulary: Vocabulary;
  /** The code of an unknown value: LON3004, or LON3005 for a TPBIS stage. */
  readonly unknownCode: string;
}

/** One property of a declaration kind. */
export interface PropertySpec {
  /** Canonical key in the AST (`Property.key`), e.g. `capacity`. */
  readonly key: string;
  /** The property's keyword. */
  readonly keyword: KeywordSpelling;
  /**
   * What the formatter writes before the value when it is not just the keyword's canonical
   * spelling (`requires stage` / `memerlukan tahap`).
   */
  readonly written?: Bilingual;
  /** The value shape. */
  readonly shape: ValueShapeName;
  /** A declaration of this kind without it is LON3007. */
  readonly required: boolean;
  /** May be given more than once (else a second is LON3008). */
  readonly repeatable: boolean;
  /** The values allowed, for enum-like properties. */
  readonly values?: ValueSet;
  /** The declaration kinds its plain names refer to (`partners` → a partner or a library), for properties that name declarations. */
  readonly references?: readonly DeclarationKind[];
  /** Documentation: what the property means. */
  readonly doc: Bilingual;
  /** An example value for the docs and completion, when the shape's own example does not fit. */
  readonly example?: Bilingual;
  /** The core model fields it sets (top-level keys of the core object, e.g. `schoolLevel`). */
  readonly fields: readonly string[];
}

/** One declaration kind: its keyword, where it goes in core's model, and its properties. */
export interface DeclarationSpec {
  /** The declaration kind. */
  readonly kind: DeclarationKind;
  /** The declaration's keyword. */
  readonly keyword: KeywordSpelling;
  /** Documentation: what it declares. */
  readonly doc: Bilingual;
  /** The properties, in the order the docs list them. */
  readonly properties: readonly PropertySpec[];
  /**
   * Core fields set by the declaration itself rather than a property, with how:
   * `id` (its name), `source` (its position), `library` (`at <library>`)…
   */
  readonly implicitFields: Readonly<Record<string, Bilingual>>;
}
