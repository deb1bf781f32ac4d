import type { FactValue, Library, Program, Workspace } from "@lontar/core";
import { WEEKDAYS, compareStages, libraryTimeZone } from "@lontar/core";
import type { Slot } from "../expand/occurrence.js";
import { localSlot } from "../calendar/local-slot.js";

type Facts = Record<string, FactValue | undefined>;

/** Facts about a library that conditions can test (`library.*`). */
export function libraryFacts(library: Library | undefined): Facts {
  if (library === undefined) return {};
  return { "library.id": library.id, "library.tier": library.tier, "library.stage": library.stage, "library.province": library.region.province };
}

/** Facts about a program (`program.*`). */
export function programFacts(program: Program): Facts {
  return { "program.id": program.id, "program.category": program.category, "program.library": program.library, "program.partners": program.partners };
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Facts about one occurrence in its library's zone (`occurrence.*`, `weekday`, `month`). */
export function occurrenceFacts(slot: Slot, zone: string, site: string | undefined): Facts {
  const local = localSlot(slot, zone, zone);
  return {
    "occurrence.date": local.date,
    "occurrence.start": hhmm(local.startMin),
    "occurrence.end": hhmm(Math.min(local.endMin, 1440)),
    "occurrence.duration": local.endMin - local.startMin,
    "occurrence.site": site,
    weekday: WEEKDAYS[local.weekday],
    month: Number(local.date.slice(5, 7)),
  };
}

/** The stage order of the workspace, for conditions such as `library.stage >= implementasi`. */
export function stageComparer(workspace: Workspace): (a: string, b: string) => number | undefined {
  return (a, b) => compareStages(workspace.stageModel, a, b);
}

/** The zone a library plans in, falling back to `Asia/Jakarta` for an unvalidated model. */
export function zoneOf(library: Library | undefined): string {
  return (library && libraryTimeZone(library)) ?? "Asia/Jakarta";
}
