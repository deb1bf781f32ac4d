/**
 * Documentation of the keywords that are neither declarations nor properties: the two
 * top-level statements, the words of a schedule and those of an agreement's obligations. `lontar explain horizon` and the
 * editor's hover read it; the spellings come from the keyword table (syntax/keywords.ts),
 * keyed by token.
 */

/** A text in both keyword languages. */
interface Both {
  readonly en: string;
  readonly id: string;
}

/** What a keyword does, and an example in each language. */
export interface StatementDoc {
  /** What the keyword does, a sentence or three. */
  readonly doc: Both;
  /** One line of `.lontar` that uses it. */
  readonly example: Both;
  /**
   * For a word that only stands in a phrase (`cuti` of `cuti bersama`): the phrases it is
   * documented under, as token names of the keyword table in each language, the title's
   * first. `lontar explain` answers each of their words and each phrase as written.
   */
  readonly phrases?: Readonly<Record<"en" | "id", readonly (readonly string[])[]>>;
}

/** `at least` / `minimal` in an agreement's obligation. */
const AT_LEAST: StatementDoc = {
  doc: {
    en: "An agreement's obligation: at least N sessions of a program in each period (`per semester`), counted in the plan; a period the agreement or the horizon covers only in part asks for a share (LON5101 when short). `at <sites>` before the period counts only the sessions held at those of the program's sites or route stops (`at tanah_garam, ix_korong`); without it, the program names one of the agreement's parties (LON5008 otherwise).",
    id: "Kewajiban dalam kesepakatan: minimal N sesi sebuah program dalam setiap periode (`per semester`), dihitung dalam rencana; periode yang hanya sebagian tercakup kesepakatan atau cakrawala meminta bagiannya saja (LON5101 bila kurang). `di <lokasi>` sebelum periodenya hanya menghitung sesi yang diadakan di lokasi atau perhentian rute program tersebut (`di tanah_garam, ix_korong`); tanpanya, program itu menyebut salah satu pihak kesepakatan (LON5008 bila tidak).",
  },
  example: { en: "at least 2 sessions of p per month", id: "minimal 2 sesi p per bulan" },
};

/** `at most` / `maksimal` in an agreement's obligation. */
const AT_MOST: StatementDoc = {
  doc: {
    en: "An agreement's obligation: at most N sessions of a program in each period (`per year`), counted in the plan (LON5101 when over). `at <sites>` before the period counts only the sessions held at those sites.",
    id: "Kewajiban dalam kesepakatan: maksimal N sesi sebuah program dalam setiap periode (`per tahun`), dihitung dalam rencana (LON5101 bila lebih). `di <lokasi>` sebelum periodenya hanya menghitung sesi yang diadakan di lokasi tersebut.",
  },
  example: { en: "at most 60 sessions of p per year", id: "maksimal 60 sesi p per tahun" },
};

/** `collective leave` / `cuti bersama`: the days a library closes on with the holidays, or stays open on. */
const COLLECTIVE_LEAVE: StatementDoc = {
  doc: {
    en: "Cuti bersama: the collective leave days decreed each year beside the national holidays. A library closes on them as on the holidays: `closed on public holidays` includes them (`… and collective leave` says the same), and a library that writes no such closure gets them too. `open on collective leave` keeps it open on them; it still closes on national holidays.",
    id: "Cuti bersama: hari-hari yang ditetapkan tiap tahun di samping hari libur nasional. Perpustakaan tutup pada hari itu seperti pada hari libur: `tutup pada libur nasional` sudah mencakupnya (`… dan cuti bersama` sama artinya), dan perpustakaan yang tidak menulis penutupan itu tetap mendapatkannya. `buka pada cuti bersama` membuatnya tetap buka pada hari itu; pada libur nasional tetap tutup.",
  },
  example: { en: "open on collective leave", id: "buka pada cuti bersama" },
  phrases: { en: [["Collective", "Leave"]], id: [["Cuti", "Bersama"]] },
};

