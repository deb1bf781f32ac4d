import type { Need, Program, Resource } from "@lontar/core";
import { pushTo } from "../collections/group.js";

type Usable = Exclude<Resource, { kind: "budget" }>;

/**
 * The books a program's sessions carry: for each need of a named collection, its packages
 * times the books in each (`butuh 12 koleksi paket_rotasi`, of 50 each: 600). A vehicle the
 * program needs must hold them. A collection the allocator chooses is not counted (its size
 * is only known once chosen).
 */
export function booksCarried(program: Program, byId: ReadonlyMap<string, Resource>): number {
  let books = 0;
  for (const need of program.needs) {
    const collection = need.kind === "collection" && need.resource !== undefined ? byId.get(need.resource) : undefined;
    if (collection?.kind === "collection") books += need.quantity * collection.copiesPerPackage;
  }
  return books;
}

/**
 * Why `resource` cannot meet `need` of `program` in itself (kind, role, skill, features,
 * capacity), or undefined when it can; a vehicle holds the books the program carries
 * (`books`, see {@link booksCarried}) as well as the need's own capacity. Time
 * (availability, opening hours) is checked per occurrence elsewhere.
 */
export function unmetRequirement(resource: Resource, need: Need, program: Program, books = 0): string | undefined {
  if (resource.kind !== need.kind) return `${resource.id} is a ${resource.kind}, not a ${need.kind}`;
  const r = resource as Usable;
  if (r.kind === "staff" || r.kind === "volunteer") {
    if (need.role !== undefined && !r.roles.includes(need.role)) return `${r.id} lacks role ${need.role}`;
    if (need.skill !== undefined && !r.skills.includes(need.skill)) return `${r.id} lacks skill ${need.skill}`;
  }
  if (r.kind === "room" || r.kind === "equipment") {
    const missing = need.features.filter((f) => !r.features.includes(f));
    if (missing.length > 0) return `${r.id} lacks ${missing.join(", ")}`;
  }
  if (r.kind === "room") {
    const wanted = Math.max(need.minCapacity ?? 0, program.expectedParticipants ?? 0);
    if (r.capacity < wanted) return `${r.id} holds ${r.capacity} people, ${wanted} needed`;
  }
  if (r.kind === "vehicle" && need.minCapacity !== undefined && r.capacityBooks < need.minCapacity) {
    return `${r.id} carries ${r.capacityBooks} books, ${need.minCapacity} needed`;
  }
  if (r.kind === "vehicle" && r.capacityBooks < books) return `${r.id} carries ${r.capacityBooks} books, the program's collections hold ${books}`;
  if (r.kind === "collection" && r.packages < need.quantity) return `${r.id} has ${r.packages} packages, ${need.quantity} needed`;
  if (r.kind === "equipment" && r.quantity < need.quantity) return `${r.id} has ${r.quantity} units, ${need.quantity} needed`;
  return undefined;
}

/** The candidate resources of one need, best first, or why there are none. */
export interface NeedCandidates {
  /** Resource ids, the program's own library's first. */
  readonly ids: readonly string[];
  /** Why the list is empty (or partial reasons), for an unassigned justification. */
  readonly why: string;
}

/** A workspace's usable resources (budgets left out) as {@link needCandidates} reads them, in declaration order. */
export interface ResourceLookups {
  /** By id. */
  readonly byId: ReadonlyMap<string, Resource>;
  /** By kind. */
  readonly byKind: ReadonlyMap<string, readonly Resource[]>;
  /** By `<kind>|<library id>` (`<kind>|` for resources no library owns). */
  readonly byKindAndLibrary: ReadonlyMap<string, readonly Resource[]>;
}

/** Builds the {@link ResourceLookups} of a workspace's resources. */
export function resourceLookups(resources: readonly Resource[]): ResourceLookups {
  const byId = new Map<string, Resource>();
  const byKind = new Map<string, Resource[]>();
  const byKindAndLibrary = new Map<string, Resource[]>();
  for (const r of resources) {
    if (r.kind === "budget") continue;
    byId.set(r.id, r);
    pushTo(byKind, r.kind, r);
    pushTo(byKindAndLibrary, `${r.kind}|${r.library ?? ""}`, r);
  }
  return { byId, byKind, byKindAndLibrary };
}

/**
 * Candidates already found for the needs of some programs, keyed by {@link needKey}: a part
 * of a workspace (see `partitionWorkspace`) carries those read on the whole workspace, so
 * its needs have the same candidates and the same explanation when none fits.
 */
export type KnownCandidates = ReadonlyMap<string, NeedCandidates>;

/** The key of need `needIndex` of a program in {@link KnownCandidates}. */
export const needKey = (programId: string, needIndex: number): string => `${programId}#${needIndex}`;

/**
 * The resources that can meet a need: the named one, or every resource of the kind that
 * meets role, skill, features and capacity. Resources of the program's library come
 * first, then shared ones (no library); resources of other libraries are candidates only
 * when neither exists, so a village program does not borrow another village's staff.
 * `byKind` lists the workspace's resources by kind in declaration order.
 */
export function needCandidates(
  need: Need,
  program: Program,
  byId: ReadonlyMap<string, Resource>,
  byKind: ReadonlyMap<string, readonly Resource[]>,
  byKindAndLibrary?: ReadonlyMap<string, readonly Resource[]>,
): NeedCandidates {
  const books = need.kind === "vehicle" ? booksCarried(program, byId) : 0;
  if (need.resource !== undefined) {
    const named = byId.get(need.resource);
    if (named === undefined) return { ids: [], why: `resource ${need.resource} is not declared` };
    const unmet = unmetRequirement(named, need, program, books);
    return unmet === undefined ? { ids: [named.id], why: "" } : { ids: [], why: unmet };
  }
  if (byKindAndLibrary !== undefined) {
    // Fast path: the program's own and shared resources, without scanning a province.
    const near = [...(byKindAndLibrary.get(`${need.kind}|${program.library}`) ?? []), ...(byKindAndLibrary.get(`${need.kind}|`) ?? [])];
    const fit = near.filter((r) => unmetRequirement(r, need, program, books) === undefined);
    if (fit.length > 0) return { ids: fit.map((r) => r.id), why: "" };
  }
  const all = byKind.get(need.kind) ?? [];
  const fitting: Resource[] = [];
  const reasons: string[] = [];
  for (const r of all) {
    const unmet = unmetRequirement(r, need, program, books);
    if (unmet === undefined) fitting.push(r);
    else if (reasons.length < 5) reasons.push(unmet);
  }
  const own = fitting.filter((r) => r.library === program.library);
  const shared = fitting.filter((r) => r.library === undefined);
  const near = [...own, ...shared];
  const chosen = near.length > 0 ? near : fitting;
  const why = all.length === 0 ? `no ${need.kind} is declared` : chosen.length === 0 ? `no ${need.kind} fits: ${reasons.join("; ")}` : "";
  return { ids: chosen.map((r) => r.id), why };
}
