/**
 * Things written the way Indonesian offices, letters and forms write them, which Lontar
 * reads otherwise: times and dates (`09.00`, `17-08-2026`), rupiah (`Rp 20 juta`), ranges
 * (`senin-kamis`), names and words (`anak-anak`, `Senin`, `seminggu`). The lexer reads them as
 * other tokens; where the grammar fails, {@link notationsAt} finds such a run of tokens (the
 * readers are in written-unfinished.ts, written-dates.ts, written-money.ts, written-ranges.ts, written-sessions.ts, written-words.ts,
 * written-values.ts, written-validity.ts, written-windows.ts and written-operators.ts),
 * says how Lontar writes it, and gives the Lontar spelling when it is certain (see
 * notation-reader.ts for where it is tried).
 */
import type { IToken, TokenType } from "chevrotain";
import { createDiagnostic, messageTemplate, suggestion, type ArgsOf } from "@lontar/core";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import type { DeclarationKind } from "../ast.js";
import { DateLiteral, Money, TimeLiteral } from "../lexer/tokens.js";
import { writtenAs } from "./messages.js";
import { durationAt } from "./written-duration.js";
import { dayOrAt } from "./written-day-or.js";
import { indicatorOrderAt } from "./written-indicator.js";
import { qualifiedValueAt } from "./written-qualified.js";
import { dottedTimeAt, dateAt, dateWordAt, monthDateAt, zoneAt, decimalHoursAt, yearRangeAt, hourAt, weekdayDateAt, timeWithPartAt, monthDateNoYearAt } from "./written-dates.js";
import { moneyAt, moneyWithoutRpAt } from "./written-money.js";
import { onceSessionAt, rangeSessionAt } from "./written-sessions.js";
import { regionJoinAt } from "./written-region-join.js";
import { dateToMonthAt, monthRangeAt, monthYearAt, rangeDayEndAt, rangeJoinAt, everyDayAt, monthDayAt, monthDayWithoutOnAt, dayOfMonthAt, dayRangeMonthAt, atRangeAt, capitalDayRangeAt, dayListAt, daysSideBySideAt, dayWordAt, perMonthsAt, periodSpellingAt, perUnitAt } from "./written-ranges.js";
import { comparingWordAt, comparisonAt, conditionWordAt, isInAt } from "./written-operators.js";
import { orValuesAt } from "./written-or-values.js";
import { yearDateAt } from "./written-year-date.js";
import { conditionBetweenAt, conditionDateAt } from "./written-between.js";
import { inListAt } from "./written-in-list.js";
import { obligationWordsAt } from "./written-obligation.js";
import { monthWeekOrdinalAt, ordinalDigitsAt, weekOrdinalAt } from "./written-week-ordinal.js";
import { frequencyWordAt, onceEveryAt } from "./written-once-every.js";
import { listJoinAt } from "./written-list.js";
import { stageFromAt } from "./written-stage.js";
import { partiesJoinAt } from "./written-parties.js";
import { alsoTimeAt, partTwiceAt } from "./written-schedule-parts.js";
import { closureReasonAt, unquotedTextAt } from "./written-text.js";
import { libraryKindAt, otherSpacedValueAt, unknownSpacedValueAt, spacedValueAt, tierNameAt } from "./written-values.js";
import { validityAt } from "./written-validity.js";
import { audienceLevelAt } from "./written-audience-level.js";
import { unfinishedAt } from "./written-unfinished.js";
import { atHoursAt, bareHoursWithoutDaysAt, closedOnAt, closedOnLeaveAt, includingHolidaysAt, redDatesAt, everyNamedDaysAt, exceptHoursAt, hoursWithoutDaysAt, requiresNeedsAt, windowHoursAt } from "./written-windows.js";
import { bareTimeAt, partBeforeAtAt, partWithoutTimeAt } from "./written-bare-time.js";
import { wordBeforePropertyAt } from "./written-word-before.js";
import { spacedNameAt } from "./written-spaced-name.js";
import { countRangeAt } from "./written-count-range.js";
import { boundWordAt, countBoundAt, numberSpelledAt, capitalKeywordAt, unquotedZoneAt, decimalNumberAt, hyphenNameAt, quotedLevelAt, quotedNameAt, singleQuotedAt, numberWordAt, countUnitAt, keywordAt, needClauseWordAt, needCountAfterAt, timesXAt } from "./written-words.js";

/**
 * How a time or date was written: a time with a dot, a date day first (with a four-digit
 * year, or a two-digit one read as 20yy: Lontar plans this century), or a date year first
 * that is not `YYYY-MM-DD` (unpadded, or with `/` or `.`). Each has a `…NotX` twin for a
 * written form that is no time or no date: then nothing is certain, and there is no fix.
 */
