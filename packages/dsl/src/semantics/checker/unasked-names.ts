/**
 * A person's role or skill, or a room's or equipment's feature, that no program's need asks
 * for while a need asks for one spelt nearly so (`keahlian mendongen` beside needs for
 * `mendongeng`): most likely a typo, which keeps the person out of every session silently.
 * LON3203 (a warning) at the name, with the name asked for as its suggestion.
 */
import { suggestion, type Labels, damerauDistance, typoLimit } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { DeclarationKind, FileNode, Property, Reference } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { NameIndex } from "../binder/suggest.js";
import { makeDiagnostic } from "../report.js";

/** What a need asks of a resource by name: a person's role or skill, a room's or equipment's feature (the property that lists it). */
export type Held = "role" | "skills" | "features";

/** The properties listing what a resource holds, by its kind. */
const HELD_BY_KIND: Partial<Readonly<Record<DeclarationKind, readonly Held[]>>> = { staff: ["role", "skills"], volunteer: ["role", "skills"], room: ["features"], equipment: ["features"] };

/** What a message calls each: "the skill `x`" / "keahlian `x`". */
export const WHAT: Readonly<Record<Held, Labels>> = { role: { en: "role", id: "peran" }, skills: { en: "skill", id: "keahlian" }, features: { en: "feature", id: "fasilitas" } };

/** The names a property lists, each with its place (names written as text have none to fix, and are left out). */
function listedReferences(value: Property["value"]): readonly Reference[] {
  if (value.kind === "Reference") return [value];
  if (value.kind === "List") return value.items.filter((item): item is Reference => item.kind === "Reference");
  return [];
}

/** The roles, skills and features the workspace's needs ask for, each indexed for near spellings once, and those its resources hold. */
class Asked {
  private readonly names: Readonly<Record<Held, Set<string>>> = { role: new Set(), skills: new Set(), features: new Set() };
  private readonly held: Readonly<Record<Held, Set<string>>> = { role: new Set(), skills: new Set(), features: new Set() };
  private readonly indexes = new Map<Held, NameIndex>();

  constructor(bound: BoundWorkspace) {
    for (const file of bound.files) {
      for (const item of file.items) {
        if (item.kind !== "Declaration") continue;
        const heldKeys = HELD_BY_KIND[item.declarationKind];
        if (heldKeys !== undefined) {
          for (const property of item.properties) {
            const key = heldKeys.find((k) => k === property.key);
            if (key !== undefined) for (const r of listedReferences(property.value)) this.held[key].add(r.name);
          }
        }
        if (item.declarationKind !== "program") continue;
        for (const property of item.properties) {
          if (property.value.kind !== "Needs") continue;
          for (const need of property.value.needs) {
            if (need.role !== undefined) this.names.role.add(need.role.name);
            if (need.skill !== undefined) this.names.skills.add(need.skill.name);
            for (const feature of need.features) this.names.features.add(feature.name);
          }
        }
      }
    }
  }

  /** Whether a need asks for `name` as a `held`. */
  has(held: Held, name: string): boolean {
    return this.names[held].has(name);
  }

  /**
   * The names asked for as a `held` within a typo of `name` (an edit or two, by their length)
   * that another resource holds, nearest first: a name asked and held by none is LON3202's, at
   * the need, with the held one as its fix (one mistake, one warning).
   */
  near(held: Held, name: string): string[] {
    if (this.names[held].size === 0) return [];
    let index = this.indexes.get(held);
    if (index === undefined) {
      index = new NameIndex(this.names[held]);
      this.indexes.set(held, index);
    }
    return index.close(name).filter((c) => this.held[held].has(c) && damerauDistance(name, c, typoLimit(c)) <= typoLimit(c));
  }
}

/**
 * LON3203 over one file at a time: the returned function checks the resources of a file
 * against what the whole workspace's needs ask for (read once, on first use).
 */
export function unaskedNamesChecker(bound: BoundWorkspace): (file: FileNode, diagnostics: Diagnostic[]) => void {
  let asked: Asked | undefined;
  return (file, diagnostics) => {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.broken !== undefined) continue;
      const heldKeys = HELD_BY_KIND[item.declarationKind];
      if (heldKeys === undefined) continue;
      for (const property of item.properties) {
        const held = heldKeys.find((k) => k === property.key);
        if (held === undefined) continue;
        for (const written of listedReferences(property.value)) {
          asked ??= new Asked(bound);
          if (asked.has(held, written.name)) continue;
          const [meant] = asked.near(held, written.name);
          if (meant === undefined) continue;
          const fix = suggestion("note.didYouMean", { name: meant }, [{ location: { file: file.path, range: written.range }, text: meant }]);
          diagnostics.push(makeDiagnostic("LON3203.unasked", { what: WHAT[held], name: written.name, meant }, file.path, written.range, { suggestions: [fix] }));
        }
      }
    }
  };
}
