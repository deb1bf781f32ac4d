import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyzeFolder } from "@lontar/dsl/node";
import { planWorkspace } from "@lontar/planner";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ORDER, checkFiles, examplesFromFiles, handleRequest, largestExample, planOf, playgroundHorizon, workspaceZip, type WorkerResponse } from "@lontar/playground";

const examplesDir = fileURLToPath(new URL("../../../examples/", import.meta.url));

/** The examples as the page's bundler gives them: text keyed by path. */
function exampleTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(examplesDir)) {
    for (const file of readdirSync(`${examplesDir}${name}`).filter((f) => f.endsWith(".lontar"))) {
      texts[`../../../examples/${name}/${file}`] = readFileSync(`${examplesDir}${name}/${file}`, "utf8");
    }
  }
  return texts;
}

const examples = examplesFromFiles(exampleTexts());

describe("the playground's examples", () => {
  it("offers every example folder, in the playground's order, each opening on its entry file", () => {
    expect(examples.map((example) => example.name)).toEqual([...EXAMPLE_ORDER]);
    for (const example of examples) expect(["main.lontar", "utama.lontar"]).toContain(example.files[0]?.path);
  });

  it("plans each example in the worker as `lontar` plans the folder on disk", () => {
    for (const example of examples) {
      const result = checkFiles(example.files);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const view = planOf(result);
      const onDisk = analyzeFolder(`${examplesDir}${example.name}`).workspace;
      if (view.kind !== "planned" || onDisk === undefined) throw new Error(`${example.name}: no plan`);
      const horizon = playgroundHorizon(onDisk);
      if (horizon === undefined) throw new Error(`${example.name}: no horizon`);
      const plan = planWorkspace(onDisk, { horizon, seed: 1 });
      expect(view.sessions.map((s) => [s.id, s.status, s.start])).toEqual(plan.occurrences.map((o) => [o.id, o.status, o.start]));
      expect(view.agreements.map((a) => [a.id, a.status])).toEqual(plan.agreements.map((a) => [a.agreementId, a.status]));
    }
  });

  it("names the largest example (the benchmark's workload)", () => {
    const size = (name: string): number => examples.find((e) => e.name === name)?.files.reduce((n, f) => n + f.text.length, 0) ?? 0;
    const largest = largestExample(examples);
    expect(examples.every((example) => size(example.name) <= size(largest?.name ?? ""))).toBe(true);
  });
});

const found = examples.find((example) => example.name === "watualang");
if (found === undefined) throw new Error("no watualang example");
const watualang = found;

describe("the worker's answers", () => {
  function answers(files: typeof watualang.files): WorkerResponse[] {
    const out: WorkerResponse[] = [];
    handleRequest({ kind: "analyze", id: 7, files, lang: "en" }, (response) => out.push(response), () => 0);
    return out;
  }

  it("answers with the diagnostics first, then the plan, both for the request's id", () => {
    expect(answers(watualang.files).map((a) => [a.kind, a.id])).toEqual([["diagnostics", 7], ["plan", 7]]);
  });

  it("reports a misspelt keyword with its did-you-mean fix, and no plan", () => {
    const files = watualang.files.map((file) => (file.path === "programs.lontar" ? { ...file, text: file.text.replace(/^program /m, "progam ") } : file));
    const [diagnostics, plan] = answers(files);
    if (diagnostics?.kind !== "diagnostics" || plan?.kind !== "plan") throw new Error("unexpected answers");
    const misspelt = diagnostics.diagnostics.find((d) => d.location.file === "programs.lontar" && /did you mean `program`/.test(d.message));
    expect(misspelt?.suggestions[0]?.edits[0]?.text).toBe("program");
    expect(plan.plan).toEqual({ kind: "none", reason: "errors", detail: "" });
  });

  it("moves the sessions when a schedule changes", () => {
    const before = answers(watualang.files)[1];
    const files = watualang.files.map((file) => (file.path === "programs.lontar" ? { ...file, text: file.text.replace(/at (\d\d):00/, "at 13:00") } : file));
    expect(files).not.toEqual(watualang.files);
    const after = answers(files)[1];
    if (before?.kind !== "plan" || after?.kind !== "plan" || before.plan.kind !== "planned" || after.plan.kind !== "planned") throw new Error("no plans");
    const starts = (view: typeof before.plan): string[] => (view.kind === "planned" ? view.sessions.map((s) => s.start) : []);
    expect(starts(after.plan)).not.toEqual(starts(before.plan));
    expect(starts(after.plan).some((start) => start.slice(11, 16) === "13:00")).toBe(true);
  });

  it("exports the plan as iCalendar, and says why when there is no plan", () => {
    const out: WorkerResponse[] = [];
    handleRequest({ kind: "export-ics", id: 1, files: watualang.files, lang: "id" }, (r) => out.push(r), () => 0);
    expect(out[0]?.kind === "ics" && out[0].text?.startsWith("BEGIN:VCALENDAR")).toBe(true);
    handleRequest({ kind: "export-ics", id: 2, files: [{ path: "main.lontar", text: "progam x {}" }], lang: "id" }, (r) => out.push(r), () => 0);
    expect(out[1]).toEqual({ kind: "ics", id: 2, text: undefined, reason: "no-plan" });
  });

  it("zips the workspace's files under its name, the same bytes each time", () => {
    const zip = workspaceZip(watualang);
    expect(zip).toEqual(workspaceZip(structuredClone(watualang)));
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(watualang.files.map((f) => `watualang/${f.path}`).sort());
    expect(strFromU8(files["watualang/main.lontar"] ?? new Uint8Array())).toBe(watualang.files.find((f) => f.path === "main.lontar")?.text);
  });
});
