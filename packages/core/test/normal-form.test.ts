import { isIsoDate, isLocalDateTime, isNormalForm, MAX_INPUT_DEPTH, Program, Room, validateWorkspace, Workspace } from "@lontar/core";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { workspaceArb } from "./arbitraries/index.js";

const room = { kind: "room", id: "r", capacity: 10, features: [] };

describe("isNormalForm: a value zod would give back as it is", () => {
  it("holds for a value in the schema's key order with every default present", () => {
    expect(isNormalForm(Room, room)).toBe(true);
    expect(Room.parse(room)).toEqual(room);
  });

  it("fails on a default to fill in, a key out of order, an unknown key, an undefined value, a failed check", () => {
    expect(isNormalForm(Room, { kind: "room", id: "r", capacity: 10 })).toBe(false);
    expect(isNormalForm(Room, { id: "r", kind: "room", capacity: 10, features: [] })).toBe(false);
    expect(isNormalForm(Room, { ...room, extra: 1 })).toBe(false);
    expect(isNormalForm(Room, { ...room, name: undefined })).toBe(false);
    expect(isNormalForm(Room, { ...room, capacity: 0 })).toBe(false);
    expect(isNormalForm(Room, { ...room, capacity: Number.POSITIVE_INFINITY })).toBe(false);
    expect(isNormalForm(Program, {})).toBe(false);
  });

  it("holds for zod's own output of any workspace (zod's output is its normal form), and then equals it", () => {
    fc.assert(
      fc.property(workspaceArb(), (input) => {
        const parsed = Workspace.safeParse(input);
        if (!parsed.success) return;
        expect(isNormalForm(Workspace, parsed.data)).toBe(true);
        if (isNormalForm(Workspace, input)) expect(JSON.stringify(input)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 60 },
    );
  });

  it("takes the first option of a plain union only when the earlier ones surely refuse", () => {
    const schema = z.union([z.string(), z.number()]);
    expect(isNormalForm(schema, 3)).toBe(true);
    expect(isNormalForm(z.union([z.number().transform(String), z.string()]), "3")).toBe(false);
  });

  it("fails beyond the depth bound, as inputDepthIssue does", () => {
    type Nest = { readonly next?: Nest | undefined };
    const Nest: z.ZodType<Nest> = z.lazy(() => z.object({ next: Nest.optional() }));
    let deep: Nest = {};
    for (let i = 0; i < MAX_INPUT_DEPTH + 5; i++) deep = { next: deep };
    expect(isNormalForm(Nest, deep)).toBe(false);
    expect(isNormalForm(Nest, { next: { next: {} } })).toBe(true);
  });

  it("never says yes where zod changes or refuses the value (random JSON values against the workspace schema)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        if (!isNormalForm(Room, value)) return;
        const parsed = Room.safeParse(value);
        expect(parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value)).toBe(true);
      }),
    );
    expect(validateWorkspace({ version: 1 }).ok).toBe(true);
  });
});

/** The decision of the closures the check falls back on where code cannot be generated (zod configured jitless). */
function byClosures(schema: z.ZodType, value: unknown): boolean {
  const before = z.config().jitless ?? false;
  z.config({ jitless: true });
  try {
    // Another depth bound builds the checks afresh (they are kept per bound), here as closures.
    return isNormalForm(schema, value, MAX_INPUT_DEPTH + 1);
  } finally {
    z.config({ jitless: before });
  }
}

/** `value` with one change at its `n`-th object: a key dropped, a key moved last, a value undefined, a number negated or a string emptied. */
function mutated(value: unknown, n: number): unknown {
  const copy: unknown = structuredClone(value);
  const objects: Record<string, unknown>[] = [];
  const walk = (v: unknown): void => {
    if (typeof v !== "object" || v === null) return;
    if (Array.isArray(v)) v.forEach(walk);
    else {
      objects.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(copy);
  const target = objects[n % Math.max(1, objects.length)];
  const keys = target === undefined ? [] : Object.keys(target);
  const key = keys[Math.floor(n / 7) % Math.max(1, keys.length)];
  if (target === undefined || key === undefined) return copy;
  const old = target[key];
  switch (n % 5) {
    case 0:
      delete target[key];
      break;
    case 1:
      delete target[key];
      target[key] = old;
      break;
    case 2:
      target[key] = undefined;
      break;
    case 3:
      target[key] = typeof old === "number" ? -old - 0.5 : old;
      break;
    default:
      target[key] = typeof old === "string" ? "" : old;
  }
  return copy;
}

describe("isNormalForm in generated code and in closures", () => {
  it("decides alike on workspaces, zod's output of them and mutants of that output", () => {
    let held = 0;
    fc.assert(
      fc.property(workspaceArb(), fc.nat(), (input, n) => {
        const parsed = Workspace.safeParse(input);
        const values = parsed.success ? [input, parsed.data, mutated(parsed.data, n), mutated(parsed.data, n + 1)] : [input];
        for (const value of values) {
          const generated = isNormalForm(Workspace, value);
          expect(generated).toBe(byClosures(Workspace, value));
          if (generated) held++;
        }
      }),
      { numRuns: 80 },
    );
    expect(held).toBeGreaterThan(0);
  });

  it("decides alike on random JSON values against an element's schema", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(isNormalForm(Room, value)).toBe(byClosures(Room, value));
        expect(isNormalForm(Program, value)).toBe(byClosures(Program, value));
      }),
    );
  });
});

describe("calendar dates without luxon", () => {
  it("isIsoDate and isLocalDateTime agree with luxon on every month and day of leap and common years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        expect(isIsoDate(date)).toBe(DateTime.fromISO(date, { zone: "utc" }).isValid);
        expect(isLocalDateTime(`${date}T23:59`)).toBe(DateTime.fromISO(`${date}T23:59`, { zone: "utc" }).isValid);
      }),
      { numRuns: 3000 },
    );
    for (const date of ["2000-02-29", "1900-02-29", "2024-02-29", "2023-02-29", "2024-04-31", "2024-12-31"]) expect(isIsoDate(date)).toBe(DateTime.fromISO(date, { zone: "utc" }).isValid);
  });
});
