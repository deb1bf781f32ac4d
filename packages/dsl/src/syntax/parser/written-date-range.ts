/**
 * A range of dates as letters write it, `01/03/2027 s.d. 12/03/2027`: each date and the join
 * between them is a written form of its own (LON1106 `dayFirst`, `dateRange`, `dayFirst`), read
 * one by one; said to the planner as one, `writtenDateRange`, whose fix writes the whole range
 * (`2027-03-01..2027-03-12`). Only when both dates are written another way and their fixes are
 * certain, the join standing right between them.
 */
import type { NotationKind, NotationMistake } from "./notation.js";

/** The kinds of a date written another way whose fix is the date as Lontar writes it. */
const DATE_KINDS: ReadonlySet<NotationKind> = new Set<NotationKind>(["dayFirst", "shortYear", "yearFirst", "monthName", "dateWord"]);

/** The mistakes of a run in order, each range of two written dates and their join made one. */
export function joinedDateRanges(mistakes: readonly NotationMistake[]): readonly NotationMistake[] {
  if (mistakes.length < 3) return mistakes;
  const out: NotationMistake[] = [];
  for (let i = 0; i < mistakes.length; i++) {
    const [from, join, to] = [mistakes[i], mistakes[i + 1], mistakes[i + 2]];
    if (from === undefined) continue;
    const joined = from.fixed !== undefined && to?.fixed !== undefined && join?.kind === "dateRange" && join.fixRange !== undefined && DATE_KINDS.has(from.kind) && DATE_KINDS.has(to.kind) &&
      from.silent !== true && to.silent !== true && from.range.end.offset === join.fixRange.start.offset && join.fixRange.end.offset === to.range.start.offset;
    if (!joined) {
      out.push(from);
      continue;
    }
    out.push({
      kind: "writtenDateRange", text: `${from.text} ${join.text} ${to.text}`, fixed: `${from.fixed}..${to.fixed}`, range: { start: from.range.start, end: to.range.end },
      ...(from.lead === undefined ? {} : { lead: from.lead }), ...(to.trail === undefined ? {} : { trail: to.trail }),
    });
    i += 2;
  }
  return out;
}
