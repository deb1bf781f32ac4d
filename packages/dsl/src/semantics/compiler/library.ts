import type { Closure, WeeklyWindow, WorkspaceInput } from "@lontar/core";
import type { Declaration } from "../../syntax/ast.js";
import { compileWindows } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { type Building, textOf, valueOf, wordOf } from "./read.js";
import { added, exact, exactList } from "./exact-array.js";
import { spanOf } from "./source-map.js";

type LibraryInput = NonNullable<WorkspaceInput["libraries"]>[number];
type PartnerInput = NonNullable<WorkspaceInput["partners"]>[number];

/** `"Sumatera Barat" / "Kota Solok"` → province, regency, district, village. */
function regionOf(declaration: Declaration): LibraryInput["region"] | undefined {
  const value = valueOf(declaration, "region");
  const parts = value?.kind === "RegionPath" ? value.parts : value?.kind === "String" ? [value] : [];
  const province = parts[0]?.value;
  if (province === undefined) return undefined;
  const region = { province } as Building<LibraryInput["region"]>;
  const [, regency, district, village] = parts;
  if (regency !== undefined) region.regency = regency.value;
  if (district !== undefined) region.district = district.value;
  if (village !== undefined) region.village = village.value;
  return region;
}

function closuresOf(declaration: Declaration): Closure[] | undefined {
  let out: Closure[] | undefined;
  for (const p of declaration.properties) {
    const v = p.value;
    if (p.key !== "closed" || v.kind !== "Closed") continue;
    if (v.publicHolidays) out = added(out, { kind: "public_holidays", country: "ID" });
    const dates = v.dates;
    if (dates !== undefined) out = added(out, { kind: "range", range: { from: dates.from.text, to: dates.to.text }, reason: v.reason?.value ?? "closed" });
  }
  return out;
}

/** A `library` declaration as core input (the name defaults to the identifier). */
export function compileLibrary(declaration: Declaration, file: string): LibraryInput {
  const tier = wordOf(declaration, "tier");
  const level = wordOf(declaration, "level");
  const stage = wordOf(declaration, "stage");
  const timeZone = textOf(declaration, "timezone");
  const out = {
    id: declaration.name.text,
    name: textOf(declaration, "name") ?? declaration.name.text,
    tier: (tier === undefined ? undefined : allowedValue("library", "tier", tier)) as LibraryInput["tier"],
  } as Building<LibraryInput>;
  const schoolLevel = level === undefined ? undefined : (allowedValue("library", "level", level) as LibraryInput["schoolLevel"]);
  if (schoolLevel !== undefined) out.schoolLevel = schoolLevel;
  out.region = regionOf(declaration) as LibraryInput["region"];
  if (timeZone !== undefined) out.timeZone = timeZone;
  const stageId = stage === undefined ? undefined : allowedValue("library", "stage", stage);
  if (stageId !== undefined) out.stage = stageId;
  const openingHours: WeeklyWindow[] = [];
  let openOnCollectiveLeave = false;
  for (const p of declaration.properties) {
    if (p.key !== "open") continue;
    if (p.value.kind === "Windows") for (const w of compileWindows(p.value.windows)) openingHours.push(w);
    else if (p.value.kind === "OpenOnCollectiveLeave") openOnCollectiveLeave = true;
  }
  out.openingHours = exact(openingHours);
  out.closures = exactList(closuresOf(declaration));
  if (openOnCollectiveLeave) out.openOnCollectiveLeave = true;
  out.source = spanOf(file, declaration.range);
  return out;
}

/** A `partner` declaration as core input. */
export function compilePartner(declaration: Declaration, file: string): PartnerInput {
  const kind = wordOf(declaration, "kind");
  const region = regionOf(declaration);
  const out = {
    id: declaration.name.text,
    name: textOf(declaration, "name") ?? declaration.name.text,
    kind: (kind === undefined ? undefined : allowedValue("partner", "kind", kind)) as PartnerInput["kind"],
  } as Building<PartnerInput>;
  if (region !== undefined) out.region = region;
  out.source = spanOf(file, declaration.range);
  return out;
}
