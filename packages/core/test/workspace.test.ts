import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNormalForm, Library, Program, validateWorkspace, type WorkspaceInput } from "@lontar/core";
import { validWorkspaceArb } from "./arbitraries/valid-workspace.js";

describe("validateWorkspace", () => {
  it("rejects an impossible date with a path to it", () => {
    const result = validateWorkspace({
      version: 1,
      libraries: [{ id: "l", name: "L", tier: "desa", region: { province: "NTT" } }],
      programs: [{ id: "p", title: "P", library: "l", category: "storytelling", schedules: [{ kind: "once", start: "2019-02-30T10:00", durationMinutes: 60 }] }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(["programs", 0, "schedules", 0, "start"]);
  });

  // Found by an SDK walk: a workspace built `as const`, or from readonly arrays, was refused
  // by the type WorkspaceInput (TS4104: "'readonly' and cannot be assigned to the mutable type").
  // `tsc` checks the typing; the test checks that such data validates.
  it("takes input built as const (WorkspaceInput accepts read-only arrays and objects)", () => {
    const libraries = [{ id: "l", name: "L", tier: "desa", region: { province: "NTT" } }] as const;
    const days: readonly ("sat" | "sun")[] = ["sat", "sun"];
    const input: WorkspaceInput = {
      version: 1,
      horizon: { from: "2026-01-01", to: "2026-01-31" },
      libraries: [...libraries, { id: "m", name: "M", tier: "desa", region: { province: "NTT" }, openingHours: [{ days, time: { start: "08:00", end: "12:00" } }] }],
      programs: [{ id: "p", title: "P", library: "l", category: "storytelling", schedules: [{ kind: "once", start: "2026-01-10T10:00", durationMinutes: 60 }] }] as const,
    };
    const result = validateWorkspace(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.libraries[1]?.openingHours[0]?.days).toEqual(["sat", "sun"]);
  });
});

/** Every path to an own key of a plain object in `value`, at any depth. */
function keyPaths(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => keyPaths(item, [...path, i]));
  return Object.entries(value).flatMap(([key, item]) => [[...path, key], ...keyPaths(item, [...path, key])]);
}

/** A deep copy of `value` whose key at `path` holds undefined (`set`) or is gone. */
function withKey(value: unknown, path: readonly (string | number)[], how: "set" | "delete"): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (how === "set") target[last] = undefined;
  else delete target[last];
  return copy;
}

/** True when no plain object in `value` has an own key holding undefined. */
function noUndefinedKeys(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.values(value).every((item) => item !== undefined && noUndefinedKeys(item));
}

// Found by an SDK walk: zod keeps a key the input sets to undefined, so
// validateWorkspace({ version: 1, name: undefined }) gave `{ name: undefined, … }`, where
// the model (the compiler's output, core's normal form) has no such key.
describe("validateWorkspace and keys set to undefined", () => {
  const library = { id: "l", name: "L", tier: "desa", region: { province: "NTT", regency: undefined }, timeZone: undefined };
  const program = { id: "p", title: "P", description: undefined, library: "l", category: "storytelling", schedules: [{ kind: "once", start: "2019-02-12T10:00", durationMinutes: 60 }] };

  it("leaves them out, at every depth, as if they were not written; the input stays as it was", () => {
    const input = { version: 1, name: undefined, horizon: undefined, stageModel: undefined, libraries: [library], programs: [program] };
    const result = validateWorkspace(input);
    const written = validateWorkspace({
      version: 1,
      libraries: [{ id: "l", name: "L", tier: "desa", region: { province: "NTT" } }],
      programs: [{ id: "p", title: "P", library: "l", category: "storytelling", schedules: program.schedules }],
    });
    expect(result.ok && written.ok).toBe(true);
    if (!result.ok || !written.ok) return;
    expect(result.value).toStrictEqual(written.value);
    expect("name" in result.value || "horizon" in result.value).toBe(false);
    expect(Object.keys(result.value.libraries[0]?.region ?? {})).toEqual(["province"]);
    expect("description" in (result.value.programs[0] ?? {})).toBe(false);
    expect([isNormalForm(Library, result.value.libraries[0]), isNormalForm(Program, result.value.programs[0])]).toEqual([true, true]);
    expect(Object.keys(input)).toContain("name");
    expect(Object.keys(library.region)).toEqual(["province", "regency"]);
  });

  it("gives for any key set to undefined what it gives with the key left out (generated workspaces)", () => {
    fc.assert(
      fc.property(validWorkspaceArb(), fc.nat(), (workspace, n) => {
        const valid = validateWorkspace(workspace);
        if (!valid.ok) return;
        const paths = keyPaths(valid.value);
        const path = paths[n % paths.length];
        if (path === undefined) return;
        const set = validateWorkspace(withKey(valid.value, path, "set"));
        if (!set.ok) return;
        const left = validateWorkspace(withKey(valid.value, path, "delete"));
        expect(left.ok && left.value).toStrictEqual(set.value);
        expect(noUndefinedKeys(set.value)).toBe(true);
      }),
      { seed: 2109, numRuns: 150 },
    );
  });
});
