import type { Closure, WorkspaceInput } from "@lontar/core";
import type { Declaration } from "../../syntax/ast.js";
import { compileWindows } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { optional, propertiesOf, textOf, valueOf, wordOf } from "./read.js";
import { spanOf } from "./source-map.js";

type LibraryInput = NonNullable<WorkspaceInput["libraries"]>[number];
type PartnerInput = NonNullable<WorkspaceInput["partners"]>[number];

/** `"Sumatera Barat" / "Kota Solok"` → province, regency, district, village. */
function regionOf(declaration: Declaration): LibraryInput["region"] | undefined {
  const value = valueOf(declaration, "region");
  const parts = value?.kind === "RegionPath" ? value.parts.map((p) => p.value) : value?.kind === "String" ? [value.value] : [];
  const [province, regency, district, village] = parts;
  if (province === undefined) return undefined;
  return { province, ...optional("regency", regency), ...optional("district", district), ...optional("village", village) };
}

function closuresOf(declaration: Declaration): Closure[] {
  return propertiesOf(declaration, "closed").flatMap((p): Closure[] => {
    const v = p.value;
    if (v.kind !== "Closed") return [];
    const out: Closure[] = [];
    if (v.publicHolidays) out.push({ kind: "public_holidays", country: "ID" });
    const dates = v.dates;
    if (dates !== undefined) out.push({ kind: "range", range: { from: dates.from.text, to: dates.to.text }, reason: v.reason?.value ?? "closed" });
    return out;
  });
}

/** A `library` declaration as core input (the name defaults to the identifier). */
export function compileLibrary(declaration: Declaration, file: string): LibraryInput {
  const tier = wordOf(declaration, "tier");
  const level = wordOf(declaration, "level");
  const stage = wordOf(declaration, "stage");
  return {
    id: declaration.name.text,
    name: textOf(declaration, "name") ?? declaration.name.text,
    tier: (tier === undefined ? undefined : allowedValue("library", "tier", tier)) as LibraryInput["tier"],
    ...optional("schoolLevel", level === undefined ? undefined : (allowedValue("library", "level", level) as LibraryInput["schoolLevel"])),
    region: regionOf(declaration) as LibraryInput["region"],
    ...optional("timeZone", textOf(declaration, "timezone")),
    ...optional("stage", stage === undefined ? undefined : allowedValue("library", "stage", stage)),
    openingHours: propertiesOf(declaration, "open").flatMap((p) => (p.value.kind === "Windows" ? compileWindows(p.value.windows) : [])),
    closures: closuresOf(declaration),
    ...optional("openOnCollectiveLeave", propertiesOf(declaration, "open").some((p) => p.value.kind === "OpenOnCollectiveLeave") ? true : undefined),
    source: spanOf(file, declaration.range),
  };
}

/** A `partner` declaration as core input. */
export function compilePartner(declaration: Declaration, file: string): PartnerInput {
  const kind = wordOf(declaration, "kind");
  const region = regionOf(declaration);
  return {
    id: declaration.name.text,
    name: textOf(declaration, "name") ?? declaration.name.text,
    kind: (kind === undefined ? undefined : allowedValue("partner", "kind", kind)) as PartnerInput["kind"],
    ...optional("region", region),
    source: spanOf(file, declaration.range),
  };
}
