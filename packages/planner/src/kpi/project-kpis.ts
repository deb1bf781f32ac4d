import type { Agreement, KpiDefinition, KpiIndicator, Workspace } from "@lontar/core";
import { indicatorPoints, PROJECTED_KPI_METRICS, scoreOfPoints } from "@lontar/core";
import { activeSpan, agreementApplies } from "../compliance/check-compliance.js";
import { localDateOf } from "../compliance/count-index.js";
import { dayNumber, periodsMeeting, type DateSpan } from "../calendar/periods.js";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { lowerBound, pushTo } from "../collections/group.js";
import { expectOccurrences } from "../plan/option-shapes.js";

/** The metrics a plan can project (core's list; the others, visits, members…, need measurements). */
const PROJECTED: ReadonlySet<string> = new Set(PROJECTED_KPI_METRICS);

const round = (x: number): number => Math.round(x * 100) / 100;

/** The horizon of a plan's occurrences: first to last local date (a fallback when none is given). */
function spanOf(planned: readonly PlannedOccurrence[]): DateSpan | undefined {
  if (planned.length === 0) return undefined;
  let from = localDateOf(planned[0] as PlannedOccurrence);
  let to = from;
  for (const o of planned) {
    const d = localDateOf(o);
    if (d < from) from = d;
    if (d > to) to = d;
  }
  return { from, to };
}

/** Lookups shared by every projection. */
interface Context {
  readonly workspace: Workspace;
  readonly capacities: ReadonlyMap<string, number>;
  readonly participants: ReadonlyMap<string, number | undefined>;
  /** The agreements of each library that apply to it. */
  readonly agreements: ReadonlyMap<string, readonly Agreement[]>;
}

/** A library's scheduled occurrences sorted by local date, with the dates beside them. */
interface Dated {
  readonly occurrences: readonly PlannedOccurrence[];
  readonly dates: readonly string[];
}

/** An indicator projected over the horizon: its value per period, averaged (`value`), and the points it earns period by period (`points`). */
interface Projection {
  readonly value: number;
  readonly points: number;
}

/**
 * One indicator of a library over the horizon, period by period (`per`): the average value,
 * and the points earned as the average of each period's (a period at the horizon's edge by
 * the share of its days, its target a count's pro rata). A target `per` a month is a target
 * each month: six empty months are not made up by six full ones (a walk: `2 sesi per bulan`
 * held only January to June scored 100 with `ambang`, the average being 3.58).
 */
function project(context: Context, indicator: KpiIndicator, libraryId: string, scheduled: Dated, horizon: DateSpan): Projection | undefined {
  const { capacities } = context;
  let weighted = 0;
  let weights = 0;
  let earned = 0;
  for (const { period } of periodsMeeting(horizon, indicator.per)) {
    const from = period.from < horizon.from ? horizon.from : period.from;
    const to = period.to > horizon.to ? horizon.to : period.to;
    const share = (dayNumber(to) - dayNumber(from) + 1) / (dayNumber(period.to) - dayNumber(period.from) + 1);
    // Two binary searches per period, not a scan of the library's year.
    const inPeriod = scheduled.occurrences.slice(lowerBound(scheduled.dates, from), lowerBound(scheduled.dates, `${to}\uffff`));
    // A level (programs held, agreements in force) is the period's as it is; a count (sessions, participants) is over the period's days, its target pro rata.
    let value: number;
    let target: number;
    switch (indicator.metric) {
      case "activities":
        value = new Set(inPeriod.map((o) => o.programId)).size;
        weighted += value * share;
        target = indicator.target;
        break;
      case "sessions":
        value = inPeriod.length;
        weighted += value;
        target = indicator.target * share;
        break;
      case "participants":
        value = 0;
        for (const o of inPeriod) {
          const expected = context.participants.get(o.programId);
          const room = o.assignments.find((a) => a.kind === "room");
          value += expected ?? (room ? (capacities.get(room.resourceId) ?? 0) : 0);
        }
        weighted += value;
        target = indicator.target * share;
        break;
      case "agreements":
        value = (context.agreements.get(libraryId) ?? []).filter((a) => activeSpan(a, { from, to }) !== undefined).length;
        weighted += value * share;
        target = indicator.target;
        break;
      default:
        return undefined;
    }
    weights += share;
    earned += share * indicatorPoints({ ...indicator, target }, value);
  }
  return weights > 0 ? { value: round(weighted / weights), points: earned / weights } : { value: 0, points: 0 };
}

