import { statSync } from "node:fs";

/**
 * Whether an absolute path names a regular file (through links), false for anything else or
 * nothing there.
 *
 * @example isFile("/ws/utama.lontar") // true
 */
export function isFile(absolute: string): boolean {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether an absolute path names a folder (through links), false for anything else or
 * nothing there.
 *
 * @example isDirectory("/ws") // true
 */
export function isDirectory(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}
