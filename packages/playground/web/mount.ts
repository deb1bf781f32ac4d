import { formatDocument, renameSymbol } from "@codemirror/lsp-client";
import { EditorView } from "@codemirror/view";
import { fileSafeName, workspaceZip } from "../src/downloads.js";
import type { PlanProblem, PlaygroundBackend, PlaygroundWorkspace, SiteLang, WorkerResponse, WorkspaceFile } from "../src/protocol.js";
import { WORKSPACE_HASH_KEY, decodeWorkspace, encodeWorkspace } from "../src/workspace-url.js";
import { exampleTitle, newWorkspace } from "../src/examples.js";
import { createWorkerBackend } from "./backend.js";
import { DEBOUNCE_MS } from "./debounce.js";
import { editorExtensions, editorState } from "./editor.js";
import { startLontarClient } from "./lsp/client.js";
import type { LspDiagnostic, PublishDiagnosticsParams } from "./lsp/protocol-types.js";
import { fileUri } from "./lsp/workspace.js";
import { PlanPane, element } from "./plan-pane.js";
import { WORDS } from "./words.js";

/** The URL fragment's key for an unedited example: `#example=<name>`. */
const EXAMPLE_HASH_KEY = "example";

/** The example picker's value for "New workspace" (no example folder has this name). */
const NEW_WORKSPACE = "+new";

/** The most problems listed under the editor (the editor marks them all). */
const MAX_PROBLEMS = 50;

/** What the playground needs from its page. */
export interface PlaygroundOptions {
  readonly lang: SiteLang;
  /** The workspaces to start from (the repository's examples), the first opened by default. */
  readonly examples: readonly PlaygroundWorkspace[];
  /** Who plans; the plan worker by default. */
  readonly backend?: PlaygroundBackend;
}

/** One file of the open workspace: its editor and where the editor sits. */
interface FileEditor {
  readonly path: string;
  readonly uri: string;
  readonly host: HTMLElement;
  readonly view: EditorView;
}

/**
 * Builds the playground inside `root`: the example picker, the file tabs, one editor per
 * file talking to the language server in its web worker (diagnostics with quick fixes,
 * completion, hover, formatting, rename, definition, references, in the page's language),
 * the problems of every file, and the plan pane (the report's calendar and sections), which
 * the plan worker refreshes 250 ms after the last edit. The workspace is kept in the URL
 * fragment. Performance marks `lontar:diagnostics` and `lontar:plan` are set when each
 * answer is shown (the benchmark reads them). Returns the function that takes it down.
 */