/**
 * Projects each KPI for each library it applies to (all libraries when `appliesTo` is
 * empty) from the scheduled occurrences over the horizon, per indicator period and
 * averaged: `activities` (distinct programs with a session), `sessions`, `participants`
 * (Σ expected participants, else the room's capacity) and `agreements` (agreements of the
 * library in force). Partial periods at the horizon's edges count by the share of their
 * days, so a rate is not diluted by a half month. The score is earned period by period: a
 * target per month is a target each month, and the points are the average of the months'
 * (with `threshold` scoring, the share of the months that reach it), not those of the
 * average. Other metrics cannot be projected from a plan: they are left out of `projected`
 * and score 0 in `score`.
 *
 * @example projectKpis(workspace, plan.occurrences, plan.horizon)[0]?.score
 * @throws TypeError when `planned` is not a list (a plan given where its occurrences go).
 */
export function projectKpis(workspace: Workspace, planned: readonly PlannedOccurrence[], horizon?: DateSpan): Plan["kpis"] {
  expectOccurrences(planned, "projectKpis");
  const span = horizon ?? spanOf(planned);
  const byLibrary = new Map<string, PlannedOccurrence[]>();
  for (const o of planned) {
    if (o.status !== "scheduled") continue;
    pushTo(byLibrary, o.libraryId, o);
  }
  const capacities = new Map<string, number>();
  for (const r of workspace.resources) if (r.kind === "room") capacities.set(r.id, r.capacity);
  const agreements = new Map<string, Agreement[]>();
  for (const a of workspace.agreements) {
    if (!agreementApplies(workspace, a)) continue;
    pushTo(agreements, a.library, a);
  }
  const context: Context = { workspace, capacities, participants: new Map(workspace.programs.map((p) => [p.id, p.expectedParticipants])), agreements };
  const dated = new Map<string, Dated>();
  for (const [libraryId, list] of byLibrary) {
    const keyed = list.map((o) => ({ o, date: localDateOf(o) })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    dated.set(libraryId, { occurrences: keyed.map((k) => k.o), dates: keyed.map((k) => k.date) });
  }
  const none: Dated = { occurrences: [], dates: [] };
  const out: Plan["kpis"] = [];
  for (const kpi of workspace.kpis) {
    const libraries = kpi.appliesTo.length > 0 ? kpi.appliesTo : workspace.libraries.map((l) => l.id);
    for (const libraryId of libraries) out.push(projectOne(context, kpi, libraryId, dated.get(libraryId) ?? none, span));
  }
  return out;
}

function projectOne(context: Context, kpi: KpiDefinition, libraryId: string, scheduled: Dated, span: DateSpan | undefined): Plan["kpis"][number] {
  const projected: Record<string, number> = {};
  // Points period by period (see project); an indicator the plan cannot project earns none, as in core's scoreKpi.
  const points = kpi.indicators.map((indicator) => {
    const projection = span === undefined ? { value: 0, points: 0 } : project(context, indicator, libraryId, scheduled, span);
    if (projection === undefined || !PROJECTED.has(indicator.metric)) return { points: 0, weight: indicator.weight };
    projected[indicator.id] = projection.value;
    return { points: projection.points, weight: indicator.weight };
  });
  return { kpiId: kpi.id, libraryId, projected, score: scoreOfPoints(points) };
}