export type NotationKind =
  | "time" | "notTime"
  /** `pukul 1.30`: a time with a dot and an hour of one digit from 1 to 6, at night or in the afternoon (`01:30`, `13:30`), both offered (no fix). */
  | "timeAmbiguous"
  | "dayFirst" | "dayFirstNotDate" | "shortYear" | "shortYearNotDate" | "yearFirst" | "yearFirstNotDate"
  /** `17 Agustus 2026`: a date with its month's name. */
  | "monthName" | "monthNameNotDate"
  /** `sekali 19 Agustus` where a date stands: a day and a month with no year (no fix). */
  | "monthNameNoYear"
  /** `31 Juni`, `30 Februari` with no year: a day its month never has (no fix). */
  | "monthDayNotDate"
  /** `tanggal 5 Januari 2026`, `tgl. 2026-01-05`: a word for "date" before a date. */
  | "dateWord"
  /** `09:00 WIB`: a time with its zone's name (a library's times are in its own zone). */
  | "zone"
  /** `Rp 150.000.000,00`: rupiah with zero cents; `,50` is not a whole rupiah (no fix). */
  | "cents" | "notWholeRupiah"
  /** `Rp. 150.000`: a dot after `Rp`. */
  | "rpDot"
  /** `jumlah 2.500.000`, `biaya 2,5 juta`: an amount of money with no `Rp` before it. */
  | "noRupiah"
  /** `Rp 150.000,-`: `,-` after rupiah; `Rp 20 juta`, `Rp 1 juta 500 ribu`: words for its thousands. */
  | "dashCents" | "moneyWord"
  /** `Rp 1,500,000`, `Rp 1,500,000.00`: rupiah written with English separators (commas between thousands). */
  | "thousandsComma"
  /** `Rp 60 000 000`: rupiah with spaces between its thousands. */
  | "thousandsSpace"
  /** `Rp 1,500 juta` (a decimal comma or a thousands separator), `Rp 1 juta 500` (rupiah or thousands): two readings, both offered (no fix). */
  | "moneyAmbiguous"
  /** `Rp 2 juta 1500 ribu`, `Rp 500 ribu 2 juta`: words for thousands out of order (no fix). */
  | "moneyWordOrder"
  /** `Setiap Minggu`, capitalised, with no start on a Sunday: every Sunday (`ahad`) or every week (`minggu`), both offered (no fix). */
  | "capitalSundayOrWeek"
  /** `1.30 siang`, `8:15 malam`: a time with minutes and a part of the day, on a 12-hour clock (`13:30`, `20:15`); `5.00 siang`, a part that does not fit the hour: both readings offered (no fix). */
  | "timeWithPart" | "timeWithPartAmbiguous"
  /** `jam 09:00` for `pukul 09:00`. */
  | "jamForPukul"
  /** `sekali 2027-08-17 09:00`, `setiap sabtu 09:00`, `setiap sabtu 09.00 WIB`: a time of day after a date or a day with no `pukul` / `at` before it. */
  | "timeWithoutAt"
  /** `setiap sabtu pagi pukul 09:00`: a part of the day before a session's time, which says it already (`pukul 09:00`). */
  | "partBeforeAt"
  /** `setiap sabtu pagi`: a part of the day where a session's time goes (no fix: the hour is not known). */
  | "partWithoutTime"
  /** `sampai dengan`, `s.d.` for `sampai`. */
  | "untilWith"
  /** `selama 1,5 jam`: hours with a decimal comma or dot, a whole number of minutes (`90 menit`), or not (no fix). */
  | "decimalHours" | "decimalHoursInexact"
  /** `senin-kamis`, `senin s.d. kamis`; `2026-01-01 sampai 2026-12-31`; `08:00 s/d 16:00`: a range's ends joined another way than Lontar's `..` (days, dates) or `-` (times). */
  | "dayRange" | "dateRange" | "timeRange"
  /** `01/03/2027 s.d. 12/03/2027`: a range whose dates and join are all written another way, said once (see written-date-range.ts). */
  | "writtenDateRange"
  /** `anak-anak`, `"area_anak"`: a name written with `-` between its words, or in quotes, where a name stands (`anak_anak`, `area_anak`). */
  | "hyphenName" | "quotedName"
  /** `program pekan literasi {`: a declaration's name written as words with spaces, in its head: `pekan_literasi`. */
  | "spacedHeadName"
  /** `ruang aula aula di p {`: a declaration's name written twice, in its head: `aula`. */
  | "nameTwice"
  /** `zona_waktu Asia/Jakarta`: a zone's name without quotes (a zone is a text: `"Asia/Jakarta"`). */
  | "unquotedZone"
  /** `nama Dinas Pendidikan`, `judul Kelas Menulis`: a text property's words without quotes (`"Dinas Pendidikan"`). */
  | "unquotedText"
  /** `zona_waktu WIB`: Indonesia's name of a zone written bare, for its IANA name in quotes. */
  | "unquotedZoneMeant"
  /** `pukul 10`, `pukul 3 sore`, `at 3pm`: an hour with no minutes (no fix from 1 to 6 without a part of the day: morning or afternoon). */
  | "hourOnly" | "hourOnlyAmbiguous"
  /** `pukul 09:`, `buka senin..jumat 08:0`, `buka senin..jumat 08`: a time being typed, its minutes not written yet (no fix; `example` is the time with two digits of minutes). */
  | "unfinishedTime"
  /** `cakrawala 2025-`, `berlaku 2025-01-0`: a date being typed, its month or day not written yet (no fix; `example` is a whole date of that year). */
  | "unfinishedDate"
  /** `biaya Rp 50.0`, `Rp 50.`, `Rp 1.5`: rupiah being typed (or with a decimal point), fewer than three digits after a dot (no fix; `example` is the amount with three). */
  | "unfinishedMoney"
  /** `Rp -5.000`, `-Rp 5.000`: rupiah with a minus sign; an amount is never below zero (no fix). */
  | "negativeMoney"
  /** `sasaran pelajar SD`: students' school level without quotes (`pelajar "SD/MI"`). */
  | "audienceLevel"
  /** `satu staf`, `dua kali per bulan`: a number in words. */
  | "numberWord"
  /** `minimal 3 (tiga) sesi`: a number and its words in brackets (the digits once); `3 (empat)`, two numbers, both offered (no fix). */
  | "numberSpelled" | "numberSpelledOther"
  /** `peserta 25 orang`, `kapasitas 30 kursi`: a count with what it counts after it. */
  | "countUnit"
  /** `butuh 1 orang dengan keahlian mendongeng`: people counted where a need's kind stands; `1 staf` and `1 relawan` offered (no fix). */
  | "needPeople"
  /** `peserta maksimal 25`, `kapasitas sekitar 60`: a word bounding or rounding a count; the number alone. */
  | "countBound"
  /** `peserta 40-50 orang`, `kapasitas 30 s.d. 40`: a count as a range; its upper end alone, the most expected. */
  | "countRange"
  /** `Senin`, `Jumat`, `Setiap`: a keyword with capitals (keywords are lower case); `setiap Minggu` (Sunday, capitalised as a day's name is) for `setiap ahad`. */
  | "capitalKeyword" | "capitalSunday"
  /** `Mon-Thu`, `Senin..Jumat`: a range of days with capitals (and maybe another join), one mistake: `mon..thu`. */
  | "capitalDayRange"
  /**
   * `jenis lembaga adat`, `kategori pinjam paket koleksi`: a value of several words written with spaces, where joined with `_` they are an allowed value;
   * read silently as written, other values of several words (LON3004's) and display names where a name stands (`ruang Aula Utama`, LON2002's).
   */
  | "spacedValue"
  /** `jenjang Perpustakaan Kota`: a library's tier written as its full name, whose fix is the tier alone (`kota`); `example` is the leading word as written. */
  | "tierName"
  /**
   * Words for keywords: `seminggu` (`per minggu` in one word), `paling sedikit`, `setidaknya`, `min` (`minimal`), `paling banyak`,
   * `maks` (`maksimal`), `3 bulan` after `per` (`triwulan`; `6 bulan`: `semester`).
   */
  | "wordsFor"
  /** `butuh 1 relawan dengan keahlain mendongeng`: a need's clause keyword misspelt (read as a room's feature). */
  | "needClauseWord"
  /** `pada selasa dan jumat`: days listed with `dan`, where Lontar writes `,`. */
  | "dayList"
  /** `butuh staf rina dan staf budi`, `mitra unsam dan pkk`: items of a list joined by `dan`, where Lontar writes `,`. */
  | "listJoin"
  /** `wilayah "Jawa Tengah" > "Kabupaten Klaten"`: a region's parts joined otherwise than by `/` (`"Jawa Tengah" / "Kabupaten Klaten"`). */
  | "regionJoin"
  /** `antara perpusda dengan unsoed`: an agreement's parties joined by `dengan` (`serta`, `bersama`, `with`), where Lontar writes `dan` / `and`. */
  | "partiesJoin"
  /** `buka senin kamis`, `on mon thu`: two days side by side with no join, a range (`senin..kamis`) or a list (`senin, kamis`): both offered, no fix. */
  | "daysSideBySide"
  /** `buka senin rabu jumat`: three days or more side by side, a list (a range has two ends): `senin, rabu, jumat`. */
  | "daysListSideBySide"
  /** `setiap hari Senin`, `pada hari Jumat`: the word `hari` before a day's name. */
  | "dayWord"
  /** `pukul 13:30-17:00`, `pukul 13:30 sampai 17:00`: a session's end where its length stands (`selama 3 jam 30 menit`); `s.d. selesai` (no end: no fix). */
  | "atRange" | "atUntilDone"
  /** `cakrawala 2019`: a year where a span of dates stands (`2019-01-01..2019-12-31`). */
  | "yearRange"
  /** `cakrawala Januari - Desember 2027`: a span of months by their names (`2027-01-01..2027-12-31`). */
  | "monthRange"
  /** `mulai Februari 2027`, `sampai Juni 2027`: a month where a span's first or last date stands (`2027-02-01`, `2027-06-30`). */
  | "monthYearStart" | "monthYearEnd"
  /** `cakrawala 2027-01-01 sampai Juni 2027`: a range from a date to a month (`2027-01-01..2027-06-30`). */
  | "dateToMonth"
  /** `2027-07-01 sampai Juni 2027`: a range to a month that ends (`reading`) before its first day. */
  | "dateToMonthBefore"
  /** `bobot 12,5`: a number with a decimal part where a whole number stands (no fix). */
  | "decimalNumber"
  /** `kapasitas 1,200`: a comma before three digits, thousands as English writes them or a fraction: the whole number offered. */
  | "decimalThousands"
  /** `buka setiap hari 08:00-16:00`: every day where days stand (`senin..minggu`). */
  | "everyDay"
  /** `buka setiap hari kerja 08:00-15:30`, `tersedia setiap hari Sabtu …`, `open every mon …`: a window's days after a word for "every" (`hari_kerja`, `sabtu`, `mon`). */
  | "everyNamedDays"
  /** `buka setiap minggu 08:00-12:00`: `minggu` is Sunday or a week; Sundays (`minggu`) and every day (`senin..minggu`) offered. */
  | "everyMinggu"
  /** `Senin, 1 Februari 2027`: a date after its day's name (the date); `weekdayDateOther` when the day is not the date's (`example`, no fix). */
  | "weekdayDate" | "weekdayDateOther"
  /** `15-17 Maret 2027`: days of one month, a range of dates (`2027-03-15..2027-03-17`). */
  | "dayRangeMonth"
  /** `2027-03-01..03`: a range of dates whose end is its day alone, in the start's month (`2027-03-01..2027-03-03`). */
  | "rangeDayEnd"
  /**
   * `setiap minggu ke-2 pada kamis`, `setiap kamis minggu kedua`: a weekday of one week of the month (`setiap bulan pada
   * kamis kedua`), or of several (`minggu ke-2 dan ke-4`: `setiap bulan pada kamis kedua dan keempat`).
   */
  | "weekOrdinal"
  /** `kamis ke-2`, `the 2nd thu`: an ordinal of a weekday written with digits (`kedua`, `second`). */
  | "ordinalDigits"
  /** `kamis kedua & keempat`, `the second && fourth thu`: a weekday's ordinals joined by a sign, where Lontar writes `dan` / `and` (`example` the ordinals joined). */
  | "ordinalAmpersand"
  /** `setiap bulan sekali`, `tiap 2 minggu sekali`, `sebulan sekali`, `2 minggu sekali`: how often, with a `sekali` that says nothing more (`setiap bulan`). */
  | "onceEvery"
  /** `weekly`, `bulanan`, `every other week`, `every 2nd month`: how often in one word or as English says it (`every week`, `setiap bulan`, `every 2 weeks`). */
  | "frequencyWord"
  /** `setiap tanggal 5`, `every day 5`: a day of every month without the month (`setiap bulan pada tanggal 5`). */
  | "monthDay"
  /** `every month on 15`, `pada tgl 15`, `on the 15th`: a day of the month without its word (`on day 15`, `pada tanggal 15`). */
  | "dayOfMonth"
  /** `setiap bulan tanggal 10`, `every month day 15`: a day of the month without `pada` / `on` before it. */
  | "dayWithoutOn"
  /** `2x seminggu`: how many times with an `x` (`2 kali`, `2 times`). */
  | "timesX"
  /** `every week on tue between 09:00-12:00`: a recurring schedule's hours as a window (`at 09:00 for 3h`; with a length that fills it, `at 09:00`). */
  | "everyBetween"
  /**
   * `every week on tue between 09:00-12:00 for 1h`: a window and a shorter length on a recurring schedule, two readings offered
   * (no fix): a session at the window's start (`every week on tue at 09:00`), or a flexible one in it (`1 times per week on tue
   * between 09:00-12:00`); `everyBetweenStart` where no flexible schedule says the same (`every 2 weeks`): the first alone.
   */
  | "everyBetweenLength" | "everyBetweenStart"
  /**
   * `jadwal 2024-07-23..2024-07-25 pukul 09:00 selama 4 jam`, and `sekali` before the dates: a session on several days
   * in a row, written `2024-07-23..2024-07-25 harian 09:00-13:00` (`example` is `sekali` as written); without its start
   * or its length, or past midnight, no fix (`example` shows the form).
   */
  | "rangeSession" | "onceRange" | "rangeSessionNoEnd"
  /**
   * `pukul 09:00 WIB` in a library of another zone (`example` its name): the library's time
   * (`10:00` in WITA) as the fix; `zoneOtherDay` when that falls on another day (no fix).
   * Made from a `zone` once the libraries' zones are known (workspace/zone-times.ts).
   */
  | "zoneOther" | "zoneOtherDay"
  /** `pukul 3 WITA`, `pukul 3:00 WITA`: an hour with its zone's name that may be the morning's or the afternoon's, both offered (`alternatives`). */
  | "zoneAmbiguous"
  /** `pukul 3 WIB`, `pukul 3:00 WIB` in a library of another zone: the morning's and the afternoon's hour in the library's zone (`04:00`, `16:00` in WITA), offered, neither applied. */
  | "zoneOtherAmbiguous"
  /** `buka senin..jumat pukul 08.00-16.00 WIB`, `setiap sabtu 09.00 WIB`, … in a library of another zone: its other mistake's fix with the library's times (`09:00-17:00` in WITA). */
  | "zoneOtherWritten"
  /** `jadwal 2027-03-01 pukul 09:00 …`, `jadwal pada 2027-03-01 …`: one session on a date, written after `sekali` (`example`). */
  | "onceSession"
  /**
   * `jadwal mulai 2027-03-01 pukul 09:00 selama 2 jam`: a start date with a session's tails and no rule; one session on that
   * date is offered (`alternatives`, not certain: sessions that repeat from then may be meant), `example` the `mulai` as written.
   */
  | "startOnly"
  /** `hari = jumat`, `===`: `==` in a condition; `hari <> jumat`, `=!`, `!==`, `≠`, `!` alone: `!=`; `=<`, `=>`, `≤`, `≥`: `<=`, `>=`. */
  | "singleEquals" | "notEqual" | "orderSign"
  /** `minimal 2 sesi untuk kelas per bulan`: a word between `sesi` and the program (`sesi kelas`); `minimal 2 kelas per bulan`: the program counted without `sesi` (`2 sesi kelas`). */
  | "sessionsOf" | "sessionsWord"
  /** `minimal 20 sesi kelas_a, kelas_b per semester`: several programs counted together, which an obligation cannot say (one program each): no fix. */
  | "sessionsOfPrograms"
  /** `butuh koleksi paket_rotasi 6`: a need's count after the resource it counts (`6 koleksi paket_rotasi`). */
  | "needCountAfter"
  /** `juga 2027-03-18 pukul 10:00`: the time of an extra date written after it (`juga 2027-03-18T10:00`); `pukul 09:00 … pukul 10:00`: a schedule's part given twice, no fix. */
  | "alsoTime" | "partTwice"
  /** `tahap bimtek mulai 2027-01-01`: a library's stage with the date it starts; a stage is the one for the whole plan, no fix. */
  | "stageFrom"
  /** `menyediakan paket 4 setiap bulan untuk "siswa"`: the recipients after `untuk`, where Lontar writes `kepada`. */
  | "providesFor"
  /** `minimal 3 sesi p per bulan di a, b`: the sites a count of sessions counts after its period (`di a, b per bulan`); `… kepada a per bulan`: after `kepada` (`di`). */
  | "sitesAfterPeriod" | "sessionsTo"
  /** `perpustakaan menyelenggarakan minimal 2 sesi kelas per bulan`: a count of sessions given a party and a verb; the count is a line of its own. */
  | "hostsBound"
  /** `perpustakaan menyelenggarakan kunjungan minimal 1 kali setiap bulan`: a count after the program a party hosts; the count as its own line (`minimal 1 sesi kunjungan per bulan`). */
  | "hostedCount"
  /** `selama 2j`, `selama 90 mnt`, `for 2 hrs`: a length's unit shortened (`2 jam`, `90 menit`, `2 hours`). */
  | "durationUnit"
  /** `2 kali per bulan pada selasa atau kamis`: a flexible schedule's days joined by `atau` / `or` / `/` (`,`, certain, `example` the list). */
  | "dayOr"
  /** `indikator peserta target 100 per bulan bobot 30`: an indicator's target before its weight (`bobot 30 target 100 per bulan`). */
  | "indicatorOrder"
  /** `tahap tpbis implementasi`, `kategori program mendongeng`: a value with words before it naming what it is (the value alone). */
  | "qualifiedValue"
  /** `cakrawala 2024-2025`: two years where a span of dates stands (both whole offered in `alternatives`; a school year runs July to June). */
  | "yearsRange"
  /** `setiap minggu pada selasa atau kamis`: a recurring schedule's days joined by `atau` (`,` offered; `flexible` the schedule for one session on either day). */
  | "dayOrRecurring"
  /** `selama setengah jam`, `selama 1 jam setengah`, `satu setengah jam`: half an hour in words (`30 menit`, `90 menit`). */
  | "halfHour"
  /** `kegiatan.tanggal == 2027-08-17`: a date compared bare, where a condition compares its quoted text (`"2027-08-17"`). */
  | "conditionDate"
  /** `hari dalam sabtu, minggu`: the values after `in` / `dalam` without their brackets (`[sabtu, minggu]`). */
  | "inList"
  /** `… dan …`, `… or …`: conditions joined by a word, where Lontar writes `&&` or `||`. */
  | "conditionWord"
  /**
   * `hari == jumat atau sabtu`, `hari bukan sabtu dan minggu`: a fact compared with values joined by words, a list
   * (`hari dalam [jumat, sabtu]`, `hari bukan dalam [sabtu, minggu]`); `andValues` for `hari == sabtu dan minggu`
   * (a fact has one value at a time: the list offered, `example`).
   */
  | "orValues" | "andValues"
  /** `hari adalah dalam [sabtu, minggu]`: a word for "is" before `dalam` / `in`, which compares by itself. */
  | "wordBeforeIn"
  /**
   * `tanggal antara 2027-06-20..2027-07-10`, `kegiatan.mulai antara 08:00-10:00`: a span in a condition, compared twice
   * (`kegiatan.tanggal >= … && kegiatan.tanggal <= …`); `jam antara 11:30-13:00`: the hours of a session, offered as
   * `tumpang(11:30, 13:00)` (`example`), not applied on its own.
   */
  | "conditionBetween" | "conditionBetweenHours"
  /** `jenis perpustakaan nasional`: a partner named as a library, whose kind is `perpustakaan_lain`. */
  | "libraryPartner"
  /**
   * An agreement's validity written another way: `berlaku mulai 2027-01-01 sampai 2027-12-31` (the range, `2027-01-01..2027-12-31`);
   * its length (`berlaku selama 1 tahun`) or a date with no end (no fix; `example` is a validity as Lontar writes it);
   * the parties, as a KPI's `berlaku untuk` names whom it applies to (`berlaku kepada perpusnas`: no fix).
   */
  | "validityRange" | "validityNotDates" | "validityParties"
  /** `buka senin..jumat pukul 08:00-16:00`: a word for a time of day between days and their hours, which follow the days right away. */
  | "atHours"
  /** `2 kali per bulan pada selasa antara pukul 09.00-12.00 WIB`: a word for a time of day between `antara` / `between` and its span of hours (`09:00-12:00`; `example` is `antara` as written). */
  | "betweenAtHours"
  /** `buka senin..jumat 8-16`: hours with no minutes right after their days (`08:00-16:00`). */
  | "windowHours"
  /** `buka senin..jumat 08:00-12:00 dan 13:00-16:00`: a second span of hours without its days, which are written again. */
  | "hoursWithoutDays"
  /** `buka senin..jumat 08:00-16:00 kecuali jumat 11:30-13:00`: hours excepted from a window; the window split. */
  | "exceptHours"
  /** `minimal 1x kelas per bulan`: a count of sessions in an agreement with `x` touching it (`1 sesi`). */
  | "sessionsX"
  /** `buka senin..jumat 08:00-16:00, sabtu 08:00-12:00 kecuali 10:00-10:30`: hours with no day excepted after several windows, maybe meant of every one; the last window split offered (`example`). */
  | "exceptHoursLast"
  /** `buka senin..jumat 08:00-16:00 kecuali sabtu`: a day excepted that the window does not have (`example`); the window as it is. */
  | "exceptOutside"
  /** `tutup hari libur nasional`, `tutup saat libur nasional`: holidays after another word than `pada` (or none); `example` is the closure as fixed. */
  | "closedOn"
  /** `tutup pada cuti bersama`, `closed on collective leave`: cuti bersama alone, which Lontar writes with the national holidays (`pada libur nasional dan cuti bersama`). */
  | "closedOnLeave"
  /**
   * `setiap tahun tanggal 17 agustus`, `setiap tahun 17 agustus`, `setiap tanggal 17 agustus`: a date of every year with other
   * words around it (`setiap tahun pada 17 agustus`); `yearDayNoMonth` for `setiap tahun tanggal 17`, a day with no month (`example` the date of the year; the day of every month offered).
   */
  | "yearDate" | "yearDayNoMonth"
  /** `judul 'Monitoring'`: a text in single quotes (`"Monitoring"`). */
  | "singleQuotes"
  /** `memerlukan ruang aula`: resources after `memerlukan` (a TPBIS stage's keyword), for `butuh`; `example` is the need as fixed. */
  | "requiresNeeds"
  /** `jumlah peserta 60`, `total biaya Rp 50.000 per sesi`: words before a property's keyword at the start of a line (the keyword alone). */
  | "wordBeforeProperty";

