/**
 * A time written with its zone's name (`pukul 09:00 WIB`) is read in its library's zone:
 * the parser drops the name (LON1106 `zone`, the time alone as its fix), which is right when
 * the library keeps that zone. In a library of another zone (an online meeting announced in
 * WIB, planned by a library in WITA) the time alone would move the session by the zones'
 * difference: the diagnostic then says so and its fix writes the library's time
 * (`09:00 WIB` is `10:00` in WITA). It needs the libraries' zones, which the parser does not
 * know, so it runs once the check context is made.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { INDONESIAN_ZONE_NAMES, UTC_HOURS, ZONE_NAME } from "../language/zone-meant.js";
import { programLibrary, type CheckContext } from "../semantics/checker/check.js";
import type { Declaration, FileNode } from "../syntax/ast.js";
import { notationDiagnostic } from "../syntax/parser/notation.js";

/** `early` with each LON1106 `zone` of a time written in another zone than its library's rewritten (see the module's comment); the others as they are. */
export function timesInLibraryZones(early: readonly Diagnostic[], files: readonly FileNode[], context: CheckContext): readonly Diagnostic[] {
  if (!early.some((d) => d.text?.key === "LON1106.zone")) return early;
  const byPath = new Map(files.map((file) => [file.path, file]));
  return early.map((d) => (d.text?.key === "LON1106.zone" ? inLibraryZone(d, byPath.get(d.location.file), context) : d));
}

function inLibraryZone(d: Diagnostic, file: FileNode | undefined, context: CheckContext): Diagnostic {
  const text = String(d.text?.args["text"] ?? "");
  const time = String(d.text?.args["fixed"] ?? "");
  const written = INDONESIAN_ZONE_NAMES.get(text.slice(text.lastIndexOf(" ") + 1).toUpperCase());
  const declaration = file?.items.find((item): item is Declaration => item.kind === "Declaration" && item.range.start.offset <= d.location.range.start.offset && d.location.range.end.offset <= item.range.end.offset);
  const library = declaration === undefined ? undefined : declaration.declarationKind === "library" ? declaration.name.text : declaration.declarationKind === "program" ? programLibrary(declaration, context.libraries) : undefined;
  const zone = library === undefined ? undefined : context.zones.get(library);
  const from = written === undefined ? undefined : UTC_HOURS.get(written);
  const to = zone === undefined ? undefined : UTC_HOURS.get(zone);
  if (from === undefined || to === undefined || from === to || zone === undefined) return d;
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + (to - from) * 60;
  const shifted = minutes >= 0 && minutes < 24 * 60 ? `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}` : undefined;
  const where = ZONE_NAME.get(zone) ?? zone;
  const range = d.location.range;
  return notationDiagnostic(shifted === undefined ? { kind: "zoneOtherDay", text, example: where, range } : { kind: "zoneOther", text, fixed: shifted, example: where, range }, d.location.file);
}
