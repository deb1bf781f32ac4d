/**
 * Compilation and core validation with each element's result kept across analyses: the
 * workspace session's way to the core model after an edit. Core's `validateWorkspace` is
 * a key walk, a zod parse and a reference check; the first two treat each element of each
 * collection on its own, so an element compiled from an unchanged declaration (the same
 * object, kept by the memo) is walked and parsed once. Only a clean workspace takes this
 * path: when any element has an issue, or nests deeply, the whole workspace goes through
 * {@link compileWorkspace} as from scratch, so the diagnostics are always core's own.
 */
import type { Workspace } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import type { ScheduleContext } from "../schedule/compile-schedule.js";
import { COLLECTION, compileElement, compileWorkspace } from "./compile.js";
import { FirstDeclarations } from "./first-declarations.js";
import { SourceMap } from "./source-map.js";
import { checkElement, type CheckedElement, type Collection, ELEMENT_SCHEMAS, type ElementSchema, validateAround } from "./validate-elements.js";

const SCHEMA_OF: ReadonlyMap<Collection, ElementSchema> = new Map(ELEMENT_SCHEMAS);

/**
 * Where a declaration's compiled element may be looked up: a key that two declarations
 * share only when they compile alike (see {@link AnalysisMemo}: same file, same start, same
 * text), or undefined when there is none.
 */
export type DeclarationKey = (declaration: Declaration) => string | undefined;

/** Each declaration's compiled element and each element's validation, kept while they are the same. */
export class CompileMemo {
  private elements = new Map<string, unknown>();
  private contextKey = "";
  private readonly checked = new WeakMap<object, CheckedElement>();

  /**
   * What {@link compileWorkspace} gives for `bound` (the same model, the same diagnostics),
   * reusing the elements compiled and validated before. `contextKey` names everything an
   * element's compilation reads besides its declaration (the horizon, the libraries).
   * A generator that stops after each file's elements are compiled and checked, so that a
   * caller can let other work in; the last step puts the model together (the workspace's
   * own fields and the references, core's `checkReferences`).
   */
  *compile(bound: BoundWorkspace, context: ScheduleContext, contextKey: string, keyOf: DeclarationKey, diagnostics: Diagnostic[]): Generator<void, Workspace | undefined, void> {
    const earlier = contextKey === this.contextKey ? this.elements : new Map<string, unknown>();
    const kept = new Map<string, unknown>();
    // As compileInput with reuse: no source map (any issue sends the workspace to compileWorkspace).
    const map = new SourceMap(false);
    const first = new FirstDeclarations(bound);
    const libraries = first.libraryNames();
    const out: Record<Collection, unknown[]> = { libraries: [], partners: [], resources: [], programs: [], agreements: [], rules: [], kpis: [] };
    const checked: Record<Collection, unknown[]> = { libraries: [], partners: [], resources: [], programs: [], agreements: [], rules: [], kpis: [] };
    let clean = true;
    for (const file of bound.files) {
      for (const item of file.items) {
        // Only the first declaration of a name is compiled (LON2001 reports the rest).
        if (item.kind !== "Declaration" || !first.has(item)) continue;
        const collection = COLLECTION[item.declarationKind];
        const list = out[collection];
        const key = keyOf(item);
        const element = key !== undefined && earlier.has(key) ? earlier.get(key) : compileElement(item, file.path, list.length, libraries, context, map);
        if (key !== undefined) kept.set(key, element);
        list.push(element);
        const schema = SCHEMA_OF.get(collection);
        const value = clean && schema !== undefined ? this.check(schema, element) : undefined;
        if (value === undefined) clean = false;
        else checked[collection].push(value.value);
      }
      yield;
    }
    this.elements = kept;
    this.contextKey = contextKey;
    const input = { version: 1, ...(context.horizon === undefined ? {} : { horizon: context.horizon }), ...out };
    return (clean ? validateAround(input, checked) : undefined) ?? compileWorkspace(bound, context, diagnostics);
  }

  private readonly check = (schema: ElementSchema, element: unknown): CheckedElement => {
    if (typeof element !== "object" || element === null) return undefined;
    if (this.checked.has(element)) return this.checked.get(element);
    const checked = checkElement(schema, element);
    this.checked.set(element, checked);
    return checked;
  };
}