/** A time or date written another way: what was written, where, and Lontar's spelling. */
export interface NotationMistake {
  /** How it was written. */
  readonly kind: NotationKind;
  /** The text as written (`09.00`, `17-08-2026`). */
  readonly text: string;
  /** The Lontar spelling when certain (`09:00`, `2026-08-17`): the fix. */
  readonly fixed?: string;
  /** The date as read (year, month, day) when it is no date (`2026-02-31`), for the message. */
  readonly reading?: string;
  /** The whole range as Lontar writes it (`senin..kamis`), for the message of a range's join. */
  readonly example?: string;
  /**
   * Read as written, with no error of its own: a value of several words that joined is no value
   * of its property (`kategori perpustakaan nasional`), read as one value so that the checker's
   * LON3004 lists the allowed ones (and what may be meant), quoting the words as written.
   */
  readonly silent?: boolean;
  /** The flexible schedule that may be meant instead (`1 kali per minggu pada selasa, kamis`), for the message. */
  readonly flexible?: string;
  /** Spellings that may be meant when none is certain (`03:00`, `15:00` for `pukul 3`): offered, none preferred. */
  readonly alternatives?: readonly string[];
  /** The whole written time or date. */
  readonly range: Range;
  /** What the fix replaces, when more than `range` (a range's join with the spaces around it: `senin s.d. kamis` → `senin..kamis`). */
  readonly fixRange?: Range;
  /** What the fix writes before `fixed`: a space where the written form touches the word before it and the fix is words (`08:00-10:00` → `08:00 selama 2 jam`). */
  readonly lead?: string;
  /** What the fix writes after `fixed`: a space where the written form touches the word after it (`kedua&keempat` → `kedua dan keempat`). */
  readonly trail?: string;
}

