import type * as vscode from "vscode";

/** The part of the `vscode` API the extension uses (a test passes a mock). */
export type VscodeApi = Pick<typeof vscode, "commands" | "window" | "workspace" | "Uri" | "ViewColumn"> & { readonly env?: Pick<typeof vscode.env, "language"> };

/** The part of a language client the commands use. */
export interface LontarClient {
  /** Starts the client and the server. */
  start(): Promise<void>;
  /** Stops both. */
  stop(): Promise<void>;
  /** Asks the server to run one of its commands. */
  executeServerCommand(command: string): Promise<unknown>;
}

/** What the server's initializationOptions carry from the settings. */
export interface ClientSettings {
  /** `auto`, `en` or `id`. */
  readonly messageLanguage: "auto" | "en" | "id";
  /** A `from..to` horizon, or undefined. */
  readonly horizon?: string;
  /** `false` when the plan's diagnostics are turned off (the server's default is on). */
  readonly planDiagnostics?: false;
}

/** The extension's command ids (package.json contributes them). */
export const COMMANDS = { check: "lontar.checkWorkspace", plan: "lontar.planWorkspace", preview: "lontar.showCalendarPreview" } as const;

type PlanAnswer = { ok: true; json: string; html: string } | { ok: false; errors: number };

/** The extension's own words (its commands' answers and panels' titles), in each language; the manifest's are in package.nls*.json. */
const WORDS = {
  checked: { en: "Lontar: {files} files, {errors} errors, {warnings} warnings", id: "Lontar: {files} berkas, {errors} galat, {warnings} peringatan" },
  cannotPlan: { en: "Lontar: the workspace has {errors} errors; fix them to plan.", id: "Lontar: ruang kerja memiliki {errors} galat; perbaiki dulu untuk membuat rencana." },
  previewErrors: { en: "The workspace has {errors} errors: fix them to see its calendar.", id: "Ruang kerja memiliki {errors} galat: perbaiki dulu untuk melihat kalendernya." },
  planTitle: { en: "Lontar plan", id: "Rencana Lontar" },
  calendarTitle: { en: "Lontar calendar", id: "Kalender Lontar" },
} as const;

/**
 * The documents the language client sends the server: `.lontar` files on disk, and an unsaved
 * file set to the Lontar language (`untitled:`), which docs/editors.md says is checked on its
 * own (the client sent none of them: an editor walk, stop 52).
 */
export const DOCUMENT_SELECTOR = [
  { scheme: "file", language: "lontar" },
  { scheme: "untitled", language: "lontar" },
] as const;

/**
 * The options of the plan's and the calendar's panels: the report's calendar is drawn by its
 * one inline script, which a webview runs only with scripts enabled (without them the panel
 * showed no calendar: an editor walk, stop 52). The report's own Content-Security-Policy
 * allows that script alone (by its hash) and no request; the panel reads no local file.
 */
export const REPORT_PANEL_OPTIONS = { enableScripts: true, localResourceRoots: [] } as const;

/** The language of the extension's words: the setting's, or with `auto` VS Code's display language (`id` → Bahasa Indonesia). */
function wordsLanguage(api: VscodeApi, settings: ClientSettings): "en" | "id" {
  if (settings.messageLanguage !== "auto") return settings.messageLanguage;
  return (api.env?.language ?? "en").toLowerCase().startsWith("id") ? "id" : "en";
}

/** One of {@link WORDS} in `language`, its `{slots}` filled. */
const say = (key: keyof typeof WORDS, language: "en" | "id", values: Readonly<Record<string, number>> = {}): string => WORDS[key][language].replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
type CheckAnswer = { files: number; errors: number; warnings: number };

/** Reads the extension's settings. */
export function readClientSettings(api: VscodeApi): ClientSettings {
  const config = api.workspace.getConfiguration("lontar");
  const language = config.get<string>("messageLanguage", "auto");
  const horizon = config.get<string>("horizon", "");
  const planned = config.get<boolean>("planDiagnostics", true);
  return { messageLanguage: language === "en" || language === "id" ? language : "auto", ...(horizon === "" ? {} : { horizon }), ...(planned === false ? { planDiagnostics: false as const } : {}) };
}

/**
 * Activates the extension: starts the language client (made by `makeClient` from the
 * settings) and registers the three commands. Everything it registers is disposed with
 * the context.
 */
export async function activateLontar(api: VscodeApi, context: Pick<vscode.ExtensionContext, "subscriptions">, makeClient: (settings: ClientSettings) => LontarClient): Promise<LontarClient> {
  const settings = readClientSettings(api);
  const language = wordsLanguage(api, settings);
  const client = makeClient(settings);
  context.subscriptions.push({ dispose: () => void client.stop() });
  context.subscriptions.push(
    api.commands.registerCommand(COMMANDS.check, async () => {
      const answer = (await client.executeServerCommand("lontar.checkWorkspace")) as CheckAnswer | null;
      if (answer === null) return;
      const text = say("checked", language, answer);
      if (answer.errors > 0) void api.window.showErrorMessage(text);
      else void api.window.showInformationMessage(text);
    }),
    api.commands.registerCommand(COMMANDS.plan, async () => {
      const answer = (await client.executeServerCommand("lontar.planWorkspace")) as PlanAnswer | null;
      if (answer === null) return;
      if (!answer.ok) {
        void api.window.showErrorMessage(say("cannotPlan", language, { errors: answer.errors }));
        return;
      }
      const folder = api.workspace.workspaceFolders?.[0]?.uri;
      if (folder !== undefined) {
        const out = api.Uri.joinPath(folder, "plan");
        await api.workspace.fs.createDirectory(out);
        await api.workspace.fs.writeFile(api.Uri.joinPath(out, "plan.json"), new TextEncoder().encode(answer.json));
        await api.workspace.fs.writeFile(api.Uri.joinPath(out, "report.html"), new TextEncoder().encode(answer.html));
      }
      const panel = api.window.createWebviewPanel("lontar.plan", say("planTitle", language), api.ViewColumn.Active, REPORT_PANEL_OPTIONS);
      panel.webview.html = answer.html;
    }),
    api.commands.registerCommand(COMMANDS.preview, () => showPreview(api, client, language)),
  );
  await client.start();
  return client;
}

/** A side webview with the calendar of the open workspace, refreshed when a `.lontar` file is saved. */
async function showPreview(api: VscodeApi, client: LontarClient, language: "en" | "id"): Promise<void> {
  const panel = api.window.createWebviewPanel("lontar.preview", say("calendarTitle", language), { viewColumn: api.ViewColumn.Beside, preserveFocus: true }, REPORT_PANEL_OPTIONS);
  const refresh = async (): Promise<void> => {
    const answer = (await client.executeServerCommand("lontar.calendarPreview")) as PlanAnswer | null;
    panel.webview.html = answer === null ? "" : answer.ok ? answer.html : `<p>${say("previewErrors", language, { errors: answer.errors })}</p>`;
  };
  const saved = api.workspace.onDidSaveTextDocument((document) => {
    if (document.languageId === "lontar") void refresh();
  });
  panel.onDidDispose(() => saved.dispose());
  await refresh();
}
