import type { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { Diagnostic } from "@lontar/dsl";
import { fileSafeName, workspaceZip } from "../src/downloads.js";
import type { PlanView } from "../src/plan-view.js";
import type { PlaygroundBackend, PlaygroundWorkspace, SiteLang, WorkerResponse, WorkspaceFile } from "../src/protocol.js";
import { WORKSPACE_HASH_KEY, decodeWorkspace, encodeWorkspace } from "../src/workspace-url.js";
import { createWorkerBackend } from "./backend.js";
import { DEBOUNCE_MS } from "./debounce.js";
import { editorExtensions, editorState, showDiagnostics } from "./editor.js";
import { element, renderPlan } from "./plan-pane.js";
import { WORDS } from "./words.js";


/** The URL fragment's key for an unedited example: `#example=<name>`. */
const EXAMPLE_HASH_KEY = "example";

/** What the playground needs from its page. */
export interface PlaygroundOptions {
  readonly lang: SiteLang;
  /** The workspaces to start from (the repository's examples), the first opened by default. */
  readonly examples: readonly PlaygroundWorkspace[];
  /** Who checks and plans; the analysis worker by default. */
  readonly backend?: PlaygroundBackend;
}

/**
 * Builds the playground inside `root`: the example picker, the file tabs, the editor, the
 * problems, and the plan pane, kept up to date by the worker as the text changes. The
 * workspace is kept in the URL fragment. Performance marks `lontar:diagnostics` and
 * `lontar:plan` are set when each answer is shown (the benchmark reads them). Returns the
 * function that takes it down.
 */
export function mountPlayground(root: HTMLElement, options: PlaygroundOptions): () => void {
  const words = WORDS[options.lang];
  const backend = options.backend ?? createWorkerBackend();
  const first = options.examples[0] ?? { name: "workspace", files: [{ path: "main.lontar", text: "" }] };

  const select = element("select", { "data-testid": "example-select", "aria-label": words.example });
  for (const example of options.examples) select.append(element("option", { value: example.name }, example.name));
  const share = element("button", { type: "button", "data-testid": "share" }, words.share);
  const zip = element("button", { type: "button", "data-testid": "download-zip" }, words.downloadWorkspace);
  const ics = element("button", { type: "button", "data-testid": "download-ics" }, words.downloadIcs);
  const status = element("span", { class: "lp-status", "data-testid": "status", role: "status" }, words.loading);
  const tabs = element("div", { class: "lp-tabs", role: "tablist" });
  const editorHost = element("div", { class: "lp-editor", "data-testid": "editor" });
  const problems = element("ul", { class: "lp-problems", "data-testid": "problems" });
  const planPane = element("div", { class: "lp-plan", "data-testid": "plan" });
  root.replaceChildren(
    element("div", { class: "lp-toolbar" }, element("label", {}, `${words.example} `, select), share, zip, ics, status),
    element("div", { class: "lp-main" }, element("div", { class: "lp-left" }, tabs, editorHost, problems), planPane),
  );

  let workspace: { name: string; files: WorkspaceFile[] } = { name: first.name, files: [...first.files] };
  let states = new Map<string, EditorState>();
  let active = "";
  let diagnostics: readonly Diagnostic[] = [];
  let editVersion = 0;
  let sentVersion = -1;
  let requestId = 0;
  let inFlight = false;
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let icsRequest = -1;

  const extensions = editorExtensions((text) => {
    workspace.files = workspace.files.map((file) => (file.path === active ? { path: file.path, text } : file));
    editVersion += 1;
    status.textContent = words.checking;
    clearTimeout(timer);
    timer = setTimeout(() => {
      keepInUrl(`${WORKSPACE_HASH_KEY}=${encodeWorkspace(workspace)}`);
      send();
    }, DEBOUNCE_MS);
  });
  const view = new EditorView({ parent: editorHost, state: editorState("", extensions) });

  function open(next: PlaygroundWorkspace): void {
    workspace = { name: next.name, files: [...next.files] };
    states = new Map(workspace.files.map((file) => [file.path, editorState(file.text, extensions)]));
    diagnostics = [];
    editVersion += 1;
    drawTabs();
    show(workspace.files[0]?.path ?? "");
    send();
  }

  function show(path: string): void {
    const state = states.get(path);
    if (state === undefined) return;
    const leaving = states.get(active);
    if (leaving !== undefined && active !== path) states.set(active, view.state);
    active = path;
    view.setState(state);
    for (const tab of tabs.children) tab.setAttribute("aria-selected", String(tab.getAttribute("data-path") === path));
    showDiagnostics(view, active, diagnostics);
  }

  function drawTabs(): void {
    tabs.replaceChildren(
      ...workspace.files.map((file) => {
        const tab = element("button", { type: "button", role: "tab", "data-testid": "file-tab", "data-path": file.path }, file.path);
        tab.addEventListener("click", () => show(file.path));
        return tab;
      }),
    );
  }

  function send(): void {
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    requestId += 1;
    sentVersion = editVersion;
    backend.post({ kind: "analyze", id: requestId, files: workspace.files, lang: options.lang });
  }

  function showProblems(): void {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.filter((d) => d.severity === "warning").length;
    problems.replaceChildren(
      element("li", { class: "lp-count", "data-testid": "problem-count" }, words.problems(errors, warnings)),
      ...diagnostics.slice(0, 50).map((d) => {
        const item = element("li", { class: `lp-${d.severity}`, "data-testid": "diagnostic", "data-code": d.code }, `${d.location.file}:${d.location.range.start.line}:${d.location.range.start.column} ${d.code} ${d.message}`);
        item.addEventListener("click", () => {
          show(d.location.file);
          view.dispatch({ selection: { anchor: Math.min(d.location.range.start.offset, view.state.doc.length) }, scrollIntoView: true });
          view.focus();
        });
        return item;
      }),
    );
  }

  function receive(response: WorkerResponse): void {
    if (response.kind === "ics") {
      if (response.id !== icsRequest) return;
      if (response.text === undefined) status.textContent = words.noIcs;
      else download(`${fileSafeName(workspace.name)}.ics`, new Blob([response.text], { type: "text/calendar" }));
      return;
    }
    const current = sentVersion === editVersion;
    if (response.kind === "diagnostics") {
      if (current) {
        diagnostics = response.diagnostics;
        showDiagnostics(view, active, diagnostics);
        showProblems();
        status.textContent = words.planning;
        root.dataset["diagnosticsVersion"] = String(response.id);
        performance.mark("lontar:diagnostics", { detail: { id: response.id, elapsedMs: response.elapsedMs } });
      }
      return;
    }
    inFlight = false;
    if (current) drawPlan(response.plan, response.id, response.elapsedMs);
    if (pending || !current) {
      pending = false;
      send();
    }
  }

  function drawPlan(plan: PlanView, id: number, elapsedMs: number): void {
    renderPlan(planPane, plan, words);
    status.textContent = "";
    root.dataset["planVersion"] = String(id);
    performance.mark("lontar:plan", { detail: { id, elapsedMs, sessions: plan.kind === "planned" ? plan.sessions.length : 0 } });
  }

  backend.onResponse(receive);
  select.addEventListener("change", () => {
    const example = options.examples.find((candidate) => candidate.name === (select as HTMLSelectElement).value);
    if (example === undefined) return;
    keepInUrl(`${EXAMPLE_HASH_KEY}=${example.name}`);
    open(example);
  });
  share.addEventListener("click", () => {
    keepInUrl(`${WORKSPACE_HASH_KEY}=${encodeWorkspace(workspace)}`);
    void navigator.clipboard?.writeText(location.href).then(
      () => (status.textContent = words.copied),
      () => undefined,
    );
  });
  zip.addEventListener("click", () => {
    const bytes = workspaceZip(workspace);
    download(`${fileSafeName(workspace.name)}.zip`, new Blob([bytes.slice().buffer], { type: "application/zip" }));
  });
  ics.addEventListener("click", () => {
    requestId += 1;
    icsRequest = requestId;
    backend.post({ kind: "export-ics", id: requestId, files: workspace.files, lang: options.lang });
  });

  const start = startingWorkspace(options.examples, first, () => (status.textContent = words.badLink));
  (select as HTMLSelectElement).value = options.examples.some((e) => e.name === start.name) ? start.name : "";
  open(start);
  return () => {
    clearTimeout(timer);
    backend.dispose();
    view.destroy();
  };
}

/** The workspace the URL names (`#ws=…` or `#example=…`), else the first example. */
function startingWorkspace(examples: readonly PlaygroundWorkspace[], first: PlaygroundWorkspace, onBadLink: () => void): PlaygroundWorkspace {
  const hash = new URLSearchParams(location.hash.slice(1));
  const shared = hash.get(WORKSPACE_HASH_KEY);
  if (shared !== null) {
    const decoded = decodeWorkspace(shared);
    if (decoded.ok) return decoded.workspace;
    onBadLink();
  }
  const named = hash.get(EXAMPLE_HASH_KEY);
  return examples.find((example) => example.name === named) ?? first;
}

/** Replaces the URL's fragment without a new history entry or a reload. */
function keepInUrl(fragment: string): void {
  history.replaceState(history.state, "", `${location.pathname}${location.search}#${fragment}`);
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = element("a", { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