/** A run of tokens that writes a time or date another way: tokens `first`..`last` of the list it was found in. */
export interface NotationRun {
  /** Index of its first token. */
  readonly first: number;
  /** Index of its last token. */
  readonly last: number;
  /** What it is and how Lontar writes it. */
  readonly mistake: NotationMistake;
  /** Whether a time, a date, an amount of rupiah or a keyword stands here. */
  readonly literal: "time" | "date" | "money" | "keyword";
  /** The keyword put back (`pukul`, `sampai`), for a keyword. */
  readonly keyword?: TokenType;
  /** The token put back when it is not the fix as written (`90m` for `90 menit`), and its type. */
  readonly token?: { readonly type: TokenType; readonly image: string };
  /** More tokens put back after it (`seminggu` is `per` then `minggu`; `2019` as a range is a date, `..` and a date). */
  readonly then?: readonly { readonly type: TokenType; readonly image: string }[];
}

/**
 * The readers of a run that may be read more than one way, in the order tried: every one that
 * reads a run holding the failed token gives a reading (see notationsAt). One table, looped
 * over, so that no position builds a list of every reader's answer.
 */
const READINGS: readonly ((tokens: readonly IToken[], s: number, kind: DeclarationKind | undefined) => NotationRun | readonly NotationRun[] | undefined)[] = [
  orValuesAt, isInAt, comparisonAt, validityAt, atHoursAt, windowHoursAt, hoursWithoutDaysAt, bareHoursWithoutDaysAt, exceptHoursAt, closedOnAt, includingHolidaysAt, closedOnLeaveAt, redDatesAt, requiresNeedsAt, rangeSessionAt, onceSessionAt, capitalDayRangeAt, monthRangeAt, dateToMonthAt, rangeDayEndAt, yearRangeAt, decimalNumberAt, yearDateAt, monthDayAt, monthDayWithoutOnAt, timesXAt, everyNamedDaysAt, everyDayAt, atRangeAt, rangeJoinAt, dayListAt, dayOrAt, indicatorOrderAt, listJoinAt, regionJoinAt, partiesJoinAt, daysSideBySideAt, dayWordAt, perUnitAt, perMonthsAt, periodSpellingAt, countBoundAt, countRangeAt, boundWordAt, hourAt, countUnitAt, numberSpelledAt, numberWordAt, hyphenNameAt, quotedLevelAt, quotedNameAt, singleQuotedAt, unquotedZoneAt, unquotedTextAt, closureReasonAt, tierNameAt, audienceLevelAt, spacedValueAt, qualifiedValueAt, libraryKindAt, otherSpacedValueAt, unknownSpacedValueAt, capitalKeywordAt, keywordAt, bareTimeAt, partBeforeAtAt, partWithoutTimeAt, conditionBetweenAt, conditionDateAt, obligationWordsAt, alsoTimeAt, partTwiceAt, inListAt, comparingWordAt, conditionWordAt, needClauseWordAt, needCountAfterAt, stageFromAt, monthDateNoYearAt, monthYearAt, wordBeforePropertyAt, spacedNameAt,
];

