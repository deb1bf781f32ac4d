/**
 * The data the report's calendar is drawn from: what index.html embeds as JSON and what
 * `renderReport` takes. Names are resolved and written in the report's language; the
 * sessions point into tables of programs, libraries, places and resources by index, so a
 * name is written once however many sessions use it. Types only: the browser bundle
 * imports nothing from here.
 */

/** A program as the calendar shows it. */
export interface ReportProgram {
  /** Its title. */
  readonly title: string;
  /**
   * Its title with its library's name where another program shares the title, `Klub Buku
   * (Perpustakaan Desa Maju)`, as the report's lists name it (absent when it is the title,
   * and in data made before it).
   */
  readonly name?: string;
  /** Its category's label in the report's language. */
  readonly category: string;
  /** Its partners, by name. */
  readonly partners: readonly string[];
  /** The participants it expects, when declared. */
  readonly participants?: number;
  /** The cost of one session in whole rupiah (per-session and per-participant costs; see {@link ReportSession.cost}). */
  readonly cost: number;
}

/** Where sessions take place: a site, room or library by name. */
export interface ReportPlace {
  /** The place's name. */
  readonly name: string;
  /** Its address, or its region (village, district, regency, province), when known. */
  readonly address?: string;
}

/** A resource sessions are assigned. */
export interface ReportResource {
  /** Its name. */
  readonly name: string;
  /** Its kind as core names kinds: room, vehicle, staff, volunteer, collection, equipment. */
  readonly kind: string;
  /** The kind's label in the report's language. */
  readonly kindLabel: string;
  /** The index in `libraries` of the library it belongs to, when it belongs to one: it tells apart resources of one name (every library's `Aula`). */
  readonly library?: number;
}

/** One session on the calendar (scheduled, or not placed yet). */
export interface ReportSession {
  /** The occurrence's id in plan.json. */
  readonly id: string;
  /** Index into {@link ReportData.programs}. */
  readonly program: number;
  /** Index into {@link ReportData.libraries}. */
  readonly library: number;
  /** Index into {@link ReportData.places}. */
  readonly place: number;
  /** Local start as the library's clock reads it, `YYYY-MM-DD HH:mm`. */
  readonly start: string;
  /** Local end, `YYYY-MM-DD HH:mm`. */
  readonly end: string;
  /** `scheduled`, or `unassigned` (not placed yet). */
  readonly status: "scheduled" | "unassigned";
  /** Indexes into {@link ReportData.resources}, in the plan's order. */
  readonly resources: readonly number[];
  /** Why it is not placed, in words without ids (empty when scheduled). */
  readonly reasons: readonly string[];
  /**
   * The session's cost in whole rupiah when it is not its program's `cost`: the program's
   * first scheduled session carries its once-per-program costs too (absent otherwise).
   */
  readonly cost?: number;
  /**
   * What the plan records against it, in words without ids: held while its library is
   * closed, a resource booked twice… (absent when nothing; the sessions not placed say why in `reasons`).
   */
  readonly problems?: readonly string[];
}

/** A day closed for some or all libraries, with its name. */
export interface ReportClosedDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** A national holiday, a cuti bersama day, or a closure a library declared. */
  readonly kind: "national" | "collective_leave" | "closure";
  /** The holiday's name in the report's language, or the closure's reason. */
  readonly name: string;
  /** True for a national holiday of a year with no decree in Lontar's data: an estimate (its date may move). */
  readonly estimated?: true;
  /** Indexes into {@link ReportData.libraries} that are closed; empty when all are. */
  readonly libraries: readonly number[];
}

/** Everything the report's calendar needs. */
export interface ReportData {
  /** The format's version. */
  readonly version: 1;
  /** The report's language. */
  readonly language: "id" | "en";
  /** The workspace's or library's name. */
  readonly title: string;
  /** The plan's horizon, `YYYY-MM-DD` both. */
  readonly horizon: { readonly from: string; readonly to: string };
  /** The day the calendar opens on: the first session's, else the horizon's start. */
  readonly initialDate: string;
  /** Library names. */
  readonly libraries: readonly string[];
  /**
   * The zone each library's clock keeps, at its name's index in `libraries`, as people name
   * it: WIB, WITA or WIT, another by its IANA name, "" when unknown. A session's times are
   * its library's clock's; the session's panel names the zone (absent in data made before it).
   */
  readonly zones?: readonly string[];
  /** Programs. */
  readonly programs: readonly ReportProgram[];
  /** Places. */
  readonly places: readonly ReportPlace[];
  /** Resources assigned to at least one session. */
  readonly resources: readonly ReportResource[];
  /** Sessions in time order (at most {@link ReportData.totalSessions}). */
  readonly sessions: readonly ReportSession[];
  /** How many sessions the plan has to show (scheduled and not placed); more than `sessions.length` when cut. */
  readonly totalSessions: number;
  /** Holidays, cuti bersama and closures within the horizon, by date. */
  readonly closedDays: readonly ReportClosedDay[];
}
