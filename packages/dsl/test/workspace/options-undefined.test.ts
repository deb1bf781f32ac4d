import { describe, expect, it } from "vitest";
import { analyzeWorkspace, formatSource, WorkspaceSession } from "@lontar/dsl";

// Found by an SDK walk: under exactOptionalPropertyTypes (which this repository and many apps
// turn on), `analyzeWorkspace({ root, files, readFile: options.readFile })` with a reader that
// may be undefined did not compile (TS2379), though an option set to undefined is an option
// left out. `tsc` checks the typing here; the tests check that the results are the same.
const maybe = <T>(value: T): T | undefined => value;
const text = 'horizon 2026-01-01..2026-01-31\nlibrary perpus { tier village region "Aceh" / "Kota Langsa" }\nroom aula at perpus { capacity 30 }\n';

describe("the dsl's options set to undefined", () => {
  it("analyze as options left out (analyzeWorkspace)", () => {
    const files = [{ path: "main.lontar", text }];
    expect(analyzeWorkspace({ root: "/ws", files, readFile: maybe(undefined), defaultHorizon: maybe(undefined) })).toEqual(analyzeWorkspace({ root: "/ws", files }));
  });

  it("format as options left out (formatSource)", () => {
    expect(formatSource(text, "main.lontar", { lang: maybe(undefined), parsed: maybe(undefined) })).toEqual(formatSource(text, "main.lontar"));
  });

  it("analyze as options left out (WorkspaceSession)", async () => {
    const given = new WorkspaceSession({ root: "/ws", readFile: maybe(undefined), betweenSlices: maybe(undefined), defaultHorizon: maybe(undefined) });
    const plain = new WorkspaceSession({ root: "/ws" });
    given.open("main.lontar", text, 1);
    plain.open("main.lontar", text, 1);
    expect(await given.diagnostics("main.lontar", { signal: maybe(undefined) })).toEqual(await plain.diagnostics("main.lontar"));
  });
});
