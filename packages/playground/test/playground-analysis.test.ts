import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyzeFolder } from "@lontar/dsl/node";
import { exportHtml, exportXlsx, planDiagnostics, planWorkspace } from "@lontar/planner";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { reportWord } from "@lontar/planner/report";
import { EXAMPLE_ORDER, PLAYGROUND_SECTIONS, checkFiles, examplesForLang, examplesFromFiles, handleRequest, largestExample, planOf, planWithProblems, playgroundHorizon, PLAYGROUND_MAX_OCCURRENCES, withLocale, workspaceZip, type WorkerRequest, type WorkerResponse } from "@lontar/playground";

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

  it("opens the Indonesian page on an example written with Indonesian keywords, the English page on its first", () => {
    const indonesian = examplesForLang("id", examples);
    const entry = indonesian[0]?.files[0]?.text ?? "";
    expect(entry.split("\n").find((line) => line.trim() !== "" && !line.startsWith("//"))).toMatch(/^(impor|cakrawala|perpustakaan) /);
    expect([...indonesian].map((example) => example.name).sort()).toEqual([...EXAMPLE_ORDER].sort());
    expect(examplesForLang("en", examples).map((example) => example.name)).toEqual([...EXAMPLE_ORDER]);
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
      const shown = plan.occurrences.filter((o) => o.status !== "cancelled");
      expect(view.report.sessions.map((s) => s.id).sort()).toEqual(shown.map((o) => o.id).sort());
      expect(view.report.sessions.filter((s) => s.status === "unassigned").length).toBe(view.counts.unassigned);
      expect(view.counts.scheduled + view.counts.unassigned + view.counts.cancelled).toBe(plan.occurrences.length);
      const agreementsSection = view.sections.find((html) => html.startsWith('<section id="agreements">')) ?? "";
      for (const report of plan.agreements) expect(agreementsSection).toContain(`status-${report.status}`);
    }
  });

  it("finds in each example's plan what `lontar check` finds (the planner's diagnostics), in the page's language", () => {
    for (const example of examples) {
      const onDisk = analyzeFolder(`${examplesDir}${example.name}`).workspace;
      const horizon = onDisk === undefined ? undefined : playgroundHorizon(onDisk);
      if (onDisk === undefined || horizon === undefined) throw new Error(`${example.name}: no plan`);
      const expected = planDiagnostics(onDisk, planWorkspace(onDisk, { horizon, seed: 1 }), { ...horizon, origin: onDisk.horizon === undefined ? "agreements" : "declared" });
      const { problems } = planWithProblems(checkFiles(example.files), "id");
      expect(problems.map((p) => [p.code, p.severity, p.line + 1, p.character + 1])).toEqual(expected.map((d) => [d.code, d.severity, d.location.range.start.line, d.location.range.start.column]));
      expect(problems.map((p) => p.path)).toEqual(expected.map((d) => d.location.file.split(/[\\/]/).at(-1)));
    }
    const ntt = examples.find((example) => example.name === "ntt-plm-2019");
    const { problems } = planWithProblems(checkFiles(ntt?.files ?? []), "id");
    expect(problems).toContainEqual(expect.objectContaining({ code: "LON5104", path: "villages.lontar", line: 46, severity: "warning" }));
    expect(problems.find((p) => p.code === "LON5104")?.message).toMatch(/tidak pernah/);
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
    handleRequest({ kind: "plan", id: 7, files, lang }, (response) => out.push(response), () => 0);
    return out;
  }
  let lang: "en" | "id" = "en";

  it("answers a plan request once, with the request's id", () => {
    expect(answers(watualang.files).map((a) => [a.kind, a.id])).toEqual([["plan", 7]]);
  });

  it("has no plan for a workspace with errors (the language server shows them)", () => {
    const files = watualang.files.map((file) => (file.path === "programs.lontar" ? { ...file, text: file.text.replace(/^program /m, "progam ") } : file));
    const [plan] = answers(files);
    expect(plan?.kind === "plan" && plan.plan).toEqual({ kind: "none", reason: "errors", detail: "" });
  });

  it("shows the report's sections in the page's language: summary, not placed, agreements, budget, KPI", () => {
    for (const language of ["en", "id"] as const) {
      lang = language;
      const [answer] = answers(watualang.files);
      if (answer?.kind !== "plan" || answer.plan.kind !== "planned") throw new Error("no plan");
      expect(answer.plan.report.language).toBe(language);
      const ids = answer.plan.sections.map((html) => /^<section id="([a-z]+)">/.exec(html)?.[1]);
      expect(ids).toEqual([...PLAYGROUND_SECTIONS]);
      const scheduled = answer.plan.counts.scheduled;
      expect(answer.plan.sections[0]).toContain(reportWord("sessionsScheduled", language, { scheduled, total: scheduled + answer.plan.counts.unassigned + answer.plan.counts.cancelled }));
    }
    lang = "en";
  });

  it("moves the sessions when a schedule changes", () => {
    const before = answers(watualang.files)[0];
    const files = watualang.files.map((file) => (file.path === "programs.lontar" ? { ...file, text: file.text.replace(/at (\d\d):00/, "at 13:00") } : file));
    expect(files).not.toEqual(watualang.files);
    const after = answers(files)[0];
    if (before?.kind !== "plan" || after?.kind !== "plan" || before.plan.kind !== "planned" || after.plan.kind !== "planned") throw new Error("no plans");
    const starts = (view: typeof before.plan): string[] => (view.kind === "planned" ? view.report.sessions.map((s) => s.start) : []);
    expect(starts(after.plan)).not.toEqual(starts(before.plan));
    expect(starts(after.plan).some((start) => start.slice(11, 16) === "13:00")).toBe(true);
  });

  it("shows the report's sections as the report page holds them, in both languages", () => {
    const workspace = checkFiles(watualang.files).workspace;
    const horizon = workspace === undefined ? undefined : playgroundHorizon(workspace);
    if (workspace === undefined || horizon === undefined) throw new Error("no workspace");
    const plan = planWorkspace(workspace, { horizon, seed: 1, maxOccurrences: PLAYGROUND_MAX_OCCURRENCES });
    for (const language of ["en", "id"] as const) {
      const view = planOf(checkFiles(watualang.files), language);
      if (view.kind !== "planned") throw new Error("no plan");
      const page = exportHtml(plan, workspace, { language });
      expect(view.sections).toHaveLength(PLAYGROUND_SECTIONS.length);
      for (const html of view.sections) expect(page).toContain(html);
    }
  });

  it("exports the plan as iCalendar, and says why when there is no plan", () => {
    const out: WorkerResponse[] = [];
    handleRequest({ kind: "export-ics", id: 1, files: watualang.files, lang: "id" }, (r) => out.push(r), () => 0);
    expect(out[0]?.kind === "ics" && out[0].text?.startsWith("BEGIN:VCALENDAR")).toBe(true);
    handleRequest({ kind: "export-ics", id: 2, files: [{ path: "main.lontar", text: "progam x {}" }], lang: "id" }, (r) => out.push(r), () => 0);
    expect(out[1]).toEqual({ kind: "ics", id: 2, text: undefined, reason: "no-plan" });
  });

  it("exports the plan as the CLI's workbook in the page's language, and says why when there is no plan", async () => {
    const answer = (request: WorkerRequest): Promise<WorkerResponse> => new Promise((resolve) => handleRequest(request, resolve, () => 0));
    const planned = await answer({ kind: "export-xlsx", id: 3, files: watualang.files, lang: "id" });
    if (planned.kind !== "xlsx" || planned.bytes === undefined) throw new Error(`no workbook: ${JSON.stringify(planned)}`);
    const entries = unzipSync(planned.bytes);
    const workspace = checkFiles(watualang.files).workspace;
    const horizon = workspace === undefined ? undefined : playgroundHorizon(workspace);
    if (workspace === undefined || horizon === undefined) throw new Error("watualang does not compile");
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(planned.bytes).toEqual(await exportXlsx(plan, workspace, { language: "id" }));
    const sheets = Object.keys(entries).filter((name) => name.startsWith("xl/worksheets/")).length;
    expect(sheets).toBeGreaterThan(1);
    const none = await answer({ kind: "export-xlsx", id: 4, files: [{ path: "main.lontar", text: "progam x {}" }], lang: "en" });
    expect(none).toEqual({ kind: "xlsx", id: 4, bytes: undefined, reason: "no-plan" });
  });

  it("gives the language server the page's locale in initialize, and leaves other messages alone", () => {
    const initialize = { jsonrpc: "2.0", id: 0, method: "initialize", params: { processId: null, capabilities: {} } };
    // The server's plan diagnostics are off: the playground lists its own plan's findings (once, not twice).
    expect(withLocale(initialize, "id")).toEqual({ ...initialize, params: { ...initialize.params, locale: "id", initializationOptions: { planDiagnostics: false } } });
    const change = { jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri: "file:///playground/main.lontar", version: 2 } } };
    expect(withLocale(change, "id")).toBe(change);
  });

  it("zips the workspace's files under its name, the same bytes each time", () => {
    const zip = workspaceZip(watualang);
    expect(zip).toEqual(workspaceZip(structuredClone(watualang)));
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(watualang.files.map((f) => `watualang/${f.path}`).sort());
    expect(strFromU8(files["watualang/main.lontar"] ?? new Uint8Array())).toBe(watualang.files.find((f) => f.path === "main.lontar")?.text);
  });
});