/** `public holidays` / `libur nasional`: a library's closure on the decreed holidays. */
const PUBLIC_HOLIDAYS: StatementDoc = {
  doc: {
    en: "`closed on public holidays`: the library closes on Indonesia's national holidays and cuti bersama days, as decreed each year (`… and collective leave` adds nothing: they are included). A library that writes no such closure gets them all the same; `open on collective leave` keeps it open on the cuti bersama days.",
    id: "`tutup pada libur nasional`: perpustakaan tutup pada hari libur nasional dan hari cuti bersama, sesuai keputusan tiap tahun (`… dan cuti bersama` tidak menambah apa pun: sudah termasuk). Perpustakaan yang tidak menulis penutupan itu tetap mendapatkannya; `buka pada cuti bersama` membuatnya tetap buka pada hari cuti bersama.",
  },
  example: { en: "closed on public holidays", id: "tutup pada libur nasional" },
  phrases: { en: [["Public", "Holidays"]], id: [["Holidays", "National"], ["DayUnit", "Holidays"]] },
};

/** The keywords documented here, by the token of the keyword table they lex to. */
export const STATEMENT_DOCS: Readonly<Record<string, StatementDoc>> = {
  Import: {
    doc: {
      en: "Reads the declarations of another `.lontar` file into the workspace. The path is relative to the importing file and must stay inside the workspace's folder.",
      id: "Membaca deklarasi dari berkas `.lontar` lain ke dalam ruang kerja. Jalurnya relatif terhadap berkas yang mengimpor dan harus tetap di dalam folder ruang kerja.",
    },
    example: { en: 'import "./programs.lontar"', id: 'impor "./program.lontar"' },
  },
  Horizon: {
    doc: {
      en: "The dates the plan covers, first and last day included. Recurring schedules without `from` or `until` run from its first day to its last. At most one per workspace, and at most a hundred years (LON4012).",
      id: "Tanggal-tanggal yang dicakup rencana, hari pertama dan terakhir termasuk. Jadwal berulang tanpa `mulai` atau `sampai` berjalan dari hari pertamanya sampai hari terakhirnya. Paling banyak satu per ruang kerja, dan paling lama seratus tahun (LON4012).",
    },
    example: { en: "horizon 2025-01-01..2025-12-31", id: "cakrawala 2025-01-01..2025-12-31" },
  },
  Every: {
    doc: {
      en: "A recurring schedule: every N days, weeks, months or years, optionally on given days (`on tue, fri`, `on the last fri`, `on the second and fourth thu`, `on day 15`, `on 17 aug`), followed by its tails: `at`, `for`, `from`, `until`, `except`, `also`.",
      id: "Jadwal berulang: setiap N hari, minggu, bulan, atau tahun, boleh pada hari tertentu (`pada selasa, jumat`, `pada jumat terakhir`, `pada kamis kedua dan keempat`, `pada tanggal 15`, `pada 17 agustus`), diikuti ekornya: `pukul`, `selama`, `mulai`, `sampai`, `kecuali`, `juga`.",
    },
    example: { en: "schedule every week on tue, fri at 09:00 for 2h", id: "jadwal setiap minggu pada selasa, jumat pukul 09:00 selama 2 jam" },
  },
  Once: {
    doc: {
      en: "A schedule that occurs one time, on a date, at a time, for a duration.",
      id: "Jadwal yang terjadi satu kali, pada suatu tanggal, pukul sekian, selama sekian.",
    },
    example: { en: "schedule once 2025-04-20 at 08:00 for 6h", id: "jadwal sekali 2025-04-20 pukul 08:00 selama 6 jam" },
  },
  Times: {
    doc: {
      en: "A flexible schedule: N sessions per day, week, month, quarter, semester or year, on the given days and hours; the planner picks the slots. After `for` (`for 10 times`) it bounds a recurring schedule instead.",
      id: "Jadwal fleksibel: N sesi per hari, minggu, bulan, triwulan, semester, atau tahun, pada hari dan jam yang diberikan; Lontar memilih waktunya. Sesudah `selama` (`selama 10 kali`) ia membatasi jumlah kegiatan jadwal berulang.",
    },
    example: { en: "schedule 4 times per month on mon..thu between 08:00-12:00 for 4h", id: "jadwal 4 kali per bulan pada senin..kamis antara 08:00-12:00 selama 4 jam" },
  },
  Daily: {
    doc: {
      en: "A multi-day event: each day of a date range, during the same hours.",
      id: "Kegiatan beberapa hari: setiap hari dalam rentang tanggal, pada jam yang sama.",
    },
    example: { en: "schedule 2025-10-16..2025-10-18 daily 08:00-16:00", id: "jadwal 2025-10-16..2025-10-18 harian 08:00-16:00" },
  },
  RRule: {
    doc: {
      en: "A raw RFC 5545 recurrence rule, with `starting` as its first date and time (DTSTART). `until` becomes UNTIL and `for N times` COUNT; saying one twice is LON4008.",
      id: "Aturan pengulangan RFC 5545 mentah, dengan `dimulai` sebagai tanggal dan jam pertamanya (DTSTART). `sampai` menjadi UNTIL dan `selama N kali` menjadi COUNT; menyebut salah satunya dua kali adalah LON4008.",
    },
    example: { en: 'schedule rrule "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13" starting 2025-01-01T10:00', id: 'jadwal rrule "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13" dimulai 2025-01-01T10:00' },
  },
  Starting: {
    doc: {
      en: "The first date and time (DTSTART) of a raw `rrule` schedule.",
      id: "Tanggal dan jam pertama (DTSTART) jadwal `rrule` mentah.",
    },
    example: { en: 'schedule rrule "FREQ=WEEKLY;BYDAY=MO" starting 2025-01-06T09:00', id: 'jadwal rrule "FREQ=WEEKLY;BYDAY=MO" dimulai 2025-01-06T09:00' },
  },
  At: {
    doc: {
      en: "In a schedule, the time a session starts (`at 09:00`, Bahasa Indonesia `pukul`). After a declaration's name, the library it belongs to (`room aula at dispusip`, Bahasa Indonesia `di`). In an agreement's count of sessions, the sites it counts (`at least 3 sessions of buku_bergilir at tanah_garam, ix_korong per month`, Bahasa Indonesia `di`).",
      id: "Dalam jadwal, jam mulainya sesi (`pukul 09:00`, bahasa Inggris `at`). Sesudah nama deklarasi, perpustakaan pemiliknya (`ruang aula di dispusip`, bahasa Inggris `at`). Dalam jumlah sesi sebuah kesepakatan, lokasi yang dihitungnya (`minimal 3 sesi buku_bergilir di tanah_garam, ix_korong per bulan`, bahasa Inggris `at`).",
    },
    example: { en: "schedule every month on the first sat at 09:00 for 2h", id: "jadwal setiap bulan pada sabtu pertama pukul 09:00 selama 2 jam" },
  },
  For: {
    doc: {
      en: "How long each session lasts (`for 2h`, `for 90m`, `for 1h30m`), or how many times a recurring schedule occurs (`for 10 times`). In an agreement's payment, the program it pays for (`partner pays Rp 2.000.000 for lomba_kota`, Bahasa Indonesia `untuk`).",
      id: "Berapa lama setiap sesi (`selama 2 jam`, `selama 90 menit`), atau berapa kali jadwal berulang terjadi (`selama 10 kali`). Dalam pembayaran sebuah kesepakatan, program yang dibiayainya (`mitra membayar Rp 2.000.000 untuk lomba_kota`, bahasa Inggris `for`).",
    },
    example: { en: "schedule every week on mon at 13:00 for 1h30m for 10 times", id: "jadwal setiap minggu pada senin pukul 13:00 selama 90 menit selama 10 kali" },
  },
  From: {
    doc: {
      en: "The first day a recurring or flexible schedule may occur; without it, the horizon's first day.",
      id: "Hari pertama jadwal berulang atau fleksibel boleh terjadi; tanpanya, hari pertama cakrawala.",
    },
    example: { en: "schedule every week on sat at 09:00 from 2025-03-01 until 2025-11-29", id: "jadwal setiap minggu pada sabtu pukul 09:00 mulai 2025-03-01 sampai 2025-11-29" },
  },
  Until: {
    doc: {
      en: "The last day a recurring or flexible schedule may occur, included; without it (and without `for N times`), the horizon's last day.",
      id: "Hari terakhir jadwal berulang atau fleksibel boleh terjadi, termasuk hari itu; tanpanya (dan tanpa `selama N kali`), hari terakhir cakrawala.",
    },
    example: { en: "schedule every week on sat at 09:00 from 2025-03-01 until 2025-11-29", id: "jadwal setiap minggu pada sabtu pukul 09:00 mulai 2025-03-01 sampai 2025-11-29" },
  },
  And: {
    doc: {
      en: "Joins two things where Lontar reads a word: an agreement's parties (`between a and b`), the clauses of a need (`needs 1 staff with skill storytelling and role librarian`) and the ordinals of one weekday in a schedule (`on the second and fourth thu`). Other lists are joined with `,`, and a rule's conditions with `&&`.",
      id: "Menggabungkan dua hal di tempat Lontar membaca kata: para pihak kesepakatan (`antara a dan b`), syarat sebuah kebutuhan (`butuh 1 staf dengan keahlian mendongeng dan peran pustakawan`) dan urutan satu hari dalam jadwal (`pada kamis kedua dan keempat`). Daftar lain digabung dengan `,`, dan kondisi aturan dengan `&&`.",
    },
    example: { en: "schedule every month on the second and fourth thu at 09:00 for 2h", id: "jadwal setiap bulan pada kamis kedua dan keempat pukul 09:00 selama 2 jam" },
  },
  Except: {
    doc: {
      en: "Dates, date ranges or date-times a schedule skips: a date cancels every session that day, a date-time that one session.",
      id: "Tanggal, rentang tanggal, atau tanggal-jam yang dilewati jadwal: sebuah tanggal membatalkan setiap sesi hari itu, sebuah tanggal-jam satu sesi itu saja.",
    },
    example: { en: "schedule every week on fri at 09:00 except 2025-12-24..2025-12-31", id: "jadwal setiap minggu pada jumat pukul 09:00 kecuali 2025-12-24..2025-12-31" },
  },
  Also: {
    doc: {
      en: "Extra date-times a schedule occurs on, besides its rule.",
      id: "Tanggal-jam tambahan tempat jadwal terjadi, selain aturannya.",
    },
    example: { en: "schedule every month on the first sat at 09:00 also 2025-05-02T10:00", id: "jadwal setiap bulan pada sabtu pertama pukul 09:00 juga 2025-05-02T10:00" },
  },
  Including: {
    doc: {
      en: "`including holidays`: keeps the sessions that fall on the library's closures and public holidays, which are otherwise skipped.",
      id: "`termasuk libur`: mempertahankan sesi yang jatuh pada hari tutup perpustakaan dan hari libur, yang kalau tidak akan dilewati.",
    },
    example: { en: "schedule every year on 17 aug at 08:00 for 3h including holidays", id: "jadwal setiap tahun pada 17 agustus pukul 08:00 selama 3 jam termasuk libur" },
    // `lontar explain "termasuk libur"` (a walk of stop 57: unknown, though `explain libur` knew it).
    phrases: { en: [["Including", "Holidays"]], id: [["Including", "Holidays"], ["Including", "DayUnit", "Holidays"]] },
  },
  DayUnit: {
    doc: {
      en: "A day, as a unit: of a recurring schedule (`every 2 days`), a flexible one (`3 times per day`) or a gap between programs (`before lomba by 14 days`). `weekdays` / `hari kerja` are Monday to Friday.",
      id: "Hari, sebagai satuan: jadwal berulang (`setiap 2 hari`), jadwal fleksibel (`3 kali per hari`) atau selang antarprogram (`sebelum lomba selang 14 hari`). `hari kerja` / `weekdays` adalah Senin sampai Jumat.",
    },
    example: { en: "schedule every 2 days at 09:00 for 1h", id: "jadwal setiap 2 hari pukul 09:00 selama 1 jam" },
  },
  WeekUnit: {
    doc: {
      en: "A week, as a unit: of a recurring schedule (`every 2 weeks`), a flexible one (`2 times per week`), a cap or a target (`per week`). In Bahasa Indonesia `pekan` and `minggu` both say it (`minggu` is also Sunday); the formatter keeps the word written.",
      id: "Pekan, sebagai satuan: jadwal berulang (`setiap 2 pekan`), jadwal fleksibel (`2 kali per pekan`), batas atau target (`per pekan`). `pekan` dan `minggu` sama-sama berarti pekan (`minggu` juga hari Minggu); pemformat mempertahankan kata yang ditulis.",
    },
    example: { en: "schedule every 2 weeks on sat at 09:00 for 2h", id: "jadwal setiap 2 pekan pada sabtu pukul 09:00 selama 2 jam" },
  },
  MonthUnit: {
    doc: {
      en: "A month, as a unit: of a recurring schedule (`every month on the last fri`), a flexible one (`4 times per month`), a cap or a target (`per month`).",
      id: "Bulan, sebagai satuan: jadwal berulang (`setiap bulan pada jumat terakhir`), jadwal fleksibel (`4 kali per bulan`), batas atau target (`per bulan`).",
    },
    example: { en: "schedule every month on the last fri at 13:00 for 2h", id: "jadwal setiap bulan pada jumat terakhir pukul 13:00 selama 2 jam" },
  },
  YearUnit: {
    doc: {
      en: "A year, as a unit: of a recurring schedule (`every year on 17 aug`), a flexible one (`2 times per year`), a cap or a target (`per year`).",
      id: "Tahun, sebagai satuan: jadwal berulang (`setiap tahun pada 17 agustus`), jadwal fleksibel (`2 kali per tahun`), batas atau target (`per tahun`).",
    },
    example: { en: "schedule every year on 17 aug at 08:00 for 3h", id: "jadwal setiap tahun pada 17 agustus pukul 08:00 selama 3 jam" },
  },
  Quarter: {
    doc: {
      en: "A quarter of a year (three months from January, April, July, October), as a period: of a flexible schedule (`2 times per quarter`), an agreement's obligation (`at least 1 session of p per quarter`), a cap or a target (`per quarter`).",
      id: "Triwulan (tiga bulan mulai Januari, April, Juli, Oktober), sebagai periode: jadwal fleksibel (`2 kali per triwulan`), kewajiban kesepakatan (`minimal 1 sesi p per triwulan`), batas atau target (`per triwulan`). `kuartal` sama artinya.",
    },
    example: { en: "schedule 2 times per quarter on weekdays between 09:00-12:00 for 2h", id: "jadwal 2 kali per triwulan pada hari_kerja antara 09:00-12:00 selama 2 jam" },
  },
  Semester: {
    doc: {
      en: "A half year (January to June, July to December), as a period: of a flexible schedule (`4 times per semester`), an agreement's obligation (`at least 10 sessions of p per semester`), a cap or a target (`per semester`).",
      id: "Semester (Januari sampai Juni, Juli sampai Desember), sebagai periode: jadwal fleksibel (`4 kali per semester`), kewajiban kesepakatan (`minimal 10 sesi p per semester`), batas atau target (`per semester`).",
    },
    example: { en: "schedule 4 times per semester on weekdays between 09:00-12:00 for 2h", id: "jadwal 4 kali per semester pada hari_kerja antara 09:00-12:00 selama 2 jam" },
  },
  Holidays: {
    doc: {
      en: "Public holidays. A library is closed on them with `closed on public holidays`, which includes the cuti bersama days (`… and collective leave` says the same; `open on collective leave` keeps it open on those); a schedule keeps its sessions on them with `including holidays`.",
      id: "Hari libur nasional. Perpustakaan tutup pada hari itu dengan `tutup pada libur nasional`, yang sudah termasuk hari cuti bersama (`… dan cuti bersama` sama artinya; `buka pada cuti bersama` membuatnya tetap buka pada hari cuti bersama); jadwal mempertahankan sesinya pada hari itu dengan `termasuk libur`.",
    },
    example: { en: "schedule every week on sat at 10:00 for 1h including holidays", id: "jadwal setiap pekan pada sabtu pukul 10:00 selama 1 jam termasuk libur" },
  },
  Hours: {
    doc: {
      en: "Hours: of a duration (`for 2 hours`, `for 2h`, `for 1h30m`) or of a cap on a person's work (`max 20 hours per week`). A duration is whole hours or minutes: 1.5 hours is `90 minutes`.",
      id: "Jam: lama kegiatan (`selama 2 jam`, `selama 1 jam 30 menit`) atau batas kerja seseorang (`maks 20 jam per pekan`). Lama ditulis dalam jam atau menit bulat: 1,5 jam ditulis `90 menit`.",
    },
    example: { en: "schedule once 2025-04-20 at 08:00 for 2 hours", id: "jadwal sekali 2025-04-20 pukul 08:00 selama 2 jam" },
  },
  Minutes: {
    doc: {
      en: "Minutes of a duration: `for 90 minutes`, `for 90m`, `for 1h30m`.",
      id: "Menit dari lama kegiatan: `selama 90 menit`, `selama 1 jam 30 menit`.",
    },
    example: { en: "schedule once 2025-04-20 at 08:00 for 90 minutes", id: "jadwal sekali 2025-04-20 pukul 08:00 selama 90 menit" },
  },
  Provides: {
    doc: {
      en: "An agreement's obligation: the library (or the partner) provides a resource, at least N times in every period (`every month`), optionally `to` whom. Checked against the plan: each period needs that many scheduled sessions using the resource (LON5101 otherwise).",
      id: "Kewajiban dalam kesepakatan: perpustakaan (atau mitra) menyediakan sumber daya, minimal N kali dalam setiap periode (`setiap bulan`), boleh disertai `kepada` penerimanya. Diperiksa terhadap rencana: tiap periode memerlukan sebanyak itu sesi terjadwal yang memakai sumber daya tersebut (LON5101 bila tidak).",
    },
    example: { en: "library provides aula 4 every month to \"sekolah dasar\"", id: "perpustakaan menyediakan aula 4 setiap bulan kepada \"sekolah dasar\"" },
  },
  Hosts: {
    doc: {
      en: "An agreement's obligation: the partner (or the library) hosts a program, which then needs at least one scheduled session while the agreement is valid (LON5101 otherwise). The program names its host: among its `partners`, `sites` or `route`, or as its library (LON5005 otherwise).",
      id: "Kewajiban dalam kesepakatan: mitra (atau perpustakaan) menjadi tuan rumah sebuah program, yang lalu memerlukan sedikitnya satu sesi terjadwal selama kesepakatan berlaku (LON5101 bila tidak). Programnya menyebut tuan rumahnya: di antara `mitra`, `lokasi` atau `rute`-nya, atau sebagai perpustakaannya (LON5005 bila tidak). `tuan_rumah` adalah bentuk pendek `menjadi_tuan_rumah`.",
    },
    example: { en: "library hosts p", id: "perpustakaan menjadi_tuan_rumah p" },
  },
  Pays: {
    doc: {
      en: "An agreement's obligation: the partner (or the library) pays an amount for a program. A partner's share is money from outside the budgets: it pays the program's planned costs before the budgets do. With `from` a budget it is money in that budget, and the costs stay charged to it. The plan spending less than the share is a warning (LON5102).",
      id: "Kewajiban dalam kesepakatan: mitra (atau perpustakaan) membayar sejumlah uang untuk sebuah program. Bagian mitra adalah uang dari luar anggaran: ia membayar biaya terencana program itu lebih dulu daripada anggaran. Dengan `dari` suatu anggaran, bagian itu adalah uang di dalam anggaran tersebut, dan biayanya tetap dibebankan padanya. Rencana yang membelanjakan kurang dari bagian itu adalah peringatan (LON5102).",
    },
    example: { en: "partner pays Rp 2.000.000 for p", id: "mitra membayar Rp 2.000.000 untuk p" },
  },
  Public: PUBLIC_HOLIDAYS,
  National: PUBLIC_HOLIDAYS,
  Collective: COLLECTIVE_LEAVE,
  Leave: COLLECTIVE_LEAVE,
  Cuti: COLLECTIVE_LEAVE,
  Bersama: COLLECTIVE_LEAVE,
  Minimal: AT_LEAST,
  Least: AT_LEAST,
  Maximal: AT_MOST,
  Most: AT_MOST,
  Session: {
    doc: {
      en: "Sessions of a program: counted by an agreement's obligation (`at least 10 sessions of kelas_menulis per semester`), or the unit of a cost (`Rp 1.500.000 per session`).",
      id: "Sesi sebuah program: dihitung oleh kewajiban kesepakatan (`minimal 10 sesi kelas_menulis per semester`), atau satuan biaya (`Rp 1.500.000 per sesi`).",
    },
    example: { en: "at least 2 sessions of p per month", id: "minimal 2 sesi p per bulan" },
  },
  Per: {
    doc: {
      en: "The period after a number or an amount: `per day`, `per week`, `per month`, `per quarter`, `per semester`, `per year`. It ends a flexible schedule's count (`4 times per semester`), an agreement's obligation (`at least 10 sessions of p per semester`), a person's `max 20 hours per week`, a budget's `cap`, a KPI's `target`, and names a cost's unit (`Rp 50.000 per session`, `per participant`, `per program`).",
      id: "Periode setelah sebuah bilangan atau jumlah uang: `per hari`, `per minggu`, `per bulan`, `per triwulan`, `per semester`, `per tahun`. Menutup jumlah jadwal fleksibel (`4 kali per semester`), kewajiban kesepakatan (`minimal 10 sesi p per semester`), `maks 20 jam per minggu` seorang petugas, `batas` anggaran, `target` KPI, dan menyebut satuan biaya (`Rp 50.000 per sesi`, `per peserta`, `per program`).",
    },
    example: { en: "at least 10 sessions of p per semester", id: "minimal 10 sesi p per semester" },
  },
  Weekdays: {
    doc: {
      en: "Monday to Friday, where days are written: a schedule's `on weekdays`, opening hours and availability (`weekdays 08:00-16:00`), a flexible schedule's windows.",
      id: "Senin sampai Jumat, di tempat hari ditulis: `pada hari_kerja` sebuah jadwal, jam buka dan ketersediaan (`hari_kerja 08:00-16:00`), jendela jadwal fleksibel.",
    },
    example: { en: "schedule every week on weekdays at 09:00 for 1h", id: "jadwal setiap minggu pada hari_kerja pukul 09:00 selama 1 jam" },
  },
  Weekends: {
    doc: {
      en: "Saturday and Sunday, where days are written: a schedule's `on weekends`, opening hours and availability, a flexible schedule's windows.",
      id: "Sabtu dan Minggu, di tempat hari ditulis: `pada akhir_pekan` sebuah jadwal, jam buka dan ketersediaan, jendela jadwal fleksibel.",
    },
    example: { en: "schedule every week on weekends at 09:00 for 1h", id: "jadwal setiap minggu pada akhir_pekan pukul 09:00 selama 1 jam" },
  },
  With: {
    doc: {
      en: "In a program's need, what the resource must have: `with role librarian`, `with skill storytelling`, `with capacity >= 50`, a room's feature (`with projector`); several joined by `and`.",
      id: "Dalam kebutuhan sebuah program, yang harus dimiliki sumber dayanya: `dengan peran pustakawan`, `dengan keahlian mendongeng`, `dengan kapasitas >= 50`, fasilitas ruang (`dengan proyektor`); beberapa disambung `dan`.",
    },
    example: { en: "needs room with capacity >= 20", id: "butuh ruang dengan kapasitas >= 20" },
  },
  Prefer: {
    doc: {
      en: "In a program's need, the resource to give it when it is free (`prefer aula`): a wish the plan keeps when it can (a soft score), not a requirement.",
      id: "Dalam kebutuhan sebuah program, sumber daya yang diberikan bila sedang luang (`utamakan aula`): keinginan yang dipenuhi rencana bila bisa (skor ringan), bukan syarat.",
    },
    example: { en: "needs room with capacity >= 20 prefer aula", id: "butuh ruang dengan kapasitas >= 20 utamakan aula" },
  },
  By: {
    doc: {
      en: "After a program's `before` or `after`, the days that must lie between the two (`before lomba_provinsi by 30 days`); without it, any gap.",
      id: "Setelah `sebelum` atau `sesudah` sebuah program, jumlah hari yang harus ada di antara keduanya (`sebelum lomba_provinsi selang 30 hari`); tanpa itu, jarak berapa pun.",
    },
    example: { en: "before q by 14 days", id: "sebelum q selang 14 hari" },
  },
  Weight: {
    doc: {
      en: "A KPI indicator's share of the score (`weight 20`): the weights of a KPI add up to its whole.",
      id: "Bagian sebuah indikator KPI dalam skor (`bobot 20`): bobot-bobot sebuah KPI dijumlahkan menjadi keseluruhannya.",
    },
    example: { en: "indicator activities weight 20 target 4 per month", id: "indikator kegiatan bobot 20 target 4 per bulan" },
  },
  Threshold: {
    doc: {
      en: "At the end of a KPI indicator: scored all or nothing, its weight when the target is reached, else 0; without it the score is proportional to the target.",
      id: "Di akhir sebuah indikator KPI: dinilai semua atau tidak sama sekali, bobotnya bila target tercapai, selain itu 0; tanpa itu skornya sebanding dengan target.",
    },
    example: { en: "indicator activities weight 20 target 4 per month threshold", id: "indikator kegiatan bobot 20 target 4 per bulan ambang" },
  },
  Metric: {
    doc: {
      en: "In a KPI indicator: what it measures (`metric sessions`), when the indicator's own name is not a metric; the plan counts some metrics, the others are measured outside it.",
      id: "Dalam indikator KPI: yang diukurnya (`metrik sesi`), bila nama indikator itu sendiri bukan metrik; rencana menghitung sebagian metrik, yang lain diukur di luar rencana.",
    },
    example: { en: "indicator classes metric sessions weight 20 target 8 per month", id: "indikator kelas metrik sesi bobot 20 target 8 per bulan" },
  },
  Target: {
    doc: {
      en: "In a KPI indicator: the number to reach in each period (`target 4 per month`); the score is its share of it, or all or nothing with `threshold`.",
      id: "Dalam indikator KPI: angka yang dituju dalam setiap periode (`target 4 per bulan`); skornya sebanding dengan capaiannya, atau semua atau tidak sama sekali dengan `ambang`.",
    },
    example: { en: "indicator activities weight 20 target 4 per month", id: "indikator kegiatan bobot 20 target 4 per bulan" },
  },
  Forbid: {
    doc: {
      en: "A rule's effect: the plan holds no occurrence for which the rule's condition holds (it is cancelled, with the rule's message as the reason).",
      id: "Akibat sebuah aturan: rencana tidak memuat kegiatan yang memenuhi syarat aturan itu (kegiatannya dibatalkan, dengan pesan aturan sebagai alasannya).",
    },
    example: { en: 'then forbid "no events on Fridays"', id: 'maka larang "tidak ada kegiatan pada hari Jumat"' },
  },
  Require: {
    doc: {
      en: "A rule's effect: among the occurrences of its `scope` (all when none is written), only those for which the rule's condition holds take place; the others are cancelled with the rule's message.",
      id: "Akibat sebuah aturan: di antara kegiatan dalam `cakupan`-nya (semuanya bila tidak ditulis), hanya yang memenuhi syarat aturan yang berlangsung; yang lain dibatalkan dengan pesan aturan.",
    },
    example: { en: 'then require "sessions on weekdays only"', id: 'maka wajib "kegiatan hanya pada hari kerja"' },
  },
  Warn: {
    doc: {
      en: "A rule's effect: the occurrences for which the rule's condition holds take place, and the plan reports each with the rule's message as a warning.",
      id: "Akibat sebuah aturan: kegiatan yang memenuhi syarat aturan tetap berlangsung, dan rencana melaporkan masing-masing dengan pesan aturan sebagai peringatan.",
    },
    example: { en: 'then warn "a session on a Friday afternoon"', id: 'maka peringatkan "kegiatan pada Jumat siang"' },
  },
};
