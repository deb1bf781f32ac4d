import { expandRecurrence } from "../../../src/recurrence/expand-recurrence.js";
import { oracleInstants, OracleGaveUp } from "./oracle.js";
import type { RandomCase } from "./random-case.js";

/** Instances compared per case. */
export const COMPARED_INSTANCES = 40;

/** One case run through both implementations. */
export interface CaseRun {
  readonly case: RandomCase;
  /** The EXDATEs given to both. */
  readonly exdates: readonly string[];
  /** Our instants and whether each is a DTSTART/RDATE shifted out of a gap. */
  readonly ours: readonly { readonly ms: number; readonly local: string; readonly inGap: boolean }[];
  /** ical.js's instants, or undefined when it gave up. */
  readonly oracle: readonly number[] | undefined;
  readonly neverOccurs: boolean;
}

/** Runs a case: our expansion (EXDATEs: the case's plus our 2nd and 4th instances), then ical.js on the same set. */
export function runCase(c: RandomCase): CaseRun {
  const base = { dtstart: c.dtstart, rrule: c.rrule, zone: c.zone, rdates: c.rdates, until: c.lastDate, limit: COMPARED_INSTANCES };
  const first = expandRecurrence(base);
  if (!first.ok) throw new Error(`${c.rrule}: ${first.error}`);
  const exdates = c.exdates.length === 0 ? [] : [...c.exdates, ...[first.starts[1], first.starts[3]].flatMap((s) => (s === undefined ? [] : [s.local]))];
  const result = expandRecurrence({ ...base, exdates });
  if (!result.ok) throw new Error(`${c.rrule}: ${result.error}`);
  let oracle: number[] | undefined;
  try {
    oracle = oracleInstants({ zone: c.zone, dtstart: c.dtstart, rrule: c.rrule, exdates, rdates: c.rdates, lastDate: c.lastDate, limit: COMPARED_INSTANCES });
  } catch (error) {
    if (!(error instanceof OracleGaveUp)) throw error;
  }
  return { case: c, exdates, ours: result.starts.map((s) => ({ ms: s.startMs, local: s.local, inGap: s.inGap })), oracle, neverOccurs: result.neverOccurs !== undefined };
}
