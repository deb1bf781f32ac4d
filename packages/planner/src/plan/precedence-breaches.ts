import type { Precedence, Program } from "@lontar/core";
import type { PlannedOccurrence } from "./plan.js";

/** When a session starts and ends, in epoch milliseconds. */
export interface SessionTimes {
  /** Start, epoch milliseconds. */
  readonly start: number;
  /** End, epoch milliseconds. */
  readonly end: number;
}

/** A precedence the scheduled sessions break: who declares it, and the two sessions that collide. */
export interface PrecedenceBreach {
  /** The program that declares the precedence (`before`/`after` is one of its properties). */
  readonly program: Program;
  /** The precedence, as the program declares it. */
  readonly precedence: Precedence;
  /** The id of the program that must end first. */
  readonly earlier: string;
  /** The id of the program that must start afterwards. */
  readonly later: string;
  /** The earlier program's last scheduled session (the one that ends last). */
  readonly last: PlannedOccurrence;
  /** The later program's first scheduled session (the one that starts first). */
  readonly first: PlannedOccurrence;
}

const DAY_MS = 86_400_000;

/**
 * The precedences the scheduled sessions break: for `A before B, gap g`, A's last session
 * must end at least g days (of 24 hours) before B's first starts (`after` is the same with
 * the roles swapped). A program with no scheduled session cannot break an order. `timesOf`
 * is asked only when some program has a precedence. In the programs' order, each
 * program's precedences in the order declared.
 *
 * @example precedenceBreaches(workspace.programs, plan.occurrences, () => times).length // 0 when every order is kept
 */
export function precedenceBreaches(programs: readonly Program[], planned: readonly PlannedOccurrence[], timesOf: () => ReadonlyMap<string, SessionTimes>): PrecedenceBreach[] {
  if (!programs.some((p) => p.precedences.length > 0)) return [];
  const known = timesOf();
  const times = (p: PlannedOccurrence): SessionTimes => known.get(p.id) ?? { start: 0, end: 0 };
  const first = new Map<string, PlannedOccurrence>();
  const last = new Map<string, PlannedOccurrence>();
  for (const p of planned) {
    if (p.status !== "scheduled") continue;
    const f = first.get(p.programId);
    if (f === undefined || times(p).start < times(f).start) first.set(p.programId, p);
    const l = last.get(p.programId);
    if (l === undefined || times(p).end > times(l).end) last.set(p.programId, p);
  }
  const out: PrecedenceBreach[] = [];
  for (const program of programs) {
    for (const precedence of program.precedences) {
      const [earlier, later] = precedence.relation === "before" ? [program.id, precedence.program] : [precedence.program, program.id];
      const a = last.get(earlier);
      const b = first.get(later);
      if (a === undefined || b === undefined) continue;
      if (times(a).end + precedence.gapDays * DAY_MS <= times(b).start) continue;
      out.push({ program, precedence, earlier, later, last: a, first: b });
    }
  }
  return out;
}
