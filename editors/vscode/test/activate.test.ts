import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExecuteCommandRequest } from "vscode-languageserver-protocol";
import { exampleFolder, startSession, type LspSession } from "../../../packages/language-server/test/support/client.js";
import { activateLontar, COMMANDS, DOCUMENT_SELECTOR, REPORT_PANEL_OPTIONS, type ClientSettings, type LontarClient, type VscodeApi } from "../src/activate.js";

/** A mocked `vscode` module: records commands, messages, webviews and written files. */
function mockVscode(settings: Record<string, string>) {
  const commands = new Map<string, () => unknown>();
  const messages: { level: string; text: string }[] = [];
  const panels: { id: string; column: unknown; options: unknown; webview: { html: string }; dispose?: () => void }[] = [];
  const written = new Map<string, string>();
  const saveListeners: ((d: { languageId: string }) => void)[] = [];
  const folder = { path: "/ws", toString: () => "file:///ws" };
  const api = {
    commands: { registerCommand: (id: string, run: () => unknown) => (commands.set(id, run), { dispose: () => commands.delete(id) }) },
    window: {
      showInformationMessage: async (text: string) => void messages.push({ level: "info", text }),
      showErrorMessage: async (text: string) => void messages.push({ level: "error", text }),
      createWebviewPanel: (id: string, _title: string, column: unknown, options: unknown) => {
        const panel = { id, column, options, webview: { html: "" }, onDidDispose: (f: () => void) => ((panel as { dispose?: () => void }).dispose = f) };
        panels.push(panel);
        return panel;
      },
    },
    workspace: {
      getConfiguration: () => ({ get: (key: string, fallback: string) => settings[key] ?? fallback }),
      workspaceFolders: [{ uri: folder }],
      fs: {
        createDirectory: async () => undefined,
        writeFile: async (uri: { path: string }, bytes: Uint8Array) => void written.set(uri.path, new TextDecoder().decode(bytes)),
      },
      onDidSaveTextDocument: (f: (d: { languageId: string }) => void) => (saveListeners.push(f), { dispose: () => saveListeners.splice(saveListeners.indexOf(f), 1) }),
    },
    Uri: { joinPath: (base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join("/") }) },
    ViewColumn: { Active: -1, Beside: -2 },
  };
  return { api: api as unknown as VscodeApi, commands, messages, panels, written, saveListeners };
}

/** A client on the real server (`lontar lsp --stdio`) for an example workspace. */
function serverClient(session: LspSession): LontarClient {
  return {
    start: async () => undefined,
    stop: async () => undefined,
    executeServerCommand: (command) => session.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [] }),
  };
}

describe("the VS Code extension with a mocked vscode module", () => {
  let session: LspSession;
  let vscode: ReturnType<typeof mockVscode>;
  let seen: ClientSettings | undefined;
  const subscriptions: { dispose(): unknown }[] = [];
  beforeAll(async () => {
    session = await startSession(exampleFolder("langsa"), { options: { today: "2024-01-01" } });
    vscode = mockVscode({ messageLanguage: "id", horizon: "2024-01-01..2024-06-30" });
    await activateLontar(vscode.api, { subscriptions } as never, (settings) => ((seen = settings), serverClient(session)));
  });
  afterAll(async () => {
    for (const s of subscriptions) s.dispose();
    await session.close();
  });

  it("activates: passes the settings to the client and registers the three commands", () => {
    expect(seen).toEqual({ messageLanguage: "id", horizon: "2024-01-01..2024-06-30" });
    expect([...vscode.commands.keys()].sort()).toEqual(Object.values(COMMANDS).sort());
  });

  it("Check workspace reports the workspace's counts", async () => {
    await vscode.commands.get(COMMANDS.check)?.();
    expect(vscode.messages.at(-1)).toEqual({ level: "info", text: expect.stringMatching(/^Lontar: \d+ berkas, 0 galat, \d+ peringatan$/) });
  });

  it("Plan workspace writes plan.json and report.html and opens the report", async () => {
    await vscode.commands.get(COMMANDS.plan)?.();
    const json = JSON.parse(vscode.written.get("/ws/plan/plan.json") ?? "{}") as { version?: number; occurrences?: unknown[] };
    expect(json.version).toBe(1);
    expect(json.occurrences?.length).toBeGreaterThan(0);
    expect(vscode.written.get("/ws/plan/report.html")?.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(vscode.panels.at(-1)?.webview.html).toBe(vscode.written.get("/ws/plan/report.html"));
    // The report's calendar is drawn by its script: a webview runs none unless told to.
    expect(vscode.panels.at(-1)?.options).toEqual({ enableScripts: true, localResourceRoots: [] });
  });

  it("Show calendar preview opens a side webview that refreshes when a .lontar file is saved, and stops when closed", async () => {
    await vscode.commands.get(COMMANDS.preview)?.();
    const panel = vscode.panels.at(-1);
    expect(panel?.column).toMatchObject({ viewColumn: -2 });
    expect(panel?.webview.html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(panel?.options).toEqual(REPORT_PANEL_OPTIONS);
    // Its one script is allowed by hash, and nothing may be fetched.
    expect(panel?.webview.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[^']+'">/);
    expect(vscode.saveListeners.length).toBe(1);
    panel?.dispose?.();
    expect(vscode.saveListeners.length).toBe(0);
  });
});

describe("the documents the client sends the server", () => {
  it("are .lontar files on disk and unsaved files set to the Lontar language", () => {
    expect(DOCUMENT_SELECTOR).toEqual([
      { scheme: "file", language: "lontar" },
      { scheme: "untitled", language: "lontar" },
    ]);
  });
});
