import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateWorkspace, Workspace } from "@lontar/core";
import { inputKeys, unknownKeyIssues } from "../src/workspace/unknown-keys.js";
import { nearestName } from "../src/workspace/nearest-name.js";
import { workspaceArb } from "./arbitraries/index.js";

const library = { id: "l", name: "L", tier: "desa", region: { province: "NTT" } };
const program = { id: "p", title: "P", library: "l", category: "storytelling", schedules: [{ kind: "once", start: "2019-02-12T10:00", durationMinutes: 60 }] };

describe("unknown keys in a workspace are errors", () => {
  it("names the key and the field meant (participants → expectedParticipants)", () => {
    const result = validateWorkspace({ version: 1, libraries: [library], programs: [{ ...program, participants: 20 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { code: "CORE_UNKNOWN_KEY", path: ["programs", 0, "participants"], message: 'unknown key "participants"; did you mean "expectedParticipants"?', args: { key: "participants", nearest: "expectedParticipants" } },
    ]);
  });

  it("follows unions by their discriminator (a schedule's kind)", () => {
    const schedules = [{ kind: "once", start: "2019-02-12T10:00", durationMinutes: 60, rrule: "FREQ=DAILY" }];
    const issues = unknownKeyIssues(Workspace, { version: 1, programs: [{ ...program, schedules }] });
    expect(issues.map((issue) => issue.path)).toEqual([["programs", 0, "schedules", 0, "rrule"]]);
  });

  it("reports unknown keys together with shape errors", () => {
    const result = validateWorkspace({ version: 1, librarys: [] , horizon: { from: "2025-01-01" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.code)).toEqual(["CORE_UNKNOWN_KEY", "CORE_SCHEMA"]);
    expect(result.issues[0]?.message).toBe('unknown key "librarys"; did you mean "libraries"?');
  });

  it("finds none in any well-formed workspace", () => {
    fc.assert(
      fc.property(workspaceArb(), (workspace) => {
        expect(unknownKeyIssues(Workspace, JSON.parse(JSON.stringify(workspace)))).toEqual([]);
      }),
      { seed: 1403, numRuns: 60 },
    );
  });

  it("finds a key added anywhere in a well-formed workspace's top level or first library", () => {
    fc.assert(
      fc.property(workspaceArb(), fc.constantFrom("zzz_extra", "colour"), (workspace, key) => {
        const input = JSON.parse(JSON.stringify(workspace)) as { libraries: Record<string, unknown>[] } & Record<string, unknown>;
        input[key] = 1;
        const first = input.libraries[0];
        if (first !== undefined) first[key] = 1;
        const paths = unknownKeyIssues(Workspace, input).map((issue) => issue.path);
        // Issues follow the input's key order: the libraries come before the key added last.
        expect(paths).toEqual([...(first === undefined ? [] : [["libraries", 0, key]]), [key]]);
      }),
      { seed: 1404, numRuns: 60 },
    );
  });

  it("tells in the same walk whether a key holds undefined: never in a workspace read from JSON, always once one does", () => {
    fc.assert(
      fc.property(workspaceArb(), (workspace) => {
        const input = JSON.parse(JSON.stringify(workspace)) as { libraries: Record<string, unknown>[] } & Record<string, unknown>;
        expect(inputKeys(Workspace, input).mayHoldUndefined).toBe(false);
        const first = input.libraries[0];
        if (first !== undefined) first["timeZone"] = undefined;
        else input["name"] = undefined;
        expect(inputKeys(Workspace, input)).toEqual({ unknown: [], mayHoldUndefined: true });
      }),
      { seed: 1405, numRuns: 60 },
    );
  });
});

describe("nearestName", () => {
  it("prefers a name containing the typed one, then the fewest edits, else none", () => {
    expect(nearestName("participants", ["partners", "expectedParticipants"])).toBe("expectedParticipants");
    expect(nearestName("librarys", ["libraries", "rules"])).toBe("libraries");
    expect(nearestName("Name", ["name"])).toBe("name");
    expect(nearestName("qqqq", ["libraries", "rules"])).toBeUndefined();
  });
});
