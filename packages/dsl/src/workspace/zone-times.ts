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
import type { CheckContext } from "../semantics/checker/check.js";
import { programLibrary } from "../semantics/checker/program-library.js";
import type { Declaration, FileNode } from "../syntax/ast.js";
import { notationDiagnostic, type NotationKind } from "../syntax/parser/notation.js";

/**
 * The LON1106 mistakes whose written text may hold a zone's name that the fix drops: a time
 * (`zone`), a window's or a flexible schedule's hours (`pukul 08.00-16.00 WIB`), a time with no
 * `pukul` (`setiap sabtu 09.00 WIB`), a session on one date or on several (`2027-03-01 pukul
 * 09.00 WIB selama 2 jam`), an hour that may be the morning's or the afternoon's (`pukul 3 WIB`:
 * both readings move, `zoneOtherAmbiguous`).
 */
const ZONED_KINDS: readonly NotationKind[] = ["zone", "atHours", "betweenAtHours", "timeWithoutAt", "onceSession", "rangeSession", "onceRange", "zoneAmbiguous"];
const ZONED_KEYS: ReadonlySet<string> = new Set(ZONED_KINDS.map((kind) => `LON1106.${kind}`));

/** A time of day in a fix (`09:00`, each end of `08:00-16:00`). */
const CLOCK = /\b(\d\d):(\d\d)\b/g;

/** The zone's name written in `text` (`WIB` of `pukul 09.00 WIB`), as core names its zone, if one is. */
function zoneWritten(text: string): string | undefined {
  for (const word of text.split(/\s+/)) {
    const zone = INDONESIAN_ZONE_NAMES.get(word.toUpperCase());
    if (zone !== undefined) return zone;
  }
  return undefined;
}

/** `early` with each LON1106 of a time written in another zone than its library's rewritten (see the module's comment); the others as they are. */
export function timesInLibraryZones(early: readonly Diagnostic[], files: readonly FileNode[], context: CheckContext): readonly Diagnostic[] {
  const zoned = (d: Diagnostic): boolean => ZONED_KEYS.has(d.text?.key ?? "") && zoneWritten(String(d.text?.args["text"] ?? "")) !== undefined;
  if (!early.some(zoned)) return early;
  const byPath = new Map(files.map((file) => [file.path, file]));
  return early.map((d) => (zoned(d) ? inLibraryZone(d, byPath.get(d.location.file), context) : d));
}

function inLibraryZone(d: Diagnostic, file: FileNode | undefined, context: CheckContext): Diagnostic {
  const text = String(d.text?.args["text"] ?? "");
  const fix = String(d.text?.args["fixed"] ?? "");
  const written = zoneWritten(text);
  const declaration = file?.items.find((item): item is Declaration => item.kind === "Declaration" && item.range.start.offset <= d.location.range.start.offset && d.location.range.end.offset <= item.range.end.offset);
  const library = declaration === undefined ? undefined : declaration.declarationKind === "library" ? declaration.name.text : declaration.declarationKind === "program" ? programLibrary(declaration, context.libraries) : undefined;
  const zone = library === undefined ? undefined : context.zones.get(library);
  const from = written === undefined ? undefined : UTC_HOURS.get(written);
  const to = zone === undefined ? undefined : UTC_HOURS.get(zone);
  if (from === undefined || to === undefined || from === to || zone === undefined) return d;
  // Every time in the fix moves by the zones' difference; one that leaves the day leaves no fix.
  let leavesDay = false;
  const shift = (written: string): string => written.replace(CLOCK, (_, hours: string, mins: string) => {
    const minutes = Number(hours) * 60 + Number(mins) + (to - from) * 60;
    leavesDay ||= minutes < 0 || minutes >= 24 * 60;
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  });
  // An hour that may be the morning's or the afternoon's (`pukul 3 WIB`, `pukul 3:00 WIB`): both readings move.
  const readings = d.text?.key === "LON1106.zoneAmbiguous" ? [String(d.text.args["morning"] ?? ""), String(d.text.args["afternoon"] ?? "")] : undefined;
  const shifted = readings === undefined ? shift(fix) : "";
  const alternatives = readings === undefined ? undefined : readings.map(shift);
  const where = ZONE_NAME.get(zone) ?? zone;
  const range = d.location.range;
  if (leavesDay) return notationDiagnostic({ kind: "zoneOtherDay", text, example: where, range }, d.location.file);
  if (alternatives !== undefined) return notationDiagnostic({ kind: "zoneOtherAmbiguous", text, alternatives, example: where, range }, d.location.file);
  // A time alone says what it is in the library's zone; a longer fix (`pukul 10:00`, `08:00-16:00`) is written whole.
  return notationDiagnostic({ kind: d.text?.key === "LON1106.zone" ? "zoneOther" : "zoneOtherWritten", text, fixed: shifted, example: where, range }, d.location.file);
}
