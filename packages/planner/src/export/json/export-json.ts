import { z } from "zod";
import { Plan } from "../../plan/plan.js";
import { compareCodeUnits } from "../text.js";

/**
 * plan.json: the plan validated against the {@link Plan} schema, keys in the schema's
 * order (records such as a KPI's `projected` sorted by key), pretty-printed with two
 * spaces and ending with a newline. Same plan, same bytes.
 *
 * Throws when the plan does not match its schema: a plan is made by the planner, so a
 * mismatch is a bug in what built it, not an error in user data.
 *
 * @example exportJson(plan).startsWith('{\n  "version": 1,') // true
 */
export function exportJson(plan: Plan): string {
  return [...validatedJsonChunks(validatedPlan(plan))].join("");
}

/** Re-indents a value's two-space JSON for its depth in the document. */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

/**
 * Arrays longer than this are written this many elements per piece, so no single string
 * holds them; a piece (~80 KB for occurrences) stays below V8's large-object size, so it
 * dies young instead of growing the old generation (each major GC marks the whole plan).
 */
const CHUNKED_ARRAY = 250;

/** The plan as its schema reads it; throws a TypeError naming what is wrong (a planner bug, not user data). */
export function validatedPlan(plan: Plan): Plan {
  const parsed = Plan.safeParse(plan);
  if (!parsed.success) throw new TypeError(`not a valid plan:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * {@link exportJson}'s text, as pieces whose concatenation is exactly that text, of a plan
 * {@link validatedPlan} has already read: a province's plan.json (a million occurrences,
 * ~450 MB) comes near the longest string V8 allows, so the writer streams these pieces.
 */
export function* validatedJsonChunks(value: Plan): Generator<string> {
  const kpis = value.kpis.map((k) => ({ ...k, projected: Object.fromEntries(Object.entries(k.projected).sort(([a], [b]) => compareCodeUnits(a, b))) }));
  const entries = Object.entries({ ...value, kpis });
  yield "{\n";
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i] ?? ["", null];
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > CHUNKED_ARRAY) {
      yield "[\n";
      for (let k = 0; k < v.length; k += CHUNKED_ARRAY) {
        // The slice inside an array ("[\n  [\n    item,\n    item\n  ]\n]"), so its items come
        // indented as deep as they stand here: one stringify per thousand items, no re-indenting.
        const text = JSON.stringify([v.slice(k, k + CHUNKED_ARRAY)], null, 2);
        yield `${text.slice(6, -6)}${k + CHUNKED_ARRAY < v.length ? ",\n" : "\n"}`;
      }
      yield "  ]";
    } else yield nested(v, 1);
    yield i + 1 < entries.length ? ",\n" : "\n";
  }
  yield "}\n";
}
