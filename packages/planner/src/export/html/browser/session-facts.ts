import type { ReportClosedDay, ReportData, ReportSession } from "../report-model.js";
import { money, word, type WORDS } from "../../words.js";
import { reportWord } from "../report-words.js";
import { dayMonthYear, longDate } from "../../long-date.js";

/** What the panel of a clicked session shows: its title, then labelled rows of plain text. */
export interface SessionFacts {
  /** The program's title. */
  readonly title: string;
  /** Label and value, in the order shown. */
  readonly rows: readonly (readonly [string, string])[];
}

/** The resource kinds the panel lists on rows of their own, in this order, with their row's label. */
const KIND_ROWS: readonly (readonly [string, keyof typeof WORDS])[] = [
  ["staff", "staff"],
  ["volunteer", "staff"],
  ["vehicle", "vehicles"],
  ["room", "rooms"],
];

/**
 * A closed day as the calendar titles it: its name, marked when the holiday is an estimate,
 * and the libraries it shuts when not all of them.
 *
 * @example closedDayTitle(data, day) // "Isra Mikraj Nabi Muhammad SAW (perkiraan)"
 */
export function closedDayTitle(data: Pick<ReportData, "language" | "libraries">, day: ReportClosedDay): string {
  const name = day.estimated === true ? `${day.name} (${reportWord("estimatedMark", data.language)})` : day.name;
  return day.libraries.length === 0 ? name : `${name} (${day.libraries.map((l) => data.libraries[l] ?? "").join(", ")})`;
}

/**
 * A session's times on the page, the end's date written only when it is not the start's (a
 * session past midnight): "09:00–11:00", "09:00–3 Februari 2027 15:00"; with `withDate`, the
 * start's day in words before them (see longDate) and the zone of its library's clock after
 * them, when the data names it.
 *
 * @example sessionTimes(data, session, false) // "09:00–11:00"
 * @example sessionTimes(data, session, true) // "Selasa, 2 Februari 2027 09:00–3 Februari 2027 15:00 WITA"
 */
export function sessionTimes(data: Pick<ReportData, "language" | "zones">, session: Pick<ReportSession, "start" | "end" | "library">, withDate: boolean): string {
  const [startDate, endDate] = [session.start.slice(0, 10), session.end.slice(0, 10)];
  const end = startDate === endDate ? session.end.slice(11) : `${dayMonthYear(endDate, data.language)} ${session.end.slice(11)}`;
  const times = `${session.start.slice(11)}–${end}`;
  if (!withDate) return times;
  const zone = data.zones?.[session.library] ?? "";
  return `${longDate(startDate, data.language)} ${times}${zone === "" ? "" : ` ${zone}`}`;
}

/**
 * The facts of one session in the report's language: time, place (with its address),
 * library, staff, vehicle, room, collection packages and other resources, partners,
 * participants, cost, the problems the plan records against it (held while its library is
 * closed…), and for a session not placed its status and reasons.
 *
 * @example sessionFacts(data, data.sessions[0]).rows[0] // ["Waktu", "Selasa, 12 Februari 2019 09:00–11:00 WIB"]
 */
export function sessionFacts(data: ReportData, session: ReportSession): SessionFacts {
  const language = data.language;
  const program = data.programs[session.program];
  const place = data.places[session.place];
  const rows: [string, string][] = [];
  rows.push([reportWord("time", language), sessionTimes(data, session, true)]);
  if (place !== undefined) rows.push([word("place", language), place.name]);
  if (place?.address !== undefined) rows.push([reportWord("address", language), place.address]);
  rows.push([word("library", language), data.libraries[session.library] ?? ""]);
  const resources = session.resources.flatMap((r) => (data.resources[r] === undefined ? [] : [data.resources[r]]));
  const byRow = new Map<string, string[]>();
  const rowOrder: string[] = [];
  const put = (label: string, name: string): void => {
    const names = byRow.get(label) ?? [];
    if (!byRow.has(label)) rowOrder.push(label);
    byRow.set(label, [...names, name]);
  };
  for (const [kind, key] of KIND_ROWS) for (const r of resources) if (r.kind === kind) put(word(key, language), r.name);
  for (const r of resources) if (!KIND_ROWS.some(([kind]) => kind === r.kind)) put(r.kindLabel, r.name);
  for (const label of rowOrder) rows.push([label, (byRow.get(label) ?? []).join(", ")]);
  if (program !== undefined && program.partners.length > 0) rows.push([word("partners", language), program.partners.join(", ")]);
  if (program?.participants !== undefined) rows.push([word("participants", language), String(program.participants)]);
  if (program !== undefined) rows.push([word("cost", language), money(session.cost ?? program.cost, language)]);
  if (session.problems !== undefined && session.problems.length > 0) rows.push([reportWord("problem", language), session.problems.join("; ")]);
  if (session.status === "unassigned") {
    rows.push([word("status", language), word("notPlaced", language)]);
    if (session.reasons.length > 0) rows.push([reportWord("why", language), session.reasons.join("; ")]);
  }
  return { title: program?.title ?? session.id, rows };
}
