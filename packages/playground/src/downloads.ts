import { strToU8, zipSync } from "fflate";
import type { PlaygroundWorkspace } from "./protocol.js";

/** A fixed time for the archive's entries, so the same workspace gives the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2024, 0, 1));

/** The workspace as a .zip of its files under a folder named after it (the same workspace, the same bytes). */
export function workspaceZip(workspace: PlaygroundWorkspace): Uint8Array {
  const folder = fileSafeName(workspace.name);
  const entries = Object.fromEntries(workspace.files.map((file) => [`${folder}/${file.path}`, strToU8(file.text)] as const));
  return zipSync(entries, { level: 6, mtime: ENTRY_TIME });
}

/** A name usable as a file or folder name: letters, digits, `-` and `_`. */
export function fileSafeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "workspace";
}
