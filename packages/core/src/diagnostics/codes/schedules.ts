import { entry, L } from "../code-entry.js";

/** LON4xxx: schedules and occurrence bounds. */
export const SCHEDULE_ENTRIES = {
  LON4001: entry("error", L("schedule never occurs", "jadwal tidak pernah terjadi"), L("The schedule has no occurrence in its window (every year on 30 feb, or until before from).", "Jadwal tidak memiliki kegiatan dalam jendelanya (setiap tahun pada 30 feb, atau until sebelum from)."), {
    noMatchAfter: L("this schedule never occurs: no date or time after {start} matches the rule", "jadwal ini tidak pernah terjadi: tidak ada tanggal atau waktu setelah {start} yang cocok dengan aturannya"),
    noDateBetween: L("this schedule never occurs: no date between {from} and {to} matches it", "jadwal ini tidak pernah terjadi: tidak ada tanggal antara {from} dan {to} yang cocok"),
    allExcluded: L("this schedule never occurs: every occurrence is excluded", "jadwal ini tidak pernah terjadi: setiap kegiatannya dikecualikan"),
    noSuchDay: L("this schedule never occurs: {month} has no day {day}", "jadwal ini tidak pernah terjadi: {month} tidak memiliki tanggal {day}"),
    expansionNever: L("this schedule has no occurrence in {from}..{to}", "jadwal ini tidak memiliki kegiatan dalam {from}..{to}"),
  }),
  LON4002: entry("error", L("invalid RRULE", "RRULE tidak sah"), L("A raw `rrule` string is not a valid RFC 5545 recurrence rule.", "Teks `rrule` mentah bukan aturan pengulangan RFC 5545 yang sah."), {
    invalid: L("not a valid RRULE: {error}", "bukan RRULE yang sah: {error}"),
    noParts: L("not a valid RRULE: write parts such as FREQ=WEEKLY;BYDAY=MO", "bukan RRULE yang sah: tulis bagian seperti FREQ=WEEKLY;BYDAY=MO"),
    coreInvalid: L("not a valid RRULE: {error}{where} [{coreCode}]", "bukan RRULE yang sah: {error}{where} [{coreCode}]"),
  }),
  LON4003: entry(
    "error",
    L("flexible count cannot fit", "jumlah fleksibel tidak muat"),
    L("A flexible schedule asks for more sessions per period than its windows can hold.", "Jadwal fleksibel meminta lebih banyak sesi per periode daripada yang dapat ditampung jendelanya."),
    {
      cannotFit: L(
        "{count} sessions of {duration} minutes per {per} do not fit in these windows (at most {capacity})",
        "{count} sesi {duration} menit per {per} tidak muat dalam jendela ini (paling banyak {capacity})",
      ),
      noWindows: L(
        "{count} sessions per {per}, but not when: a schedule of a number of times per period takes its days and hours from its windows, `on weekdays between 08:00-16:00`",
        "{count} sesi per {per}, tetapi tidak disebut kapan: jadwal beberapa kali per periode mengambil hari dan jamnya dari jendelanya, `pada hari_kerja antara 08:00-16:00`",
      ),
    },
  ),
  LON4004: entry("error", L("too many occurrences", "terlalu banyak kegiatan"), L("A schedule produces more occurrences than the safe bound; the planner reports it as `EXPAND_LIMIT` and plans none of its sessions.", "Sebuah jadwal menghasilkan kegiatan lebih banyak daripada batas aman; planner melaporkannya sebagai `EXPAND_LIMIT` dan tidak merencanakan satu pun sesinya."), {
    tooMany: L("this schedule has more than {max} occurrences; narrow its window", "jadwal ini memiliki lebih dari {max} kegiatan; persempit jendelanya"),
  }),
  LON4005: entry("error", L("cyclic precedence", "urutan melingkar"), L("Programs must each run before one another in a cycle, which no plan can satisfy.", "Program-program harus saling mendahului secara melingkar, sehingga tidak ada rencana yang dapat memenuhinya."), {
    cycle: L("these programs must each run before the next, in a cycle: {path}", "program-program ini masing-masing harus berjalan sebelum yang berikutnya, secara melingkar: {path}"),
  }),
  LON4006: entry("error", L("schedule has no start", "jadwal tanpa awal"), L("A recurring schedule has no `from` date, the workspace declares no horizon, and no `lontar plan --from … --to …` gives it one.", "Jadwal berulang tidak memiliki tanggal `mulai`, ruang kerja tidak mendeklarasikan `cakrawala`, dan tidak ada `lontar plan --from … --to …` yang memberinya."), {
    // Said in the editor and by `lontar check` too: the dates of `lontar plan` are a third way to plan the workspace, true wherever it is read.
    noStart: L(
      "this schedule has no start: add `from <date>`, declare a workspace `horizon`, or give `lontar plan` the dates (`--from <date> --to <date>`)",
      "jadwal ini tidak memiliki awal: tambahkan `mulai <tanggal>`, deklarasikan `cakrawala` ruang kerja, atau berikan tanggalnya kepada `lontar plan` (`--from <tanggal> --to <tanggal>`)",
    ),
  }),
  LON4007: entry("error", L("both until and count", "until dan count sekaligus"), L("A recurring schedule gives both `until` and `for N times`; RFC 5545 allows only one.", "Jadwal berulang memberi `sampai` dan `selama N kali` sekaligus; RFC 5545 hanya mengizinkan salah satu."), {
    both: L("give either `until` or `for N times`, not both", "berikan `sampai` atau `selama N kali`, jangan keduanya"),
    bothRaw: L("give either an end date (UNTIL, `until`) or a count (COUNT, `for N times`), not both", "berikan tanggal akhir (UNTIL, `sampai`) atau jumlah (COUNT, `selama N kali`), jangan keduanya"),
    bothInRule: L("an RRULE may not have both UNTIL and COUNT", "RRULE tidak boleh memiliki UNTIL dan COUNT sekaligus"),
  }),
  LON4008: entry(
    "error",
    L("schedule part given twice", "bagian jadwal ditulis dua kali"),
    L(
      "A raw `rrule` schedule says the same thing twice: COUNT or UNTIL in the rule and `for N times` or `until` after it, a time in `starting` and `at`, `starting` and `from`, or `at` with a rule that sets its times.",
      "Jadwal `rrule` mentah menyatakan hal yang sama dua kali: COUNT atau UNTIL dalam aturan dan `selama N kali` atau `sampai` sesudahnya, jam dalam `dimulai` dan `pukul`, `dimulai` dan `mulai`, atau `pukul` dengan aturan yang menetapkan jamnya sendiri.",
    ),
    {
      startTwice: L("the start is given twice: `starting {starting}` and `from {from}`; remove `from`", "awal ditulis dua kali: `dimulai {starting}` dan `mulai {from}`; hapus `mulai`"),
      timeTwice: L("the time is given twice: `starting {starting}` and `at {at}`; keep one", "jam ditulis dua kali: `dimulai {starting}` dan `pukul {at}`; pertahankan salah satu"),
      ruleSetsTimes: L(
        "the rule sets its times of day (BYHOUR/BYMINUTE): `at {at}` would move only the first instance; put the time in the rule or in `starting`",
        "aturan menetapkan jamnya sendiri (BYHOUR/BYMINUTE): `pukul {at}` hanya akan memindahkan kejadian pertama; tulis jamnya dalam aturan atau dalam `dimulai`",
      ),
      countTwice: L("the count is given twice: COUNT in the rule and `for {count} times`; keep one", "jumlah ditulis dua kali: COUNT dalam aturan dan `selama {count} kali`; pertahankan salah satu"),
      endTwice: L("the end is given twice: UNTIL in the rule and `until {until}`; keep one", "akhir ditulis dua kali: UNTIL dalam aturan dan `sampai {until}`; pertahankan salah satu"),
    },
  ),
  LON4009: entry(
    "error",
    L("schedule part has no effect", "bagian jadwal tidak berpengaruh"),
    L(
      "A part written after a schedule does not apply to its form (`for N times`, `from`, `until`, `except` or `also` after `once`).",
      "Bagian yang ditulis setelah jadwal tidak berlaku untuk bentuknya (`selama N kali`, `mulai`, `sampai`, `kecuali`, atau `juga` setelah `sekali`).",
    ),
    {
      onceTail: L(
        "a `once` schedule happens one time, on its date: {what} has nothing to apply to; use `every …` or `rrule` for a recurrence",
        "jadwal `sekali` terjadi satu kali, pada tanggalnya: {what} tidak berlaku untuk apa pun; pakai `setiap …` atau `rrule` untuk pengulangan",
      ),
    },
  ),
  LON4010: entry(
    "error",
    L("seconds in a schedule", "detik dalam jadwal"),
    L("A date-time in a schedule has seconds other than :00; Lontar plans to the minute, so they would be lost.", "Tanggal-waktu dalam jadwal memiliki detik selain :00; Lontar merencanakan per menit, jadi detiknya akan hilang."),
    {
      seconds: L("Lontar plans to the minute: the {seconds} seconds of {text} would be lost; write {minute}", "Lontar merencanakan per menit: {seconds} detik dari {text} akan hilang; tulis {minute}"),
    },
  ),
  LON4011: entry(
    "error",
    L("workspace too large", "ruang kerja terlalu besar"),
    L(
      "The workspace's schedules give more occurrences in the horizon than the workspace-wide bound (default 2,000,000), so it is not planned; reported by `lontar check` and `lontar plan`.",
      "Jadwal-jadwal ruang kerja menghasilkan kegiatan dalam cakrawala lebih banyak daripada batas seluruh ruang kerja (bawaan 2.000.000), sehingga tidak direncanakan; dilaporkan oleh `lontar check` dan `lontar plan`.",
    ),
    {
      workspaceBound: L(
        "the workspace gives more than {max} occurrences in {from}..{to} (the bound was passed at this schedule); nothing was planned. Narrow the horizon or the schedules, or raise the bound with {option}",
        "ruang kerja menghasilkan lebih dari {max} kegiatan dalam {from}..{to} (batasnya terlampaui pada jadwal ini); tidak ada yang direncanakan. Persempit cakrawala atau jadwalnya, atau naikkan batasnya dengan {option}",
      ),
      workspaceBoundFromAgreements: L(
        "the workspace gives more than {max} occurrences in the horizon taken from the agreements' validity, {from}..{to}, as the workspace declares no `horizon` (the bound was passed at this schedule); nothing was planned. Write `horizon` to plan a shorter span, narrow the schedules, or raise the bound with {option}",
        "ruang kerja menghasilkan lebih dari {max} kegiatan dalam cakrawala yang diambil dari masa berlaku kesepakatan, {from}..{to}, karena ruang kerja tidak menyatakan `cakrawala` (batasnya terlampaui pada jadwal ini); tidak ada yang direncanakan. Tulis `cakrawala` untuk merencanakan rentang yang lebih pendek, persempit jadwalnya, atau naikkan batasnya dengan {option}",
      ),
    },
  ),
  LON4012: entry(
    "error",
    L("window too long", "jendela terlalu panjang"),
    L(
      "The horizon, a schedule's window from its start to its end, or an agreement's validity spans more than a hundred years: almost always a mistyped year (0224 for 2024, 2919 for 2019). Such a schedule is not expanded, and such a horizon not planned.",
      "Cakrawala, jendela sebuah jadwal dari awal sampai akhirnya, atau masa berlaku sebuah kesepakatan mencakup lebih dari seratus tahun: hampir selalu tahun yang salah ketik (0224 untuk 2024, 2919 untuk 2019). Jadwal seperti itu tidak dijabarkan, dan cakrawala seperti itu tidak direncanakan.",
    ),
    {
      horizon: L(
        "the horizon spans {years} years ({from}..{to}); a plan covers at most {max} years: check the years",
        "cakrawala mencakup {years} tahun ({from}..{to}); sebuah rencana mencakup paling lama {max} tahun: periksa tahunnya",
      ),
      schedule: L(
        "this schedule runs {years} years ({from}..{to}); a schedule runs at most {max} years: check the years",
        "jadwal ini berjalan {years} tahun ({from}..{to}); sebuah jadwal berjalan paling lama {max} tahun: periksa tahunnya",
      ),
      validity: L(
        "the agreement is valid {years} years ({from}..{to}); an agreement is valid at most {max} years: check the years",
        "kesepakatan ini berlaku {years} tahun ({from}..{to}); sebuah kesepakatan berlaku paling lama {max} tahun: periksa tahunnya",
      ),
      agreementsHorizon: L(
        "with no horizon declared, the plan covers the agreements' validity, {from}..{to}, {years} years; a plan covers at most {max} years: declare a horizon, or check the years of the agreements",
        "tanpa cakrawala yang dideklarasikan, rencana mencakup masa berlaku kesepakatan, {from}..{to}, {years} tahun; sebuah rencana mencakup paling lama {max} tahun: deklarasikan cakrawala, atau periksa tahun kesepakatannya",
      ),
    },
  ),
  LON4013: entry(
    "info",
    L("holidays are estimates", "hari libur masih perkiraan"),
    L(
      "The plan falls in a year whose holidays Lontar has no decree (SKB) of: they are computed, Islamic holidays may move a day, and cuti bersama days are missing until the decree is published.",
      "Rencananya jatuh pada tahun yang SKB hari liburnya belum ada di data Lontar: hari liburnya dihitung, hari besar Islam bisa bergeser sehari, dan hari cuti bersama belum ada sampai SKB-nya terbit.",
    ),
    {
      estimated: L(
        "the holidays of {years} are estimates: no decree (SKB) of that year is in Lontar's data yet, so Islamic holidays may move a day and cuti bersama days are missing; declare the decreed days as closures once the SKB is published",
        "hari libur {years} masih perkiraan: SKB tahun itu belum ada di data Lontar, jadi hari besar Islam bisa bergeser sehari dan hari cuti bersama belum ada; deklarasikan hari yang ditetapkan sebagai penutupan setelah SKB-nya terbit",
      ),
    },
  ),
  LON4014: entry(
    "warning",
    L("weekly schedule names no day", "jadwal mingguan tidak menyebut hari"),
    L(
      "`every week` with no `on <day>`: the sessions fall on the weekday of the schedule's start (`from`, else the horizon's first day), which the file never names, so moving the start moves every session.",
      "`setiap minggu` tanpa `pada <hari>`: sesinya jatuh pada hari dari tanggal mulai jadwal (`mulai`, atau hari pertama cakrawala), yang tidak disebut di berkasnya, sehingga menggeser tanggal mulai menggeser semua sesi.",
    ),
    {
      weekWithoutDay: L(
        "this weekly schedule names no day: its sessions fall on {day}, the weekday of its start ({date}); write `on <day>` (`pada <hari>`) to say which",
        "jadwal mingguan ini tidak menyebut hari: sesinya jatuh pada hari {day}, hari dari tanggal mulainya ({date}); tulis `pada <hari>` untuk menyebutnya",
      ),
    },
  ),
  LON4015: entry(
    "warning",
    L("day not in every month", "tanggal tidak ada di setiap bulan"),
    L(
      "A monthly schedule on day 29, 30 or 31: the months without that day have no session (RFC 5545 skips them), so some months of the plan are empty.",
      "Jadwal bulanan pada tanggal 29, 30 atau 31: bulan yang tidak punya tanggal itu tidak mendapat sesi (RFC 5545 melewatinya), sehingga sebagian bulan dalam rencana kosong.",
    ),
    {
      shortMonths: L(
        "day {day} is not in every month: there is no session in {months}{leap}; choose a day every month has, or a weekday (`on the last fri`)",
        "tanggal {day} tidak ada di setiap bulan: tidak ada sesi pada bulan {months}{leap}; pilih tanggal yang ada di setiap bulan, atau hari (`pada jumat terakhir`)",
      ),
    },
  ),
  LON4016: entry(
    "error",
    L("sessions overlap", "sesi bertumpang tindih"),
    L(
      "A session of the schedule starts before the previous one of the same schedule ends (`rrule \"FREQ=SECONDLY\"` for an hour, every day for 30 hours), so the schedule is not planned; the planner reports it as `EXPAND_OVERLAP`.",
      "Sebuah sesi jadwal dimulai sebelum sesi sebelumnya dari jadwal yang sama selesai (`rrule \"FREQ=SECONDLY\"` selama sejam, setiap hari selama 30 jam), sehingga jadwal itu tidak direncanakan; planner melaporkannya sebagai `EXPAND_OVERLAP`.",
    ),
    {
      overlap: L(
        "the sessions of this schedule overlap: the one at {earlier} lasts {duration} and has not ended when the next starts at {later}; shorten the sessions or space them out (parallel groups need a schedule each)",
        "sesi-sesi jadwal ini bertumpang tindih: sesi pada {earlier} berlangsung {duration} dan belum selesai ketika sesi berikutnya dimulai pada {later}; perpendek sesinya atau beri jarak (kelompok yang berjalan bersamaan perlu jadwal masing-masing)",
      ),
    },
  ),
  LON4017: entry(
    "warning",
    L("session in the small hours", "sesi pada dini hari"),
    L(
      "A schedule's sessions start between 00:00 and 04:59. Lontar reads times on a 24-hour clock, so `at 1:30` is half past one at night; an afternoon session is `13:30`. Kept as written when it is meant (a night watch, a stargazing evening that runs late).",
      "Sesi sebuah jadwal dimulai antara pukul 00:00 dan 04:59. Lontar membaca jam dalam 24 jam, jadi `pukul 1:30` adalah setengah dua dini hari; sesi siang ditulis `13:30`. Dibiarkan seperti tertulis bila memang itu maksudnya (ronda malam, malam pengamatan bintang yang berlangsung larut).",
    ),
    {
      smallHours: L(
        "the sessions start at {time}, in the small hours of the night: times are on a 24-hour clock, so the afternoon is `{afternoon}`; keep `{time}` if the night is meant",
        "sesinya dimulai pukul {time}, dini hari: jam ditulis dalam 24 jam, jadi siang adalah `{afternoon}`; biarkan `{time}` bila memang malam yang dimaksud",
      ),
    },
  ),
  LON4018: entry(
    "warning",
    L("schedule gives no time", "jadwal tanpa jam"),
    L(
      "A recurring or one-off schedule (`every sat`, `once 2027-03-06`) with no `at <time>`: its sessions start at 08:00, a time the file never names, so a library that opens later, or a reader, is surprised by it.",
      "Jadwal berulang atau sekali (`setiap sabtu`, `sekali 2027-03-06`) tanpa `pukul <jam>`: sesinya dimulai pukul 08:00, jam yang tidak disebut di berkasnya, sehingga perpustakaan yang buka lebih siang, atau pembacanya, terkejut karenanya.",
    ),
    {
      noTime: L(
        "this schedule gives no time: its sessions start at 08:00{length}; write when they start with `at`, as in `at 09:00 for 2h`",
        "jadwal ini tidak menyebut jam: sesinya dimulai pukul 08:00{length}; tulis jam mulainya dengan `pukul`, seperti `pukul 09:00 selama 2 jam`",
      ),
      oneHour: L(" and last 1 hour", " dan berlangsung 1 jam"),
      timeAfterAlso: L(
        "`{time}` after the extra date {date} is the time of every session of this schedule, not of {date} alone; for that date's own time write `{joined}`, and the schedule's time before the extra dates",
        "`{time}` setelah tanggal tambahan {date} adalah jam setiap sesi jadwal ini, bukan jam {date} saja; untuk jam tanggal itu sendiri tulis `{joined}`, dan jam jadwalnya sebelum tanggal tambahan",
      ),
    },
  ),
} as const;
