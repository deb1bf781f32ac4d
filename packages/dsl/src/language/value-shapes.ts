/** The value shapes of properties: the AST kinds each produces, what it expects, an example. */
import type { ValueShape, ValueShapeName } from "./shapes.js";

/** Value node kinds that are schedules. */
export const SCHEDULE_KINDS = ["EverySchedule", "OnceSchedule", "RangeSchedule", "RRuleSchedule", "FlexibleSchedule"] as const;
/** Value node kinds that are agreement obligations. */
export const OBLIGATION_KINDS = ["Provides", "Hosts", "Sessions", "BudgetShare"] as const;

const shape = (name: ValueShapeName, nodeKinds: readonly string[], en: string, id: string, exampleEn: string, exampleId = exampleEn): ValueShape => ({
  name,
  nodeKinds,
  expected: { en, id },
  example: { en: exampleEn, id: exampleId },
});

/** Every value shape, by name. */
export const VALUE_SHAPES: Readonly<Record<ValueShapeName, ValueShape>> = {
  text: shape("text", ["String"], "a string in quotes", "teks dalam tanda kutip", '"Dinas Perpustakaan"'),
  word: shape("word", ["Reference", "String"], "a name", "sebuah nama", "kota"),
  names: shape("names", ["List", "Reference", "String"], "a list of names", "daftar nama", "projector, sound_system", "proyektor, pengeras_suara"),
  count: shape("count", ["Number"], "a whole number", "bilangan bulat", "20"),
  region: shape("region", ["RegionPath", "String"], 'a region such as "Sumatera Barat" / "Kota Solok"', 'wilayah seperti "Sumatera Barat" / "Kota Solok"', '"Sumatera Barat" / "Kota Solok"'),
  windows: shape("windows", ["Windows"], "days and hours such as mon..fri 08:00-16:00", "hari dan jam seperti senin..jumat 08:00-16:00", "mon..fri 08:00-16:00", "senin..jumat 08:00-16:00"),
  openWindows: shape(
    "openWindows",
    ["Windows", "OpenOnCollectiveLeave"],
    "days and hours such as mon..fri 08:00-16:00, or `on collective leave`",
    "hari dan jam seperti senin..jumat 08:00-16:00, atau `pada cuti bersama`",
    "mon..thu 08:00-16:00, fri 08:00-11:30",
    "senin..kamis 08:00-16:00, jumat 08:00-11:30",
  ),
  closed: shape("closed", ["Closed"], "`on public holidays` or a date range", "`pada libur nasional` atau rentang tanggal", 'on public holidays; 2019-06-03..2019-06-07 "Idul Fitri"', 'pada libur nasional; 2019-06-03..2019-06-07 "Idul Fitri"'),
  capacity: shape("capacity", ["Capacity", "Number"], "a capacity such as 60 or 600 books", "kapasitas seperti 60 atau 600 buku", "60; 600 books", "60; 600 buku"),
  money: shape("money", ["Money"], "an amount such as Rp 150.000.000", "jumlah uang seperti Rp 150.000.000", "Rp 150.000.000"),
  budgetPeriod: shape("budgetPeriod", ["Number", "DateRange"], "a year or a date range", "tahun atau rentang tanggal", "2019; 2019-01-01..2019-06-30"),
  budgetCap: shape("budgetCap", ["BudgetCap"], "an amount per period", "jumlah uang per periode", "Rp 20.000.000 per month", "Rp 20.000.000 per bulan"),
  hoursCap: shape("hoursCap", ["HoursCap"], "hours per period, such as 30 hours per week", "jam per periode, seperti 30 jam per minggu", "20 hours per week", "20 jam per minggu"),
  stageRequirement: shape("stageRequirement", ["Reference"], "a TPBIS stage", "tahap TPBIS", "implementation", "implementasi"),
  audience: shape("audience", ["Audience", "Reference", "List"], "an audience group", "kelompok sasaran", 'students "SD/MI"', 'pelajar "SD/MI"'),
  schedule: shape("schedule", SCHEDULE_KINDS, "a schedule", "jadwal", "every week on sat at 09:00 for 2h", "setiap minggu pada sabtu pukul 09:00 selama 2 jam"),
  route: shape("route", ["Route"], "a list of sites", "daftar lokasi", "rotating tanah_garam, nan_balimo", "bergilir tanah_garam, nan_balimo"),
  needs: shape("needs", ["Needs"], "needs such as room aula, 2 staff", "kebutuhan seperti ruang aula, 2 staf", "room aula, 2 staff with role storyteller", "ruang aula, 2 staf dengan peran pendongeng"),
  cost: shape("cost", ["Cost"], "a cost such as Rp 50.000 per session", "biaya seperti Rp 50.000 per sesi", "Rp 50.000 per session from apbd_2019", "Rp 50.000 per sesi dari apbd_2019"),
  precedence: shape("precedence", ["Precedence"], "a program", "sebuah program", "lomba_kota by 14 days", "lomba_kota selang 14 hari"),
  condition: shape("condition", ["Expr"], "a condition", "sebuah kondisi", "weekday == sat", "hari == sabtu"),
  effect: shape("effect", ["Effect"], "forbid, require or warn with a message", "larang, wajib atau peringatkan dengan pesan", 'forbid "no events on Fridays"', 'larang "tidak ada kegiatan pada hari Jumat"'),
  parties: shape("parties", ["Between"], "a library and a partner", "perpustakaan dan mitra", "dispusip_solok and disdik", "dispusip_solok dan disdik"),
  validity: shape("validity", ["DateRange"], "a date range", "rentang tanggal", "2019-01-01..2019-12-31"),
  appliesTo: shape("appliesTo", ["List", "Reference", "String"], "a list of names", "daftar nama", "dispusip_solok, tbm_pelangi"),
  indicator: shape("indicator", ["Indicator"], "an indicator", "indikator", "participants weight 25 target 300 per month", "peserta bobot 25 target 300 per bulan"),
};
