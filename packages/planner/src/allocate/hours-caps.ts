/**
 * A person's caps on hours of work, as the solver keeps them: `maxHoursPerWeek` is a cap per
 * week, each of `maxHours` one per any calendar period (`20 hours per month`, `4 hours per day`). Each is counted in
 * calendar periods of the person's zone (weeks from Monday, semesters January–June and
 * July–December), never as an average: twenty hours a month let five 4-hour sessions into
 * one month, however they fall in its weeks.
 */
import { periodLabels, type Labels, type Period, type Resource } from "@lontar/core";

/** At most `minutes` of work in each calendar `per`. */
export interface HoursLimit {
  /** Hours of work allowed in one period, as declared. */
  readonly hours: number;
  /** The same in whole minutes, as the solver counts them. */
  readonly minutes: number;
  /** The period. */
  readonly per: Period;
}

/**
 * The caps of a resource: none for places and things, or for people who declare none; one per
 * period (the least hours where several are given for one: `maxHoursPerWeek` and a weekly
 * `maxHours` alike), the week's first, then the others in the order of periods (at most six).
 */
export function hoursLimits(resource: Resource): readonly HoursLimit[] {
  if (resource.kind !== "staff" && resource.kind !== "volunteer") return [];
  const least = new Map<Period, number>();
  const add = (hours: number, per: Period): void => void least.set(per, Math.min(hours, least.get(per) ?? Number.POSITIVE_INFINITY));
  if (resource.maxHoursPerWeek !== undefined) add(resource.maxHoursPerWeek, "week");
  for (const cap of resource.maxHours ?? []) add(cap.hours, cap.per);
  const order: readonly Period[] = ["week", "day", "month", "quarter", "semester", "year"];
  return order.flatMap((per) => {
    const hours = least.get(per);
    return hours === undefined ? [] : [{ hours, minutes: Math.round(hours * 60), per }];
  });
}

/**
 * How a message names a cap's period: core's labels, but a week is `pekan` in Bahasa Indonesia
 * (`minggu` is Sunday too: "tidak punya jam tersisa pada minggu itu" reads as "that Sunday").
 */
export function capPeriodLabel(per: Period): Labels {
  return per === "week" ? { en: "week", id: "pekan" } : periodLabels[per];
}
