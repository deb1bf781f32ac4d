import path from "node:path";
import { parseFile, type Diagnostic, type FileNode } from "@lontar/dsl";
import { containedFileReader, findLontarFiles } from "@lontar/dsl/node";

/** At most this many files beside the one checked are looked at. */
const MAX_FILES = 500;

/**
 * The first `.lontar` file beside `file` (in its folder, as the walker finds them) whose
 * imports name it: what a file checked on its own misses (names declared there, or in what
 * it imports). Each is read through the contained reader (a link out of the folder, a FIFO, a
 * device or an oversized file is refused, never read) and parsed for its imports; nothing of
 * it is shown but its name.
 *
 * @example importerOf("/ws/program.lontar") // "/ws/utama.lontar"
 */
export function importerOf(file: string): string | undefined {
  const folder = path.dirname(file);
  const read = containedFileReader(folder);
  for (const name of findLontarFiles(folder, { maxDepth: 0, maxFiles: MAX_FILES }).files) {
    const other = path.join(folder, name);
    const text = other === file ? undefined : read(other);
    if (typeof text !== "string") continue;
    const { items } = parseFile(text, other).file;
    if (items.some((item) => item.kind === "Import" && path.resolve(folder, item.path.value) === file)) return other;
  }
  return undefined;
}

/** A file beside the ones checked that declares names they use but that none of them imports. */
export interface UnimportedDeclarer {
  /** The file, absolute. */
  readonly file: string;
  /** The names it declares that the checked workspace uses as sites of their own or does not find, in the order used. */
  readonly names: readonly string[];
}

/** The names a workspace's files use as sites or route stops, and those `LON2002` finds declared nowhere, in file order. */
function namesUsed(files: readonly FileNode[], diagnostics: readonly Diagnostic[]): string[] {
  const used: string[] = [];
  for (const file of files) {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "program") continue;
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind === "Route") for (const site of value.sites) used.push(site.name);
        else if (property.key === "sites" && value.kind === "Reference") used.push(value.name);
        else if (property.key === "sites" && value.kind === "List") for (const entry of value.items) if (entry.kind === "Reference") used.push(entry.name);
      }
    }
  }
  for (const d of diagnostics) {
    const name = d.code === "LON2002" ? d.text?.args["name"] : undefined;
    if (typeof name === "string") used.push(name);
  }
  return used;
}

/**
 * The `.lontar` files beside the files checked (`given`, absolute: files named on their own,
 * not folders) that the analysis did not load (`files`, as the analysis holds them;
 * `absolute` turns their paths into absolute ones) and that declare a name the workspace uses as a site or route stop of
 * its own, or does not find (LON2002): a file whose import was left out. A file that imports
 * one of them is left to {@link importerOf}'s hint (check the folder). Checked alone, the
 * workspace takes the village libraries such a file declares for places of their own, whose
 * opening hours and closures nothing reads, and says nothing (a pustakawan's walk, stop 52).
 * Files are read as {@link importerOf} reads them; at most {@link MAX_FILES} per folder.
 *
 * @example unimportedDeclarers(["/ws/utama.lontar"], (f) => path.resolve("/ws", f), result.files, result.diagnostics) // [{ file: "/ws/desa.lontar", names: ["desa_nangapanda"] }]
 */
export function unimportedDeclarers(given: readonly string[], absolute: (file: string) => string, files: readonly FileNode[], diagnostics: readonly Diagnostic[]): UnimportedDeclarer[] {
  const declared = new Set<string>();
  for (const file of files) for (const item of file.items) if (item.kind === "Declaration") declared.add(item.name.text);
  const wanted = new Set(namesUsed(files, diagnostics).filter((name) => !declared.has(name)));
  if (wanted.size === 0) return [];
  const loaded = new Set(files.map((f) => absolute(f.path)));
  const givenFiles = new Set(given);
  const found: UnimportedDeclarer[] = [];
  for (const folder of new Set(given.map((file) => path.dirname(file)))) {
    const read = containedFileReader(folder);
    for (const name of findLontarFiles(folder, { maxDepth: 0, maxFiles: MAX_FILES }).files) {
      const other = path.join(folder, name);
      const text = loaded.has(other) ? undefined : read(other);
      if (typeof text !== "string") continue;
      const names: string[] = [];
      let importsGiven = false;
      for (const item of parseFile(text, other).file.items) {
        if (item.kind === "Declaration" && wanted.has(item.name.text)) names.push(item.name.text);
        else if (item.kind === "Import" && givenFiles.has(path.resolve(folder, item.path.value))) importsGiven = true;
      }
      // A file that imports one given is its workspace's importer: checking the folder is the advice (importerOf's hint), not an import back.
      if (names.length > 0 && !importsGiven) found.push({ file: other, names });
    }
  }
  return found;
}