/** True when a reader's answer is one run (not a list of them). */
function isRun(found: NotationRun | readonly NotationRun[]): found is NotationRun {
  return !Array.isArray(found);
}

/** A run starts at most this many tokens before the token the grammar failed at (`17-08-2026` is five tokens). */
const LONGEST_RUN = 5;
/**
 * The run of `tokens` that writes a time or date another way and holds token `k`, starting
 * no earlier than `lower`; undefined when there is none.
 *
 * @example notationAt(tokensOf("pukul 09.00"), 1, 0)?.mistake.fixed // "09:00"
 */
export function notationAt(tokens: readonly IToken[], k: number, lower: number, kind?: DeclarationKind): NotationRun | undefined {
  return notationsAt(tokens, k, lower, kind)[0];
}

/**
 * Every reading of the run that holds token `k` (starting no earlier than `lower`), the
 * likeliest first: most runs have one, and a range's `s.d.` two (`..` between the dates of a
 * validity, `sampai` after a schedule's `mulai`), of which the grammar takes the one it reads.
 * `kind` is the declaration's, where known: a value's words are read as a value of its property there.
 */
export function notationsAt(tokens: readonly IToken[], k: number, lower: number, kind?: DeclarationKind): NotationRun[] {
  for (let s = Math.max(lower, k - LONGEST_RUN + 1); s <= k; s++) {
    // Hours with a fraction before times: `1.25 jam` is a duration, not the time 01:25.
    const run = unfinishedAt(tokens, s) ?? onceEveryAt(tokens, s) ?? frequencyWordAt(tokens, s) ?? weekOrdinalAt(tokens, s) ?? monthWeekOrdinalAt(tokens, s) ?? dayOfMonthAt(tokens, s) ?? ordinalDigitsAt(tokens, s) ?? weekdayDateAt(tokens, s) ?? dayRangeMonthAt(tokens, s) ?? dateWordAt(tokens, s) ?? dateAt(tokens, s) ?? decimalHoursAt(tokens, s) ?? durationAt(tokens, s) ?? timeWithPartAt(tokens, s) ?? zoneAt(tokens, s) ?? dottedTimeAt(tokens, s) ?? monthDateAt(tokens, s) ?? moneyAt(tokens, s) ?? moneyWithoutRpAt(tokens, s, kind);
    if (run !== undefined) {
      if (run.last < k) continue;
      // A time written with a dot right after a date or a day (`sekali 2027-08-17 09.00`) may also lack its `pukul`: that reading second.
      // So may one with its zone's name (`setiap sabtu 09:00 WIB`).
      const bare = run.mistake.kind === "time" || run.mistake.kind === "zone" ? bareTimeAt(tokens, s) : undefined;
      return bare === undefined ? [run] : [run, bare];
    }
    const readings: NotationRun[] = [];
    for (const read of READINGS) {
      const found = read(tokens, s, kind);
      if (found === undefined) continue;
      if (isRun(found)) {
        if (found.last >= k) readings.push(found);
      } else {
        for (const one of found) if (one.last >= k) readings.push(one);
      }
    }
    if (readings.length > 0) return readings;
  }
  return [];
}

