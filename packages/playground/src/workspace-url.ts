import { Inflate, deflateSync, strFromU8, strToU8 } from "fflate";
import type { PlaygroundWorkspace, WorkspaceFile } from "./protocol.js";

/** The URL fragment's key for a shared workspace: `#ws=<deflated JSON, base64url>`. */
export const WORKSPACE_HASH_KEY = "ws";

/** The largest workspace a link may carry once inflated (bytes of JSON); past it the link is refused. */
export const MAX_SHARED_BYTES = 1_000_000;

/** The most files a shared workspace may hold. */
export const MAX_SHARED_FILES = 64;

/** Why a link's workspace could not be read. */
export type WorkspaceLinkProblem = "not-base64" | "not-deflate" | "too-large" | "not-a-workspace";

/** A link's workspace, or why it could not be read: a bad link is data, never an exception. */
export type DecodedWorkspace = { readonly ok: true; readonly workspace: PlaygroundWorkspace } | { readonly ok: false; readonly problem: WorkspaceLinkProblem };

/**
 * The workspace as a URL fragment value: its JSON, deflated (level 9) and base64url-encoded.
 * The same workspace always gives the same text.
 *
 * @example location.hash = `${WORKSPACE_HASH_KEY}=${encodeWorkspace(workspace)}`;
 */
export function encodeWorkspace(workspace: PlaygroundWorkspace): string {
  const json = JSON.stringify({ v: 1, name: workspace.name, files: workspace.files.map((file) => [file.path, file.text]) });
  return toBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

/** The workspace a fragment value carries (see {@link encodeWorkspace}), inflating at most {@link MAX_SHARED_BYTES}. */
export function decodeWorkspace(value: string): DecodedWorkspace {
  const bytes = fromBase64Url(value);
  if (bytes === undefined) return { ok: false, problem: "not-base64" };
  const inflated = boundedInflate(bytes);
  if (typeof inflated === "string") return { ok: false, problem: inflated };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return { ok: false, problem: "not-a-workspace" };
  }
  const workspace = workspaceFromJson(json);
  return workspace === undefined ? { ok: false, problem: "not-a-workspace" } : { ok: true, workspace };
}

function boundedInflate(bytes: Uint8Array): Uint8Array | "not-deflate" | "too-large" {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_SHARED_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    // Fed in slices so that a bomb stops early instead of inflating whole.
    for (let at = 0; at < bytes.length && !tooLarge; at += 4096) inflater.push(bytes.subarray(at, at + 4096), at + 4096 >= bytes.length);
  } catch {
    return "not-deflate";
  }
  if (tooLarge) return "too-large";
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function workspaceFromJson(json: unknown): PlaygroundWorkspace | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const { v, name, files } = json as { v?: unknown; name?: unknown; files?: unknown };
  if (v !== 1 || typeof name !== "string" || !Array.isArray(files) || files.length === 0 || files.length > MAX_SHARED_FILES) return undefined;
  const read: WorkspaceFile[] = [];
  for (const entry of files as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [path, text] = entry as unknown[];
    if (typeof path !== "string" || typeof text !== "string" || !isWorkspacePath(path)) return undefined;
    read.push({ path, text });
  }
  return { name: name.slice(0, 100), files: read };
}

/** A file path a workspace may hold: relative, `.lontar`, no `..`, no empty segment. */
export function isWorkspacePath(path: string): boolean {
  return /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*\.lontar$/.test(path) && !path.split("/").includes("..") && path.length <= 200;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out;
}
