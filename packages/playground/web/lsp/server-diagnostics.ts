import { setDiagnostics, type Action, type Diagnostic as EditorDiagnostic } from "@codemirror/lint";
import { LSPPlugin, type LSPClient, type LSPClientExtension, type WorkspaceMapping } from "@codemirror/lsp-client";
import { ViewPlugin, type ViewUpdate } from "@codemirror/view";
import { fixTitles, type LspCodeAction, type LspDiagnostic, type LspWorkspaceEdit, type PublishDiagnosticsParams } from "./protocol-types.js";

/**
 * A workspace mapping taken when a file's diagnostics arrive: the quick fixes' edits are in
 * the text of that version, and the mapping carries them over any typing since. It lives
 * while the diagnostics are current or a fix still waits for the server.
 */
class HeldMapping {
  private users = 0;
  private current = true;

  constructor(readonly mapping: WorkspaceMapping) {}

  use(): void {
    this.users += 1;
  }

  done(): void {
    this.users -= 1;
    this.release();
  }

  retire(): void {
    this.current = false;
    this.release();
  }

  private release(): void {
    if (!this.current && this.users === 0) this.mapping.destroy();
  }
}

const SEVERITY: Readonly<Record<number, EditorDiagnostic["severity"]>> = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

/**
 * The server's diagnostics in the editor, as VS Code shows them: each with its code, and
 * each of the language's suggestions as a quick fix that asks the server for its code
 * action (`textDocument/codeAction`, kind `quickfix`) and applies the action's edits, in
 * any file of the workspace. Diagnostics of an older version than the editor's are
 * dropped. Edits reach the server on the next task after a change (no 500 ms wait), and
 * `onPublish` hears every set of diagnostics shown.
 */
export function serverDiagnosticsWithFixes(onPublish: (params: PublishDiagnosticsParams) => void): LSPClientExtension {
  const held = new Map<string, HeldMapping>();
  return {
    clientCapabilities: {
      textDocument: {
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
      },
    },
    notificationHandlers: {
      "textDocument/publishDiagnostics": (client: LSPClient, params: PublishDiagnosticsParams) => {
        const file = client.workspace.getFile(params.uri);
        if (file === null || (typeof params.version === "number" && params.version !== file.version)) return true;
        const view = file.getView();
        const plugin = view === null ? null : LSPPlugin.get(view);
        if (view === null || plugin === null) return true;
        held.get(params.uri)?.retire();
        const mapping = new HeldMapping(client.workspaceMapping());
        held.set(params.uri, mapping);
        const at = (position: LspDiagnostic["range"]["start"]): number => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
        const marks = params.diagnostics.map(
          (diagnostic): EditorDiagnostic => ({
            from: at(diagnostic.range.start),
            to: at(diagnostic.range.end),
            severity: SEVERITY[diagnostic.severity ?? 1] ?? "error",
            ...(diagnostic.code === undefined ? {} : { source: String(diagnostic.code) }),
            message: diagnostic.message,
            actions: fixTitles(diagnostic).map((title, index): Action => ({ name: title, apply: () => void quickFix(client, plugin, params.uri, diagnostic, title, index, mapping) })),
          }),
        );
        view.dispatch(setDiagnostics(view.state, marks));
        onPublish(params);
        return true;
      },
    },
    editorExtension: syncSoon,
  };
}

/** Asks the server for the diagnostic's quick fixes and applies the one titled `title` (else the `index`th). */
async function quickFix(client: LSPClient, plugin: LSPPlugin, uri: string, diagnostic: LspDiagnostic, title: string, index: number, held: HeldMapping): Promise<void> {
  held.use();
  try {
    client.sync();
    const actions = await client.request<unknown, LspCodeAction[] | null>("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ["quickfix"] } });
    const fixes = (actions ?? []).filter((action) => action.kind === undefined || action.kind === "quickfix");
    const chosen = fixes.find((action) => action.title === title) ?? fixes[index];
    if (chosen?.edit !== undefined) applyEdit(client, chosen.edit, held.mapping);
  } catch (error) {
    plugin.reportError("Quick fix failed", error);
  } finally {
    held.done();
  }
}

/** Applies a workspace edit whose positions are in the texts `mapping` started from. */
export function applyEdit(client: LSPClient, edit: LspWorkspaceEdit, mapping: WorkspaceMapping): void {
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    if (client.workspace.getFile(uri) === null || edits.length === 0) continue;
    client.workspace.updateFile(uri, {
      changes: edits.map((e) => ({ from: mapping.mapPosition(uri, e.range.start), to: mapping.mapPosition(uri, e.range.end), insert: e.newText })),
      userEvent: "input.quickfix",
    });
  }
}

/** Sends the editor's changes to the server on the next task (a burst of changes in one task goes as one). */
const syncSoon = ViewPlugin.fromClass(
  class {
    private pending: ReturnType<typeof setTimeout> | undefined;

    update(update: ViewUpdate): void {
      if (!update.docChanged || this.pending !== undefined) return;
      const view = update.view;
      this.pending = setTimeout(() => {
        this.pending = undefined;
        LSPPlugin.get(view)?.client.sync();
      }, 0);
    }

    destroy(): void {
      clearTimeout(this.pending);
    }
  },
);
