import { fillSlots } from "../text.js";

/**
 * The words of the report (index.html) in Bahasa Indonesia and English, one table read
 * by the page's static sections and by its calendar in the browser. It imports only the
 * slot filler (export/text.ts), so the browser bundle carries little beside this table. Words every output shares (library,
 * place, staff…) come from export/words.ts.
 */
export const REPORT_WORDS = {
  plan: { id: "Rencana", en: "Plan" },
  summary: { id: "Ringkasan", en: "Summary" },
  calendar: { id: "Kalender", en: "Calendar" },
  calendarNeedsScript: { id: "Kalender ini memerlukan JavaScript. Kegiatannya juga ada di occurrences.csv, plan.xlsx dan kalender .ics.", en: "This calendar needs JavaScript. The sessions are also in occurrences.csv, plan.xlsx and the .ics calendars." },
  month: { id: "Bulan", en: "Month" },
  week: { id: "Minggu", en: "Week" },
  list: { id: "Daftar", en: "List" },
  start: { id: "Awal", en: "Start" },
  previousMonth: { id: "Bulan sebelumnya", en: "Previous month" },
  nextMonth: { id: "Bulan berikutnya", en: "Next month" },
  previousWeek: { id: "Minggu sebelumnya", en: "Previous week" },
  nextWeek: { id: "Minggu berikutnya", en: "Next week" },
  allDay: { id: "Sepanjang hari", en: "All day" },
  all: { id: "Semua", en: "All" },
  siteOrVillage: { id: "Tempat / desa", en: "Site or village" },
  resource: { id: "Sumber daya", en: "Resource" },
  resourceKind: { id: "Jenis", en: "Kind" },
  person: { id: "Petugas / relawan", en: "Person" },
  time: { id: "Waktu", en: "Time" },
  address: { id: "Alamat", en: "Address" },
  close: { id: "Tutup", en: "Close" },
  holiday: { id: "Hari libur nasional", en: "National holiday" },
  collectiveLeave: { id: "Cuti bersama", en: "Collective leave" },
  closure: { id: "Tutup", en: "Closed" },
  closedLibraries: { id: "Perpustakaan yang tutup", en: "Libraries closed" },
  estimatedMark: { id: "perkiraan", en: "estimate" },
  holidaysEstimated: {
    id: "Hari libur {years} masih perkiraan: SKB tahun itu belum ada di data Lontar, jadi hari besar Islam bisa bergeser sehari dan hari cuti bersama belum termasuk.",
    en: "The holidays of {years} are estimates: no decree (SKB) of that year is in Lontar's data yet, so Islamic holidays may move a day and cuti bersama days are not included.",
  },
  noSessions: { id: "Tidak ada kegiatan.", en: "No sessions." },
  shownOf: { id: "Kalender memuat {shown} dari {total} kegiatan; semua ada di occurrences.csv dan kalender .ics.", en: "The calendar holds {shown} of {total} sessions; occurrences.csv and the .ics calendars hold them all." },
  sessionsScheduled: { id: "{scheduled} dari {total} kegiatan terjadwal", en: "{scheduled} of {total} sessions scheduled" },
  sessionsNotPlaced: { id: "{count} belum dapat dijadwalkan", en: "{count} could not be placed" },
  sessionsOnHolidays: { id: "{count} jatuh pada hari libur atau hari tutup", en: "{count} fall on holidays or closures" },
  sessionOnHolidays: { id: "{count} jatuh pada hari libur atau hari tutup", en: "{count} falls on holidays or closures" },
  sessionsExcepted: { id: "{count} dikecualikan oleh jadwalnya sendiri", en: "{count} left out by their own schedules" },
  sessionsCancelled: { id: "{count} dibatalkan karena aturan atau syarat", en: "{count} cancelled by a rule or condition" },
  feasible: { id: "Rencana ini dapat dijalankan: tidak ada batasan wajib yang dilanggar.", en: "The plan can be carried out: no firm rule is broken." },
  notFeasible: { id: "Rencana ini belum dapat dijalankan: ada batasan wajib yang dilanggar.", en: "The plan cannot be carried out yet: firm rules are broken." },
  closedSessions: {
    id: "Rencana ini belum dapat dijalankan apa adanya: ada kegiatan yang waktunya jatuh saat perpustakaannya tutup ({count}).",
    en: "The plan cannot be carried out as it stands: sessions fall at times their library is closed ({count}).",
  },
  unpaidVerdict: {
    id: "Rencana ini belum dapat dijalankan apa adanya: biaya {count} kegiatan terjadwal ({total}) tidak ditanggung anggaran mana pun, karena tanggalnya di luar periode anggaran yang membiayainya; lihat Anggaran.",
    en: "The plan cannot be carried out as it stands: no budget covers the costs of {count} scheduled sessions ({total}), as their dates fall outside the period of the budget they are charged to; see the budget.",
  },
  unpaidAlso: {
    id: "Biaya {count} kegiatan terjadwal ({total}) juga tidak ditanggung anggaran mana pun, karena tanggalnya di luar periode anggarannya; lihat Anggaran.",
    en: "No budget covers the costs of {count} scheduled sessions ({total}) either, as their dates fall outside their budget's period; see the budget.",
  },
  unpaidCost: {
    id: "{program}: {count} kegiatan terjadwal di luar periode {budget} ({from} – {to}); {total} tidak ditanggung anggaran mana pun.",
    en: "{program}: {count} scheduled sessions outside the period of {budget} ({from} – {to}); {total} not covered by any budget.",
  },
  notPlacedVerdict: {
    id: "Rencana ini belum dapat dijalankan sepenuhnya: ada kegiatan yang belum dapat dijadwalkan ({count}); lihat di bawah.",
    en: "The plan cannot be carried out in full: sessions could not be placed ({count}); see below.",
  },
  agreementsNotMetVerdict: {
    id: "Rencana ini memuat semua kegiatannya, tetapi belum memenuhi kesepakatan ({count}); lihat daftar kesepakatan.",
    en: "The plan holds all its sessions, but does not keep its agreements ({count}); see the agreements.",
  },
  agreementsAlsoNotMet: {
    id: "Kesepakatan yang juga belum terpenuhi: {count}; lihat daftar kesepakatan.",
    en: "Agreements not kept either: {count}; see the agreements.",
  },
  programsNeverHeld: {
    id: "Program tanpa satu kegiatan pun dalam rencana ini, karena jadwalnya tidak memberi sesi dalam {from} – {to}: {programs}. Periksa tanggal mulai dan sampai pada jadwalnya.",
    en: "Programs with no session in this plan, as their schedules give none in {from} – {to}: {programs}. Check the start and end dates of their schedules.",
  },
  programsAllCancelled: {
    id: "Program yang semua kegiatannya dibatalkan, pada hari libur, hari tutup atau karena sebab yang tercantum padanya: {programs}. Tidak satu pun kegiatannya diadakan dalam rencana ini.",
    en: "Programs all of whose sessions are cancelled, on holidays, on closures or for the reasons listed with them: {programs}. None of their sessions is held in this plan.",
  },
  violationsCount: { id: "Rencana mencatat {count} pelanggaran.", en: "The plan records {count} violations." },
  closedHeading: { id: "Kegiatan saat perpustakaan tutup", en: "Sessions while the library is closed" },
  otherViolations: { id: "Pelanggaran lain", en: "Other violations" },
  visitsClosedHeading: {
    id: "Kunjungan saat perpustakaan yang dikunjungi tutup: di luar jam bukanya atau pada hari tutupnya (tidak dihitung dalam skor rencana)",
    en: "Visits while the library visited is closed: outside its opening hours or on a day it closes (not counted in the plan's score)",
  },
  visitsClosedOne: { id: "{program} ke {library}: {first}", en: "{program} to {library}: {first}" },
  visitsClosedMany: { id: "{program} ke {library}: {count} kunjungan, yang pertama {first}", en: "{program} to {library}: {count} visits, the first {first}" },
  problem: { id: "Masalah", en: "Problem" },
  notPlacedHeading: { id: "Kegiatan yang belum terjadwal", en: "Sessions not placed" },
  nonePlaced: { id: "Semua kegiatan mendapat tempat.", en: "Every session found its place." },
  sessionsCount: { id: "{count} kegiatan", en: "{count} sessions" },
  firstOn: { id: "mulai {date}", en: "first on {date}" },
  why: { id: "Sebabnya", en: "Why" },
  fix: { id: "Saran", en: "Suggested fix" },
  agreements: { id: "Kesepakatan", en: "Agreements" },
  noAgreements: { id: "Tidak ada kesepakatan.", en: "No agreements." },
  obligation: { id: "Kewajiban", en: "Obligation" },
  period: { id: "Periode", en: "Period" },
  expected: { id: "Diharapkan", en: "Expected" },
  shareOfPlannedCost: { id: "{paid} dari biaya terencana {cost}", en: "{paid} of a planned cost of {cost}" },
  plannedCount: { id: "Direncanakan", en: "Planned" },
  outsideWindow: { id: "di luar rentang ini", en: "not in this window" },
  metMark: { id: "✓ Terpenuhi", en: "✓ Met" },
  notMetMark: { id: "✗ Tidak terpenuhi", en: "✗ Not met" },
  atRiskMark: { id: "⚠ Berisiko", en: "⚠ At risk" },
  overCapMark: { id: "✗ melampaui batas", en: "✗ over the cap" },
  overCapacityMark: { id: "⚠", en: "⚠" },
  obligationHosts: { id: "menjadi tuan rumah {program}", en: "hosts {program}" },
  obligationSessions: { id: "sesi {program}", en: "sessions of {program}" },
  obligationSessionsAt: { id: "sesi {program} di {sites}", en: "sessions of {program} at {sites}" },
  obligationProvides: { id: "menyediakan {resource}", en: "provides {resource}" },
  obligationProvidesTo: { id: "menyediakan {resource} kepada {recipient}", en: "provides {resource} to {recipient}" },
  obligationBudget: { id: "bagian biaya", en: "budget share" },
  obligationBudgetFor: { id: "bagian biaya untuk {target}", en: "budget share towards {target}" },
  budgetHeading: { id: "Anggaran", en: "Budget" },
  noBudgets: { id: "Tidak ada anggaran.", en: "No budgets." },
  cap: { id: "Batas", en: "Cap" },
  capPer: { id: "batas {amount} per {period}", en: "cap {amount} per {period}" },
  sharePaid: {
    id: "{partner} membayar {amount} dari biaya terencana {target} ({agreement}); anggaran di atas tidak menanggung bagian itu.",
    en: "{partner} pays {amount} of the planned costs of {target} ({agreement}); the budgets above do not carry that part.",
  },
  shareKind: { id: "Bagian mitra", en: "Partner's share" },
  unpaidKind: { id: "Tidak ditanggung anggaran", en: "Not covered by any budget" },
  kpiHeading: { id: "Proyeksi indikator kinerja (IKU)", en: "KPI projection" },
  noKpis: { id: "Tidak ada indikator kinerja.", en: "No KPIs." },
  indicator: { id: "Indikator", en: "Indicator" },
  projected: { id: "Proyeksi", en: "Projected" },
  target: { id: "Target", en: "Target" },
  score: { id: "Nilai", en: "Score" },
  kpiNotProjected: {
    id: "{kpi}: indikator bertanda – tidak diproyeksikan rencana (diukur di luar rencana) dan dihitung 0, jadi nilainya paling tinggi {most} dari 100.",
    en: "{kpi}: an indicator marked – is not projected by the plan (it is measured outside it) and counts as zero, so the score reaches at most {most} of 100.",
  },
  hostedSessions: {
    id: "{library}: {count} kegiatan program perpustakaan lain diadakan di sini; tidak dihitung dalam IKU-nya, yang menghitung kegiatan program perpustakaan itu sendiri.",
    en: "{library}: {count} sessions of other libraries' programs are held here; its KPIs do not count them, as they count the sessions of its own programs.",
  },
  utilisation: { id: "Pemakaian sumber daya dan petugas", en: "Use of resources and people" },
  utilisationLegend: {
    id: "Sel: jam terpakai ÷ jam tersedia; makin gelap makin sibuk; ⚠ dan merah: melebihi kapasitas.",
    en: "Cell: hours booked ÷ hours available; darker is busier; ⚠ and red: over capacity.",
  },
  nothing: { id: "Tidak ada data.", en: "Nothing to show." },
  hours: { id: "{hours} jam", en: "{hours} h" },
  rosters: { id: "Jadwal tugas", en: "Rosters" },
  rosterOf: { id: "Jadwal {name}", en: "Roster of {name}" },
  rostersCut: { id: "Jadwal tugas berhenti setelah {count} baris; kalender .ics tiap petugas dan kendaraan memuat semuanya.", en: "The rosters stop after {count} rows; each person's and vehicle's .ics calendar holds them all." },
  noRoster: { id: "Tidak ada petugas atau kendaraan yang ditugaskan.", en: "No person or vehicle is assigned." },
  horizonInvalid: { id: "Rentang waktu tidak sah.", en: "The horizon is not a valid date range." },
  hardRules: { id: "Batasan wajib yang dilanggar", en: "Firm rules broken" },
  pendingMark: { id: "belum terjadwal", en: "not placed" },
} as const satisfies Record<string, { readonly id: string; readonly en: string }>;

/** A key of {@link REPORT_WORDS}. */
export type ReportWord = keyof typeof REPORT_WORDS;

/**
 * A report word in `language`, with `{name}` slots filled from `values` (the values are
 * not escaped: escape the result where it goes into HTML).
 *
 * @example reportWord("sessionsNotPlaced", "en", { count: 12 }) // "12 could not be placed"
 */
export function reportWord(key: ReportWord, language: "id" | "en", values: Readonly<Record<string, string | number>> = {}): string {
  return fillSlots(REPORT_WORDS[key][language], values);
}
