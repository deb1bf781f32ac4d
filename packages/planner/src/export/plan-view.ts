import {
  type Library,
  type Partner,
  type Program,
  type Resource,
  type StageModel,
  type Workspace,
  labelOf,
  libraryTimeZone,
  programCategoryLabels,
} from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { instantMs } from "./instant.js";
import { toldApart } from "./told-apart.js";
import { budgetShares, type ShareTerms } from "../plan/budget-shares.js";

/**
 * The workspace indexed by id, so that every exporter resolves names the same way.
 * Exporters never fail on a dangling id: they fall back to the id itself.
 */
export interface WorkspaceIndex {
  /** Libraries by id. */
  readonly libraries: ReadonlyMap<string, Library>;
  /** Programs by id. */
  readonly programs: ReadonlyMap<string, Program>;
  /** Resources by id. */
  readonly resources: ReadonlyMap<string, Resource>;
  /** Partners by id. */
  readonly partners: ReadonlyMap<string, Partner>;
  /** The TPBIS stages, for their names. */
  readonly stageModel: StageModel;
  /** The agreements' budget shares, some paying costs before the budgets do (see budgetShares). */
  readonly shares: readonly ShareTerms[];
}

/** Indexes a workspace's libraries, programs, resources and partners by id. */
export function indexWorkspace(workspace: Workspace): WorkspaceIndex {
  return {
    libraries: new Map(workspace.libraries.map((x) => [x.id, x])),
    programs: new Map(workspace.programs.map((x) => [x.id, x])),
    resources: new Map(workspace.resources.map((x) => [x.id, x])),
    partners: new Map(workspace.partners.map((x) => [x.id, x])),
    stageModel: workspace.stageModel,
    shares: budgetShares(workspace),
  };
}

/** Abbreviations read in mixed case: a madrasah tsanawiyah, a memorandum of understanding. */
const MIXED_CASE: ReadonlyMap<string, string> = new Map([["mts", "MTs"], ["mou", "MoU"]]);

/**
 * Abbreviations planners write in lower case inside an identifier and read in capitals:
 * budgets (APBD, DAK, BOS), schools (SD, SMP, MTs), bodies (OPD, PKK, UPTD), programs (TPBIS),
 * provinces written short (NTT, NTB, DKI, DIY), banks and state companies (BRI, BNI, BUMN),
 * universities (UI, UGM, UIN) and Roman numerals of a name (`sdn_ii`).
 */
const CAPITALS: ReadonlyMap<string, string> = new Map(
  [
    "apbd", "apbn", "apbdes", "dak", "dau", "dbh", "bos", "bop", "csr",
    "paud", "tk", "sd", "sdn", "mi", "min", "smp", "smpn", "mts", "sma", "sman", "smk", "smkn", "ma", "slb",
    "opd", "pkk", "upt", "uptd", "lsm", "ngo", "bumdes", "pkbm", "tbm", "rt", "rw", "pic", "tik",
    "tpbis", "iplm", "iku", "kpi", "mou", "pks", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii",
    // A walk: `apbd_ntt_2027` read "APBD Ntt 2027".
    "ntt", "ntb", "dki", "diy", "bri", "bni", "btn", "bsi", "bpd", "bumn", "bumd", "ui", "ugm", "itb", "ipb", "uin", "iain", "rsud", "kua", "tni", "polri",
    // A walk of stop 59: `mahasiswa_kkn` read "Mahasiswa Kkn". Students' field work, a school's and a village's bodies, universities of NTT.
    "kkn", "pkl", "ppl", "osis", "lpm", "unipa", "undana", "unwira",
  ].map((w) => [w, MIXED_CASE.get(w) ?? w.toUpperCase()]),
);