/**
 * A token standing for the run as Lontar writes it (or, when nothing is certain, for any time or
 * date: a placeholder, which messages quote as written, see messages.ts's writtenAs), placed over the written tokens.
 */
export function mendedToken(tokens: readonly IToken[], run: NotationRun): IToken {
  const first = tokens[run.first] as IToken;
  const last = tokens[run.last] as IToken;
  const type: TokenType = run.token?.type ?? run.keyword ?? (run.literal === "time" ? TimeLiteral : run.literal === "money" ? Money : DateLiteral);
  const image = run.token?.image ?? run.mistake.fixed ?? (run.literal === "time" ? "00:00" : run.literal === "money" ? "Rp 0" : "2000-01-01");
  const end = { endOffset: last.endOffset ?? last.startOffset + last.image.length - 1, endLine: last.endLine ?? last.startLine ?? 1, endColumn: last.endColumn ?? (last.startColumn ?? 1) + last.image.length - 1 };
  const token: IToken = { image, startOffset: first.startOffset, startLine: first.startLine ?? 1, startColumn: first.startColumn ?? 1, ...end, tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? first.tokenTypeIdx };
  if (run.mistake.fixed === undefined) writtenAs.set(token, run.mistake.text);
  return token;
}

/**
 * The LON1106 diagnostic of a mistake in `file`: at the whole written time or date, with
 * Lontar's spelling as its fix (an edit an editor may apply on its own) when certain.
 */
