import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

let counter = 0;

/**
 * Replaces `file` with `text` so that a reader sees the old or the new content, never a
 * half-written file: write a temporary file beside it, then rename it over the target.
 */
export function writeFileAtomic(file: string, text: string): void {
  counter += 1;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter}.tmp`);
  try {
    writeFileSync(temporary, text, "utf8");
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
