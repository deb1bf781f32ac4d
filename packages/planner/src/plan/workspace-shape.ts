import type { Workspace } from "@lontar/core";

/** The keys of a workspace's lists (each an array in core's schema). */
type ListKey = { [K in keyof Workspace]-?: Workspace[K] extends readonly unknown[] ? K : never }[keyof Workspace];

/** The lists a validated workspace always holds: `validateWorkspace` fills each in when it is left out. */
const LISTS = ["libraries", "partners", "resources", "programs", "agreements", "rules", "kpis"] as const satisfies readonly ListKey[];
/** Every list of core's schema is among {@link LISTS}: a list added to the schema fails to compile here until it is. */
const EVERY_LIST: [Exclude<ListKey, (typeof LISTS)[number]>] extends [never] ? true : never = true;
void EVERY_LIST;

/**
 * Throws a TypeError when `workspace` is plainly not a validated `Workspace`: not an object,
 * or without the version or one of the lists validation fills in. Raw JSON given straight to
 * the planner (`planWorkspace(JSON.parse(body))`, which TypeScript lets through as `any`)
 * failed deep inside ("Cannot read properties of undefined (reading 'filter')"). A shallow
 * look that costs nothing beside a plan; it does not validate (see `validateWorkspace`).
 */
export function expectWorkspace(workspace: unknown, where: string): void {
  const advice = "validate it with validateWorkspace from @lontar/core first (it fills in defaults and checks references) and pass its value";
  if (typeof workspace !== "object" || workspace === null || Array.isArray(workspace)) {
    throw new TypeError(`${where}: the workspace must be a validated Workspace object, not ${workspace === null ? "null" : Array.isArray(workspace) ? "an array" : typeof workspace}; ${advice}`);
  }
  const given = workspace as Readonly<Record<string, unknown>>;
  if (given["version"] !== 1) throw new TypeError(`${where}: the workspace is not a validated one (its version is ${JSON.stringify(given["version"]) ?? "undefined"}, not 1); ${advice}`);
  const stageModel = given["stageModel"];
  const missing: string[] = [...(typeof stageModel === "object" && stageModel !== null ? [] : ["stageModel"]), ...LISTS.filter((key) => !Array.isArray(given[key]))];
  if (missing.length > 0) throw new TypeError(`${where}: the workspace is not a validated one (no ${missing.map((key) => `\`${key}\``).join(", ")}); ${advice}`);
}
