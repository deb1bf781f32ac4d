/**
 * A range of dates as letters write it, `01/03/2027 s.d. 12/03/2027`: each date and the join
 * between them is a written form of its own (LON1106 `dayFirst`, `dateRange`, `dayFirst`), read
 * one by one; said to the planner as one, `writtenDateRange`, whose fix writes the whole range
 * (`2027-03-01..2027-03-12`). Only when both dates are written another way and their fixes are
 * certain, the join standing right between them. And a written form inside another whose
 * certain fix rewrites it too is said by the other alone ({@link saidMistakes}).
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

/**
 * The mistakes of a run as they are said: ranges of written dates made one ({@link
 * joinedDateRanges}), and a mistake that lies inside another with a certain fix left out, since
 * that fix, read after the inner one was mended, rewrites it too (`2027-03-01 s.d. 2027-03-05
 * pukul 09:00 selama 2 jam`: the join is in the range session, whose fix writes `..`). The
 * other then quotes its text as written in `source` (the mended words would show `..`), as
 * does one with no certain fix around another, which is still said.
 */
export function saidMistakes(mistakes: readonly NotationMistake[], source: string): readonly NotationMistake[] {
  const joined = joinedDateRanges(mistakes);
  if (joined.length < 2) return joined;
  const inside = (a: NotationMistake, b: NotationMistake): boolean =>
    a !== b && b.range.start.offset <= a.range.start.offset && a.range.end.offset <= b.range.end.offset && b.range.end.offset - b.range.start.offset > a.range.end.offset - a.range.start.offset;
  const holding = joined.filter((b) => joined.some((a) => inside(a, b)));
  if (holding.length === 0) return joined;
  const absorbed = new Set(joined.filter((a) => holding.some((b) => b.fixed !== undefined && b.silent !== true && inside(a, b))));
  return joined
    .filter((m) => !absorbed.has(m))
    .map((m) => {
      if (!holding.includes(m)) return m;
      const written = source.slice(m.range.start.offset, m.range.end.offset);
      return /[\r\n]/.test(written) ? m : { ...m, text: written };
    });
}
