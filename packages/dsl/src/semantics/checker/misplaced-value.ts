/**
 * A value written under the wrong keyword of its declaration: `tingkat desa` in a library,
 * where `desa` is a library tier (`jenjang desa`) and `tingkat` takes a school level. In
 * Bahasa Indonesia "tingkat" and "jenjang" both mean "level", so a planner reaches for the
 * other word. When a word is not a value of its property but is one of another word property
 * of the same declaration, which the declaration does not have, that is one mistake: one
 * error at the property, with the keyword that takes the word as its fix (see enums.ts), and
 * no "needs `jenjang`" for the property the word was meant for (see properties.ts).
 */
import type { Declaration, Property } from "../../syntax/ast.js";
import type { PropertySpec } from "../../language/shapes.js";
import { declarationSpec, propertySpec } from "../../language/table.js";
import { lookupWord } from "../vocabulary.js";
import { schoolTier } from "./school-tier.js";

/** A property whose word belongs to another property of its declaration. */
export interface MisplacedValue {
  /** The declaration's kind. */
  readonly kind: Declaration["declarationKind"];
  /** The property as written (`tingkat desa`). */
  readonly property: Property;
  /** The word (`desa`). */
  readonly word: string;
  /** The property the word is a value of (the library's `tier`). */
  readonly meant: PropertySpec;
}

/** The misplaced values of a declaration, in source order (at most one per property). */
export function misplacedValues(declaration: Declaration): readonly MisplacedValue[] {
  const out: MisplacedValue[] = [];
  for (const property of declaration.properties) {
    const misplaced = misplacedValue(declaration, property);
    if (misplaced !== undefined) out.push(misplaced);
  }
  return out;
}

/**
 * A property of `declaration` whose bare word is not a value of its own but of another word
 * property the declaration lacks. Not a property the declaration must have (`kategori
 * monitoring`, where `monitoring` is also a TPBIS stage): moved away, the word would leave it
 * missing, so the word is the property's own unknown value (LON3004 lists the allowed ones).
 */
export function misplacedValue(declaration: Declaration, property: Property): MisplacedValue | undefined {
  const kind = declaration.declarationKind;
  const value = property.value;
  // A bare word: a name, or an audience group without a school level.
  const word = value.kind === "Reference" ? value.name : value.kind === "Audience" && value.level === undefined ? value.group.name : undefined;
  const spec = propertySpec(kind, property.key);
  const own = spec?.values;
  if (own === undefined || word === undefined || lookupWord(own.vocabulary, word) !== undefined) return undefined;
  const meant = declarationSpec(kind).properties.find(
    (p) => p.key !== property.key && p.values !== undefined && lookupWord(p.values.vocabulary, word) !== undefined && !declaration.properties.some((q) => q.key === p.key),
  );
  if (meant === undefined || (spec?.required === true && !keepsProperty(kind, property.key, meant.key))) return undefined;
  return { kind, property, word, meant };
}

/** Whether the fix writes the property back beside the moved word: a school level written as a library's tier (see {@link rewriteOf}). */
function keepsProperty(kind: Declaration["declarationKind"], key: string, meant: string): boolean {
  return kind === "library" && key === "tier" && meant === "level";
}

/**
 * The text the fix writes in place of the property: the word under the keyword that takes it
 * (`jenjang desa`), in the file's language. A school level written as a library's tier
 * (`jenjang sd`) leaves the tier to be written too, and a school level needs the school tier:
 * `jenjang sekolah  tingkat sd`.
 */
export function rewriteOf({ kind, property, word, meant }: MisplacedValue): string {
  // What the formatter writes before such a value (`memerlukan tahap`), else the keyword.
  const written = `${meant.written?.[property.lang] ?? meant.keyword[property.lang][0] ?? meant.key} ${word}`;
  if (!keepsProperty(kind, property.key, meant.key)) return written;
  return `${schoolTier()[property.lang]}  ${written}`;
}
