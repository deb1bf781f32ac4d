import { chmodSync, closeSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

let counter = 0;

/**
 * Replaces `file` with `text` so that a reader sees the old or the new content, never a
 * half-written file: write a temporary file beside the target, then rename it over it.
 * When `file` is a symbolic link, the link stays and its target is rewritten (in the
 * target's own folder); the file keeps its permission bits (a 0600 file stays 0600) and its
 * UTF-8 byte order mark, when it began with one (as Windows Notepad writes them): the text
 * was read without it.
 */
export function writeFileAtomic(file: string, text: string): void {
  const target = realTarget(file);
  const mode = permissionBits(target);
  const content = startsWithByteOrderMark(target) && !text.startsWith(BOM) ? `${BOM}${text}` : text;
  counter += 1;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter}.tmp`);
  try {
    // `wx`: never write through something already at the temporary name.
    writeFileSync(temporary, content, { encoding: "utf8", flag: "wx", ...(mode === undefined ? {} : { mode }) });
    // The creation mode is narrowed by the umask; set the original bits exactly.
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

// The file a link leads to (links followed all the way), or `file` itself when it does not exist yet.
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function permissionBits(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

const BOM = "\uFEFF";

// Whether the file's first bytes are UTF-8's byte order mark (EF BB BF); false when it cannot be read.
function startsWithByteOrderMark(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
