/**
 * Compilation and core validation with each element's result kept across analyses: the
 * workspace session's way to the core model after an edit. Core's `validateWorkspace` is
 * a key walk, a zod parse and a reference check; the first two treat each element of each
 * collection on its own, so an element compiled from an unchanged declaration (the same
 * object, kept by the memo) is walked and parsed once. Only a clean workspace takes this
 * path: when any element has an issue, or nests deeply, the whole workspace goes through
 * {@link compileWorkspace} as from scratch, so the diagnostics are always core's own.
 */
import {
  Agreement,
  checkReferences,
  inputDepthIssue,
  KpiDefinition,
  Library,
  MAX_INPUT_DEPTH,
  Partner,
  Program,
  Resource,
  Rule,
  Workspace,
  unknownKeyIssues,
} from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import type { ScheduleContext } from "../schedule/compile-schedule.js";
import { compileInput, compileWorkspace } from "./compile.js";

type Collection = "libraries" | "partners" | "resources" | "programs" | "agreements" | "rules" | "kpis";

/** The schema of an element of one of the workspace's collections. */
type ElementSchema = typeof Library | typeof Partner | typeof Resource | typeof Program | typeof Agreement | typeof Rule | typeof KpiDefinition;

/** The schema of one element of each collection (the workspace's arrays, in its key order). */
const ELEMENT_SCHEMAS: readonly (readonly [Collection, ElementSchema])[] = [
  ["libraries", Library],
  ["partners", Partner],
  ["resources", Resource],
  ["programs", Program],
  ["agreements", Agreement],
  ["rules", Rule],
  ["kpis", KpiDefinition],
];

/** An element and the workspace's path to it are two levels apart (`programs`, index). */
const ELEMENT_DEPTH = 2;

/** A clean element's parsed value, or undefined when it has an issue. */
type Checked = { readonly value: unknown } | undefined;

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
  private readonly checked = new WeakMap<object, Checked>();

  /**
   * What {@link compileWorkspace} gives for `bound` (the same model, the same diagnostics),
   * reusing the elements compiled and validated before. `contextKey` names everything an
   * element's compilation reads besides its declaration (the horizon, the libraries).
   */
  compile(bound: BoundWorkspace, context: ScheduleContext, contextKey: string, keyOf: DeclarationKey, diagnostics: Diagnostic[]): Workspace | undefined {
    const earlier = contextKey === this.contextKey ? this.elements : new Map<string, unknown>();
    const kept = new Map<string, unknown>();
    const { input } = compileInput(bound, context, (declaration, build) => {
      const key = keyOf(declaration);
      if (key === undefined) return build();
      const element = earlier.has(key) ? earlier.get(key) : build();
      kept.set(key, element);
      return element;
    });
    this.elements = kept;
    this.contextKey = contextKey;
    return this.validate(input) ?? compileWorkspace(bound, context, diagnostics);
  }

  /** The validated workspace when every element is clean and the references hold; undefined otherwise. */
  private validate(input: unknown): Workspace | undefined {
    const record = input as Record<Collection, readonly unknown[]>;
    const empty = Object.fromEntries(ELEMENT_SCHEMAS.map(([collection]) => [collection, []]));
    const top = Workspace.safeParse({ ...record, ...empty });
    if (!top.success || unknownKeyIssues(Workspace, { ...record, ...empty }).length > 0) return undefined;
    const lists: Partial<Record<Collection, unknown[]>> = {};
    for (const [collection, schema] of ELEMENT_SCHEMAS) {
      const parsed: unknown[] = [];
      for (const element of record[collection]) {
        const checked = this.check(schema, element);
        if (checked === undefined) return undefined;
        parsed.push(checked.value);
      }
      lists[collection] = parsed;
    }
    // Zod's output keeps the schema's key order: the lists replace the empty ones in place.
    const workspace = { ...top.data, ...lists } as Workspace;
    return checkReferences(workspace).length === 0 ? workspace : undefined;
  }

  private check(schema: ElementSchema, element: unknown): Checked {
    if (typeof element !== "object" || element === null) return undefined;
    if (this.checked.has(element)) return this.checked.get(element);
    let checked: Checked;
    if (inputDepthIssue(element, MAX_INPUT_DEPTH - ELEMENT_DEPTH) === undefined && unknownKeyIssues(schema, element).length === 0) {
      const parsed = schema.safeParse(element);
      checked = parsed.success ? { value: parsed.data } : undefined;
    }
    this.checked.set(element, checked);
    return checked;
  }
}
