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
