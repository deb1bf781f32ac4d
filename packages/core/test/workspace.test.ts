import { describe, expect, it } from "vitest";
import { validateWorkspace } from "@lontar/core";

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
});
