import { LSPPlugin, Workspace, type LSPClient, type WorkspaceFile } from "@codemirror/lsp-client";
import type { Text } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";

/** The URI of a playground file: the workspace is a folder of its own, so imports resolve among its files. */
export const PLAYGROUND_ROOT = "file:///playground/";

/** A file's URI from its path in the workspace. */
export function fileUri(path: string): string {
  return PLAYGROUND_ROOT + path.split("/").map(encodeURIComponent).join("/");
}

/** What syncFiles reports of one file (lsp-client does not export the type). */
type FileUpdate = ReturnType<Workspace["syncFiles"]>[number];

class OpenFile implements WorkspaceFile {
  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    public doc: Text,
    readonly view: EditorView,
  ) {}

  getView(): EditorView {
    return this.view;
  }
}

/**
 * The playground's files as the language client sees them: each file has its own editor
 * (the tabs show one at a time), so every file of the workspace is open on the server and
 * a rename or a quick fix can edit any of them. Versions only grow per URI, also across
 * examples, so a late answer for an old document never lands on a new one.
 */
export class PlaygroundLspWorkspace extends Workspace {
  files: OpenFile[] = [];
  private readonly versions = new Map<string, number>();
  /** Shows a file's tab and returns its editor (set by the page). */
  reveal: (uri: string) => EditorView | null = () => null;

  constructor(client: LSPClient) {
    super(client);
  }

  private nextVersion(uri: string): number {
    const version = (this.versions.get(uri) ?? -1) + 1;
    this.versions.set(uri, version);
    return version;
  }

  override syncFiles(): readonly FileUpdate[] {
    const updates: FileUpdate[] = [];
    for (const file of this.files) {
      const plugin = LSPPlugin.get(file.view);
      if (plugin === null || plugin.unsyncedChanges.empty) continue;
      updates.push({ file, prevDoc: file.doc, changes: plugin.unsyncedChanges });
      file.doc = file.view.state.doc;
      file.version = this.nextVersion(file.uri);
      plugin.clear();
    }
    return updates;
  }

  override openFile(uri: string, languageId: string, view: EditorView): void {
    if (this.getFile(uri) !== null) this.closeFile(uri);
    const file = new OpenFile(uri, languageId, this.nextVersion(uri), view.state.doc, view);
    this.files.push(file);
    this.client.didOpen(file);
  }

  override closeFile(uri: string): void {
    const file = this.getFile(uri);
    if (file === null) return;
    this.files = this.files.filter((f) => f !== file);
    this.client.didClose(uri);
  }

  override getFile(uri: string): OpenFile | null {
    return this.files.find((file) => file.uri === uri) ?? null;
  }

  override displayFile(uri: string): Promise<EditorView | null> {
    return Promise.resolve(this.reveal(uri));
  }
}
