/**
 * Core validation of a compiled workspace, element by element: what core's
 * `validateWorkspace` decides for the whole (a key walk, a zod parse, a reference check),
 * done per element of each collection, where an element the compiler built in core's
 * normal form (see `isNormalForm`) needs no parse at all. Only a clean workspace comes out
 * of here; one with any issue is left to `validateWorkspace`, so diagnostics are core's own.
 */
import {
  Agreement,
  checkReferences,
  inputDepthIssue,
  isNormalForm,
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

/** A collection of the workspace. */
export type Collection = "libraries" | "partners" | "resources" | "programs" | "agreements" | "rules" | "kpis";

/** The schema of an element of one of the workspace's collections. */
export type ElementSchema = typeof Library | typeof Partner | typeof Resource | typeof Program | typeof Agreement | typeof Rule | typeof KpiDefinition;

/** The schema of one element of each collection (the workspace's arrays, in its key order). */
export const ELEMENT_SCHEMAS: readonly (readonly [Collection, ElementSchema])[] = [
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
export type CheckedElement = { readonly value: unknown } | undefined;

/** Validates one element against its collection's schema. */
export type ElementCheck = (schema: ElementSchema, element: unknown) => CheckedElement;

/**
 * One element as core's validation would take it inside a workspace: itself when it is in
 * normal form, else its parse when it nests shallowly enough, has no unknown key and
 * parses; undefined when core would raise an issue for it.
 */
export const checkElement: ElementCheck = (schema, element) => {
  if (typeof element !== "object" || element === null) return undefined;
  if (isNormalForm(schema, element, MAX_INPUT_DEPTH - ELEMENT_DEPTH)) return { value: element };
  if (inputDepthIssue(element, MAX_INPUT_DEPTH - ELEMENT_DEPTH) !== undefined || unknownKeyIssues(schema, element).length > 0) return undefined;
  const parsed = schema.safeParse(element);
  return parsed.success ? { value: parsed.data } : undefined;
};

/**
 * The validated workspace when every element is clean (by `check`) and the references
 * hold: the same model core's `validateWorkspace` gives for `input`. Undefined when
 * anything has an issue (ask `validateWorkspace` for them).
 */
export function validateByElement(input: unknown, check: ElementCheck = checkElement): Workspace | undefined {
  const record = input as Record<Collection, readonly unknown[]>;
  const lists: Partial<Record<Collection, readonly unknown[]>> = {};
  for (const [collection, schema] of ELEMENT_SCHEMAS) {
    const elements: unknown = record[collection];
    if (!Array.isArray(elements)) return undefined;
    // Elements in normal form are their own values: while every one is, none is wrapped or pushed.
    let parsed: unknown[] | undefined;
    for (let i = 0; i < elements.length; i++) {
      const element: unknown = elements[i];
      if (parsed === undefined && check === checkElement && isNormalForm(schema, element, MAX_INPUT_DEPTH - ELEMENT_DEPTH)) continue;
      const checked = check(schema, element);
      if (checked === undefined) return undefined;
      parsed ??= elements.slice(0, i);
      parsed.push(checked.value);
    }
    lists[collection] = parsed ?? (elements as readonly unknown[]).slice();
  }
  return validateAround(input, lists as Record<Collection, readonly unknown[]>);
}

/**
 * The rest of {@link validateByElement} once each element of `input` is checked clean
 * (`lists`: their checked values, by collection): the workspace's own fields and the
 * references. The validated workspace, or undefined when anything has an issue.
 */
export function validateAround(input: unknown, lists: Readonly<Record<Collection, readonly unknown[]>>): Workspace | undefined {
  const record = input as Record<Collection, readonly unknown[]>;
  const empty = Object.fromEntries(ELEMENT_SCHEMAS.map(([collection]) => [collection, []]));
  const top = Workspace.safeParse({ ...record, ...empty });
  if (!top.success || unknownKeyIssues(Workspace, { ...record, ...empty }).length > 0) return undefined;
  // Zod's output keeps the schema's key order: the lists replace the empty ones in place.
  const workspace = { ...top.data, ...lists } as Workspace;
  return checkReferences(workspace).length === 0 ? workspace : undefined;
}
