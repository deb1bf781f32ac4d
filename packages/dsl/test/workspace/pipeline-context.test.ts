import { describe, expect, it } from "vitest";
import { AnalysisMemo, analyzeFast } from "../../src/workspace/pipeline.js";

const LIBRARY = 'library perpus { tier desa region "Aceh" }\n';
const HORIZON = "horizon 2024-01-01 .. 2024-12-31\n";
const PROGRAM = (title: string): string => `program dongeng at perpus {\n  title "${title}"\n  category storytelling\n}\n`;

/** Two analyses with one memo: the first of `before`, then of `after` (one file each). */
function twice(before: string, after: string): { readonly first: ReturnType<typeof analyzeFast>; readonly second: ReturnType<typeof analyzeFast> } {
  const memo = new AnalysisMemo(true);
  const first = analyzeFast("/ws", [{ path: "main.lontar", text: before }], undefined, memo);
  const second = analyzeFast("/ws", [{ path: "main.lontar", text: after }], undefined, memo);
  return { first, second };
}

describe("the check context across edits (AnalysisMemo kept)", () => {
  it("keeps the context when an edit above a library only moves it", () => {
    const { first, second } = twice(PROGRAM("a") + LIBRARY, PROGRAM("a longer title") + LIBRARY);
    expect(second.context).toBe(first.context);
    expect(second.context.libraries).toEqual(["perpus"]);
  });

  it("makes the context again when a library's text changes", () => {
    const { first, second } = twice(PROGRAM("a") + LIBRARY, PROGRAM("a") + LIBRARY.replace('"Aceh"', '"Bali"'));
    expect(second.context).not.toBe(first.context);
    expect(second.context.zones.get("perpus")).not.toBe(first.context.zones.get("perpus"));
  });

  it("makes the context again when an edit moves a horizon (a second one is reported where it is)", () => {
    const { first, second } = twice(PROGRAM("a") + LIBRARY + HORIZON + HORIZON, PROGRAM("a longer title") + LIBRARY + HORIZON + HORIZON);
    expect(second.context).not.toBe(first.context);
    const line = (d: (typeof first.contextDiagnostics)[number] | undefined): number => d?.location.range.start.line ?? -1;
    expect(second.contextDiagnostics.map((d) => d.code)).toEqual(["LON3008"]);
    expect(line(second.contextDiagnostics[0])).toBe(line(first.contextDiagnostics[0]));
    expect(second.contextDiagnostics[0]?.location.range.start.offset).toBeGreaterThan(first.contextDiagnostics[0]?.location.range.start.offset ?? 0);
  });
});
