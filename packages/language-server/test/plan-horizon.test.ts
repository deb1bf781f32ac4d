import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENTS_ONLY_HOST } from "../src/analysis/host.js";
import { checkedHorizon, horizonOf } from "../src/analysis/planning.js";
import { WorkspaceState } from "../src/analysis/workspace-state.js";
import { exampleFolder } from "./support/client.js";

/** solok-rakor-2019's workspace, its `cakrawala` line kept or dropped. */
function solok(declared: boolean) {
  const root = exampleFolder("solok-rakor-2019");
  const state = new WorkspaceState(DOCUMENTS_ONLY_HOST, "file:///solok");
  for (const file of readdirSync(root).filter((f) => f.endsWith(".lontar"))) {
    const text = readFileSync(path.join(root, file), "utf8");
    state.update({ uri: `file:///solok/${file}`, version: 1, text: declared ? text : text.replace(/^cakrawala .*$/m, "") });
  }
  const workspace = state.snapshot().result.workspace;
  if (workspace === undefined) throw new Error("the example has errors");
  return workspace;
}

describe("the horizon the editor plans over", () => {
  const today = "2030-05-06";
  const settings = { from: "2019-06-01", to: "2019-06-30" };

  it("is `lontar check`'s: the declared one, else the settings', else the agreements' validity", () => {
    expect(checkedHorizon(solok(true), { today, horizon: settings })).toEqual({ from: "2019-01-01", to: "2019-12-31", origin: "declared" });
    const undeclared = solok(false);
    expect(checkedHorizon(undeclared, { today, horizon: settings })).toEqual({ ...settings, origin: "given" });
    expect(checkedHorizon(undeclared, { today })).toEqual({ from: "2019-02-01", to: "2019-12-31", origin: "agreements" });
  });

  it("is a year from today for code lenses and hovers only when nothing else says (no plan diagnostics then)", () => {
    const alone = { ...solok(false), agreements: [] };
    expect(checkedHorizon(alone, { today })).toBeUndefined();
    expect(horizonOf(alone, { today })).toEqual({ from: today, to: "2031-05-06" });
  });

  // A review: agreements valid more than a hundred years apart made the planner's refusal of such a horizon a throw in the server.
  it("is a year from today too when the horizon said spans more than a hundred years, which the planner refuses", () => {
    const undeclared = solok(false);
    const [first] = undeclared.agreements;
    if (first === undefined) throw new Error("the example has an agreement");
    const far = { ...undeclared, agreements: [first, { ...first, id: "mou_far", validity: { from: "2125-01-01", to: "2125-12-31" } }] };
    expect(checkedHorizon(far, { today })?.to).toBe("2125-12-31");
    expect(horizonOf(far, { today })).toEqual({ from: today, to: "2031-05-06" });
    expect(horizonOf(undeclared, { today, horizon: { from: "1900-01-01", to: "2030-12-31" } })).toEqual({ from: today, to: "2031-05-06" });
  });
});
