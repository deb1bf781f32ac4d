import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as core from "@lontar/core";
import { parseWith } from "@lontar/core";

type Path = readonly (string | number)[];

/** For each exported schema: inputs it accepts, and inputs it rejects with the path of the first issue. */
interface Cases {
  readonly valid: readonly unknown[];
  readonly invalid: readonly (readonly [input: unknown, path: Path])[];
}

const span = { file: "main.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 5, offset: 30 } };
const range = { from: "2019-10-16", to: "2019-10-18" };
const window = { days: ["mon", "thu"], time: { start: "09:00", end: "15:00" } };
const lib = { id: "perpusda_ntt", name: "Perpustakaan Daerah NTT", tier: "provinsi", region: { province: "NTT", regency: "Kota Kupang" } };
const room = { kind: "room", id: "aula", capacity: 80 };
const once = { kind: "once", start: "2019-10-16T08:00", durationMinutes: 480 };
const program = { id: "plm", title: "Peer Learning Meeting", library: "perpusda_ntt", category: "peer_learning", schedules: [once] };
const yes = { kind: "literal", value: true };
const skb = { kind: "skb", id: "skb-617-2018", numbers: { religiousAffairs: "617 Tahun 2018", manpower: "262 Tahun 2018", panrb: "16 Tahun 2018" }, date: "2018-11-02", summary: "Sets 2019's holidays." };
const keppres = { kind: "keppres", id: "keppres-10-2019", number: "10 Tahun 2019", date: "2019-04-08", summary: "Election day." };
const holiday = { date: "2019-06-05", kind: "national", name: { id: "Hari Raya Idul Fitri 1440 Hijriah", en: "Eid al-Fitr 1440 AH" } };

const cases: Record<string, Cases> = {
  Identifier: { valid: ["dispusip_solok", "_x", "a.b-c"], invalid: [["1abc", []], ["", []], ["a b", []]] },
  Rupiah: { valid: [0, 150_000_000, Number.MAX_SAFE_INTEGER], invalid: [[-1, []], [1.5, []], ["150000", []], [Number.MAX_SAFE_INTEGER + 2, []]] },
  SourcePosition: { valid: [{ line: 1, column: 1, offset: 0 }], invalid: [[{ line: 0, column: 1, offset: 0 }, ["line"]]] },
  SourceSpan: { valid: [span], invalid: [[{ ...span, end: { line: 1, column: 0, offset: 0 } }, ["end", "column"]]] },
  IsoDate: { valid: ["2019-02-28", "2020-02-29", "2019-10-16"], invalid: [["2019-02-30", []], ["2019-02-29", []], ["2019-13-01", []], ["16-10-2019", []], ["2019-1-1", []]] },
  LocalTime: { valid: ["00:00", "23:59", "24:00", "08:30"], invalid: [["25:00", []], ["24:01", []], ["8:00", []], ["12:60", []]] },
  LocalDateTime: { valid: ["2019-10-16T08:00", "2019-10-16T08:00:30"], invalid: [["2019-02-30T10:00", []], ["2019-10-16T24:00", []], ["2019-10-16 08:00", []], ["2019-10-16T08:00Z", []]] },
  TimeZoneName: { valid: ["Asia/Jakarta", "Asia/Makassar", "UTC"], invalid: [["Asia/Kupang", []], ["WITA", []]] },
  Weekday: { valid: ["mon", "sun"], invalid: [["senin", []]] },
  Period: { valid: ["day", "semester", "year"], invalid: [["fortnight", []]] },
  DateRange: { valid: [range, { from: "2019-10-16", to: "2019-10-16" }], invalid: [[{ from: "2019-10-18", to: "2019-10-16" }, ["to"]], [{ from: "2019-02-30", to: "2019-03-01" }, ["from"]]] },
  TimeRange: { valid: [{ start: "08:00", end: "16:00" }, { start: "23:00", end: "24:00" }], invalid: [[{ start: "16:00", end: "08:00" }, ["end"]], [{ start: "10:00", end: "10:00" }, ["end"]], [{ start: "08:00", end: "25:00" }, ["end"]]] },
  WeeklyWindow: { valid: [window], invalid: [[{ ...window, days: [] }, ["days"]], [{ ...window, days: ["mon", "libur"] }, ["days", 1]]] },
  IndonesianTimeZone: { valid: ["WIB", "WITA", "WIT"], invalid: [["CET", []]] },
  LibraryTier: { valid: ["desa", "tbm", "perguruan_tinggi"], invalid: [["village", []]] },
  SchoolLevel: { valid: ["sd_mi", "smp_mts"], invalid: [["sd", []]] },
  RegionPath: { valid: [{ province: "Sumatera Barat", regency: "Kota Solok" }], invalid: [[{ province: "" }, ["province"]], [{ regency: "Kota Solok" }, ["province"]]] },
  Closure: {
    valid: [{ kind: "public_holidays" }, { kind: "public_holidays", country: "ID", region: "JI" }, { kind: "range", range, reason: "cuti bersama" }],
    invalid: [[{ kind: "public_holidays", country: "idn" }, ["country"]], [{ kind: "range", range, reason: "" }, ["reason"]], [{ kind: "holiday" }, ["kind"]]],
  },
  Library: {
    valid: [lib, { ...lib, tier: "sekolah", schoolLevel: "smp_mts" }, { ...lib, timeZone: "Asia/Makassar", stage: "implementasi", openingHours: [window], closures: [{ kind: "public_holidays" }], openOnCollectiveLeave: true }],
    invalid: [
      [{ ...lib, openOnCollectiveLeave: "ya" }, ["openOnCollectiveLeave"]],
      [{ ...lib, tier: "sekolah" }, ["schoolLevel"]],
      [{ ...lib, schoolLevel: "sd_mi" }, ["schoolLevel"]],
      [{ ...lib, timeZone: "WITA" }, ["timeZone"]],
      [{ ...lib, openingHours: [{ days: ["mon"], time: { start: "25:00", end: "26:00" } }] }, ["openingHours", 0, "time", "start"]],
      [{ ...lib, id: "9" }, ["id"]],
    ],
  },
  Contact: { valid: [{}, { person: "Ibu Rina", phone: "+62812", email: "rina@example.org" }], invalid: [[{ phone: 812 }, ["phone"]]] },
  PartnerKind: { valid: ["customary_institution", "pkk"], invalid: [["church", []]] },
  Partner: {
    valid: [{ id: "bundo_kanduang", name: "Bundo Kanduang", kind: "customary_institution" }],
    invalid: [[{ id: "x", name: "X", kind: "club" }, ["kind"]], [{ id: "x", kind: "ngo" }, ["name"]]],
  },
  Stage: { valid: [{ id: "bimtek", keyword: "training", labels: { id: "Bimtek", en: "Training" } }], invalid: [[{ id: "bimtek", keyword: "training", labels: { id: "", en: "x" } }, ["labels", "id"]]] },
  StageTransition: { valid: [{ from: "a", to: "b" }, { from: "a", to: "b", evidence: ["laporan"] }], invalid: [[{ from: "a", to: "b", evidence: [""] }, ["evidence", 0]]] },
  StageModel: {
    valid: [core.DEFAULT_STAGE_MODEL],
    invalid: [
      [{ stages: [], transitions: [] }, ["stages"]],
      [{ stages: [{ id: "a", keyword: "a", labels: { id: "A", en: "A" } }, { id: "a", keyword: "b", labels: { id: "B", en: "B" } }], transitions: [] }, ["stages", 1, "id"]],
      [{ stages: [{ id: "a", keyword: "a", labels: { id: "A", en: "A" } }], transitions: [{ from: "a", to: "z" }] }, ["transitions", 0, "to"]],
      [{ stages: [{ id: "a", keyword: "start", labels: { id: "A", en: "A" } }, { id: "b", keyword: "a", labels: { id: "B", en: "B" } }], transitions: [] }, ["stages", 1, "keyword"]],
      [{ stages: [{ id: "a", keyword: "k", labels: { id: "A", en: "A" } }, { id: "b", keyword: "k", labels: { id: "B", en: "B" } }], transitions: [] }, ["stages", 1, "keyword"]],
    ],
  },
  ResourceKind: { valid: ["room", "budget"], invalid: [["car", []]] },
  BudgetCategory: { valid: ["operations", "collection"], invalid: [["salaries", []]] },
  Room: { valid: [room, { ...room, features: ["proyektor"] }], invalid: [[{ ...room, capacity: 0 }, ["capacity"]]] },
  Vehicle: { valid: [{ kind: "vehicle", id: "pusling_1", capacityBooks: 600 }], invalid: [[{ kind: "vehicle", id: "pusling_1" }, ["capacityBooks"]]] },
  HoursCap: { valid: [{ hours: 20, per: "month" }, { hours: 1.5, per: "day" }], invalid: [[{ hours: 8785, per: "year" }, ["hours"]], [{ hours: 1, per: "decade" }, ["per"]]] },
  Staff: { valid: [{ kind: "staff", id: "pustakawan_1", roles: ["pustakawan"], availability: [window], maxHoursPerWeek: 40 }, { kind: "staff", id: "s", maxHoursPerWeek: 40, maxHours: [{ hours: 120, per: "month" }, { hours: 6, per: "day" }] }], invalid: [[{ kind: "staff", id: "s", maxHoursPerWeek: 169 }, ["maxHoursPerWeek"]], [{ kind: "staff", id: "s", maxHours: [{ hours: 20, per: "fortnight" }] }, ["maxHours", 0, "per"]], [{ kind: "staff", id: "s", maxHours: [{ hours: 0, per: "month" }] }, ["maxHours", 0, "hours"]]] },
  Volunteer: { valid: [{ kind: "volunteer", id: "relawan_1", skills: ["mendongeng"] }], invalid: [[{ kind: "volunteer", id: "r", availability: [{ days: ["mon"] }] }, ["availability", 0, "time"]]] },
  CollectionPackage: { valid: [{ kind: "collection", id: "paket_sd", packages: 10, copiesPerPackage: 30 }], invalid: [[{ kind: "collection", id: "p", packages: 10, copiesPerPackage: 0.5 }, ["copiesPerPackage"]]] },
  Equipment: { valid: [{ kind: "equipment", id: "laptop", quantity: 5 }], invalid: [[{ kind: "equipment", id: "laptop", quantity: -1 }, ["quantity"]]] },
  Budget: {
    valid: [{ kind: "budget", id: "apbd_2019", amount: 150_000_000, period: { from: "2019-01-01", to: "2019-12-31" }, cap: { amount: 20_000_000, per: "month" } }],
    invalid: [[{ kind: "budget", id: "b", amount: 1.5, period: range }, ["amount"]], [{ kind: "budget", id: "b", amount: 1, period: range, cap: { amount: 1, per: "decade" } }, ["cap", "per"]]],
  },
  Resource: { valid: [room, { kind: "vehicle", id: "v", capacityBooks: 1 }], invalid: [[{ kind: "bicycle", id: "b" }, ["kind"]], [{ ...room, id: "1aula" }, ["id"]]] },
  ComparisonOperator: { valid: ["==", ">="], invalid: [["=>", []]] },
  Condition: { valid: [yes, { kind: "and", left: yes, right: { kind: "fact", name: "x" } }], invalid: [[{ kind: "fact", name: "" }, ["name"]], [{ kind: "not" }, ["operand"]]] },
  ProgramCategory: { valid: ["storytelling", "mobile_library"], invalid: [["karaoke", []]] },
  AudienceGroup: { valid: ["mothers", "students"], invalid: [["seniors", []]] },
  Audience: { valid: [{ group: "students", schoolLevel: "sd_mi" }], invalid: [[{ group: "students", schoolLevel: "s1" }, ["schoolLevel"]]] },
  RecurringSchedule: {
    valid: [{ kind: "rrule", dtstart: "2019-02-12T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU,FR", durationMinutes: 120 }],
    invalid: [[{ kind: "rrule", dtstart: "2019-02-12T09:00", rrule: "RRULE:FREQ=WEEKLY", durationMinutes: 120 }, ["rrule"]], [{ kind: "rrule", dtstart: "2019-02-12T09:00", rrule: "FREQ=DAILY", durationMinutes: 0 }, ["durationMinutes"]]],
  },
  OnceSchedule: { valid: [once], invalid: [[{ ...once, start: "2019-02-30T10:00" }, ["start"]]] },
  RangeSchedule: {
    valid: [{ kind: "range", range }, { kind: "range", range, dailyStart: "13:00", dailyEnd: "24:00" }],
    invalid: [[{ kind: "range", range, dailyStart: "16:00", dailyEnd: "08:00" }, ["dailyEnd"]], [{ kind: "range", range: { from: "2019-10-18", to: "2019-10-16" } }, ["range", "to"]]],
  },
  FlexibleSchedule: {
    valid: [{ kind: "flexible", count: 2, per: "week", windows: [window], durationMinutes: 60, within: range }],
    invalid: [[{ kind: "flexible", count: 2, per: "week", windows: [], durationMinutes: 60 }, ["windows"]]],
  },
  Schedule: { valid: [once, { kind: "range", range }], invalid: [[{ kind: "weekly" }, ["kind"]]] },
  Need: { valid: [{ kind: "room", minCapacity: 30 }, { kind: "staff", role: "pustakawan", quantity: 2 }], invalid: [[{ kind: "budget" }, ["kind"]], [{ kind: "room", quantity: 1001 }, ["quantity"]]] },
  Cost: { valid: [{ amount: 50_000, per: "participant", budget: "apbd" }], invalid: [[{ amount: 50_000, per: "day" }, ["per"]]] },
  Precedence: { valid: [{ relation: "before", program: "lomba_provinsi", gapDays: 30 }], invalid: [[{ relation: "during", program: "x" }, ["relation"]], [{ relation: "after", program: "x", gapDays: -1 }, ["gapDays"]]] },
  StageGate: { valid: [{}, { minStage: "implementasi", condition: yes }], invalid: [[{ minStage: "9" }, ["minStage"]]] },
  Program: {
    valid: [program, { ...program, siteMode: "rotating", sites: ["posyandu_1"], costs: [{ amount: 1, per: "session" }] }],
    invalid: [[{ ...program, category: "karaoke" }, ["category"]], [{ ...program, schedules: [{ ...once, start: "2019-02-30T10:00" }] }, ["schedules", 0, "start"]], [{ ...program, expectedParticipants: -3 }, ["expectedParticipants"]]],
  },
  Party: { valid: ["library", "partner"], invalid: [["both", []]] },
  Obligation: {
    valid: [
      { kind: "provides", party: "library", resource: "paket_sd", per: "month", to: "SD/MI" },
      { kind: "hosts", party: "partner", program: "plm" },
      { kind: "sessions", program: "buku_bergilir", min: 8, per: "month" },
      { kind: "budget_share", party: "partner", amount: 5_000_000 },
    ],
    invalid: [
      [{ kind: "sessions", program: "p", per: "month" }, []],
      [{ kind: "sessions", program: "p", min: 5, max: 2, per: "month" }, []],
      [{ kind: "provides", party: "library", resource: "r", per: "month", quantity: 0 }, ["quantity"]],
      [{ kind: "promises" }, ["kind"]],
    ],
  },
  Agreement: {
    valid: [{ id: "mou_sd_1", library: "dispusip_solok", partner: "sd_1", validity: range, obligations: [{ kind: "hosts", party: "partner", program: "p" }], conditions: [yes] }],
    invalid: [[{ id: "a", library: "l", partner: "p", validity: range, kind: "contract" }, ["kind"]], [{ id: "a", library: "l", partner: "p", validity: { from: "2020-01-01", to: "2019-01-01" } }, ["validity", "to"]]],
  },
  RuleEffect: { valid: ["forbid", "warn"], invalid: [["allow", []]] },
  Rule: {
    valid: [{ id: "no_lunch", when: { kind: "call", name: "overlaps", args: [] }, effect: "forbid", message: "Tidak ada kegiatan saat istirahat" }],
    invalid: [[{ id: "r", when: yes, effect: "forbid", message: "" }, ["message"]], [{ id: "r", effect: "warn", message: "m" }, ["when"]]],
  },
  KpiMetric: { valid: ["visits", "success_stories"], invalid: [["likes", []]] },
  KpiIndicator: { valid: [{ id: "visits", weight: 20, target: 300, per: "month" }], invalid: [[{ id: "visits", weight: 0, target: 300, per: "month" }, ["weight"]]] },
  KpiDefinition: { valid: [{ id: "k", indicators: [{ id: "a", weight: 1, target: 1, per: "year" }] }], invalid: [[{ id: "k", indicators: [] }, ["indicators"]]] },
  IplmBand: { valid: ["very_low", "very_high"], invalid: [["average", []]] },
  IplmInput: { valid: [{ elements: [1, 2, 3, 4, 5, 6, 7], population: 1000 }], invalid: [[{ elements: [1, 2, 3, 4, 5, 6, 7], population: -1 }, ["population"]]] },
  HolidayKind: { valid: ["national", "collective_leave"], invalid: [["cuti_bersama", []]] },
  HolidayName: { valid: [{ id: "Hari Lahir Pancasila", en: "Pancasila Day" }], invalid: [[{ id: "Hari Lahir Pancasila", en: "" }, ["en"]]] },
  JointDecree: { valid: [skb], invalid: [[{ ...skb, numbers: { ...skb.numbers, panrb: "" } }, ["numbers", "panrb"]], [{ ...skb, date: "2018-11-31" }, ["date"]]] },
  PresidentialDecree: { valid: [keppres], invalid: [[{ ...keppres, number: "" }, ["number"]]] },
  Decree: { valid: [skb, keppres], invalid: [[{ ...keppres, kind: "perpres" }, ["kind"]]] },
  DecreedHoliday: { valid: [holiday, { ...holiday, by: "keppres-10-2019" }], invalid: [[{ ...holiday, kind: "cuti" }, ["kind"]], [{ ...holiday, date: "2019-06-31" }, ["date"]]] },
  DecreedYear: {
    valid: [{ year: 2019, decree: skb, amendments: [keppres], holidays: [holiday], notes: [] }],
    invalid: [[{ year: 2019, decree: keppres, amendments: [], holidays: [holiday], notes: [] }, ["decree", "kind"]], [{ year: 2019, decree: skb, amendments: [], holidays: [], notes: [] }, ["holidays"]]],
  },
  Workspace: {
    valid: [{ version: 1 }, { version: 1, name: "NTT", horizon: range, libraries: [lib], resources: [room], programs: [program] }],
    invalid: [[{ version: 2 }, ["version"]], [{ version: 1, horizon: { from: "2019-12-31", to: "2019-01-01" } }, ["horizon", "to"]], [{ version: 1, libraries: [{ ...lib, tier: "sekolah" }] }, ["libraries", 0, "schoolLevel"]]],
  },
};

const exportedSchemas = Object.entries(core).flatMap(([name, value]) => (value instanceof z.ZodType ? [[name, value as z.ZodType] as const] : []));

describe("every exported schema", () => {
  it("has valid and invalid cases here", () => {
    expect(exportedSchemas.map(([name]) => name).sort()).toEqual(Object.keys(cases).sort());
    for (const [name, c] of Object.entries(cases)) {
      expect(c.valid.length, name).toBeGreaterThan(0);
      expect(c.invalid.length, name).toBeGreaterThan(0);
    }
  });

  describe.each(exportedSchemas)("%s", (name, schema) => {
    const c = cases[name] ?? { valid: [], invalid: [] };
    it.each(c.valid.map((v) => [JSON.stringify(v).slice(0, 60), v] as const))("accepts %s", (_label, input) => {
      const result = parseWith(schema, input);
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
    it.each(c.invalid.map(([v, path]) => [JSON.stringify(v)?.slice(0, 60) ?? String(v), v, path] as const))("rejects %s", (_label, input, path) => {
      const result = parseWith(schema, input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues.every((i) => i.code === "CORE_SCHEMA")).toBe(true);
        expect(result.issues[0]?.path).toEqual(path);
        expect(result.issues[0]?.message.length).toBeGreaterThan(0);
      }
    });
  });
});

describe("schema details", () => {
  it("fills in defaults", () => {
    const parsed = core.Workspace.parse({ version: 1, libraries: [lib], resources: [{ kind: "budget", id: "b", amount: 1, period: range }] });
    expect(parsed.stageModel).toEqual(core.DEFAULT_STAGE_MODEL);
    expect(parsed.libraries[0]).toMatchObject({ openingHours: [], closures: [] });
    expect(parsed.resources[0]).toMatchObject({ category: "programs" });
    expect(core.Closure.parse({ kind: "public_holidays" })).toEqual({ kind: "public_holidays", country: "ID" });
    expect(core.RangeSchedule.parse({ kind: "range", range })).toMatchObject({ dailyStart: "08:00", dailyEnd: "16:00", skipClosures: true });
  });

  it("tells excepted days from excepted instances: EXDATEs are date-times, whole days go in exceptRanges", () => {
    const rule = { kind: "rrule", dtstart: "2019-01-07T09:00", rrule: "FREQ=DAILY;COUNT=5", durationMinutes: 60 };
    expect(core.RecurringSchedule.safeParse({ ...rule, exdates: ["2019-01-08"] }).success).toBe(false);
    expect(core.RecurringSchedule.parse({ ...rule, exdates: ["2019-01-08T09:00"] }).exdates).toEqual(["2019-01-08T09:00"]);
    expect(core.RecurringSchedule.parse({ ...rule, exceptRanges: [{ from: "2019-01-08", to: "2019-01-08" }] }).exceptRanges).toEqual([{ from: "2019-01-08", to: "2019-01-08" }]);
  });

  it("gives a parsed workspace its own copy of the default stage model", () => {
    const a = core.Workspace.parse({ version: 1 });
    const b = core.Workspace.parse({ version: 1 });
    expect(a.stageModel).not.toBe(b.stageModel);
  });

  it("helpers on the calendar primitives agree with the schemas", () => {
    expect(core.isIsoDate("2019-02-30")).toBe(false);
    expect(core.isLocalTime("25:00")).toBe(false);
    expect(core.isLocalDateTime("2019-02-28T23:59")).toBe(true);
    expect(core.minutesOfDay("24:00")).toBe(1440);
    expect(core.minutesOfDay("08:30")).toBe(510);
    expect(core.WEEKDAYS).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
  });

  it("knows the same time zones as luxon, asked once or again", () => {
    for (const zone of ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC", "Asia/Jakata", "WIB", ""]) {
      expect(core.isTimeZoneName(zone)).toBe(IANAZone.isValidZone(zone));
      expect(core.isTimeZoneName(zone)).toBe(IANAZone.isValidZone(zone));
      expect(core.TimeZoneName.safeParse(zone).success).toBe(IANAZone.isValidZone(zone));
    }
  });

  it("labels every enum value in both languages", () => {
    const tables: [z.ZodEnum, Record<string, core.Labels>][] = [
      [core.LibraryTier, core.libraryTierLabels],
      [core.SchoolLevel, core.schoolLevelLabels],
      [core.PartnerKind, core.partnerKindLabels],
      [core.ResourceKind, core.resourceKindLabels],
      [core.BudgetCategory, core.budgetCategoryLabels],
      [core.ProgramCategory, core.programCategoryLabels],
      [core.AudienceGroup, core.audienceGroupLabels],
      [core.KpiMetric, core.kpiMetricLabels],
      [core.IplmBand, core.iplmBandLabels],
      [core.HolidayKind, core.holidayKindLabels],
      [core.Weekday, core.weekdayLabels],
      [core.Period, core.periodLabels],
      [core.IndonesianTimeZone, core.indonesianTimeZoneLabels],
    ];
    for (const [schema, labels] of tables) {
      expect(Object.keys(labels)).toEqual(schema.options);
      for (const value of schema.options) {
        expect(labels[value]?.id.length).toBeGreaterThan(0);
        expect(labels[value]?.en.length).toBeGreaterThan(0);
      }
    }
    expect(core.labelOf(core.weekdayLabels, "fri", "id")).toBe("Jumat");
  });
});

describe("formatRupiah", () => {
  it.each([
    [0, "Rp 0"],
    [999, "Rp 999"],
    [1000, "Rp 1.000"],
    [50_000, "Rp 50.000"],
    [150_000_000, "Rp 150.000.000"],
    [Number.MAX_SAFE_INTEGER, "Rp 9.007.199.254.740.991"],
  ])("%s is %s", (amount, text) => {
    expect(core.formatRupiah(amount)).toBe(text);
  });

  it("writes English separators, a minus for an overspent budget, and whole rupiah", () => {
    expect(core.formatRupiah(150_000_000, "en")).toBe("Rp 150,000,000");
    expect(core.formatRupiah(150_000_000, "id")).toBe("Rp 150.000.000");
    expect(core.formatRupiah(-1_500_000)).toBe("-Rp 1.500.000");
    expect(core.formatRupiah(-1_500_000, "en")).toBe("-Rp 1,500,000");
    expect(core.formatRupiah(1234.6)).toBe("Rp 1.235");
  });
});

describe("formatNumber", () => {
  it.each([
    [43.18, "43,18", "43.18"],
    [63.416, "63,416", "63.416"],
    [1000, "1.000", "1,000"],
    [1234.5, "1.234,5", "1,234.5"],
    [0.5, "0,5", "0.5"],
    [-2.25, "-2,25", "-2.25"],
    [10, "10", "10"],
    [1 / 3, "0,333", "0.333"],
  ])("%s is %s in Bahasa Indonesia and %s in English", (n, id, en) => {
    expect(core.formatNumber(n, "id")).toBe(id);
    expect(core.formatNumber(n, "en")).toBe(en);
    expect(core.numberLabels(n)).toEqual({ en, id });
  });

  it("rounds to the decimals asked and drops trailing zeros; a tiny negative is no minus zero", () => {
    expect(core.formatNumber(37.46, "id", 1)).toBe("37,5");
    expect(core.formatNumber(2.999, "en", 2)).toBe("3");
    expect(core.formatNumber(-0.0001, "id")).toBe("0");
  });

  it("is what a message shows for a fraction, while whole numbers (years, lines) stay as written", () => {
    const args = { resource: "rina", hours: 37.5, period: core.periodLabels.week };
    expect(core.renderMessage({ key: "LON5103.candidateNoHours", args }, "id")).toBe("rina tidak punya jam tersisa pada minggu itu (paling banyak 37,5 jam)");
    expect(core.renderMessage({ key: "LON5103.candidateNoHours", args }, "en")).toBe("rina has no hours left that week (at most 37.5 h)");
    expect(core.renderMessage({ key: "LON5103.candidateNoHours", args: { ...args, period: core.periodLabels.month } }, "id")).toBe("rina tidak punya jam tersisa pada bulan itu (paling banyak 37,5 jam)");
    expect(core.renderMessage({ key: "LON5103.candidateNoHours", args: { resource: "rina", hours: 2019 } }, "id")).toContain("paling banyak 2019 jam");
  });
});

describe("deeply nested or cyclic input", () => {
  const nest = (depth: number): unknown => {
    let c: unknown = { kind: "literal", value: true };
    for (let i = 0; i < depth; i++) c = { kind: "not", operand: c };
    return c;
  };

  it("gives CORE_TOO_DEEP instead of overflowing the stack", () => {
    const result = core.validateWorkspace({ version: 1, rules: [{ id: "r", when: nest(50_000), effect: "warn", message: "m" }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.code)).toEqual(["CORE_TOO_DEEP"]);
      expect(result.issues[0]?.path.slice(0, 4)).toEqual(["rules", 0, "when", "operand"]);
    }
  });

  it("still accepts a deep but reasonable condition", () => {
    const result = core.validateWorkspace({ version: 1, rules: [{ id: "r", when: nest(core.MAX_INPUT_DEPTH - 10), effect: "warn", message: "m" }] });
    expect(result.ok).toBe(true);
  });

  it("reports a cycle as too deep", () => {
    const cyclic: { kind: string; operand?: unknown } = { kind: "not" };
    cyclic.operand = cyclic;
    expect(core.inputDepthIssue(cyclic)?.code).toBe("CORE_TOO_DEEP");
    const result = core.parseWith(core.Condition, cyclic);
    expect(result.ok === false && result.issues[0]?.code).toBe("CORE_TOO_DEEP");
  });

  it("points at the first value past the limit", () => {
    expect(core.inputDepthIssue({ a: [{ b: 1 }] }, 1)?.path).toEqual(["a", 0]);
    expect(core.inputDepthIssue({ a: [{ b: 1 }] }, 2)).toBeUndefined();
    expect(core.inputDepthIssue("text", 0)).toBeUndefined();
  });

  it("accepts shared (acyclic) sub-objects", () => {
    const shared = { kind: "literal", value: 1 };
    expect(core.inputDepthIssue({ kind: "and", left: shared, right: shared })).toBeUndefined();
  });
});
