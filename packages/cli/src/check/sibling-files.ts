import path from "node:path";
import { parseFile, type FileNode } from "@lontar/dsl";
import { containedFileReader, findLontarFiles } from "@lontar/dsl/node";

/** At most this many files beside the ones checked are looked at, per folder. */
export const MAX_SIBLINGS = 500;

/**
 * The `.lontar` files beside the files a run checks, each read and parsed at most once a run,
 * when first asked for: the hint of a file's importer (importerOf) and the note of a file left
 * unimported (unimportedDeclarers) both look at them, and read each twice, or three times, before.
 * Every file is read through the contained reader of its folder (a link out of the folder, a
 * FIFO, a device or an oversized file is refused, never read).
 */
export class SiblingFiles {
  private readonly listed = new Map<string, readonly string[]>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly trees = new Map<string, FileNode>();
  private readonly readers = new Map<string, (file: string) => unknown>();

  /** The `.lontar` files of `folder` (absolute paths, as the walker finds them), at most {@link MAX_SIBLINGS}. */
  in(folder: string): readonly string[] {
    let files = this.listed.get(folder);
    if (files === undefined) this.listed.set(folder, (files = findLontarFiles(folder, { maxDepth: 0, maxFiles: MAX_SIBLINGS }).files.map((name) => path.join(folder, name))));
    return files;
  }

  /** A file's text, or undefined when its folder's reader refuses it. */
  text(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    const folder = path.dirname(file);
    let read = this.readers.get(folder);
    if (read === undefined) this.readers.set(folder, (read = containedFileReader(folder)));
    const text = read(file);
    const kept = typeof text === "string" ? text : undefined;
    this.texts.set(file, kept);
    return kept;
  }

  /** A readable file's tree (a file with syntax errors read as far as it goes). */
  tree(file: string, text: string): FileNode {
    let tree = this.trees.get(file);
    if (tree === undefined) this.trees.set(file, (tree = parseFile(text, file).file));
    return tree;
  }
}
