import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { activateLontar, DOCUMENT_SELECTOR, type ClientSettings, type LontarClient } from "./activate.js";

let running: LontarClient | undefined;

/** A language client on the server bundled with the extension (dist/server.cjs), over stdio. */
function bundledClient(context: vscode.ExtensionContext, settings: ClientSettings): LontarClient {
  const module = context.asAbsolutePath("dist/server.cjs");
  const serverOptions: ServerOptions = { run: { module, transport: TransportKind.stdio }, debug: { module, transport: TransportKind.stdio } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR],
    initializationOptions: { messageLanguage: settings.messageLanguage, ...(settings.horizon === undefined ? {} : { horizon: settings.horizon }), ...(settings.planDiagnostics === undefined ? {} : { planDiagnostics: settings.planDiagnostics }) },
  };
  const client = new LanguageClient("lontar", "Lontar", serverOptions, clientOptions);
  return {
    start: () => client.start(),
    stop: () => client.stop(),
    executeServerCommand: (command) => client.sendRequest("workspace/executeCommand", { command, arguments: [] }),
  };
}

/** VS Code calls this when a workspace contains `.lontar` files. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  running = await activateLontar(vscode, context, (settings) => bundledClient(context, settings));
}

/** VS Code calls this on shutdown. */
export async function deactivate(): Promise<void> {
  await running?.stop();
}
