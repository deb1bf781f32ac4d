import type * as vscode from "vscode";

/** The part of the `vscode` API the extension uses (a test passes a mock). */
export type VscodeApi = Pick<typeof vscode, "commands" | "window" | "workspace" | "Uri" | "ViewColumn">;

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
  const client = makeClient(readClientSettings(api));
  context.subscriptions.push({ dispose: () => void client.stop() });
  context.subscriptions.push(
    api.commands.registerCommand(COMMANDS.check, async () => {
      const answer = (await client.executeServerCommand("lontar.checkWorkspace")) as CheckAnswer | null;
      if (answer === null) return;
      const text = `Lontar: ${answer.files} files, ${answer.errors} errors, ${answer.warnings} warnings`;
      if (answer.errors > 0) void api.window.showErrorMessage(text);
      else void api.window.showInformationMessage(text);
    }),
    api.commands.registerCommand(COMMANDS.plan, async () => {
      const answer = (await client.executeServerCommand("lontar.planWorkspace")) as PlanAnswer | null;
      if (answer === null) return;
      if (!answer.ok) {
        void api.window.showErrorMessage(`Lontar: the workspace has ${answer.errors} errors; fix them to plan.`);
        return;
      }
      const folder = api.workspace.workspaceFolders?.[0]?.uri;
      if (folder !== undefined) {
        const out = api.Uri.joinPath(folder, "plan");
        await api.workspace.fs.createDirectory(out);
        await api.workspace.fs.writeFile(api.Uri.joinPath(out, "plan.json"), new TextEncoder().encode(answer.json));
        await api.workspace.fs.writeFile(api.Uri.joinPath(out, "report.html"), new TextEncoder().encode(answer.html));
      }
      const panel = api.window.createWebviewPanel("lontar.plan", "Lontar plan", api.ViewColumn.Active, {});
      panel.webview.html = answer.html;
    }),
    api.commands.registerCommand(COMMANDS.preview, () => showPreview(api, client)),
  );
  await client.start();
  return client;
}

/** A side webview with the calendar of the open workspace, refreshed when a `.lontar` file is saved. */
async function showPreview(api: VscodeApi, client: LontarClient): Promise<void> {
  const panel = api.window.createWebviewPanel("lontar.preview", "Lontar calendar", { viewColumn: api.ViewColumn.Beside, preserveFocus: true }, {});
  const refresh = async (): Promise<void> => {
    const answer = (await client.executeServerCommand("lontar.calendarPreview")) as PlanAnswer | null;
    panel.webview.html = answer === null ? "" : answer.ok ? answer.html : `<p>The workspace has ${answer.errors} errors (kesalahan).</p>`;
  };
  const saved = api.workspace.onDidSaveTextDocument((document) => {
    if (document.languageId === "lontar") void refresh();
  });
  panel.onDidDispose(() => saved.dispose());
  await refresh();
}