/** An identifier written as words for people: `ruang_pertemuan` → "Ruang Pertemuan", `apbd_2026` → "APBD 2026". */
export function idAsWords(id: string): string {
  return id
    .split(/[_-]+/)
    .filter((w) => w.length > 0)
    .map((w) => CAPITALS.get(w.toLowerCase()) ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * The display name of any declared thing: resource, partner, library or program title
 * (a resource declared without a name is written as words, see {@link idAsWords}); else the id.
 */
export function nameOf(index: WorkspaceIndex, id: string): string {
  const resource = index.resources.get(id);
  if (resource !== undefined) return resource.name ?? idAsWords(id);
  return index.partners.get(id)?.name ?? index.libraries.get(id)?.name ?? index.programs.get(id)?.title ?? id;
}

const programNames = new WeakMap<WorkspaceIndex, ReadonlyMap<string, string>>();

/**
 * The title of an occurrence's program as the report's lists name it, or the program id
 * when the workspace lacks it; where programs of the workspace share a title (`Klub Buku`
 * at three libraries), with its library's name, `Klub Buku (Perpustakaan Desa Maju)`, so
 * that two lines of two programs never read the same (see toldApart).
 *
 * @example programTitle(index, occurrence) // "Klub Buku (Perpustakaan Cerpin Desa Ngawi)"
 */
export function programTitle(index: WorkspaceIndex, occurrence: Pick<PlannedOccurrence, "programId">): string {
  let names = programNames.get(index);
  if (names === undefined) {
    const programs = [...index.programs.values()];
    const byLibrary = toldApart(programs, (p) => p.title, (p) => nameOf(index, p.library));
    // Two of one title at one library: their ids as words tell them apart.
    const told = toldApart(programs.map((p, k) => ({ p, name: byLibrary[k] ?? p.title })), (x) => x.name, (x) => idAsWords(x.p.id));
    names = new Map(programs.map((p, k) => [p.id, told[k] ?? p.title]));
    programNames.set(index, names);
  }
  return names.get(occurrence.programId) ?? occurrence.programId;
}

/** The English label of the program's category, or undefined when the program is unknown. */
export function categoryLabel(index: WorkspaceIndex, occurrence: PlannedOccurrence): string | undefined {
  const program = index.programs.get(occurrence.programId);
  return program === undefined ? undefined : labelOf(programCategoryLabels, program.category, "en");
}

/** The IANA zone of the occurrence's library, or undefined when unknown. */
export function occurrenceZone(index: WorkspaceIndex, occurrence: PlannedOccurrence): string | undefined {
  const library = index.libraries.get(occurrence.libraryId);
  return library === undefined ? undefined : libraryTimeZone(library);
}

/**
 * A site's name: the declared name of the partner, library or resource it names; a stop
 * declared nowhere (a route's `komplek_ibh`) is written as words, "Komplek Ibh".
 */
export function siteName(index: WorkspaceIndex, id: string): string {
  const name = nameOf(index, id);
  return name !== id ? name : idAsWords(id);
}

/**
 * The sites an occurrence is held at, in the order written: its one site (a fixed site,
 * or a route's stop of the day), every site of a program that names several without a
 * route, or none (held at its library).
 */
export function occurrenceSites(occurrence: Pick<PlannedOccurrence, "site" | "sites">): readonly string[] {
  return occurrence.sites ?? (occurrence.site === undefined ? [] : [occurrence.site]);
}

/**
 * The libraries other than its own (`libraryId`) an occurrence is held at, each once, in the
 * order named (a provincial route's stop at a village library): the ids among its sites for
 * which `isLibrary` holds.
 */
export function visitedLibraryIds(occurrence: Pick<PlannedOccurrence, "site" | "sites" | "libraryId">, isLibrary: (id: string) => boolean): string[] {
  const sites = occurrenceSites(occurrence);
  return sites.filter((site, i) => site !== occurrence.libraryId && sites.indexOf(site) === i && isLibrary(site));
}

/**
 * How many scheduled sessions other libraries' programs hold at each of `libraries` (a
 * provincial route's visits to a village library), by library id; those with none are absent.
 * The report's KPI section and plan.xlsx's libraries sheet say them.
 *
 * @example hostedSessionCounts(plan, new Set(["perpusdes_kledung"])).get("perpusdes_kledung") // 4
 */
export function hostedSessionCounts(plan: Plan, libraries: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of plan.occurrences) {
    if (o.status !== "scheduled") continue;
    for (const site of visitedLibraryIds(o, (id) => libraries.has(id))) counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  return counts;
}

/**
 * True for a session of a rotating route that has no stop: one a holiday or closure
 * cancelled (the route's turn is taken only by the sessions held). It was never to be held
 * at the library.
 */
export function offRoute(index: WorkspaceIndex, occurrence: Pick<PlannedOccurrence, "programId" | "site" | "sites">): boolean {
  const program = index.programs.get(occurrence.programId);
  return program?.siteMode === "rotating" && program.sites.length > 0 && occurrenceSites(occurrence).length === 0;
}

/**
 * Where an occurrence takes place, for people: its sites' names (joined by `, ` when it
 * is held at several), else the name of an assigned room, else the library's name; nothing
 * for a cancelled session of a rotating route, which has no stop (see {@link offRoute}).
 */
export function locationOf(index: WorkspaceIndex, occurrence: PlannedOccurrence): string {
  const sites = occurrenceSites(occurrence);
  if (sites.length > 0) return sites.map((site) => siteName(index, site)).join(", ");
  if (offRoute(index, occurrence)) return "";
  const room = occurrence.assignments.find((a) => index.resources.get(a.resourceId)?.kind === "room");
  if (room !== undefined) return nameOf(index, room.resourceId);
  return nameOf(index, occurrence.libraryId);
}

/**
 * Occurrences in a stable order: by start instant (those whose start does not read last),
 * then by id. Plain code-unit comparison keeps the order independent of the host locale.
 * Allocates no object per occurrence: a province's million are sorted by several exporters.
 */
export function sortedOccurrences(occurrences: readonly PlannedOccurrence[]): PlannedOccurrence[] {
  const count = occurrences.length;
  const at = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const ms = instantMs((occurrences[i] as PlannedOccurrence).start);
    at[i] = Number.isNaN(ms) ? Infinity : ms;
  }
  const order = (a: number, b: number): number => {
    const byTime = (at[a] as number) - (at[b] as number);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    const idA = (occurrences[a] as PlannedOccurrence).id;
    const idB = (occurrences[b] as PlannedOccurrence).id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  // A plan from the planner is already in this order: check in one pass before sorting.
  let sorted = true;
  for (let i = 1; i < count && sorted; i++) sorted = order(i - 1, i) <= 0;
  if (sorted) return occurrences.slice();
  return Array.from({ length: count }, (_, i) => i)
    .sort(order)
    .map((i) => occurrences[i] as PlannedOccurrence);
}

/** The occurrences of a plan that are scheduled, in stable order. */
export function scheduledOccurrences(plan: Plan): PlannedOccurrence[] {
  return sortedOccurrences(plan.occurrences.filter((o) => o.status === "scheduled"));
}

// Tiers from the widest reach to the narrowest: the first library of the widest tier speaks for a workspace.
const TIER_ORDER: readonly Library["tier"][] = ["nasional", "provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan", "perguruan_tinggi", "sekolah", "khusus", "tbm"];

/**
 * The name a reader knows a workspace by: its declared name, else the name of its
 * widest-reaching library (a provincial library over the village ones; the first
 * declared among equals), else "Lontar".
 *
 * @example workspaceTitle(workspace) // "Dinas Kearsipan dan Perpustakaan Daerah Provinsi Nusa Tenggara Timur"
 */
export function workspaceTitle(workspace: Workspace): string {
  if (workspace.name !== undefined) return workspace.name;
  let best: Library | undefined;
  for (const library of workspace.libraries) if (best === undefined || TIER_ORDER.indexOf(library.tier) < TIER_ORDER.indexOf(best.tier)) best = library;
  return best?.name ?? "Lontar";
}
