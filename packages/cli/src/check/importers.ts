import path from "node:path";
import type { Diagnostic, FileNode } from "@lontar/dsl";
import { SiblingFiles } from "./sibling-files.js";

/**
 * The first `.lontar` file beside `file` (in its folder, as the walker finds them) whose
 * imports name it: what a file checked on its own misses (names declared there, or in what
 * it imports). Each is read through the contained reader (see SiblingFiles: `siblings`, the
 * run's, reads each file once) and parsed for its imports; nothing of it is shown but its name.
 *
 * @example importerOf("/ws/program.lontar") // "/ws/utama.lontar"
 */
export function importerOf(file: string, siblings: SiblingFiles = new SiblingFiles()): string | undefined {
  const folder = path.dirname(file);
  for (const other of siblings.in(folder)) {
    const text = other === file ? undefined : siblings.text(other);
    if (text === undefined) continue;
    if (siblings.tree(other, text).items.some((item) => item.kind === "Import" && path.resolve(folder, item.path.value) === file)) return other;
  }
  return undefined;
}

/** At most this many bytes of the files beside the ones checked are read for the names they declare. */
const MAX_BYTES_READ = 8 * 1024 * 1024;

/** How a name is used where nothing loaded declares it: as a site or route stop (a place of its own), or as a reference LON2002 finds declared nowhere. */
export type NameUse = "site" | "undeclared";

/** A file beside the ones checked that declares names a loaded file uses, and that nothing loaded imports. */
export interface UnimportedDeclarer {
  /** The file, absolute. */
  readonly file: string;
  /** The loaded file that uses the names, absolute. */
  readonly user: string;
  /** The names, in the order used. */
  readonly names: readonly string[];
  /** How they are used: `site` when every one is a site or route stop. */
  readonly use: NameUse;
}

/** The names each loaded file (absolute) uses as sites or route stops, and those `LON2002` finds declared nowhere, in file order. */
function namesUsed(files: readonly FileNode[], diagnostics: readonly Diagnostic[], absolute: (file: string) => string): Map<string, Map<string, NameUse>> {
  const used = new Map<string, Map<string, NameUse>>();
  const use = (file: string, name: string, how: NameUse): void => {
    let names = used.get(file);
    if (names === undefined) used.set(file, (names = new Map()));
    if (names.get(name) !== "undeclared") names.set(name, how);
  };
  for (const file of files) {
    const at = absolute(file.path);
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "program") continue;
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind === "Route") for (const site of value.sites) use(at, site.name, "site");
        else if (property.key === "sites" && value.kind === "Reference") use(at, value.name, "site");
        else if (property.key === "sites" && value.kind === "List") for (const entry of value.items) if (entry.kind === "Reference") use(at, entry.name, "site");
      }
    }
  }
  for (const d of diagnostics) {
    const name = d.code === "LON2002" ? d.text?.args["name"] : undefined;
    if (typeof name === "string") use(absolute(d.location.file), name, "undeclared");
  }
  return used;
}

/**
 * The `.lontar` files beside the files checked (`given`, absolute: files named on their own,
 * not folders) that the analysis did not load (`files`, as the analysis holds them;
 * `absolute` turns their paths and its diagnostics' into absolute ones) and that declare a
 * name a loaded file uses as a site or route stop of its own, or does not find (LON2002): a
 * file whose import was left out. Checked alone, the workspace takes the village libraries
 * such a file declares for places of their own, whose opening hours and closures nothing
 * reads, and says nothing (a pustakawan's walk). A file that imports one given is
 * left out (its workspace's importer: {@link importerOf}'s hint says to check the folder).
 * Files are read as importerOf reads them (`siblings`, the run's), at most MAX_SIBLINGS per folder and
 * {@link MAX_BYTES_READ} in all; a file that holds none of the names is not parsed.
 *
 * @example unimportedDeclarers(["/ws/utama.lontar"], (f) => path.resolve("/ws", f), result.files, result.diagnostics) // [{ file: "/ws/desa.lontar", user: "/ws/utama.lontar", names: ["desa_nangapanda"], use: "site" }]
 */
export function unimportedDeclarers(given: readonly string[], absolute: (file: string) => string, files: readonly FileNode[], diagnostics: readonly Diagnostic[], siblings: SiblingFiles = new SiblingFiles()): UnimportedDeclarer[] {
  const declared = new Set<string>();
  for (const file of files) for (const item of file.items) if (item.kind === "Declaration") declared.add(item.name.text);
  const used = namesUsed(files, diagnostics, absolute);
  for (const names of used.values()) for (const name of [...names.keys()]) if (declared.has(name)) names.delete(name);
  const wanted = new Set([...used.values()].flatMap((names) => [...names.keys()]));
  if (wanted.size === 0) return [];
  const loaded = new Set(files.map((f) => absolute(f.path)));
  const givenFiles = new Set(given);
  const found: UnimportedDeclarer[] = [];
  let bytes = 0;
  for (const folder of new Set(given.map((file) => path.dirname(file)))) {
    for (const other of siblings.in(folder)) {
      if (loaded.has(other) || bytes > MAX_BYTES_READ) continue;
      const text = siblings.text(other);
      if (text === undefined) continue;
      bytes += text.length;
      // Parsed only when one of the names is in it at all.
      if (![...wanted].some((n) => text.includes(n))) continue;
      const declares = new Set<string>();
      let importsGiven = false;
      for (const item of siblings.tree(other, text).items) {
        if (item.kind === "Declaration" && wanted.has(item.name.text)) declares.add(item.name.text);
        else if (item.kind === "Import" && givenFiles.has(path.resolve(folder, item.path.value))) importsGiven = true;
      }
      if (declares.size === 0 || importsGiven) continue;
      for (const [user, names] of used) {
        const these = [...names.keys()].filter((n) => declares.has(n));
        if (these.length > 0) found.push({ file: other, user, names: these, use: these.every((n) => names.get(n) === "site") ? "site" : "undeclared" });
      }
    }
  }
  return found;
}
