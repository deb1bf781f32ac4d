/**
 * The files a plan's outputs are in their folder: what writePlanOutputs writes (and owns
 * when it writes the folder again) and what `lontar plan --help` names.
 */

/**
 * Every file `writePlanOutputs` writes into its folder, by relative path with `/`; `*` stands
 * for one file name (`calendars/*.ics`: one calendar per library, resource and partner).
 * plan.xlsx is left out for a plan of more than MAX_WORKBOOK_OCCURRENCES occurrences.
 *
 * @example PLAN_OUTPUT_FILES.includes("plan.xlsx") // true
 */
export const PLAN_OUTPUT_FILES = ["plan.json", "plan.xlsx", "calendar.ics", "calendars/*.ics", "occurrences.csv", "index.html"] as const;

/** One of {@link PLAN_OUTPUT_FILES}. */
export type PlanOutputFile = (typeof PLAN_OUTPUT_FILES)[number];

const OUTPUT_PATH = new RegExp(`^(?:${PLAN_OUTPUT_FILES.map((f) => f.replace(/[.]/g, "\\.").replace("*", "[^/]+")).join("|")})$`);

/**
 * True for a path (relative, with `/`) that one of {@link PLAN_OUTPUT_FILES} names: what an
 * earlier plan wrote in the folder.
 *
 * @example isPlanOutputPath("calendars/library-x.ics") // true
 */
export function isPlanOutputPath(relative: string): boolean {
  return OUTPUT_PATH.test(relative);
}
