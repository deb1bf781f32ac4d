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
import { compileInput, compileWorkspace } from "./compile.js";
import { checkElement, type CheckedElement, type ElementSchema, validateByElement } from "./validate-elements.js";

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
    return validateByElement(input, this.check) ?? compileWorkspace(bound, context, diagnostics);
  }

  private readonly check = (schema: ElementSchema, element: unknown): CheckedElement => {
    if (typeof element !== "object" || element === null) return undefined;
    if (this.checked.has(element)) return this.checked.get(element);
    const checked = checkElement(schema, element);
    this.checked.set(element, checked);
    return checked;
  };
}
