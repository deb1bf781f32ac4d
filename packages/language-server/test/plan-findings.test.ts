import { describe, expect, it } from "vitest";
import { DOCUMENTS_ONLY_HOST } from "../src/analysis/host.js";
import { PlanFindings } from "../src/analysis/plan-findings.js";
import { WorkspaceState } from "../src/analysis/workspace-state.js";

const URI = "untitled:rules";
const TEXT = "program kelas di perpus_tidak_ada {\n  kategori rapat_koordinasi\n}\n";

/** A workspace of one document whose analysis gives a diagnostic (an undeclared library). */
function workspace(text = TEXT): WorkspaceState {
  const state = new WorkspaceState(DOCUMENTS_ONLY_HOST, "");
  state.update({ uri: URI, version: 1, text });
  return state;
}

describe("PlanFindings", () => {
  it("leaves out a finding the whole analysis gives already (same code, place, severity and message): it is published once", () => {
    const state = workspace();
    const snapshot = state.snapshot();
    const path = state.paths.path(URI);
    const [analyzed] = snapshot.result.diagnostics;
    expect(analyzed).toBeDefined();
    if (analyzed === undefined) return;
    const planned = { ...analyzed, code: "LON5101", severity: "error" as const, message: "obligation not met" };
    const findings = new PlanFindings();
    findings.replace(snapshot, [analyzed, planned], () => 1);
    expect(findings.of(path, TEXT, 1)).toEqual([planned]);
  });

  it("gives a file's findings only for the text and version they were found in, and none once cleared", () => {
    const state = workspace();
    const snapshot = state.snapshot();
    const path = state.paths.path(URI);
    const [analyzed] = snapshot.result.diagnostics;
    if (analyzed === undefined) throw new Error("no diagnostic to copy");
    const planned = { ...analyzed, code: "LON5104", severity: "warning" as const, message: "never runs" };
    const findings = new PlanFindings();
    findings.replace(snapshot, [planned], () => 1);
    expect(findings.of(path, TEXT, 1)).toHaveLength(1);
    expect(findings.of(path, TEXT, 2)).toEqual([]);
    expect(findings.of(path, `${TEXT}\n`, 1)).toEqual([]);
    expect(findings.paths()).toEqual([path]);
    findings.clear();
    expect(findings.of(path, TEXT, 1)).toEqual([]);
  });
});
