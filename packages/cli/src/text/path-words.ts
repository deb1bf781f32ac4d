import path from "node:path";
import type { Labels } from "@lontar/core";
import { visibleText } from "../format/visible-text.js";

/**
 * How the CLI's sentences name a path the user gave or a folder it found: the folder the
 * command runs in (`.`, `./`, the default of `lontar check` and `lontar plan` with no path)
 * as words, "this folder" / "folder ini", never a bare `.` ("rencana dan kesepakatan .
 * tidak diperiksa", a user walk); any other path as written (control characters made visible).
 */

/** True for a path naming the folder the command runs in: `.`, `./`, `./.`. */
export function isCurrentFolder(written: string): boolean {
  return written !== "" && !path.isAbsolute(written) && path.normalize(written).replace(/[\\/]+$/, "") === ".";
}

const THIS_FOLDER: Labels = { en: "this folder", id: "folder ini" };

/**
 * A path, or several joined by `, `, for a sentence: the current folder as "this folder" /
 * "folder ini", the others as written.
 *
 * @example pathWords(["."]) // { en: "this folder", id: "folder ini" }
 * @example pathWords(["ws", "lain"]) // { en: "ws, lain", id: "ws, lain" }
 */
export function pathWords(paths: readonly string[]): Labels {
  const word = (language: "en" | "id") => paths.map((p) => (isCurrentFolder(p) ? THIS_FOLDER[language] : visibleText(p))).join(", ");
  return { en: word("en"), id: word("id") };
}

/**
 * Folders named with the word "folder": "the folder ws" / "folder ws" (quoted when `quoted`:
 * "the folder 'ws'"), the current one "this folder" / "folder ini"; several joined by `, `.
 *
 * @example folderWords(["."]) // { en: "this folder", id: "folder ini" }
 * @example folderWords(["ws"], true) // { en: "the folder 'ws'", id: "folder 'ws'" }
 */
export function folderWords(folders: readonly string[], quoted = false): Labels {
  const name = (p: string): string => (quoted ? `'${visibleText(p)}'` : visibleText(p));
  const word = (language: "en" | "id") =>
    folders.map((p) => (isCurrentFolder(p) ? THIS_FOLDER[language] : language === "en" ? `the folder ${name(p)}` : `folder ${name(p)}`)).join(", ");
  return { en: word("en"), id: word("id") };
}
