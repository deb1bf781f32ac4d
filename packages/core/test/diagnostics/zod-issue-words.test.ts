/**
 * Every core validation issue reads in Bahasa Indonesia (an SDK walk of stop 57: a resource of
 * an unknown kind said "Invalid discriminator value. Expected 'room' | …" in both languages).
 */
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { localizeIssue, parseWith, validateWorkspace } from "@lontar/core";

const lib = { id: "l", name: "L", tier: "desa", region: { province: "Aceh" } };
const issues = (input: unknown, lang: "en" | "id") => {
  const result = validateWorkspace(input);
  return result.ok ? [] : result.issues.map((i) => localizeIssue(i, lang));
};

describe("core's validation issues in both languages", () => {
  it("names a discriminated union's allowed tags", () => {
    const input = { version: 1, libraries: [lib], resources: [{ kind: "spaceship", id: "r", library: "l" }] };
    expect(issues(input, "id")).toEqual(['harus salah satu dari "room", "vehicle", "staff", "volunteer", "collection", "equipment", "budget" (di resources.0.kind) [CORE_SCHEMA]']);
    expect(issues(input, "en")).toEqual(['must be one of "room", "vehicle", "staff", "volunteer", "collection", "equipment", "budget" (at resources.0.kind) [CORE_SCHEMA]']);
  });

  it("keeps core's own words for a pattern, and says the types of a union's forms", () => {
    const start = { version: 1, libraries: [lib], programs: [{ id: "p", library: "l", title: "x", category: "storytelling", schedules: [{ kind: "once", start: "2027-13-45T99:00", durationMinutes: 60 }] }] };
    expect(issues(start, "id")).toEqual(["diharapkan tanggal-waktu lokal YYYY-MM-DDTHH:mm (di programs.0.schedules.0.start) [CORE_SCHEMA]"]);
    const either = parseWith(z.union([z.string(), z.number()]), true);
    expect(either.ok ? [] : either.issues.map((i) => localizeIssue(i, "id"))).toEqual(["harus berupa teks atau angka [CORE_SCHEMA]"]);
    const shaped = parseWith(z.string().regex(/^a+$/), "b");
    expect(shaped.ok ? [] : shaped.issues.map((i) => localizeIssue(i, "id"))).toEqual(["tidak ditulis menurut pola yang semestinya [CORE_SCHEMA]"]);
    const step = parseWith(z.number().multipleOf(5), 7);
    expect(step.ok ? [] : step.issues.map((i) => localizeIssue(i, "id"))).toEqual(["harus kelipatan 5 [CORE_SCHEMA]"]);
  });

  it("gives no issue in English words alone in Indonesian, for a message zod writes itself", () => {
    const odd = parseWith(z.string().refine(() => false, { message: "a rule of an app's own" }), "x");
    expect(odd.ok ? [] : odd.issues.map((i) => localizeIssue(i, "id"))).toEqual(["tidak sah (a rule of an app's own) [CORE_SCHEMA]"]);
  });
});