export function mountPlayground(root: HTMLElement, options: PlaygroundOptions): () => void {
  const words = WORDS[options.lang];
  const backend = options.backend ?? createWorkerBackend();
  const first = options.examples[0] ?? { name: "workspace", files: [{ path: "main.lontar", text: "" }] };

  const select = element("select", { "data-testid": "example-select", "aria-label": words.example }) as HTMLSelectElement;
  for (const example of options.examples) select.append(element("option", { value: example.name }, exampleTitle(example.name, options.lang)));
  select.append(element("option", { value: NEW_WORKSPACE, "data-testid": "new-workspace" }, words.newWorkspace));
  const format = element("button", { type: "button", "data-testid": "format" }, words.format);
  const rename = element("button", { type: "button", "data-testid": "rename" }, words.rename);
  const share = element("button", { type: "button", "data-testid": "share" }, words.share);
  const zip = element("button", { type: "button", "data-testid": "download-zip" }, words.downloadWorkspace);
  const ics = element("button", { type: "button", "data-testid": "download-ics" }, words.downloadIcs);
  const xlsx = element("button", { type: "button", "data-testid": "download-xlsx" }, words.downloadXlsx);
  const status = element("span", { class: "lp-status", "data-testid": "status", role: "status" }, words.loading);
  // A notice of its own (a link that could not be read): the status line is rewritten at each check and plan.
  const notice = element("p", { class: "lp-notice", "data-testid": "notice", role: "alert", hidden: "" });
  const tabs = element("div", { class: "lp-tabs", role: "tablist" });
  const editorHost = element("div", { class: "lp-editor", "data-testid": "editor" });
  const problems = element("ul", { class: "lp-problems", "data-testid": "problems" });
  const planHost = element("div", { class: "lp-plan", "data-testid": "plan" });
  root.replaceChildren(
    element("div", { class: "lp-toolbar" }, element("label", {}, `${words.example} `, select), format, rename, share, zip, ics, xlsx, status),
    notice,
    element("div", { class: "lp-main" }, element("div", { class: "lp-left" }, tabs, editorHost, element("p", { class: "lp-keys" }, words.keys), problems), planHost),
  );
  const planPane = new PlanPane(planHost, words);

  let workspace: { name: string; files: WorkspaceFile[] } = { name: first.name, files: [...first.files] };
  let editors: FileEditor[] = [];
  let active: FileEditor | undefined;
  const published = new Map<string, readonly LspDiagnostic[]>();
  /** What the last plan found (`lontar check` reports these after the language's diagnostics). */
  let planProblems: readonly PlanProblem[] = [];
  let publications = 0;
  let editVersion = 0;
  let sentVersion = -1;
  let requestId = 0;
  let inFlight = false;
  let pending = false;
  let freshPlan = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let icsRequest = -1;
  let xlsxRequest = -1;

  const lsp = startLontarClient(options.lang, (params: PublishDiagnosticsParams) => {
    published.set(params.uri, params.diagnostics);
    publications += 1;
    root.dataset["diagnosticsVersion"] = String(publications);
    performance.mark("lontar:diagnostics", { detail: { uri: params.uri, version: params.version ?? null } });
    showProblems();
  });
  lsp.workspace.reveal = (uri) => {
    const editor = editors.find((candidate) => candidate.uri === uri);
    if (editor === undefined) return null;
    show(editor.path);
    return editor.view;
  };

  function edited(path: string, text: string): void {
    hideNotice();
    workspace.files = workspace.files.map((file) => (file.path === path ? { path, text } : file));
    editVersion += 1;
    status.textContent = words.checking;
    clearTimeout(timer);
    timer = setTimeout(() => {
      keepInUrl(`${WORKSPACE_HASH_KEY}=${encodeWorkspace(workspace)}`);
      send();
    }, DEBOUNCE_MS);
  }

  function open(next: PlaygroundWorkspace): void {
    for (const editor of editors) editor.view.destroy();
    workspace = { name: next.name, files: [...next.files] };
    published.clear();
    planProblems = [];
    editors = workspace.files.map((file): FileEditor => {
      const host = element("div", { class: "lp-file", "data-path": file.path, hidden: "" });
      editorHost.append(host);
      const uri = fileUri(file.path);
      const extensions = [...editorExtensions(options.lang, (text) => edited(file.path, text)), lsp.client.plugin(uri, "lontar")];
      return { path: file.path, uri, host, view: new EditorView({ parent: host, state: editorState(file.text, extensions) }) };
    });
    editorHost.replaceChildren(...editors.map((editor) => editor.host));
    editVersion += 1;
    freshPlan = true;
    drawTabs();
    show(workspace.files[0]?.path ?? "");
    showProblems();
    send();
  }

  function show(path: string): void {
    const editor = editors.find((candidate) => candidate.path === path);
    if (editor === undefined) return;
    active = editor;
    for (const other of editors) {
      other.host.hidden = other !== editor;
      other.host.dataset["active"] = String(other === editor);
    }
    editor.view.requestMeasure();
    for (const tab of tabs.children) tab.setAttribute("aria-selected", String(tab.getAttribute("data-path") === path));
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

  /** Takes the notice away: the reader has moved on (edited, or picked a workspace). */
  function hideNotice(): void {
    notice.hidden = true;
    notice.textContent = "";
  }

  function send(): void {
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    requestId += 1;
    sentVersion = editVersion;
    status.textContent = words.planning;
    backend.post({ kind: "plan", id: requestId, files: workspace.files, lang: options.lang });
  }

  function showProblems(): void {
    // The language server's diagnostics of each file, then what the plan finds in it: the count agrees with `lontar check`.
    const all = editors.flatMap((editor) => [
      ...(published.get(editor.uri) ?? []).map((diagnostic) => ({ editor, diagnostic, fromPlan: false })),
      ...planProblems.filter((problem) => problem.path === editor.path).map((problem) => ({ editor, diagnostic: lspDiagnostic(problem), fromPlan: true })),
    ]);
    const errors = all.filter(({ diagnostic }) => (diagnostic.severity ?? 1) === 1).length;
    const warnings = all.filter(({ diagnostic }) => diagnostic.severity === 2).length;
    // The list is drawn again when the plan's findings arrive: a reader on a problem by keyboard stays on it.
    const focused = problems.contains(document.activeElement) ? document.activeElement?.closest<HTMLElement>('[data-testid="diagnostic"]')?.dataset["key"] : undefined;
    problems.replaceChildren(
      element("li", { class: "lp-count", "data-testid": "problem-count" }, words.problems(errors, warnings)),
      ...all.slice(0, MAX_PROBLEMS).map(({ editor, diagnostic, fromPlan }) => {
        const code = String(diagnostic.code ?? "");
        const severity = diagnostic.severity === 2 ? "warning" : (diagnostic.severity ?? 1) === 1 ? "error" : "info";
        const { line, character } = diagnostic.range.start;
        // The place is a button, so the keyboard reaches it too (Enter goes there, as a click on the item does).
        const place = element("button", { type: "button", class: "lp-at" }, `${editor.path}:${line + 1}:${character + 1}`);
        const key = `${editor.path}:${line}:${character}:${code}:${fromPlan ? "plan" : "language"}`;
        const item = element("li", { class: `lp-${severity}`, "data-testid": "diagnostic", "data-code": code, "data-source": fromPlan ? "plan" : "language", "data-key": key }, place, " ");
        // The code's page on this site (./diagnostics/ beside the playground page, in its language).
        if (code !== "") item.append(element("a", { href: `./diagnostics/${code}.html` }, code), " ");
        item.append(diagnostic.message);
        if (fromPlan) item.append(" ", element("small", { class: "lp-from-plan" }, words.fromPlan));
        item.addEventListener("click", (event) => {
          if ((event.target as HTMLElement).tagName === "A") return;
          show(editor.path);
          const doc = editor.view.state.doc;
          const at = line + 1 <= doc.lines ? Math.min(doc.line(line + 1).from + character, doc.line(line + 1).to) : doc.length;
          editor.view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
          editor.view.focus();
        });
        return item;
      }),
    );
    if (focused !== undefined) [...problems.querySelectorAll<HTMLElement>('[data-testid="diagnostic"]')].find((item) => item.dataset["key"] === focused)?.querySelector<HTMLElement>(".lp-at")?.focus();
  }

  function receive(response: WorkerResponse): void {
    if (response.kind === "ics") {
      if (response.id !== icsRequest) return;
      if (response.text === undefined) status.textContent = words.noPlanToDownload;
      else download(`${fileSafeName(workspace.name)}.ics`, new Blob([response.text], { type: "text/calendar" }));
      return;
    }
    if (response.kind === "xlsx") {
      if (response.id !== xlsxRequest) return;
      if (response.bytes === undefined) status.textContent = words.noPlanToDownload;
      else download(`${fileSafeName(workspace.name)}.xlsx`, new Blob([response.bytes.slice().buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      return;
    }
    inFlight = false;
    const current = sentVersion === editVersion;
    if (current) {
      planPane.show(response.plan, freshPlan);
      freshPlan = false;
      planProblems = response.problems;
      showProblems();
      status.textContent = "";
      root.dataset["planVersion"] = String(response.id);
      performance.mark("lontar:plan", { detail: { id: response.id, elapsedMs: response.elapsedMs, sessions: response.plan.kind === "planned" ? response.plan.report.sessions.length : 0 } });
    }
    if (pending || !current) {
      pending = false;
      send();
    }
  }

  backend.onResponse(receive);
  select.addEventListener("change", () => {
    if (select.value === NEW_WORKSPACE) {
      const fresh = newWorkspace(options.lang);
      hideNotice();
      keepInUrl(`${WORKSPACE_HASH_KEY}=${encodeWorkspace(fresh)}`);
      open(fresh);
      active?.view.dispatch({ selection: { anchor: active.view.state.doc.length } });
      active?.view.focus();
      return;
    }
    const example = options.examples.find((candidate) => candidate.name === select.value);
    if (example === undefined) return;
    hideNotice();
    keepInUrl(`${EXAMPLE_HASH_KEY}=${example.name}`);
    open(example);
  });
  format.addEventListener("click", () => {
    if (active !== undefined) formatDocument(active.view);
  });
  rename.addEventListener("click", () => {
    if (active !== undefined) renameSymbol(active.view);
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
  xlsx.addEventListener("click", () => {
    requestId += 1;
    xlsxRequest = requestId;
    backend.post({ kind: "export-xlsx", id: requestId, files: workspace.files, lang: options.lang });
  });

  const start = startingWorkspace(options.examples, first, () => {
    notice.textContent = words.badLink;
    notice.hidden = false;
  });
  select.value = options.examples.some((e) => e.name === start.name) ? start.name : "";
  open(start);
  return () => {
    clearTimeout(timer);
    backend.dispose();
    planPane.destroy();
    for (const editor of editors) editor.view.destroy();
    lsp.stop();
  };
}

/** A plan problem as the problems list takes the language server's diagnostics. */
function lspDiagnostic(problem: PlanProblem): LspDiagnostic {
  const at = { line: problem.line, character: problem.character };
  return { range: { start: at, end: at }, severity: problem.severity === "error" ? 1 : problem.severity === "warning" ? 2 : 3, code: problem.code, message: problem.message };
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

/**
 * Replaces the URL's fragment without a new history entry or a reload, and says so with a
 * `hashchange` event (replaceState fires none): VitePress's language menu follows the
 * fragment it hears of, so the other language's playground opens this workspace.
 */
function keepInUrl(fragment: string): void {
  const oldURL = location.href;
  history.replaceState(history.state, "", `${location.pathname}${location.search}#${fragment}`);
  window.dispatchEvent(new HashChangeEvent("hashchange", { oldURL, newURL: location.href }));
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = element("a", { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
