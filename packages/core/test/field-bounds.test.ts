import { z } from "zod";
import { describe, expect, it } from "vitest";
import { Agreement, boundedFields, fieldBounds, fieldSchema, hasBounds, Program, Room, Staff, parseWith } from "@lontar/core";

describe("the bounds of a field, read from its schema", () => {
  it("reads numbers' bounds (whole numbers up to the greatest safe integer) and texts' least length", () => {
    expect(fieldBounds(Room.shape.capacity)).toEqual({ type: "number", integer: true, min: 0, minInclusive: false, max: Number.MAX_SAFE_INTEGER, maxInclusive: true });
    expect(fieldBounds(Staff.shape.maxHoursPerWeek)).toEqual({ type: "number", integer: false, min: 0, minInclusive: false, max: 168, maxInclusive: true });
    expect(fieldBounds(Program.shape.title)).toEqual({ type: "string", minLength: 1, shaped: false });
    expect(fieldBounds(Program.shape.description)).toEqual({ type: "string", minLength: 0, shaped: false });
    expect(hasBounds({ type: "string", minLength: 0, shaped: false })).toBe(false);
    expect(fieldBounds(Program.shape.needs)).toBeUndefined();
  });

  it("takes the strictest bound whatever the order of the checks: at the same value, the exclusive one", () => {
    for (const schema of [z.number().positive().min(0), z.number().min(0).positive()]) expect(fieldBounds(schema)).toMatchObject({ min: 0, minInclusive: false });
    for (const schema of [z.number().lt(10).max(10), z.number().max(10).lt(10)]) expect(fieldBounds(schema)).toMatchObject({ max: 10, maxInclusive: false });
    expect(fieldBounds(z.number().min(0).min(5))).toMatchObject({ min: 5, minInclusive: true });
    expect(fieldBounds(z.number().gt(5).min(0))).toMatchObject({ min: 5, minInclusive: false });
  });

  it("finds a field through lists and unions", () => {
    const quantity = fieldSchema(Program, ["needs", "*", "quantity"]);
    expect(quantity && fieldBounds(quantity)).toMatchObject({ min: 0, minInclusive: false, max: 1000 });
    const most = fieldSchema(Program, ["schedules", "*", "count"]);
    expect(most && fieldBounds(most)).toMatchObject({ max: 10_000 });
    expect(fieldSchema(Agreement, ["obligations", "*", "amount"])).toBeDefined();
    expect(fieldSchema(Program, ["needs", "quantity"])).toBeUndefined();
  });

  it("lists every bounded field below a schema, each path once", () => {
    const paths = boundedFields(Program).map((f) => f.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "expectedParticipants", "needs.*.quantity", "needs.*.minCapacity", "costs.*.amount", "precedences.*.gapDays", "schedules.*.durationMinutes"]));
    expect(new Set(paths).size).toBe(paths.length);
    expect(boundedFields(Program, (schema) => schema === Program.shape.needs).some((f) => f.path[0] === "needs")).toBe(false);
  });
});

describe("a core schema issue says its rule in plain words, in both languages", () => {
  it("an empty text, a bound, a wrong type", () => {
    const detail = (schema: Parameters<typeof parseWith>[0], input: unknown): unknown => {
      const result = parseWith(schema, input);
      return result.ok ? undefined : result.issues.map((i) => i.args?.["detail"]);
    };
    const room = { kind: "room", id: "aula", capacity: 10 };
    expect(detail(Room, { ...room, name: "" })).toEqual([{ en: "cannot be empty", id: "tidak boleh kosong" }]);
    expect(detail(Room, { ...room, capacity: 0 })).toEqual([{ en: "must be more than 0", id: "harus lebih dari 0" }]);
    expect(detail(Staff, { kind: "staff", id: "s", maxHoursPerWeek: 200 })).toEqual([{ en: "must be at most 168", id: "harus paling banyak 168" }]);
    expect(detail(Room, { ...room, capacity: "ten" })).toEqual([{ en: "must be a number", id: "harus berupa angka" }]);
    expect(detail(Room, { ...room, capacity: 1.5 })).toEqual([{ en: "must be a whole number", id: "harus berupa bilangan bulat" }]);
  });
});
