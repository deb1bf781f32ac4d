/**
 * LON5005: an agreement says a party hosts a program (`mitra menjadi_tuan_rumah lomba`) that
 * does not name that party. The plan counts such an obligation met by any session of the
 * program, which a planner reads as the partner hosting it: a walk found an MoU's
 * "Unpatti hosts the contest" met while the contest listed another partner and was held in
 * the library's own hall. The party is named when it is among the program's `partners`,
 * `sites` or `route`, or is the program's library. A program in another file is read through
 * the workspace's symbols; a name no declaration has is left to LON2002.
 *
 * LON5008, for the same reason: an agreement counts the sessions of a program that names
 * neither of its parties (`minimal 2 sesi bercerita per bulan` in an MoU of a village library
 * and a school, where `bercerita` is the regency library's, in its own hall): the sessions
 * counted are ones neither party takes part in. A count `at <sites>` is left alone (its
 * sites are the writer's choice, and LON5006's to check).
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode, Property } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { makeDiagnostic } from "../report.js";
import { programLibrary } from "./program-library.js";
import { pushNames } from "./requirements.js";

/** The names a program gives of who takes part: its partners, sites, route stops and library. */
function namedBy(program: Declaration, libraries: readonly string[]): Set<string> {
  const names: string[] = [];
  for (const property of program.properties) {
    if (property.key === "partners" || property.key === "sites") pushNames(property.value, names);
    else if (property.key === "route" && property.value.kind === "Route") for (const site of property.value.sites) names.push(site.name);
  }
  const library = programLibrary(program, libraries);
  if (library !== undefined) names.push(library);
  return new Set(names);
}

/** The parties of an agreement (`between <library> and <partner>`), when written. */
function partiesOf(agreement: Declaration): Extract<Property["value"], { kind: "Between" }> | undefined {
  for (const property of agreement.properties) if (property.value.kind === "Between") return property.value;
  return undefined;
}

/**
 * A checker of the hosts obligations of each file's agreements against the programs of the
 * whole workspace (`bound`); `libraries` are the declared libraries' names.
 */
export function hostsChecker(bound: BoundWorkspace, libraries: readonly string[]): (file: FileNode, diagnostics: Diagnostic[]) => void {
  const named = new Map<string, Set<string>>();
  return (file, diagnostics) => {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "agreement" || item.broken !== undefined) continue;
      const parties = partiesOf(item);
      // A party not declared (`pkk_sukamajuu`, a typo) is LON2002's, with the name meant: naming it on the program would spread the typo.
      if (parties === undefined || !bound.symbols.has(parties.library.name) || !bound.symbols.has(parties.partner.name)) continue;
      for (const property of item.properties) {
        const value = property.value;
        // A count `at <sites>` names where its sessions are held: the writer chose them (LON5006 checks they are the program's).
        if (value.kind !== "Hosts" && (value.kind !== "Sessions" || value.sites !== undefined)) continue;
        const program = bound.symbols.get(value.program.name);
        if (program?.kind !== "program" || program.declaration.broken !== undefined) continue;
        let names = named.get(program.name);
        if (names === undefined) named.set(program.name, (names = namedBy(program.declaration, libraries)));
        if (value.kind === "Sessions") {
          if (names.has(parties.library.name) || names.has(parties.partner.name)) continue;
          // A program whose library is not known (LON2004's "which library runs it?") may be either party's: that error first.
          if (programLibrary(program.declaration, libraries) === undefined) continue;
          diagnostics.push(makeDiagnostic("LON5008.neitherParty", { library: parties.library.name, partner: parties.partner.name, program: program.name }, file.path, value.program.range));
          continue;
        }
        const party = value.party === "partner" ? parties.partner.name : parties.library.name;
        if (names.has(party)) continue;
        diagnostics.push(makeDiagnostic("LON5005.notNamed", { party, program: program.name }, file.path, value.program.range));
      }
    }
  };
}