export function notationDiagnostic(mistake: NotationMistake, file: string): Diagnostic {
  const location = { file, range: mistake.range };
  const replaced = mistake.fixRange === undefined ? location : { file, range: mistake.fixRange };
  const offered = (text: string, certain: boolean) => suggestion("note.replaceWith", { text }, [{ location: replaced, text: `${mistake.lead ?? ""}${text}${mistake.trail ?? ""}` }], certain);
  const suggestions = mistake.fixed === undefined ? (mistake.alternatives ?? []).map((text) => offered(text, false)) : [offered(mistake.fixed, true)];
  const key: `LON1106.${NotationKind}` = `LON1106.${mistake.kind}`;
  return createDiagnostic(key, notationArgs(mistake, key), location, { suggestions });
}

/** Every argument a LON1106 message may take, in the order its messages list them. */
const NOTATION_ARGS = ["text", "fixed", "reading", "example", "word", "once", "morning", "afternoon", "range", "list", "from", "to", "one", "other", "flexible"] as const;

/**
 * The arguments of `key`'s message (`LON1106.<kind>`), from the mistake: each placeholder its
 * template names, no other. A tier's word and a one-off's `sekali` are the mistake's
 * `example`; an ambiguous hour's two readings, two days' range and list, and an ambiguous amount's two readings (`one`, `other`), its `alternatives`.
 */
function notationArgs(mistake: NotationMistake, key: `LON1106.${NotationKind}`): ArgsOf<`LON1106.${NotationKind}`> {
  const example = mistake.example ?? "";
  const [first = "", second = ""] = mistake.alternatives ?? [];
  const [from = "", to = ""] = first.split("..");
  const all: Readonly<Record<(typeof NOTATION_ARGS)[number], string>> = {
    text: mistake.text, fixed: mistake.fixed ?? "", reading: mistake.reading ?? "", example, word: example, once: example,
    morning: first, afternoon: second, range: first, list: second, from, to, one: first, other: second, flexible: mistake.flexible ?? "",
  };
  const template = messageTemplate(key)?.en ?? "";
  const args: Record<string, string> = {};
  for (const name of NOTATION_ARGS) if (template.includes(`{${name}}`)) args[name] = all[name];
  return args as ArgsOf<`LON1106.${NotationKind}`>;
}
