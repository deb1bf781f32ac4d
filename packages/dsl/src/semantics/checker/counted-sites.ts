/**
 * LON5006: an agreement counts the sessions of a program held at a site (`minimal 3 sesi
 * buku_bergilir di tanah_garam, ix_korong per bulan`) that is not one of the program's `sites`
 * or `route` stops. No session is held there, so the count is always 0: a kecamatan's MoU
 * would read "not met" every month for a kelurahan misspelt or left off the route. A program
 * in another file is read through the workspace's symbols; a program no declaration has is
 * left to LON2002.
 */
import { suggestion } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { closeNames } from "../binder/suggest.js";
import { makeDiagnostic } from "../report.js";
import { pushNames } from "./requirements.js";

/** Where a program's sessions are held: its `sites` and its `route` stops, in the order written, each once. */
export function programSites(program: Declaration): readonly string[] {
  const names: string[] = [];
  for (const property of program.properties) {
    if (property.key === "sites") pushNames(property.value, names);
    else if (property.key === "route" && property.value.kind === "Route") for (const site of property.value.sites) names.push(site.name);
  }
  return [...new Set(names)];
}

/** A checker of the sites of each file's counts of sessions (`at …` / `di …`) against the programs of the whole workspace (`bound`). */
export function countedSitesChecker(bound: BoundWorkspace): (file: FileNode, diagnostics: Diagnostic[]) => void {
  const sitesOf = new Map<string, readonly string[]>();
  return (file, diagnostics) => {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "agreement" || item.broken !== undefined) continue;
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind !== "Sessions" || value.sites === undefined) continue;
        const program = bound.symbols.get(value.program.name);
        if (program?.kind !== "program" || program.declaration.broken !== undefined) continue;
        let sites = sitesOf.get(program.name);
        if (sites === undefined) sitesOf.set(program.name, (sites = programSites(program.declaration)));
        for (const site of value.sites) {
          if (sites.includes(site.name)) continue;
          if (sites.length === 0) {
            diagnostics.push(makeDiagnostic("LON5006.noSites", { program: program.name, site: site.name }, file.path, site.range));
            continue;
          }
          const [meant] = closeNames(site.name, sites);
          const location = { file: file.path, range: site.range };
          const suggestions = meant === undefined ? [] : [suggestion("note.replaceWith", { text: meant }, [{ location, text: meant }], false)];
          const listed = sites.map((s) => `\`${s}\``).join(", ");
          diagnostics.push(makeDiagnostic("LON5006.notASite", { site: site.name, program: program.name, sites: listed }, file.path, site.range, { suggestions }));
        }
      }
    }
  };
}
