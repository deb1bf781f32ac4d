/**
 * LON1106: a time or date written the way Indonesian offices write it (`pukul 09.00`,
 * `mulai 17-08-2026`) is one error per written form, at the whole of it, in the reader's
 * language, saying how Lontar writes it, with that spelling as the fix when it is certain;
 * the fixed file has no error, and the reading goes on after it.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, applyEdits, certainFixes, checkSource, formatSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";
import { parseFileFast, parseFileWith } from "../../src/syntax/parse.js";
import { tokenize } from "../../src/syntax/lexer/lexer.js";
import { exampleWorkspaces } from "../arbitraries/mutants.js";

const ID_LIBRARY = `perpustakaan dispusip_solok {
  jenjang kota
  wilayah "Sumatera Barat" / "Kota Solok"
}
`;
const EN_LIBRARY = `library dispusip_solok {
  tier city
  region "Sumatera Barat" / "Kota Solok"
}
`;

/** `ID_LIBRARY`'s budget `apbd` and a weekly program `kelas` with `line` among its properties, under a horizon. */
const ID_PROGRAM = (line: string, budget = "Rp 100.000.000"): string =>
  `${ID_LIBRARY}anggaran apbd di dispusip_solok {\n  jumlah ${budget}\n  periode 2026\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03\n  ${line}\n}\ncakrawala 2026-01-01..2026-12-31\n`;
/** `EN_LIBRARY`'s budget `apbd` and a weekly program `class` with `line` among its properties, under a horizon. */
const EN_PROGRAM = (line: string, budget = "Rp 100.000.000"): string =>
  `${EN_LIBRARY}budget apbd at dispusip_solok {\n  amount ${budget}\n  period 2026\n}\nprogram class at dispusip_solok {\n  category class\n  schedule every week on sat at 09:00 for 2h from 2026-01-03\n  ${line}\n}\nhorizon 2026-01-01..2026-12-31\n`;
/** `ID_PROGRAM`'s workspace with a partner `m` and an agreement with it for each of `lines` (its own lines after `antara`). */
const ID_AGREEMENTS = (...lines: readonly string[]): string =>
  ID_PROGRAM("peserta 20").replace("cakrawala", `mitra m {\n  jenis sekolah\n}\n${lines.map((l, i) => `kesepakatan mou_${i + 1} {\n  antara dispusip_solok dan m\n  ${l}\n}\n`).join("")}cakrawala`);

/** One written form in a case: as written, and Lontar's spelling when certain. */
interface Written {
  readonly text: string;
  readonly fixed?: string;
  /** When nothing is certain, the spellings offered (none preferred). */
  readonly alternatives?: readonly string[];
  /** What the message quotes when the range takes more than the word (` dan`: the space before it goes with the fix). */
  readonly quoted?: string;
}

/** A workspace of one file with mistakes, each written form in text order. */
interface Case {
  readonly name: string;
  readonly source: string;
  readonly written: readonly Written[];
  /** A word each message says, in English and in Bahasa Indonesia (beyond the texts written and fixed). */
  readonly says: { readonly en: string; readonly id: string };
}

const TIME = { en: "with a colon", id: "dengan titik dua" };
const DAY_FIRST = { en: "day first", id: "hari lebih dulu" };
const ISO = { en: "year-month-day, YYYY-MM-DD", id: "tahun-bulan-tanggal, YYYY-MM-DD" };

const CASES: readonly Case[] = [
  {
    name: "id: paling sedikit after another property on one line (a one-line agreement)",
    source: ID_PROGRAM("peserta 20").replace("cakrawala", "mitra m { jenis sekolah }\nkesepakatan k { antara dispusip_solok dan m  berlaku 2026-01-01..2026-12-31  paling sedikit 4 sesi kelas per bulan }\ncakrawala"),
    written: [{ text: "paling sedikit", fixed: "minimal" }],
    says: { en: "means", id: "berarti" },
  },
  {
    name: "id: butuh 1 relawan dengan keahlain mendongeng (a need's clause keyword misspelt, read as a feature)",
    source: `${ID_LIBRARY}relawan rina di dispusip_solok {\n  keahlian mendongeng\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-01-03 pukul 09:00 selama 2 jam\n  butuh 1 relawan dengan keahlain mendongeng\n}\n`,
    written: [{ text: "keahlain", fixed: "keahlian" }],
    says: { en: "A need is written", id: "Kebutuhan ditulis" },
  },
  {
    name: "en: needs 1 staff with roel librarian and capasity >= 20",
    source: `${EN_LIBRARY}staff rina at dispusip_solok {\n  role librarian\n}\nroom hall at dispusip_solok {\n  capacity 30\n}\nprogram class at dispusip_solok {\n  category class\n  schedule once 2026-01-03 at 09:00 for 2h\n  needs 1 staff with roel librarian, room with capasity >= 20\n}\n`,
    written: [{ text: "roel", fixed: "role" }, { text: "capasity", fixed: "capacity" }],
    says: { en: "A need is written", id: "Kebutuhan ditulis" },
  },
  {
    name: "id: jumlah 2.500.000 (an amount with no Rp)",
    source: ID_PROGRAM("peserta 20", "2.500.000"),
    written: [{ text: "2.500.000", fixed: "Rp 2.500.000" }],
    says: { en: "with `Rp` before its digits", id: "dengan `Rp` di depan angkanya" },
  },
  {
    name: "id: a declaration's name written as words with spaces in its head (`program pekan literasi di …`, `ruang aula utama di … {`): one name joined with `_`",
    source: `${ID_LIBRARY}ruang aula utama di dispusip_solok { kapasitas 40 }\nprogram pekan literasi di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-03-03 pukul 09:00 selama 2 jam\n  butuh ruang aula_utama\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "aula utama", fixed: "aula_utama" },
      { text: "pekan literasi", fixed: "pekan_literasi" },
    ],
    says: { en: "a name is one word, its words joined with `_`", id: "nama adalah satu kata, kata-katanya disambung dengan `_`" },
  },
  {
    name: "id: jumlah 2.500.000 rupiah (no Rp, the currency's word after the amount): one error, `rupiah` written once as `Rp`",
    source: ID_PROGRAM("peserta 20", "2.500.000 rupiah"),
    written: [{ text: "2.500.000 rupiah", fixed: "Rp 2.500.000" }],
    says: { en: "with `Rp` before its digits", id: "dengan `Rp` di depan angkanya" },
  },
  {
    name: "id: jumlah 2,5 juta (no Rp, a word for its millions)",
    source: ID_PROGRAM("peserta 20", "2,5 juta"),
    written: [{ text: "2,5 juta", fixed: "Rp 2.500.000" }],
    says: { en: "with `Rp` before its digits", id: "dengan `Rp` di depan angkanya" },
  },
  {
    name: "en: costs 50000 per session (no Rp, no dots)",
    source: EN_PROGRAM("costs 50000 per session from apbd"),
    written: [{ text: "50000", fixed: "Rp 50.000" }],
    says: { en: "with `Rp` before its digits", id: "dengan `Rp` di depan angkanya" },
  },
  {
    name: "id: tersedia senin..jumat jam 8-14 (hours with no minutes, the end on a 24-hour clock)",
    source: `${ID_LIBRARY}relawan rina di dispusip_solok {\n  tersedia senin..jumat jam 8-14\n}\n`,
    written: [{ text: "jam 8-14", fixed: "08:00-14:00" }],
    says: { en: "right away", id: "langsung setelah harinya" },
  },
  {
    name: "id: buka senin..kamis jam 8-4 (an end before the start is the afternoon's)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..kamis jam 8-4\n}\n"),
    written: [{ text: "jam 8-4", fixed: "08:00-16:00" }],
    says: { en: "right away", id: "langsung setelah harinya" },
  },
  {
    name: "id: buka senin..kamis 8-16, jumat 8-11 (hours with no minutes right after their days)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..kamis 8-16, jumat 8-11\n}\n"),
    written: [{ text: "8-16", fixed: "08:00-16:00" }, { text: "8-11", fixed: "08:00-11:00" }],
    says: { en: "with their minutes", id: "dengan menitnya" },
  },
  {
    name: "en: open mon..fri 8 to 4 (an end before the start is the afternoon's)",
    source: EN_LIBRARY.replace("}\n", "  open mon..fri 8 to 4\n}\n"),
    written: [{ text: "8 to 4", fixed: "08:00-16:00" }],
    says: { en: "with their minutes", id: "dengan menitnya" },
  },
  {
    name: "id: peserta 40-50 orang, kapasitas 30 s.d. 40 kursi (a count as a range: its upper end)",
    source: ID_PROGRAM("peserta 40-50 orang").replace("anggaran apbd", "ruang r di dispusip_solok {\n  kapasitas 30 s.d. 40 kursi\n}\nanggaran apbd"),
    written: [{ text: "30 s.d. 40 kursi", fixed: "40" }, { text: "40-50 orang", fixed: "50" }],
    says: { en: "as one number", id: "satu angka" },
  },
  {
    name: "id: a MoU's articles (minimal 3 (tiga) sesi, sekurang-kurangnya, sebanyak-banyaknya, peserta 40 (empat puluh)); 5 (empat) offers both",
    source: ID_AGREEMENTS(...["sekurang-kurangnya 2 sesi kelas per bulan", "minimal 3 (tiga) sesi kelas per bulan", "sebanyak-banyaknya 5 (empat) sesi kelas per bulan"].map((l) => `berlaku 2026-01-01..2026-12-31\n  ${l}`)).replace("peserta 20", "peserta 40 (empat puluh)"),
    written: [
      { text: "40 (empat puluh)", fixed: "40" },
      { text: "sekurang-kurangnya", fixed: "minimal" },
      { text: "3 (tiga)", fixed: "3" },
      { text: "sebanyak-banyaknya", fixed: "maksimal" },
      { text: "5 (empat)", alternatives: ["5", "4"] },
    ],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: peserta maksimal 25 (a word bounding the count)",
    source: ID_PROGRAM("peserta maksimal 25"),
    written: [{ text: "maksimal 25", fixed: "25" }],
    says: { en: "its number alone, the number expected", id: "angkanya saja" },
  },
  {
    name: "id: peserta kurang lebih 30 orang (a rounded count, with what it counts)",
    source: ID_PROGRAM("peserta kurang lebih 30 orang"),
    written: [{ text: "kurang lebih 30 orang", fixed: "30" }],
    says: { en: "its number alone", id: "angkanya saja" },
  },
  {
    name: "id: buka senin..kamis 08:00-16:00, jumat 08:00-11:30 dan 13:30-16:00 (Friday's second span of hours without its day)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..kamis 08:00-16:00, jumat 08:00-11:30 dan 13:30-16:00\n}\n"),
    written: [{ text: "08:00-11:30 dan 13:30-16:00", fixed: "08:00-11:30, jumat 13:30-16:00" }],
    says: { en: "the days are written again", id: "harinya ditulis lagi" },
  },
  {
    name: "id: buka senin..jumat 08:00-12:00, 13-16 (the second span without its days, nor its minutes)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat 08:00-12:00, 13-16\n}\n"),
    written: [{ text: "13-16", fixed: "senin..jumat 13:00-16:00" }],
    says: { en: "the days are written again", id: "harinya ditulis lagi" },
  },
  {
    name: "id: buka senin..jumat 08:00-12:00 dan 13-16 (joined by a word, the comma written for it)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat 08:00-12:00 dan 13-16\n}\n"),
    written: [{ text: "dan 13-16", fixed: ", senin..jumat 13:00-16:00" }],
    says: { en: "the days are written again", id: "harinya ditulis lagi" },
  },
  {
    name: "en: available mon..fri 08:00-12:00, 13:00-16:00 (a lunch break, the days not written again)",
    source: `${EN_LIBRARY}staff rina at dispusip_solok {\n  available mon..fri 08:00-12:00, 13:00-16:00\n}\n`,
    written: [{ text: "08:00-12:00, 13:00-16:00", fixed: "08:00-12:00, mon..fri 13:00-16:00" }],
    says: { en: "the days are written again", id: "harinya ditulis lagi" },
  },
  {
    name: "id: buka senin..jumat 08:00-16:00 kecuali jumat 11:30-13:00 (Friday prayers excepted from a window)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat 08:00-16:00 kecuali jumat 11:30-13:00\n}\n"),
    written: [{ text: "senin..jumat 08:00-16:00 kecuali jumat 11:30-13:00", fixed: "senin..kamis 08:00-16:00, jumat 08:00-11:30, jumat 13:00-16:00" }],
    says: { en: "the hours excepted split", id: "jam yang dikecualikan memisah" },
  },
  {
    name: "en: open mon..fri 08:00-16:00 except mon 12:00-13:00 (the first day of the range)",
    source: EN_LIBRARY.replace("}\n", "  open mon..fri 08:00-16:00 except mon 12:00-13:00\n}\n"),
    written: [{ text: "mon..fri 08:00-16:00 except mon 12:00-13:00", fixed: "mon 08:00-12:00, mon 13:00-16:00, tue..fri 08:00-16:00" }],
    says: { en: "the hours excepted split", id: "jam yang dikecualikan memisah" },
  },
  {
    name: "id: setiap bulan pada minggu kedua hari selasa (the week, then its day, the month already said)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada minggu kedua hari selasa pukul 09:00 selama 2 jam mulai 2026-01-01\n}\n`,
    written: [{ text: "minggu kedua hari selasa", fixed: "selasa kedua" }],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "id: setiap bulan pada selasa minggu kedua, and two weeks with their day after `pada hari`",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada selasa minggu kedua pukul 09:00 selama 2 jam mulai 2026-01-01\n}\nprogram klub di dispusip_solok {\n  kategori klub_buku\n  jadwal setiap bulan pada minggu ke-2 dan ke-4 pada hari kamis pukul 09:00 selama 2 jam mulai 2026-01-01\n}\n`,
    written: [{ text: "selasa minggu kedua", fixed: "selasa kedua" }, { text: "minggu ke-2 dan ke-4 pada hari kamis", fixed: "kamis kedua dan keempat" }],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "id: setiap sabtu pertama setiap bulan, setiap Sabtu kedua dan keempat (the nth weekday written after `setiap`, the month after it or not at all)",
    source: `${ID_LIBRARY}program dongeng di dispusip_solok {\n  kategori mendongeng\n  jadwal setiap sabtu pertama setiap bulan pukul 09:00 selama 2 jam mulai 2026-01-01\n}\nprogram klub di dispusip_solok {\n  kategori klub_buku\n  jadwal setiap Sabtu kedua dan keempat pukul 09:00 selama 2 jam mulai 2026-01-01\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan sabtu terakhir pukul 09:00 selama 2 jam mulai 2026-01-01\n}\n`,
    written: [
      { text: "setiap sabtu pertama setiap bulan", fixed: "setiap bulan pada sabtu pertama" },
      { text: "setiap Sabtu kedua dan keempat", fixed: "setiap bulan pada sabtu kedua dan keempat" },
      { text: "sabtu terakhir", fixed: "pada sabtu terakhir" },
    ],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "id: Setiap Sabtu Pertama Setiap Bulan (capitalised, as a letter's heading writes it), setiap sabtu pertama, setiap bulan (a comma before the month)",
    source: `${ID_LIBRARY}program dongeng di dispusip_solok {\n  kategori mendongeng\n  jadwal Setiap Sabtu Pertama Setiap Bulan pukul 09:00 selama 2 jam mulai 2026-01-01\n}\nprogram klub di dispusip_solok {\n  kategori klub_buku\n  jadwal setiap sabtu pertama, setiap bulan pukul 09:00 selama 2 jam mulai 2026-01-01\n}\n`,
    written: [
      { text: "Setiap Sabtu Pertama Setiap Bulan", fixed: "setiap bulan pada sabtu pertama" },
      { text: "setiap sabtu pertama, setiap bulan", fixed: "setiap bulan pada sabtu pertama" },
    ],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "id: setiap sabtu pertama setiap 2 bulan (every other month, kept: `setiap 2 bulan pada sabtu pertama`)",
    source: `${ID_LIBRARY}program dongeng di dispusip_solok {\n  kategori mendongeng\n  jadwal setiap sabtu pertama setiap 2 bulan pukul 09:00 selama 2 jam mulai 2026-01-01\n}\n`,
    written: [{ text: "setiap sabtu pertama setiap 2 bulan", fixed: "setiap 2 bulan pada sabtu pertama" }],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "en: every first sat of the month, every last fri each month (not `every second sat`, which may be every other Saturday)",
    source: `${EN_LIBRARY}program tales at dispusip_solok {\n  category storytelling\n  schedule every first sat of the month at 09:00 for 2h from 2026-01-01\n}\nprogram club at dispusip_solok {\n  category book_club\n  schedule every last fri each month at 09:00 for 2h from 2026-01-01\n}\n`,
    written: [
      { text: "every first sat of the month", fixed: "every month on the first sat" },
      { text: "every last fri each month", fixed: "every month on the last fri" },
    ],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "en: every 2nd and 4th sat of the month (digits), every month first sat (`on the` left out; M6 of stop 42)",
    source: `${EN_LIBRARY}program tales at dispusip_solok {\n  category storytelling\n  schedule every 2nd and 4th sat of the month at 09:00 for 2h from 2026-01-01\n}\nprogram club at dispusip_solok {\n  category book_club\n  schedule every month first sat at 09:00 for 2h from 2026-01-01\n}\nprogram class at dispusip_solok {\n  category class\n  schedule every month 2nd and last fri at 09:00 for 2h from 2026-01-01\n}\n`,
    written: [
      { text: "every 2nd and 4th sat of the month", fixed: "every month on the second and fourth sat" },
      { text: "first sat", fixed: "on the first sat" },
      { text: "2nd and last fri", fixed: "on the second and last fri" },
    ],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "id: tiap bulan minggu kedua hari Selasa (the week and its day with no `pada`: the fix writes it)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal tiap bulan minggu kedua hari Selasa pukul 09:00 selama 2 jam mulai 2026-01-01\n}\nprogram klub di dispusip_solok {\n  kategori klub_buku\n  jadwal setiap bulan kamis minggu ke-2 dan ke-4 pukul 09:00 selama 2 jam mulai 2026-01-01\n}\n`,
    written: [{ text: "minggu kedua hari Selasa", fixed: "pada selasa kedua" }, { text: "kamis minggu ke-2 dan ke-4", fixed: "pada kamis kedua dan keempat" }],
    says: { en: "as the nth weekday", id: "sebagai hari ke-n" },
  },
  {
    name: "id: jadwal tiap bulan tanggal 10 (a day of the month without `pada`)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan tanggal 10 pukul 09:00 selama 2 jam mulai 2026-01-01\n}\n`,
    written: [{ text: "tanggal 10", fixed: "pada tanggal 10" }],
    says: { en: "follows `on`", id: "ditulis setelah `pada`" },
  },
  {
    name: "id and en: 2x per bulan, 3x per month (how many times with an `x`)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2x per bulan pada selasa antara 09:00-12:00 selama 1 jam mulai 2026-01-01\n}\nprogram club at dispusip_solok {\n  category book_discussion\n  schedule 3x per month on tue between 09:00-12:00 for 1h from 2026-01-01\n}\n`,
    written: [{ text: "2x", fixed: "2 kali" }, { text: "3x", fixed: "3 times" }],
    says: { en: "a number and `times`", id: "dengan angka dan `kali`" },
  },
  {
    name: "id: mulai Januari 2027 sampai Juni 2027 (months after a schedule's `mulai`: its start and its end)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam mulai Januari 2027 sampai Juni 2027\n}\n`,
    written: [{ text: "Januari 2027 sampai Juni 2027", fixed: "2027-01-01 sampai 2027-06-30" }],
    says: { en: "a span of months", id: "rentang bulan" },
  },
  {
    name: "id: buka setiap hari kerja 08:00-15:30 (named days after `setiap`, not every day of the week)",
    source: ID_LIBRARY.replace("}\n", "  buka setiap hari kerja 08:00-15:30, setiap hari Sabtu 08:00-12:00\n}\n"),
    written: [{ text: "setiap hari kerja", fixed: "hari_kerja" }, { text: "setiap hari Sabtu", fixed: "sabtu" }],
    says: { en: "their days are written alone", id: "harinya ditulis saja" },
  },
  {
    name: "en: open every weekday 08:00-15:00, every sat 08:00-12:00",
    source: EN_LIBRARY.replace("}\n", "  open every weekday 08:00-15:00, every sat 08:00-12:00\n}\n"),
    written: [{ text: "every weekday", fixed: "weekday" }, { text: "every sat", fixed: "sat" }],
    says: { en: "their days are written alone", id: "harinya ditulis saja" },
  },
  {
    name: "id: buka senin..jumat 08:00-16:00 kecuali rabu 12:00-13:00 (a day in the middle of the range)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat 08:00-16:00 kecuali rabu 12:00-13:00\n}\n"),
    written: [{ text: "senin..jumat 08:00-16:00 kecuali rabu 12:00-13:00", fixed: "senin..selasa 08:00-16:00, rabu 08:00-12:00, rabu 13:00-16:00, kamis..jumat 08:00-16:00" }],
    says: { en: "the hours excepted split", id: "jam yang dikecualikan memisah" },
  },
  {
    name: "id: buka sabtu 08:00-12:00, senin..jumat 08:00-16:00 kecuali rabu (a whole day excepted, the exception ending its line)",
    source: ID_LIBRARY.replace("}\n", "  buka sabtu 08:00-12:00, senin..jumat 08:00-16:00 kecuali rabu\n}\n"),
    written: [{ text: "senin..jumat 08:00-16:00 kecuali rabu", fixed: "senin..selasa 08:00-16:00, kamis..jumat 08:00-16:00" }],
    says: { en: "the hours excepted split", id: "jam yang dikecualikan memisah" },
  },
  {
    name: "id: buka senin..jumat 08:00-16:00 kecuali sabtu (a day the window does not have: the window as it is)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat 08:00-16:00 kecuali sabtu\n}\n"),
    written: [{ text: "senin..jumat 08:00-16:00 kecuali sabtu", fixed: "senin..jumat 08:00-16:00" }],
    says: { en: "nothing is excepted", id: "tidak ada yang dikecualikan" },
  },
  {
    name: "en: open mon..fri 08:00-16:00 except 12:00-13:00 (hours excepted on every day)",
    source: EN_LIBRARY.replace("}\n", "  open mon..fri 08:00-16:00 except 12:00-13:00\n}\n"),
    written: [{ text: "mon..fri 08:00-16:00 except 12:00-13:00", fixed: "mon..fri 08:00-12:00, mon..fri 13:00-16:00" }],
    says: { en: "the hours excepted split", id: "jam yang dikecualikan memisah" },
  },
  {
    name: "id: ketika hari adalah jumat (a comparison in words)",
    source: `${ID_LIBRARY}aturan jumatan {\n  ketika hari adalah jumat\n  maka larang "Salat Jumat"\n}\n`,
    written: [{ text: "adalah", fixed: "==" }],
    says: { en: "compares with `==`", id: "membandingkan dengan `==`" },
  },
  {
    name: "id: ketika hari adalah tidak jumat (not equal in words)",
    source: `${ID_LIBRARY}aturan jumatan {\n  ketika hari adalah tidak jumat\n  maka larang "Bukan Jumat"\n}\n`,
    written: [{ text: "adalah tidak", fixed: "!=" }],
    says: { en: "as `!=`", id: "sebagai `!=`" },
  },
  {
    name: "id: ketika hari bukan jumat (not equal in a word, which the grammar reads as `bukan dalam`)",
    source: `${ID_LIBRARY}aturan jumatan {\n  ketika hari bukan jumat\n  maka larang "Bukan Jumat"\n}\n`,
    written: [{ text: "bukan", fixed: "!=" }],
    says: { en: "as `!=`", id: "sebagai `!=`" },
  },
  {
    name: "id: ketika hari adalah jumat atau sabtu (one of several values, in words)",
    source: `${ID_LIBRARY}aturan akhir_minggu {\n  ketika hari adalah jumat atau sabtu\n  maka larang "Akhir minggu"\n}\n`,
    written: [{ text: "adalah jumat atau sabtu", fixed: "dalam [jumat, sabtu]" }],
    says: { en: "tested against their list", id: "diuji terhadap daftarnya" },
  },
  {
    name: "id: ketika hari == jumat atau sabtu atau minggu && bulan == 3 (three values, then another condition)",
    source: `${ID_LIBRARY}aturan akhir_minggu {\n  ketika hari == jumat atau sabtu atau minggu && bulan == 3\n  maka larang "Akhir minggu"\n}\n`,
    written: [{ text: "== jumat atau sabtu atau minggu", fixed: "dalam [jumat, sabtu, minggu]" }],
    says: { en: "tested against their list", id: "diuji terhadap daftarnya" },
  },
  {
    name: "id: ketika hari bukan sabtu dan minggu (none of several values)",
    source: `${ID_LIBRARY}aturan hari_kerja {\n  ketika hari bukan sabtu dan minggu\n  maka larang "Hari kerja"\n}\n`,
    written: [{ text: "bukan sabtu dan minggu", fixed: "bukan dalam [sabtu, minggu]" }],
    says: { en: "tested against their list", id: "diuji terhadap daftarnya" },
  },
  {
    name: "id: ketika hari == senin, selasa atau rabu (values listed with commas and a last `atau`)",
    source: `${ID_LIBRARY}aturan awal_pekan {\n  ketika hari == senin, selasa atau rabu\n  maka larang "Awal pekan"\n}\n`,
    written: [{ text: "== senin, selasa atau rabu", fixed: "dalam [senin, selasa, rabu]" }],
    says: { en: "tested against their list", id: "diuji terhadap daftarnya" },
  },
  {
    name: "en: when weekday == sat, sun (values listed with commas only: the condition keyword's language)",
    source: `${EN_LIBRARY}rule weekend {\n  when weekday == sat, sun\n  then forbid "Weekend"\n}\n`,
    written: [{ text: "== sat, sun", fixed: "in [sat, sun]" }],
    says: { en: "tested against their list", id: "diuji terhadap daftarnya" },
  },
  {
    name: "en: when weekday is fri or sat then …, on one line",
    source: `${EN_LIBRARY}rule weekend {\n  when weekday is fri or sat then forbid "Weekend"\n}\n`,
    written: [{ text: "is fri or sat", fixed: "in [fri, sat]" }],
    says: { en: "tested against their list", id: "diuji terhadap daftarnya" },
  },
  {
    name: "id: ketika hari == sabtu dan minggu (both at once holds on no day: the list offered)",
    source: `${ID_LIBRARY}aturan akhir_minggu {\n  ketika hari == sabtu dan minggu\n  maka larang "Akhir minggu"\n}\n`,
    written: [{ text: "== sabtu dan minggu", alternatives: ["dalam [sabtu, minggu]"] }],
    says: { en: "one value at a time", id: "satu nilai pada satu waktu" },
  },
  {
    name: "id: ketika hari adalah dalam [sabtu, minggu] (a word before `dalam`)",
    source: `${ID_LIBRARY}aturan akhir_minggu {\n  ketika hari adalah dalam [sabtu, minggu]\n  maka larang "Akhir minggu"\n}\n`,
    written: [{ text: "adalah dalam", fixed: "dalam" }],
    says: { en: "compares by itself", id: "sudah membandingkan sendiri" },
  },
  {
    name: "en: when weekday is not in [sat, sun]",
    source: `${EN_LIBRARY}rule weekdays {\n  when weekday is not in [sat, sun]\n  then forbid "Weekdays"\n}\n`,
    written: [{ text: "is not in", fixed: "not in" }],
    says: { en: "compares by itself", id: "sudah membandingkan sendiri" },
  },
  {
    name: "id: jadwal sekali tanggal 5 Januari 2026 (a word for the date, the month by name)",
    source: `${ID_LIBRARY}program lomba di dispusip_solok {\n  kategori lomba\n  jadwal sekali tanggal 5 Januari 2026 pukul 09:00 selama 3 jam\n}\n`,
    written: [{ text: "tanggal 5 Januari 2026", fixed: "2026-01-05" }],
    says: { en: "a date alone", id: "tanggal saja" },
  },
  {
    name: "en: schedule once date 2026-01-05",
    source: `${EN_LIBRARY}program contest at dispusip_solok {\n  category contest\n  schedule once date 2026-01-05 at 09:00 for 3h\n}\n`,
    written: [{ text: "date 2026-01-05", fixed: "2026-01-05" }],
    says: { en: "a date alone", id: "tanggal saja" },
  },
  {
    name: "id: pukul 09.00 in a weekly schedule",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09.00 selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "09.00", fixed: "09:00" }],
    says: TIME,
  },
  {
    name: "en: at 9.30 in a weekly schedule",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 9.30 for 2h from 2026-01-03\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "9.30", fixed: "09:30" }],
    says: TIME,
  },
  {
    name: "id: buka senin..jumat 08.00-16.00 (the window read again)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat 08.00-16.00\n}\n"),
    written: [{ text: "08.00", fixed: "08:00" }, { text: "16.00", fixed: "16:00" }],
    says: TIME,
  },
  {
    name: "en: open mon..thu 08.00-16.00, fri 08.00-11.30 (a day group after a whole day)",
    source: EN_LIBRARY.replace("}\n", "  open mon..thu 08.00-16.00, fri 08.00-11.30\n}\n"),
    written: [{ text: "08.00", fixed: "08:00" }, { text: "16.00", fixed: "16:00" }, { text: "08.00", fixed: "08:00" }, { text: "11.30", fixed: "11:30" }],
    says: TIME,
  },
  {
    name: "en: available mon..fri 08.00-16.00",
    source: `${EN_LIBRARY}staff budi at dispusip_solok {\n  role librarian\n  available mon..fri 08.00-16.00\n}\n`,
    written: [{ text: "08.00", fixed: "08:00" }, { text: "16.00", fixed: "16:00" }],
    says: TIME,
  },
  {
    name: "id: tersedia sabtu 08.00-12.00",
    source: `${ID_LIBRARY}staf budi di dispusip_solok {\n  peran pustakawan\n  tersedia sabtu 08.00-12.00\n}\n`,
    written: [{ text: "08.00", fixed: "08:00" }, { text: "12.00", fixed: "12:00" }],
    says: TIME,
  },
  {
    name: "id: mulai 17-08-2026 after pukul 09.00 (two in one property)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09.00 selama 2 jam mulai 17-08-2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "09.00", fixed: "09:00" }, { text: "17-08-2026", fixed: "2026-08-17" }],
    says: { en: "written", id: "ditulis" },
  },
  {
    name: "id: sekali 17/08/2026",
    source: `${ID_LIBRARY}program lomba di dispusip_solok {\n  kategori lomba_membaca\n  jadwal sekali 17/08/2026 pukul 08:00 selama 6 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "17/08/2026", fixed: "2026-08-17" }],
    says: DAY_FIRST,
  },
  {
    name: "en: once 17.08.2026",
    source: `${EN_LIBRARY}program contest at dispusip_solok {\n  category reading_contest\n  schedule once 17.08.2026 at 08:00 for 6h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "17.08.2026", fixed: "2026-08-17" }],
    says: DAY_FIRST,
  },
  {
    name: "id: sampai 17-12-26 (a two-digit year, read in this century)",
    source: `${ID_LIBRARY}program dongeng di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 1 jam mulai 2026-01-03 sampai 17-12-26\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "17-12-26", fixed: "2026-12-17" }],
    says: { en: "two-digit year", id: "tahun dua angka" },
  },
  {
    name: "en: once 5/1/26 and except 31.12.26 (unpadded, slashes and dots)",
    source: `${EN_LIBRARY}program contest at dispusip_solok {\n  category reading_contest\n  schedule every week on sat at 08:00 for 6h from 5/1/26 except 31.12.26\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "5/1/26", fixed: "2026-01-05" }, { text: "31.12.26", fixed: "2026-12-31" }],
    says: { en: "two-digit year", id: "tahun dua angka" },
  },
  {
    name: "id: 30-02-26 is no date (no fix)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 30-02-26 pukul 08:00 selama 6 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "30-02-26" }],
    says: { en: "2026-02-30 is not on the calendar", id: "2026-02-30 tidak ada di kalender" },
  },
  {
    name: "id: sekali 17 Agustus 2026 (a month's name)",
    source: `${ID_LIBRARY}program lomba di dispusip_solok {\n  kategori lomba_membaca\n  jadwal sekali 17 Agustus 2026 pukul 08:00 selama 6 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "17 Agustus 2026", fixed: "2026-08-17" }],
    says: { en: "month's name", id: "nama bulannya" },
  },
  {
    name: "en: once 31 Feb 2026 is no date (no fix)",
    source: `${EN_LIBRARY}program contest at dispusip_solok {\n  category reading_contest\n  schedule once 31 Feb 2026 at 08:00 for 6h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "31 Feb 2026" }],
    says: { en: "2026-02-31 is not on the calendar): Lontar writes a date as year-month-day, YYYY-MM-DD (`2026-02-28`)", id: "2026-02-31 tidak ada di kalender): Lontar menulis tanggal sebagai tahun-bulan-tanggal, YYYY-MM-DD (`2026-02-28`)" },
  },
  {
    name: "id: pukul 09:00 WIB (a zone's name after the time)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 WIB selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "09:00 WIB", fixed: "09:00" }],
    says: { en: "library's zone", id: "zona waktu perpustakaannya" },
  },
  {
    name: "id: pukul 9 WIB (an hour and its zone's name: one mistake), pukul 3:00 WIB, pukul 3 WIB, pukul 3.30 WIB (morning or afternoon: both offered)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 9 WIB selama 2 jam mulai 2026-01-03\n  jadwal setiap minggu pada jumat pukul 3:00 WIB selama 2 jam mulai 2026-01-03\n  jadwal setiap minggu pada kamis pukul 3 WIB selama 2 jam mulai 2026-01-03\n  jadwal setiap minggu pada rabu pukul 3.30 WIB selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "9 WIB", fixed: "09:00" },
      { text: "3:00 WIB", alternatives: ["03:00", "15:00"] },
      { text: "3 WIB", alternatives: ["03:00", "15:00"] },
      { text: "3.30 WIB", alternatives: ["03:30", "15:30"] },
    ],
    says: { en: "library's zone", id: "zona waktu perpustakaannya" },
  },
  {
    name: "id: tutup 01/03/2026 s.d. 12/03/2026, 1 Maret 2026 sampai 12 Maret 2026 (a range as letters write it: one error for the whole range)",
    source: ID_LIBRARY.replace("}\n", '  tutup 01/03/2026 s.d. 12/03/2026 "Renovasi"\n  tutup 1 April 2026 sampai 3 April 2026 "Inventarisasi"\n}\n'),
    written: [{ text: "01/03/2026 s.d. 12/03/2026", fixed: "2026-03-01..2026-03-12" }, { text: "1 April 2026 sampai 3 April 2026", fixed: "2026-04-01..2026-04-03" }],
    says: { en: "as letters write it", id: "seperti yang ditulis dalam surat" },
  },
  {
    name: "id: kecuali 01/03/2026 s.d. 12/03/2026 (a range of days excepted: `..`, never `sampai`, which would end the schedule there)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam mulai 2026-01-05 kecuali 01/03/2026 s.d. 12/03/2026\n}\ncakrawala 2026-01-01..2026-06-30\n`,
    written: [{ text: "01/03/2026 s.d. 12/03/2026", fixed: "2026-03-01..2026-03-12" }],
    says: { en: "as letters write it", id: "seperti yang ditulis dalam surat" },
  },
  {
    name: "id: kecuali 2026-02-02, 2026-03-02 s.d. 2026-03-12 (the join of a range in a list of dates excepted)",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori klub_buku\n  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam mulai 2026-01-05 kecuali 2026-02-02, 2026-03-02 s.d. 2026-03-12\n}\ncakrawala 2026-01-01..2026-06-30\n`,
    written: [{ text: "s.d.", fixed: ".." }],
    says: { en: "range of dates", id: "rentang tanggal" },
  },
  {
    name: "id: pukul 9:00 WIB (an hour of one digit and a zone: one error, its fix the hour of two digits LON3002 asks for)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 9:00 WIB selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "9:00 WIB", fixed: "09:00" }],
    says: { en: "library's zone", id: "zona waktu perpustakaannya" },
  },
  {
    name: "id: a one-off on a day and a month with no year (sekali 19 Agustus), a horizon of two years: one error that asks for the whole date, no fix",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 19 Agustus pukul 08:00 selama 2 jam\n}\ncakrawala 2026-01-01..2027-12-31\n`,
    written: [{ text: "19 Agustus" }],
    says: { en: "as `YYYY-MM-DD` (`2026-08-19`)", id: "tidak memakai tahun" },
  },
  {
    // A Sleman planner's walk (stop 55): `sekali 17 Agustus` in a 2027 plan had no fix, and its example was 2026's.
    name: "id: a one-off on a day and a month with no year whose horizon holds it once (sekali 17 Agustus, cakrawala 2027): the horizon's date its certain fix",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 17 Agustus pukul 08:00 selama 2 jam termasuk libur\n}\ncakrawala 2027-01-01..2027-12-31\n`,
    written: [{ text: "17 Agustus", fixed: "2027-08-17" }],
    says: { en: "(`2027-08-17`)", id: "tidak memakai tahun" },
  },
  {
    // A Sleman planner's walk (stop 55): the reason of a closure not in quotes, and a need's count after what it counts.
    name: "id: tutup 2027-03-08..2027-03-15 Lebaran Idul Fitri (a closure's reason not in quotes): quoted as the fix",
    source: `perpustakaan dispusip_solok {\n  jenjang kota\n  wilayah "Sumatera Barat" / "Kota Solok"\n  tutup 2027-03-08..2027-03-15 Lebaran Idul Fitri\n}\n`,
    written: [{ text: "Lebaran Idul Fitri", fixed: '"Lebaran Idul Fitri"' }],
    says: { en: "in quotes", id: "tanda kutip" },
  },
  {
    name: "id: butuh koleksi paket_rotasi 6, ruang aula (a need's count after what it counts): the count first as the fix",
    source: `${ID_LIBRARY}koleksi paket_rotasi di dispusip_solok {\n  paket 10\n  eksemplar 200\n}\nruang aula di dispusip_solok {\n  kapasitas 40\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03\n  butuh koleksi paket_rotasi 6, ruang aula\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "koleksi paket_rotasi 6", fixed: "6 koleksi paket_rotasi" }],
    says: { en: "a need's count comes before what it counts", id: "jumlah kebutuhan ditulis sebelum" },
  },
  {
    name: "id: a day and a month with no year and no horizon in the file: the example with `YYYY` for the year",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 1 Januari pukul 08:00 selama 2 jam\n}\n`,
    written: [{ text: "1 Januari" }],
    says: { en: "(`YYYY-01-01`)", id: "(`YYYY-01-01`)" },
  },
  {
    name: "id: 31 Juni with no year (a day its month never has): no date, said so, not `YYYY-06-31`",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 31 Juni pukul 08:00 selama 2 jam\n}\ncakrawala 2027-01-01..2027-12-31\n`,
    written: [{ text: "31 Juni" }],
    says: { en: "is no date: that month has at most 30 days", id: "bukan tanggal: bulan itu paling banyak 30 hari" },
  },
  {
    name: "en: 30 February with no year: that month has at most 29 days",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 30 Februari pukul 08:00 selama 2 jam\n}\n`,
    written: [{ text: "30 Februari" }],
    says: { en: "that month has at most 29 days", id: "paling banyak 29 hari" },
  },
  {
    name: "id: pkl. and pkl (a letter's short form of pukul) before a time, with a time written with a dot",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pkl. 09:00 selama 2 jam mulai 2026-01-03\n  jadwal setiap minggu pada senin pkl 13.30 selama 1 jam mulai 2026-01-05\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "pkl.", fixed: "pukul" }, { text: "pkl", fixed: "pukul" }, { text: "13.30", fixed: "13:30" }],
    says: { en: "Lontar writes `", id: "Lontar menulis `" },
  },
  {
    name: "id: pada sabtu jam 09:00 (jam for pukul)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu jam 09:00 selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "jam", fixed: "pukul" }],
    says: { en: "`jam` counts hours", id: "`jam` menghitung lama" },
  },
  {
    name: "id: a time right after a one-off's date and after a day, with no pukul (spreadsheet columns side by side)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-08-17 09:00 selama 3 jam\n  jadwal setiap minggu pada sabtu 13:30 selama 2 jam mulai 2026-01-03\n  jadwal setiap hari 08:00 selama 1 jam mulai 2026-02-02 sampai 2026-02-06\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "09:00", fixed: "pukul 09:00" }, { text: "13:30", fixed: "pukul 13:30" }, { text: "08:00", fixed: "pukul 08:00" }],
    says: { en: "a time of day", id: "jam dalam sehari" },
  },
  {
    name: "id: a time written with a dot right after a date, with no pukul: one mistake, one fix for both",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-08-17 9.30 selama 3 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "9.30", fixed: "pukul 09:30" }],
    says: { en: "a time of day", id: "jam dalam sehari" },
  },
  {
    name: "en: a time right after a one-off's date, with no at",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule once 2026-08-17 09:00 for 3h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "09:00", fixed: "at 09:00" }],
    says: { en: "a time of day", id: "jam dalam sehari" },
  },
  {
    name: "id: a time with its minutes and a part of the day (pukul 1.30 siang, pukul 8:15 malam) is on a 12-hour clock: 13:30, 20:15 (it was fixed to 01:30, the part left as an error)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 1.30 siang selama 2 jam mulai 2026-01-06\n  jadwal setiap minggu pada kamis pukul 8:15 malam selama 1 jam mulai 2026-01-08\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "1.30 siang", fixed: "13:30" }, { text: "8:15 malam", fixed: "20:15" }],
    says: { en: "24-hour clock", id: "24 jam" },
  },
  {
    name: "id: a part of the day that does not fit the hour (pukul 5.00 siang): both readings offered, neither applied",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 5.00 siang selama 2 jam mulai 2026-01-06\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "5.00 siang", alternatives: ["05:00", "17:00"] }],
    says: { en: "does not fit the hour", id: "tidak cocok dengan jamnya" },
  },
  {
    name: "id: jam 9 pagi, jam 14 (jam for pukul, an hour with no minutes); a length of hours and minutes stays",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada senin jam 14 selama 90 menit mulai 2026-01-05\n  jadwal setiap minggu pada sabtu jam 9 pagi selama 2 jam 30 menit mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "jam", fixed: "pukul" }, { text: "14", fixed: "14:00" }, { text: "jam", fixed: "pukul" }, { text: "9 pagi", fixed: "09:00" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: setiap hari Selasa jam 9 pagi (three forms in a row), a length of an hour and minutes after it stays",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap hari Selasa jam 9 pagi selama 1 jam 15 menit mulai 2026-01-06\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "hari Selasa", fixed: "selasa" }, { text: "jam", fixed: "pukul" }, { text: "9 pagi", fixed: "09:00" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: sampai dengan and s.d. (for sampai)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03 sampai dengan 2026-06-27\n  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam mulai 2026-01-05 s.d. 2026-06-29\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "sampai dengan", fixed: "sampai" }, { text: "s.d.", fixed: "sampai" }],
    says: { en: "means `sampai`", id: "berarti `sampai`" },
  },
  {
    name: "id: s/d and s.d (no last dot) before a schedule's last date, and 40 org (a count's short unit)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  peserta 40 org\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03 s/d 2026-06-27\n  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam mulai 2026-01-05 s.d 2026-06-29\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "40 org", fixed: "40" }, { text: "s/d", fixed: "sampai" }, { text: "s.d", fixed: "sampai" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: jumlah Rp 150.000.000,00 and Rp. 150.000 (cents, a dot after Rp)",
    source: `${ID_LIBRARY}anggaran apbd di dispusip_solok {\n  jumlah Rp 150.000.000,00\n  periode 2026\n}\nanggaran apbd_2 di dispusip_solok {\n  jumlah Rp. 150.000\n  periode 2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Rp 150.000.000,00", fixed: "Rp 150.000.000" }, { text: "Rp. 150.000", fixed: "Rp 150.000" }],
    says: { en: "Lontar writes", id: "Lontar menulis" },
  },
  {
    name: "id: jumlah Rp. 150.000,00 and Rp.150.000 (a dot and cents together are one mistake, quoted as written)",
    source: `${ID_LIBRARY}anggaran apbd di dispusip_solok {\n  jumlah Rp. 150.000,00\n  periode 2026\n}\nanggaran apbd_2 di dispusip_solok {\n  jumlah Rp.150.000\n  periode 2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Rp. 150.000,00", fixed: "Rp 150.000" }, { text: "Rp.150.000", fixed: "Rp 150.000" }],
    says: { en: "dot after `Rp`", id: "titik setelah `Rp`" },
  },
  {
    name: "en: amount Rp 150.000,50 is no whole rupiah (no fix)",
    source: `${EN_LIBRARY}budget apbd at dispusip_solok {\n  amount Rp 150.000,50\n  period 2026\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "Rp 150.000,50" }],
    says: { en: "whole rupiah", id: "rupiah bulat" },
  },
  {
    name: "id and en: an amount with a minus sign (Rp -5.000, -Rp 5.000, Rp - 5.000) is below zero (no fix; was 'expected an amount' at `Rp`)",
    source: `${ID_LIBRARY}anggaran apbd di dispusip_solok {\n  jumlah Rp -5.000\n  periode 2026\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  biaya -Rp 5.000 per sesi\n}\nanggaran apbd_2 di dispusip_solok {\n  jumlah Rp - 5.000\n  periode 2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Rp -5.000" }, { text: "-Rp 5.000" }, { text: "Rp - 5.000" }],
    says: { en: "below zero", id: "di bawah nol" },
  },
  {
    name: "id: a negative amount with what follows it (Rp -5.000,-, Rp -5,000) is one mistake with no fix (a review: another reader took `,-` with the placeholder and offered `Rp 0` as certain)",
    source: `${ID_LIBRARY}anggaran apbd di dispusip_solok {\n  jumlah Rp -5.000,-\n  periode 2026\n}\nanggaran apbd_2 di dispusip_solok {\n  jumlah Rp -5,000\n  periode 2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Rp -5.000,-" }, { text: "Rp -5,000" }],
    says: { en: "below zero", id: "di bawah nol" },
  },
  {
    name: "id and en: students' school level without quotes (pelajar SD, siswa SMP/MTs, students SMA) is written in quotes (was LON3004 on `pelajar_sd`, its fix dropping the level)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  sasaran pelajar SD\n  jadwal sekali 2026-03-02 pukul 09:00 selama 1 jam\n}\nprogram kelas_2 di dispusip_solok {\n  kategori kelas\n  sasaran siswa SMP/MTs\n  jadwal sekali 2026-03-02 pukul 09:00 selama 1 jam\n}\nprogram kelas_3 di dispusip_solok {\n  kategori kelas\n  audience students SMA\n  jadwal sekali 2026-03-02 pukul 09:00 selama 1 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "pelajar SD", fixed: 'pelajar "SD/MI"' }, { text: "siswa SMP/MTs", fixed: 'siswa "SMP/MTs"' }, { text: "students SMA", fixed: 'students "SMA/MA/SMK"' }],
    says: { en: "in quotes", id: "tanda kutip" },
  },
  {
    // A walk of stop 59: `kapasitas 1,200 buku` said "not a whole number" alone.
    name: "id: a count with a comma before three digits (kapasitas 1,200 buku): the whole number offered, not applied",
    source: `${ID_LIBRARY}kendaraan mobil di dispusip_solok {\n  kapasitas 1,200 buku\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "1,200", alternatives: ["1200"] }],
    says: { en: "if the comma groups thousands, as English writes them, write `1200`", id: "bila komanya memisahkan ribuan, seperti tulisan Inggris, tulis `1200`" },
  },
  {
    // A review of stop 59: `1,200,000` was two errors, the first offering `1200` (`1200,000`).
    name: "id: a count with commas between groups of three digits (kapasitas 1,200,000 buku): one error, the whole number offered",
    source: `${ID_LIBRARY}kendaraan mobil di dispusip_solok {\n  kapasitas 1,200,000 buku\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "1,200,000", alternatives: ["1200000"] }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: selama 1,5 jam (hours with a decimal comma)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 1,5 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "1,5 jam", fixed: "1 jam 30 menit" }],
    says: { en: "with a fraction", id: "dengan pecahan" },
  },
  {
    name: "id: a length's unit shortened (selama 2j, 90 mnt.) and half an hour in words (setengah jam, 1 jam setengah, satu setengah jam)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2j mulai 2026-01-03\n  jadwal setiap minggu pada senin pukul 09:00 selama 90 mnt. mulai 2026-01-03\n  jadwal setiap minggu pada selasa pukul 09:00 selama setengah jam mulai 2026-01-03\n  jadwal setiap minggu pada rabu pukul 09:00 selama 1 jam setengah mulai 2026-01-03\n  jadwal setiap minggu pada kamis pukul 09:00 selama satu setengah jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "2j", fixed: "2 jam" },
      { text: "90 mnt.", fixed: "90 menit" },
      { text: "setengah jam", fixed: "30 menit" },
      { text: "1 jam setengah", fixed: "1 jam 30 menit" },
      { text: "satu setengah jam", fixed: "1 jam 30 menit" },
    ],
    says: { en: "Lontar writes a length", id: "Lontar menulis" },
  },
  {
    name: "en: a length's unit shortened (for 2 hrs, for 45 mins, for 1 hr)",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 09:00 for 2 hrs from 2026-01-03\n  schedule every week on mon at 09:00 for 45 mins from 2026-01-03\n  schedule every week on tue at 09:00 for 1 hr from 2026-01-03\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [
      { text: "2 hrs", fixed: "2 hours" },
      { text: "45 mins", fixed: "45 minutes" },
      { text: "1 hr", fixed: "1 hour" },
    ],
    says: { en: "a length's unit in full", id: "satuan durasi dengan lengkap" },
  },
  {
    name: "en: for 1.5 hours (a decimal point; `1.30` with two digits may be h.mm and stays the grammar's error)",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 09:00 for 1.5 hours from 2026-01-03\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "1.5 hours", fixed: "1 hour 30 minutes" }],
    says: { en: "with a fraction", id: "dengan pecahan" },
  },
  {
    name: "id: selama 1,33 jam is no whole number of minutes (no fix)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 1,33 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "1,33 jam" }],
    says: { en: "no whole number of minutes", id: "bukan menit bulat" },
  },
  {
    name: "id: a line as an office letter writes it, every form at once (jam, 09.00 WIB, 1,5 jam, 03-01-26, s.d., 19 Desember 2026)",
    source: `${ID_LIBRARY}program dongeng di dispusip_solok {\n  kategori mendongeng\n  jadwal setiap pekan pada sabtu jam 09.00 WIB selama 1,5 jam mulai 03-01-26 s.d. 19 Desember 2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "jam", fixed: "pukul" },
      { text: "09.00 WIB", fixed: "09:00" },
      { text: "1,5 jam", fixed: "1 jam 30 menit" },
      { text: "03-01-26", fixed: "2026-01-03" },
      { text: "s.d.", fixed: "sampai" },
      { text: "19 Desember 2026", fixed: "2026-12-19" },
    ],
    // Every message quotes what Lontar writes.
    says: { en: "`", id: "`" },
  },
  {
    name: "en: from 2026-8-17 (unpadded)",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 09:00 for 2h from 2026-8-17\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "2026-8-17", fixed: "2026-08-17" }],
    says: ISO,
  },
  {
    name: "id: sekali 2026/08/17 (year first with slashes)",
    source: `${ID_LIBRARY}program lomba di dispusip_solok {\n  kategori lomba_membaca\n  jadwal sekali 2026/08/17 pukul 08:00 selama 6 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "2026/08/17", fixed: "2026-08-17" }],
    says: ISO,
  },
  {
    name: "id: cakrawala 01-01-2026..31/12/2026",
    source: `cakrawala 01-01-2026..31/12/2026\n${ID_LIBRARY}`,
    written: [{ text: "01-01-2026", fixed: "2026-01-01" }, { text: "31/12/2026", fixed: "2026-12-31" }],
    says: DAY_FIRST,
  },
  {
    name: "en: horizon 2026-1-1..2026-12-31",
    source: `horizon 2026-1-1..2026-12-31\n${EN_LIBRARY}`,
    written: [{ text: "2026-1-1", fixed: "2026-01-01" }],
    says: ISO,
  },
  {
    name: "id: kecuali 17-08-2026, 24/08/2026..31/08/2026",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03 kecuali 17-08-2026, 24/08/2026..31/08/2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "17-08-2026", fixed: "2026-08-17" }, { text: "24/08/2026", fixed: "2026-08-24" }, { text: "31/08/2026", fixed: "2026-08-31" }],
    says: DAY_FIRST,
  },
  {
    name: "en: except 17-08-2026",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 09:00 for 2h from 2026-01-03 except 17-08-2026\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "17-08-2026", fixed: "2026-08-17" }],
    says: DAY_FIRST,
  },
  {
    name: "id: tutup 17-08-2026 with a reason",
    source: ID_LIBRARY.replace("}\n", '  tutup 17-08-2026 "Hari Kemerdekaan"\n}\n'),
    written: [{ text: "17-08-2026", fixed: "2026-08-17" }],
    says: DAY_FIRST,
  },
  {
    name: "en: a condition's time, when hour >= 09.00 (the property read again)",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 09:00 for 2h from 2026-01-03\n  when hour >= 09.00\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "09.00", fixed: "09:00" }],
    says: TIME,
  },
  {
    name: "id: 31-02-2026 is no date (no fix)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 31-02-2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "31-02-2026" }],
    // The date shown as the way to write one is of the month written (a walk: a 2027 plan was shown 2026-08-17).
    says: { en: "2026-02-31 is not on the calendar): Lontar writes a date year first, as year-month-day, YYYY-MM-DD (`2026-02-28`)", id: "2026-02-31 tidak ada di kalender): Lontar menulis tanggal dengan tahun lebih dulu, sebagai tahun-bulan-tanggal, YYYY-MM-DD (`2026-02-28`)" },
  },
  {
    // A walk of stop 41 asked for the month-first reading: offered, as American forms write it, never applied.
    name: "en: 08-17-2026 read day first is no date (no fix: month first is a guess, offered)",
    source: `${EN_LIBRARY}program contest at dispusip_solok {\n  category reading_contest\n  schedule once 08-17-2026 at 08:00 for 6h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "08-17-2026", alternatives: ["2026-08-17"] }],
    says: { en: "2026-17-08 is not on the calendar", id: "2026-17-08 tidak ada di kalender" },
  },
  {
    name: "id: pukul 25.00 is no time (no fix), and the date after it still gets its own",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 25.00 selama 2 jam mulai 17-08-2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "25.00" }, { text: "17-08-2026", fixed: "2026-08-17" }],
    says: { en: "written", id: "ditulis" },
  },
  {
    name: "en: 2026-2-30 is no date (no fix)",
    source: `${EN_LIBRARY}program contest at dispusip_solok {\n  category reading_contest\n  schedule once 2026-2-30 at 08:00 for 6h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "2026-2-30" }],
    says: { en: "2026-02-30 is not on the calendar", id: "2026-02-30 tidak ada di kalender" },
  },
  {
    name: "id: days joined by -, s.d., s/d and sampai dengan (for ..)",
    source: ID_LIBRARY.replace("}\n", "  buka senin-selasa 08:00-16:00, rabu s.d. kamis 08:00-16:00, jumat s/d sabtu 08:00-11:30\n}\n") + `perpustakaan desa {\n  jenjang desa\n  wilayah "Sumatera Barat" / "Kota Solok"\n  buka senin sampai dengan jumat 08:00-12:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "-", fixed: ".." }, { text: "s.d.", fixed: ".." }, { text: "s/d", fixed: ".." }, { text: "sampai dengan", fixed: ".." }],
    says: { en: "a range of days", id: "rentang hari" },
  },
  {
    name: "en: days joined by to and through (for ..)",
    source: EN_LIBRARY.replace("}\n", "  open mon to thu 08:00-16:00, fri through sat 08:00-11:30\n}\n") + "horizon 2026-01-01..2026-12-31\n",
    written: [{ text: "to", fixed: ".." }, { text: "through", fixed: ".." }],
    says: { en: "a range of days", id: "rentang hari" },
  },
  {
    name: "id: dates joined by s/d and - (for ..), and s.d. after a schedule's mulai still read as sampai",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam mulai 2026-01-05 s.d. 2026-06-29\n}\ncakrawala 2026-01-01 s/d 2026-12-31\n`,
    written: [{ text: "s.d.", fixed: "sampai" }, { text: "s/d", fixed: ".." }],
    says: { en: "`", id: "`" },
  },
  {
    name: "en: a horizon's dates joined by - (for ..)",
    source: `${EN_LIBRARY}horizon 2026-01-01 - 2026-12-31\n`,
    written: [{ text: "-", fixed: ".." }],
    says: { en: "a range of dates", id: "rentang tanggal" },
  },
  {
    name: "id: times joined by sampai and s.d. (for -), with a time written with a dot",
    source: ID_LIBRARY.replace("}\n", "  buka senin..kamis 08:00 sampai 16:00, jumat 08.00 s.d. 11:30\n}\ncakrawala 2026-01-01..2026-12-31\n"),
    written: [{ text: "sampai", fixed: "-" }, { text: "08.00", fixed: "08:00" }, { text: "s.d.", fixed: "-" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: names written with - between their words (a declaration's own, a value, a resource named in needs)",
    source: `${ID_LIBRARY}ruang ruang_baca di dispusip_solok {\n  kapasitas 20\n}\nprogram kelas-menulis di dispusip_solok {\n  kategori kelas\n  sasaran anak-anak\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03\n  butuh ruang ruang-baca\n}\nprogram lanjutan di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam mulai 2026-01-05\n  setelah kelas_menulis\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "kelas-menulis", fixed: "kelas_menulis" }, { text: "anak-anak", fixed: "anak_anak" }, { text: "ruang-baca", fixed: "ruang_baca" }],
    says: { en: "joins its words with `_`", id: "dengan `_`" },
  },
  {
    // A walk of stop 41: `program dongeng-sabtu` gave "expected `di` or `{` after `dongeng`, found `-`" (a day's name is a keyword).
    name: "id: a name with a hyphen whose last word is a day's name (program dongeng-sabtu, setelah dongeng-sabtu): _; a range of days stays one",
    source: `${ID_LIBRARY}program dongeng-sabtu di dispusip_solok {\n  kategori mendongeng\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 1 jam mulai 2026-01-03\n}\nprogram lanjutan di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam mulai 2026-01-05\n  setelah dongeng-sabtu\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "dongeng-sabtu", fixed: "dongeng_sabtu" }, { text: "dongeng-sabtu", fixed: "dongeng_sabtu" }],
    says: { en: "`_`", id: "`_`" },
  },
  {
    name: "en: names and values in quotes where a name stands",
    source: `${EN_LIBRARY}room reading_room at dispusip_solok {\n  capacity 20\n}\nprogram writing at dispusip_solok {\n  category "class"\n  audience "children"\n  schedule every week on sat at 09:00 for 2h from 2026-01-03\n  needs room "reading room"\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: '"class"', fixed: "class" }, { text: '"children"', fixed: "children" }, { text: '"reading room"', fixed: "reading_room" }],
    says: { en: "without quotes", id: "tanpa tanda kutip" },
  },
  {
    name: "id: hours with no minutes (pukul 10, pukul 3 sore, pukul 8 malam)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 10 selama 2 jam mulai 2026-01-03\n  jadwal setiap minggu pada senin pukul 3 sore selama 2 jam mulai 2026-01-05\n  jadwal setiap minggu pada rabu pukul 8 malam selama 1 jam mulai 2026-01-07\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "10", fixed: "10:00" }, { text: "3 sore", fixed: "15:00" }, { text: "8 malam", fixed: "20:00" }],
    says: { en: "no minutes", id: "tanpa menit" },
  },
  {
    name: "id: times being typed, their minutes not written yet (pukul 09:, buka senin..jumat 08:0) (no fix)",
    source: `${ID_LIBRARY.replace("}\n", "  buka senin..jumat 08:0\n}\n")}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09: selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "08:0" }, { text: "09:" }],
    says: { en: "unfinished time", id: "belum lengkap" },
  },
  {
    name: "id: dates being typed, their month or day not written yet (cakrawala 2026-, mulai 2026-01-0) (no fix)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-0\n}\ncakrawala 2026-\n`,
    written: [{ text: "2026-01-0" }, { text: "2026-" }],
    says: { en: "unfinished date", id: "belum lengkap" },
  },
  {
    name: "id: rupiah being typed, fewer than three digits after a dot (Rp 50.0, Rp 1.500.) (no fix)",
    source: ID_PROGRAM("biaya Rp 50.0 per sesi dari apbd", "Rp 1.500."),
    written: [{ text: "Rp 1.500." }, { text: "Rp 50.0" }],
    says: { en: "unfinished amount", id: "belum lengkap" },
  },
  {
    name: "id: dates sharing one year (1 Januari s/d 31 Desember 2026), a word for the date before days of one month (tgl. 27 s.d. 31 Desember 2026), and after a schedule's `mulai`",
    source: `${ID_LIBRARY.replace("}\n", "  tutup tgl. 28 s.d. 31 Desember 2026 \"Cuti bersama\"\n}\n")}mitra m {\n  jenis sekolah\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam mulai 3 Februari s.d. 30 Juni 2026\n}\nkesepakatan mou {\n  antara dispusip_solok dan m\n  berlaku 1 Januari s/d 31 Desember 2026\n  minimal 1 sesi kelas per bulan\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "tgl. 28 s.d. 31 Desember 2026", fixed: "2026-12-28..2026-12-31" },
      { text: "3 Februari s.d. 30 Juni 2026", fixed: "2026-02-03 sampai 2026-06-30" },
      { text: "1 Januari s/d 31 Desember 2026", fixed: "2026-01-01..2026-12-31" },
    ],
    says: { en: "as a range of dates", id: "sebagai rentang tanggal" },
  },
  {
    name: "id and en: words before a property's keyword (jumlah peserta 60, total biaya …, number participants 40), as a form's row label reads",
    source: ID_PROGRAM("jumlah peserta 60\n  total biaya Rp 50.000 per sesi dari apbd").replace("cakrawala", "program class at dispusip_solok {\n  category class\n  schedule every week on sat at 09:00 for 2h\n  number participants 40\n}\ncakrawala"),
    written: [{ text: "jumlah peserta", fixed: "peserta" }, { text: "total biaya", fixed: "biaya" }, { text: "number participants", fixed: "participants" }],
    says: { en: "keyword alone", id: "kata kunci properti saja" },
  },
  {
    name: "id: pukul 1.30 (a dotted time with an hour from 1 to 6: at night or in the afternoon, no fix); 01.30 and 9.30 are certain",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 1.30 selama 2 jam mulai 2026-01-03\n  jadwal setiap minggu pada senin pukul 01.30 selama 1 jam mulai 2026-01-05\n  jadwal setiap minggu pada rabu pukul 9.30 selama 1 jam mulai 2026-01-07\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "1.30", alternatives: ["01:30", "13:30"] }, { text: "01.30", fixed: "01:30" }, { text: "9.30", fixed: "09:30" }],
    says: { en: "written with a dot", id: "ditulis dengan titik" },
  },
  {
    name: "en: an hour with am/pm, and one that may be either (no fix)",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 9am for 2h from 2026-01-03\n  schedule every week on mon at 3 for 2h from 2026-01-05\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "9am", fixed: "09:00" }, { text: "3", alternatives: ["03:00", "15:00"] }],
    says: { en: "no minutes", id: "tanpa menit" },
  },
  {
    name: "id: numbers in words (dua kali, satu staf) and a count with what it counts (peserta 25 orang)",
    source: `${ID_LIBRARY}staf budi di dispusip_solok {\n  peran pustakawan\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  peserta 25 orang\n  jadwal dua kali per bulan pada hari_kerja antara 08:00-12:00 selama 2 jam\n  butuh satu staf dengan peran pustakawan\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "25 orang", fixed: "25" }, { text: "dua", fixed: "2" }, { text: "satu", fixed: "1" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: keywords with capitals (Senin..Kamis one range; setiap Minggu is Sunday, written ahad; per Minggu is the week)",
    source: ID_LIBRARY.replace("}\n", "  buka Senin..Kamis 08:00-16:00\n}\n") + `mitra m {\n  jenis sekolah\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap Minggu pukul 09:00 selama 2 jam mulai 2026-01-04\n}\nkesepakatan mou {\n  antara dispusip_solok dan m\n  berlaku 2026-01-01..2026-12-31\n  minimal 1 sesi kelas per Minggu\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Senin..Kamis", fixed: "senin..kamis" }, { text: "Minggu", fixed: "ahad" }, { text: "Minggu", fixed: "minggu" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: setiap Minggu starting on a Saturday is every Sunday or every week: both offered, neither applied (a letter's 'Setiap Minggu' is often the week)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap Minggu pukul 09:00 selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Minggu", alternatives: ["ahad", "minggu"] }],
    says: { en: "may be Sunday or the week", id: "bisa berarti hari Minggu atau pekan" },
  },
  {
    name: "id: setiap Minggu pada sabtu is the week (its days follow)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap Minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Minggu", fixed: "minggu" }],
    says: { en: "lower case", id: "huruf kecil" },
  },
  {
    name: "en: a range of days with capitals and another join (Mon-Thu, Fri to Sat) is one mistake each",
    source: EN_LIBRARY.replace("}\n", "  open Mon-Thu 08:00-16:00, Fri to sat 08:00-11:30\n}\n") + "horizon 2026-01-01..2026-12-31\n",
    written: [{ text: "Mon-Thu", fixed: "mon..thu" }, { text: "Fri to sat", fixed: "fri..sat" }],
    says: { en: "a range of days in lower case", id: "rentang hari dengan huruf kecil" },
  },
  {
    name: "id: values of several words written with spaces (lembaga adat, klub buku)",
    source: `${ID_LIBRARY}mitra m {\n  jenis lembaga adat\n}\nprogram kelas di dispusip_solok {\n  kategori klub buku\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "lembaga adat", fixed: "lembaga_adat" }, { text: "klub buku", fixed: "klub_buku" }],
    says: { en: "joins them with `_`", id: "dengan `_`" },
  },
  {
    name: "id: perbulan (per joined to its period) in a cap and a flexible schedule",
    source: `${ID_LIBRARY}relawan rina di dispusip_solok {\n  maks 8 jam perbulan\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2 kali perminggu pada hari_kerja antara 08:00-12:00 selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "perbulan", fixed: "per bulan" }, { text: "perminggu", fixed: "per minggu" }],
    says: { en: "means", id: "berarti" },
  },
  {
    name: "id: seminggu, days joined by dan, and hari before a day (setiap hari Senin)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2 kali seminggu pada selasa dan jumat antara 08:00-12:00 selama 2 jam\n  jadwal setiap hari Senin pukul 09:00 selama 2 jam mulai 2026-01-05\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "seminggu", fixed: "per minggu" }, { text: " dan", fixed: ",", quoted: "dan" }, { text: "hari Senin", fixed: "senin" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: a session's end as letters write it: with its zone (s.d. 12.00 WIB), an hour and a part of the day (s.d. 12 siang), a time and a part (- 3.00 sore)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 08:00 s.d. 12.00 WIB mulai 2026-01-03\n  jadwal setiap minggu pada senin pukul 08:00 s.d. 12 siang mulai 2026-01-05\n  jadwal setiap minggu pada selasa pukul 13:00 - 3.00 sore mulai 2026-01-06\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "s.d. 12.00 WIB", fixed: "selama 4 jam" }, { text: "s.d. 12 siang", fixed: "selama 4 jam" }, { text: "- 3.00 sore", fixed: "selama 2 jam" }],
    says: { en: "its length", id: "lamanya" },
  },
  {
    name: "id: a session written from its start to its end (pukul 13:30 sampai 17:00, pukul 13.30 - 15.00); s.d. selesai has no fix",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 13:30 sampai 17:00 mulai 2026-01-03\n  jadwal setiap minggu pada senin pukul 13.30 - 15.00 mulai 2026-01-05\n  jadwal sekali 2026-03-02 pukul 09:00 s.d. selesai\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "sampai 17:00", fixed: "selama 3 jam 30 menit" }, { text: "13.30", fixed: "13:30" }, { text: "- 15.00", fixed: "selama 1 jam 30 menit" }, { text: "s.d. selesai" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id, en: a day of every month without the month (setiap tanggal 5, every day 5), from a walk through seed 000",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap tanggal 5 pukul 10:00 selama 2 jam\n}\nprogram class at dispusip_solok {\n  category class\n  schedule every day 20 at 10:00 for 2h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "setiap tanggal 5", fixed: "setiap bulan pada tanggal 5" }, { text: "every day 20", fixed: "every month on day 20" }],
    says: { en: "with the month", id: "dengan bulannya" },
  },
  {
    name: "id: a span in a condition as a sentence writes it (tanggal antara …, jam antara …), from a walk through seed 000",
    source: `${ID_LIBRARY}aturan libur {\n  ketika tanggal antara 2026-06-20..2026-07-10\n  maka larang "Libur sekolah"\n}\naturan jumatan {\n  ketika hari == jumat && jam antara 11:30-13:00\n  maka larang "Salat Jumat"\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "tanggal antara 2026-06-20..2026-07-10", fixed: 'kegiatan.tanggal >= "2026-06-20" && kegiatan.tanggal <= "2026-07-10"' }, { text: "jam antara 11:30-13:00", alternatives: ["tumpang(11:30, 13:00)"] }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: a span of dates in a condition written as letters write it (`kegiatan.tanggal antara 1 Juni 2026 s.d. 12 Juni 2026`, `antara 2026-07-01 sampai 2026-07-05`): two comparisons",
    source: `${ID_LIBRARY}aturan ujian {\n  ketika kegiatan.tanggal antara 1 Juni 2026 s.d. 12 Juni 2026\n  maka larang "Masa ujian"\n}\naturan libur {\n  ketika tanggal antara 2026-07-01 sampai 2026-07-05\n  maka larang "Libur"\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "kegiatan.tanggal antara 1 Juni 2026 s.d. 12 Juni 2026", fixed: 'kegiatan.tanggal >= "2026-06-01" && kegiatan.tanggal <= "2026-06-12"' },
      { text: "tanggal antara 2026-07-01 sampai 2026-07-05", fixed: 'kegiatan.tanggal >= "2026-07-01" && kegiatan.tanggal <= "2026-07-05"' },
    ],
    says: { en: "two comparisons", id: "dua perbandingan" },
  },
  {
    name: "en: a fact's span in a condition (occurrence.start between 08:00-10:00): two comparisons",
    source: `${EN_LIBRARY}rule mornings {\n  when occurrence.start between 08:00-10:00\n  then warn "Morning"\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "occurrence.start between 08:00-10:00", fixed: "occurrence.start >= 08:00 && occurrence.start <= 10:00" }],
    says: { en: "a condition writes a span as two comparisons", id: "kondisi menulis rentang sebagai dua perbandingan" },
  },
  {
    name: "id: a date after its day's name, as letters write it (Senin, 1 Februari 2026), and days of one month (15-17 Maret 2026), from a walk through seed 000",
    source: `${ID_LIBRARY}program rakor di dispusip_solok {\n  kategori kelas\n  jadwal sekali Senin, 2 Februari 2026 pukul 09:00 selama 2 jam\n  jadwal 15 s.d. 17 Maret 2026 harian 08:00-12:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Senin, 2 Februari 2026", fixed: "2026-02-02" }, { text: "15 s.d. 17 Maret 2026", fixed: "2026-03-15..2026-03-17" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: a day's name that is not the date's (Selasa, 2 Februari 2026 is a Monday): said, no fix",
    source: `${ID_LIBRARY}program rakor di dispusip_solok {\n  kategori kelas\n  jadwal sekali Selasa, 2 Februari 2026 pukul 09:00 selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Selasa, 2 Februari 2026" }],
    says: { en: "2026-02-02 falls on `senin`", id: "2026-02-02 jatuh pada hari `senin`" },
  },
  {
    name: "id: a weekday of one week of the month (setiap minggu ke-2 pada kamis, setiap jumat minggu terakhir): the nth weekday of every month",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu ke-2 pada kamis pukul 14:00 selama 2 jam\n  jadwal setiap jumat minggu terakhir pukul 14:00 selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "setiap minggu ke-2 pada kamis", fixed: "setiap bulan pada kamis kedua" }, { text: "setiap jumat minggu terakhir", fixed: "setiap bulan pada jumat terakhir" }],
    says: { en: "the nth weekday of every month", id: "hari ke-n setiap bulan" },
  },
  {
    name: "id: several weeks of the month (minggu ke-2 dan ke-4, kamis minggu pertama, ketiga dan terakhir): the nth weekdays of every month",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu ke-2 dan ke-4 pada kamis pukul 14:00 selama 2 jam\n  jadwal setiap sabtu minggu pertama, ketiga dan terakhir pukul 09:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "setiap minggu ke-2 dan ke-4 pada kamis", fixed: "setiap bulan pada kamis kedua dan keempat" },
      { text: "setiap sabtu minggu pertama, ketiga dan terakhir", fixed: "setiap bulan pada sabtu pertama, ketiga dan terakhir" },
    ],
    says: { en: "the nth weekday of every month", id: "hari ke-n setiap bulan" },
  },
  {
    name: "id and en: an ordinal of a weekday written with digits (kamis ke-2 dan ke-4, the 2nd and 4th thu): its word",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada kamis ke-2 dan ke-4 pukul 14:00 selama 2 jam\n  schedule every month on the 1st, 3rd thursday at 09:00 for 2h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "ke-2", fixed: "kedua" },
      { text: "ke-4", fixed: "keempat" },
      { text: "1st", fixed: "first" },
      { text: "3rd", fixed: "third" },
    ],
    says: { en: "which weekday of the month in words", id: "urutan hari dalam bulan dengan kata" },
  },
  {
    name: "en and id: an ordinal with digits after one in words (the second and 4th thu, kamis kedua dan ke-4, as the first fix leaves them): its word",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada kamis kedua dan ke-4 pukul 14:00 selama 2 jam\n  schedule every month on the second and 4th thu at 09:00 for 2h\n  schedule every month on the first, 3rd and 5th mon at 09:00 for 2h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "ke-4", fixed: "keempat" },
      { text: "4th", fixed: "fourth" },
      { text: "3rd", fixed: "third" },
      { text: "5th", fixed: "fifth" },
    ],
    says: { en: "which weekday of the month in words", id: "urutan hari dalam bulan dengan kata" },
  },
  {
    name: "en and id: how often in one word or as English says it (weekly, bulanan, every other week, every 2nd month): every and its period",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  schedule weekly on tue at 09:00 for 1h\n  jadwal bulanan pada jumat terakhir pukul 09:00 selama 1 jam\n  schedule every other week on wed at 09:00 for 1h\n  schedule every 2nd month on the last mon at 09:00 for 1h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "weekly", fixed: "every week" },
      { text: "bulanan", fixed: "setiap bulan" },
      { text: "every other week", fixed: "every 2 weeks" },
      { text: "every 2nd month", fixed: "every 2 months" },
    ],
    says: { en: "with `every` and its period", id: "dengan `setiap` dan periodenya" },
  },
  {
    name: "id and en: every quarter or semester, which a schedule repeats by its months (setiap triwulan, Tiap Triwulan, triwulanan, every semester; stop 43's walk)",
    source: `${ID_LIBRARY}program rapat di dispusip_solok {\n  kategori kelas\n  jadwal setiap triwulan pada tanggal 15 pukul 09:00 selama 2 jam\n  jadwal Tiap Triwulan pada kamis pertama pukul 09:00 selama 2 jam\n  jadwal triwulanan pada tanggal 20 pukul 09:00 selama 2 jam\n  schedule every semester on day 10 at 09:00 for 2h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "setiap triwulan", fixed: "setiap 3 bulan" },
      { text: "Tiap Triwulan", fixed: "tiap 3 bulan" },
      { text: "triwulanan", fixed: "setiap 3 bulan" },
      { text: "every semester", fixed: "every 6 months" },
    ],
    says: { en: "with `every` and its period", id: "dengan `setiap` dan periodenya" },
  },
  {
    name: "id and en: an obligation's count of sessions as planners say it (sesi untuk kelas, minimal 2 kelas, at least 2 kelas): sesi and its program",
    source: `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n  minimal 2 sesi untuk kelas per bulan\n  minimal 3 kelas per bulan\n  at least 1 kelas per month\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "untuk kelas", fixed: "kelas" },
      { text: "kelas", fixed: "sesi kelas" },
      { text: "kelas", fixed: "sessions of kelas" },
    ],
    says: { en: "an obligation", id: "kewajiban" },
  },
  {
    name: "id and en: a count of sessions given a party and a verb (perpustakaan menyelenggarakan minimal 2 …, partner hosts at least 1 …): the count alone",
    source: `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n  perpustakaan menyelenggarakan minimal 2 sesi kelas per bulan\n  partner hosts at least 1 sessions of kelas per month\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "perpustakaan menyelenggarakan minimal 2", fixed: "minimal 2" },
      { text: "partner hosts at least 1", fixed: "at least 1" },
    ],
    says: { en: "a number of sessions is a line of its own", id: "banyaknya sesi ditulis pada barisnya sendiri" },
  },
  {
    name: "id and en: a count said after the program a party hosts (perpustakaan menyelenggarakan kelas minimal 2 kali setiap bulan): the count as its own line",
    source: `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n  perpustakaan menyelenggarakan kelas minimal 2 kali setiap bulan\n  partner hosts kelas at least 1 times per month\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "perpustakaan menyelenggarakan kelas minimal 2 kali setiap bulan", fixed: "minimal 2 sesi kelas per bulan" },
      // The partner's hosting: the count line names no party, so it is only offered.
      { text: "partner hosts kelas at least 1 times per month", alternatives: ["at least 1 sessions of kelas per month"] },
    ],
    says: { en: "a number of sessions is a line of its own", id: "banyaknya sesi ditulis pada barisnya sendiri" },
  },
  {
    name: "id: a provided resource's recipients after `untuk` (… setiap bulan untuk \"siswa\"): kepada, the quoted text taken as kepada takes it (no second mistake)",
    source: `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nruang aula di dispusip_solok {\n  kapasitas 30\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam\n  butuh ruang aula\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n  perpustakaan menyediakan ruang aula setiap bulan untuk "siswa SD"\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "untuk", fixed: "kepada" }],
    says: { en: "whom a resource is provided to follows", id: "kepada siapa sumber daya disediakan" },
  },
  {
    name: "en and id: a day of the month after `on` without its word (on 15, pada tgl. 15, on the 15th): day 15, tanggal 15",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada 15 pukul 09:00 selama 1 jam\n  jadwal setiap bulan pada tgl. 20 pukul 09:00 selama 1 jam\n  schedule every month on 5 at 09:00 for 1h\n  schedule every month on the 25th at 09:00 for 1h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "15", fixed: "tanggal 15" },
      { text: "tgl. 20", fixed: "tanggal 20" },
      { text: "5", fixed: "day 5" },
      { text: "the 25th", fixed: "day 25" },
    ],
    says: { en: "a day of the month is written after its word", id: "tanggal dalam bulan ditulis setelah katanya" },
  },
  {
    name: "en and id: a recurring schedule's hours as a flexible one's window (every week on tue between 09:00-12:00): its start and length",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa antara 13:30-15:00\n  schedule every week on thu between 09:00-12:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "antara 13:30-15:00", fixed: "pukul 13:30 selama 1 jam 30 menit" },
      { text: "between 09:00-12:00", fixed: "at 09:00 for 3h" },
    ],
    says: { en: "a recurring schedule's sessions are written by their start and length", id: "sesi jadwal berulang ditulis dengan jam mulai dan lamanya" },
  },
  {
    name: "en and id: a window and a length on a recurring schedule (every week on tue between 09:00-12:00 for 1h): a session at the window's start, or a flexible one in it, both offered",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa antara 09:00-12:00 selama 1 jam\n  schedule every week on thu between 13:00-16:00 for 90m\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "antara 09:00-12:00", alternatives: ["setiap minggu pada selasa pukul 09:00", "1 kali per minggu pada selasa antara 09:00-12:00"] },
      { text: "between 13:00-16:00", alternatives: ["every week on thu at 13:00", "1 times per week on thu between 13:00-16:00"] },
    ],
    says: { en: "a recurring schedule's sessions start at a time", id: "sesi jadwal berulang dimulai pada jam tertentu" },
  },
  {
    name: "id and en: the same with the declaration's `}` on the schedule's line, or another property after it on a one-line declaration (a docs walk: LON3006 `between` is not a property)",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa antara 09:00-12:00 selama 1 jam }\nprogram club at dispusip_solok { category class  schedule every week on thu between 13:00-16:00 for 90m  audience children }\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "antara 09:00-12:00", alternatives: ["setiap minggu pada selasa pukul 09:00", "1 kali per minggu pada selasa antara 09:00-12:00"] },
      { text: "between 13:00-16:00", alternatives: ["every week on thu at 13:00", "1 times per week on thu between 13:00-16:00"] },
    ],
    says: { en: "a recurring schedule's sessions start at a time", id: "sesi jadwal berulang dimulai pada jam tertentu" },
  },
  {
    name: "en and id: a window and a length on a schedule no flexible one writes (every 2 weeks, the first tue of the month): the session at the window's start, offered",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada selasa pertama antara 09:00-12:00 selama 1 jam\n  schedule every 2 weeks on thu between 13:00-16:00 for 1h from 2026-01-08\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "antara 09:00-12:00", alternatives: ["pukul 09:00"] },
      { text: "between 13:00-16:00", alternatives: ["at 13:00"] },
    ],
    says: { en: "a recurring schedule's sessions start at a time", id: "sesi jadwal berulang dimulai pada jam tertentu" },
  },
  {
    name: "en and id: a window and a length that fills it (every week on tue between 09:00-12:00 for 3h): its start",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa antara 13:30-15:00 selama 1 jam 30 menit\n  schedule every week on thu between 09:00-12:00 for 3h until 2026-06-30\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "antara 13:30-15:00", fixed: "pukul 13:30" },
      { text: "between 09:00-12:00", fixed: "at 09:00" },
    ],
    says: { en: "a recurring schedule's sessions are written by their start and length", id: "sesi jadwal berulang ditulis dengan jam mulai dan lamanya" },
  },
  {
    name: "id and en: `&` or `&&` between a weekday's ordinals (kamis kedua & keempat, the second & fourth thu): dan, and",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada kamis kedua & keempat pukul 09:00 selama 1 jam\n  schedule every month on the second & fourth thu at 13:00 for 1h\n  schedule every month on the first && third mon at 13:00 for 1h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "&", fixed: "dan" },
      { text: "&", fixed: "and" },
      { text: "&&", fixed: "and" },
    ],
    says: { en: "joins a weekday's ordinals with", id: "menggabungkan urutan hari dengan" },
  },
  {
    name: "id and en: `&` between ordinals written with digits (ke-2 & ke-4, 2nd & 4th): each digit ordinal and the sign its own fix; between two days (selasa & kamis, selasa&kamis): `,`",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan pada kamis ke-2 & ke-4 pukul 09:00 selama 1 jam\n  schedule every month on the 2nd & 4th thu at 13:00 for 1h\n  jadwal setiap minggu pada selasa & kamis pukul 09:00 selama 1 jam mulai 2026-01-06\n  jadwal setiap minggu pada senin&rabu pukul 13:00 selama 1 jam mulai 2026-01-05\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "ke-2", fixed: "kedua" },
      { text: "&", fixed: "dan" },
      { text: "ke-4", fixed: "keempat" },
      { text: "2nd", fixed: "second" },
      { text: "&", fixed: "and" },
      { text: "4th", fixed: "fourth" },
      { text: "&", fixed: "," },
      { text: "&", fixed: "," },
    ],
    says: { en: "Lontar", id: "Lontar" },
  },
  {
    name: "id: a date compared bare in a condition (kegiatan.tanggal >= 2027-06-20): in quotes",
    source: `${ID_LIBRARY}aturan libur_sekolah {\n  ketika kegiatan.tanggal >= 2027-06-20 && kegiatan.tanggal <= 2027-07-10\n  maka larang "Libur sekolah"\n}\n`,
    written: [
      { text: "2027-06-20", fixed: '"2027-06-20"' },
      { text: "2027-07-10", fixed: '"2027-07-10"' },
    ],
    says: { en: "a condition compares a date as its text, in quotes", id: "kondisi membandingkan tanggal sebagai teks" },
  },
  {
    name: "id and en: the values after `dalam` / `in` without brackets (hari dalam sabtu, minggu; bulan bukan dalam 6, 7): a list",
    source: `${ID_LIBRARY}aturan akhir_pekan {\n  ketika hari dalam sabtu, minggu && bulan bukan dalam 6, 7\n  maka larang "Tutup"\n}\naturan r2 {\n  when weekday in sat, sun\n  then warn "x"\n}\n`,
    written: [
      { text: "sabtu, minggu", fixed: "[sabtu, minggu]" },
      { text: "6, 7", fixed: "[6, 7]" },
      { text: "sat, sun", fixed: "[sat, sun]" },
    ],
    says: { en: "the values after `in` are a list, written in brackets", id: "ditulis dalam kurung siku" },
  },
  {
    name: "id: how often as speech says it (setiap bulan sekali, tiap 2 minggu sekali, sebulan sekali, 2 minggu sekali): without sekali",
    source: `${ID_LIBRARY}program klub di dispusip_solok {\n  kategori kelas\n  jadwal setiap bulan sekali pada sabtu pertama pukul 09:00\n  jadwal tiap 2 minggu sekali pada senin pukul 09:00\n  jadwal sebulan sekali pada selasa pertama pukul 09:00\n  jadwal 2 minggu sekali pada rabu pukul 09:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "setiap bulan sekali", fixed: "setiap bulan" },
      { text: "tiap 2 minggu sekali", fixed: "tiap 2 minggu" },
      { text: "sebulan sekali", fixed: "setiap bulan" },
      { text: "2 minggu sekali", fixed: "setiap 2 minggu" },
    ],
    says: { en: "without `sekali`", id: "tanpa `sekali`" },
  },
  {
    name: "id: items of a list joined by dan (butuh staf rina dan staf budi, mitra unsam dan pkk, dan between needs): `,`",
    source: `${ID_LIBRARY}staf rina di dispusip_solok {\n  peran pustakawan\n}\nstaf budi di dispusip_solok {\n  peran pengemudi\n}\nmitra unsam {\n  jenis universitas\n}\nmitra pkk {\n  jenis pkk\n}\nprogram klub di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-02-02 pukul 09:00\n  butuh staf rina dan staf budi\n  mitra unsam dan pkk\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-02-03 pukul 09:00\n  butuh 1 staf dengan peran pustakawan dan 1 staf dengan peran pengemudi\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: " dan", fixed: ",", quoted: "dan" }, { text: " dan", fixed: ",", quoted: "dan" }, { text: " dan", fixed: ",", quoted: "dan" }],
    says: { en: "between two items of a list", id: "di antara dua butir daftar" },
  },
  {
    name: "en: at 13:30 to 15:00 (for 1h30m)",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat at 13:30 to 15:00 from 2026-01-03\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "to 15:00", fixed: "for 1h30m" }],
    says: { en: "its start and its length", id: "jam mulai dan lamanya" },
  },
  {
    name: "id: rupiah as receipts and speech write it (Rp. 150.000.000,-, Rp 20 juta, Rp 1,5 juta, Rp 0,15 M for miliar)",
    source: `${ID_LIBRARY}anggaran a di dispusip_solok {\n  jumlah Rp. 150.000.000,-\n  periode 2026\n}\nanggaran b di dispusip_solok {\n  jumlah Rp 20 juta\n  periode 2026\n}\nanggaran c di dispusip_solok {\n  jumlah Rp 1,5 juta\n  periode 2026\n}\nanggaran d di dispusip_solok {\n  jumlah Rp 0,15 M\n  periode 2026\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Rp. 150.000.000,-", fixed: "Rp 150.000.000" }, { text: "Rp 20 juta", fixed: "Rp 20.000.000" }, { text: "Rp 1,5 juta", fixed: "Rp 1.500.000" }, { text: "Rp 0,15 M", fixed: "Rp 150.000.000" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: paling sedikit for minimal, at the start of its line; a property keyword with a capital",
    source: `${ID_LIBRARY}mitra m {\n  Jenis sekolah\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03\n}\nkesepakatan mou {\n  antara dispusip_solok dan m\n  berlaku 2026-01-01..2026-12-31\n  paling sedikit 10 sesi kelas per semester\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Jenis", fixed: "jenis" }, { text: "paling sedikit", fixed: "minimal" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: a year where a span of dates stands (berlaku 2026, cakrawala 2026), every day where days stand, a decimal weight (no fix)",
    source: ID_LIBRARY.replace("}\n", "  buka setiap hari 08:00-16:00\n}\n") + `mitra m {\n  jenis sekolah\n}\nkesepakatan mou {\n  antara dispusip_solok dan m\n  berlaku 2026\n}\nkpi iku {\n  indikator kegiatan metrik activities bobot 12,5 target 10 per bulan\n}\ncakrawala 2026\n`,
    written: [{ text: "setiap hari", fixed: "senin..minggu" }, { text: "2026", fixed: "2026-01-01..2026-12-31" }, { text: "12,5" }, { text: "2026", fixed: "2026-01-01..2026-12-31" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id and en: a flexible schedule's days joined by `atau` / `or` / `/`: a list, certain",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2 kali per bulan pada selasa atau kamis antara 13:00-15:00 selama 2 jam\n  jadwal 1 kali per minggu pada senin/rabu antara 09:00-11:00 selama 1 jam\n  schedule 2 times per month on tue or thu between 13:00-15:00 for 2h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: " atau", fixed: ",", quoted: "atau" }, { text: "/", fixed: "," }, { text: " or", fixed: ",", quoted: "or" }],
    says: { en: "a flexible schedule lists the days", id: "jadwal fleksibel mendaftar hari-hari" },
  },
  {
    name: "id: a recurring schedule's days joined by `atau`: the list offered (a session on each), the flexible schedule for one on either named",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa atau kamis pukul 09:00 selama 1 jam mulai 2026-01-06\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: " atau", alternatives: [","], quoted: "atau" }],
    says: { en: "`1 kali per minggu pada selasa, kamis`", id: "tulis jadwal fleksibel, `1 kali per minggu pada selasa, kamis`" },
  },
  {
    name: "id: two years where a span of dates stands (cakrawala 2024-2025): both whole offered, not applied (a school year runs July to June)",
    source: `${ID_LIBRARY}cakrawala 2026-2027\n`,
    written: [{ text: "2026-2027", alternatives: ["2026-01-01..2027-12-31"] }],
    says: { en: "are two years", id: "adalah dua tahun" },
  },
  {
    name: "id and en: a value with words before it naming what it is (tahap tpbis implementasi, kategori program kelas, audience group children): the value alone",
    source: `${ID_LIBRARY.replace("}\n", "  tahap tpbis implementasi\n}\n")}program klub di dispusip_solok {\n  kategori program kelas\n  audience group children\n  jadwal sekali 2026-02-02 pukul 09:00 selama 1 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "tpbis implementasi", fixed: "implementasi" },
      { text: "program kelas", fixed: "kelas" },
      { text: "group children", fixed: "children" },
    ],
    says: { en: "a value is written alone after its keyword", id: "nilai ditulis sendiri setelah kata kuncinya" },
  },
  {
    name: "id and en: an indicator's target before its weight (target 100 per bulan bobot 30): the weight first",
    source: `${ID_LIBRARY}kpi iku {\n  indikator peserta target 100 per bulan bobot 30\n  indikator kunjungan metrik visits target 300 per bulan ambang bobot 20\n  indicator activities target 4 per month weight 50\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "target 100 per bulan bobot 30", fixed: "bobot 30 target 100 per bulan" },
      { text: "target 300 per bulan ambang bobot 20", fixed: "bobot 20 target 300 per bulan ambang" },
      { text: "target 4 per month weight 50", fixed: "weight 50 target 4 per month" },
    ],
    says: { en: "an indicator gives its weight before its target", id: "indikator menyebut bobotnya sebelum targetnya" },
  },
  {
    name: "id: two days side by side (buka senin kamis, pada senin kamis): a range or a list, both offered (no fix)",
    source: ID_LIBRARY.replace("}\n", "  buka senin kamis 08:00-16:00\n}\n") + `program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada Selasa Jumat pukul 09:00 selama 2 jam mulai 2026-01-06\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "senin kamis", alternatives: ["senin..kamis", "senin, kamis"] }, { text: "Selasa Jumat", alternatives: ["selasa..jumat", "selasa, jumat"] }],
    says: { en: "days side by side need a join", id: "hari yang berdampingan perlu penyambung" },
  },
  {
    name: "en: two days side by side (open mon thu, on mon thu): a range or a list, both offered (no fix)",
    source: EN_LIBRARY.replace("}\n", "  open mon thu 08:00-16:00\n}\n") + `program class at dispusip_solok {\n  category class\n  schedule every week on mon thu at 09:00 for 2h from 2026-01-05\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "mon thu", alternatives: ["mon..thu", "mon, thu"] }, { text: "mon thu", alternatives: ["mon..thu", "mon, thu"] }],
    says: { en: "for the days from `mon` to `thu`, or `mon, thu` for those two days", id: "untuk hari-hari dari `mon` sampai `thu`, atau `mon, thu` untuk kedua hari itu saja" },
  },
  {
    name: "id: three days or more side by side (buka senin rabu jumat, pada Selasa Kamis Sabtu): a list, `senin, rabu, jumat`",
    source: ID_LIBRARY.replace("}\n", "  buka senin rabu jumat 08:00-12:00\n}\n") + `program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada Selasa Kamis Sabtu pukul 09:00 selama 2 jam mulai 2026-01-06\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "senin rabu jumat", fixed: "senin, rabu, jumat" }, { text: "Selasa Kamis Sabtu", fixed: "selasa, kamis, sabtu" }],
    says: { en: "three days or more are a list (a range has two ends), written with `,`", id: "tiga hari atau lebih adalah daftar (rentang hanya punya dua ujung), ditulis dengan `,`" },
  },
  {
    name: "en: three days or more side by side (open mon wed fri, on mon tue thu sat): a list",
    source: EN_LIBRARY.replace("}\n", "  open mon wed fri 08:00-12:00\n}\n") + `program class at dispusip_solok {\n  category class\n  schedule every week on mon tue thu sat at 09:00 for 2h from 2026-01-05\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "mon wed fri", fixed: "mon, wed, fri" }, { text: "mon tue thu sat", fixed: "mon, tue, thu, sat" }],
    says: { en: "days side by side need a join", id: "hari yang berdampingan perlu penyambung" },
  },
  {
    name: "id: one `=` in a rule's condition (ketika hari = jumat): `==`",
    source: `${ID_LIBRARY}aturan tanpa_jumat {\n  ketika hari = jumat\n  maka larang "Hindari hari Jumat"\n}\n`,
    written: [{ text: "=", fixed: "==" }],
    says: { en: "a condition compares with `==` and `!=`; did you mean `==`?", id: "kondisi membandingkan dengan `==` dan `!=`; maksud Anda `==`?" },
  },
  {
    name: "id: `===` in a condition (as JavaScript writes it): `==`",
    source: `${ID_LIBRARY}aturan tanpa_jumat {\n  ketika hari === jumat\n  maka larang "Hindari hari Jumat"\n}\n`,
    written: [{ text: "===", fixed: "==" }],
    says: { en: "a condition compares with `==` and `!=`; did you mean `==`?", id: "kondisi membandingkan dengan `==` dan `!=`; maksud Anda `==`?" },
  },
  {
    name: "id: not equal written another way in a condition (`!==`, `=!`, `≠`, `!` alone after an operand): `!=`",
    source: `${ID_LIBRARY}aturan a {\n  ketika bulan !== 8 && hari =! sabtu\n  maka larang "x"\n}\naturan b {\n  ketika !(bulan == 7) && hari ≠ jumat && bulan ! 6\n  maka larang "x"\n}\n`,
    written: [{ text: "!==", fixed: "!=" }, { text: "=!", fixed: "!=" }, { text: "≠", fixed: "!=" }, { text: "!", fixed: "!=" }],
    says: { en: "a condition writes \"not equal\" as `!=`; did you mean `!=`?", id: "kondisi menulis \"tidak sama dengan\" sebagai `!=`; maksud Anda `!=`?" },
  },
  {
    name: "en: an order written another way in a condition (`=<`, `=>`, `≤`, `≥`): `<=`, `>=`",
    source: `${EN_LIBRARY}rule mid_year {\n  when month =< 9 && month => 3 && month ≤ 8 && month ≥ 4\n  then warn "Mid-year"\n}\n`,
    written: [{ text: "=<", fixed: "<=" }, { text: "=>", fixed: ">=" }, { text: "≤", fixed: "<=" }, { text: "≥", fixed: ">=" }],
    says: { en: "a condition compares with `<`, `<=`, `>` and `>=`; did you mean", id: "kondisi membandingkan dengan `<`, `<=`, `>` dan `>=`; maksud Anda" },
  },
  {
    name: "en: one `=` in a rule's condition and in a scope (when weekday = fri, scope program.category = class): `==`",
    source: `${EN_LIBRARY}rule no_friday {\n  when weekday = fri\n  scope program.category = class\n  then forbid "Avoid Fridays"\n}\n`,
    written: [{ text: "=", fixed: "==" }, { text: "=", fixed: "==" }],
    says: { en: "did you mean `==`?", id: "maksud Anda `==`?" },
  },
  {
    name: "id: `<>` for not equal in a condition (ketika hari <> jumat): `!=`",
    source: `${ID_LIBRARY}aturan hanya_jumat {\n  ketika hari <> jumat\n  maka larang "Hanya hari Jumat"\n}\n`,
    written: [{ text: "<>", fixed: "!=" }],
    says: { en: "a condition writes \"not equal\" as `!=`; did you mean `!=`?", id: "kondisi menulis \"tidak sama dengan\" sebagai `!=`; maksud Anda `!=`?" },
  },
  {
    name: "id: conditions joined by `dan` and `atau` (ketika hari == jumat dan program.kategori == perpustakaan_keliling): `&&`, `||`",
    source:
      `${ID_LIBRARY}aturan tanpa_keliling_jumatan {\n  ketika hari == jumat dan program.kategori == perpustakaan_keliling\n  maka larang "Hindari jadwal keliling saat salat Jumat"\n}\n` +
      `aturan akhir_pekan {\n  ketika hari == sabtu atau hari == minggu\n  maka peringatkan "Akhir pekan"\n}\n`,
    written: [{ text: "dan", fixed: "&&" }, { text: "atau", fixed: "||" }],
    says: { en: "conditions are joined with `&&` (both hold) or `||` (either holds); did you mean", id: "kondisi disambung dengan `&&` (keduanya berlaku) atau `||` (salah satunya berlaku); maksud Anda" },
  },
  {
    name: "en: conditions joined by `and` and `or` (when weekday == fri and …): `&&`, `||`",
    source: `${EN_LIBRARY}rule no_mobile_friday {\n  when weekday == fri and overlaps(11:30, 13:00) or weekday == sat\n  then forbid "Avoid Fridays"\n}\n`,
    written: [{ text: "and", fixed: "&&" }, { text: "or", fixed: "||" }],
    says: { en: "between two conditions", id: "di antara dua kondisi" },
  },
  {
    name: "id: a partner named as a library (jenis perpustakaan nasional, jenis Perpustakaan Umum Kota): its kind is perpustakaan_lain",
    source: `${ID_LIBRARY}mitra perpusnas {\n  jenis perpustakaan nasional\n}\nmitra perpusda {\n  jenis Perpustakaan Umum Kota\n}\n`,
    written: [{ text: "perpustakaan nasional", fixed: "perpustakaan_lain" }, { text: "Perpustakaan Umum Kota", fixed: "perpustakaan_lain" }],
    says: { en: "is a library: a partner that is a library is of the kind", id: "adalah perpustakaan: mitra yang berupa perpustakaan berjenis" },
  },
  {
    name: "en: a partner named as a library (kind national library): its kind is library",
    source: `${EN_LIBRARY}partner national {\n  kind national library\n}\n`,
    written: [{ text: "national library", fixed: "library" }],
    says: { en: "a partner that is a library is of the kind", id: "mitra yang berupa perpustakaan berjenis" },
  },
  {
    name: "id: a library's tier written as its full name (Perpustakaan Kota, perpustakaan umum kota, PERPUSTAKAAN DESA): the tier alone",
    source:
      ID_LIBRARY.replace("jenjang kota", "jenjang Perpustakaan Kota") +
      `perpustakaan p2 {\n  jenjang perpustakaan umum kota\n  wilayah "Sumatera Barat" / "Kota Solok"\n}\nperpustakaan p3 {\n  jenjang PERPUSTAKAAN DESA\n  wilayah "Sumatera Barat" / "Kota Solok"\n}\n`,
    written: [{ text: "Perpustakaan Kota", fixed: "kota" }, { text: "perpustakaan umum kota", fixed: "kota" }, { text: "PERPUSTAKAAN DESA", fixed: "desa" }],
    says: { en: "a library's tier is written as the tier alone, without `", id: "jenjang perpustakaan ditulis jenjangnya saja, tanpa `" },
  },
  {
    name: "en: a library's tier written as its full name (City Library, Library Village): the tier alone",
    source: EN_LIBRARY.replace("tier city", "tier City Library") + `library l2 {\n  tier Library Village\n  region "Sumatera Barat" / "Kota Solok"\n}\n`,
    written: [{ text: "City Library", fixed: "city" }, { text: "Library Village", fixed: "village" }],
    says: { en: "without `Library`", id: "tanpa `Library`" },
  },
  {
    name: "id: values of several words with capitals (Lembaga Adat, Klub Buku): joined with _, in lower case",
    source: `${ID_LIBRARY}mitra m {\n  jenis Lembaga Adat\n}\nprogram kelas di dispusip_solok {\n  kategori Klub Buku\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "Lembaga Adat", fixed: "lembaga_adat" }, { text: "Klub Buku", fixed: "klub_buku" }],
    says: { en: "joins them with `_`", id: "dengan `_`" },
  },
  {
    name: "id: a zone's name without quotes (zona_waktu Asia/Jakarta)",
    source: ID_LIBRARY.replace("}\n", "  zona_waktu Asia/Jakarta\n}\n"),
    written: [{ text: "Asia/Jakarta", fixed: '"Asia/Jakarta"' }],
    says: { en: "a time zone is a text, written in quotes", id: "zona waktu adalah teks, ditulis dalam tanda kutip" },
  },
  {
    name: "id: a name, a title and a description without quotes, to the end of the line or a one-line body's `}`: in quotes",
    source: `${ID_LIBRARY}mitra disdik {\n  nama Dinas Pendidikan Kota 2\n  jenis opd\n}\nstaf rina di dispusip_solok { nama Rina Wati }\nprogram kelas di dispusip_solok {\n  judul Kelas Menulis untuk SD\n  keterangan Gratis, untuk umum\n  kategori kelas\n  jadwal sekali 2026-02-03 pukul 09:00 selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "Dinas Pendidikan Kota 2", fixed: '"Dinas Pendidikan Kota 2"' },
      { text: "Rina Wati", fixed: '"Rina Wati"' },
      { text: "Kelas Menulis untuk SD", fixed: '"Kelas Menulis untuk SD"' },
      { text: "Gratis, untuk umum", fixed: '"Gratis, untuk umum"' },
    ],
    says: { en: "a name, a title or a description is a text, written in quotes", id: "nama, judul, atau keterangan adalah teks, ditulis dalam tanda kutip" },
  },
  {
    name: "id: Indonesia's name of a zone written bare (zona_waktu WIB): its IANA name in quotes",
    source: ID_LIBRARY.replace("}\n", "  zona_waktu WIB\n}\n"),
    written: [{ text: "WIB", fixed: '"Asia/Jakarta"' }],
    says: { en: "a time zone is a text in quotes, by its IANA name", id: "zona waktu adalah teks dalam tanda kutip, dengan nama IANA-nya" },
  },
  {
    name: "en: a zone's city written bare (timezone Makassar): its IANA name in quotes",
    source: EN_LIBRARY.replace("}\n", "  timezone Makassar\n}\n"),
    written: [{ text: "Makassar", fixed: '"Asia/Makassar"' }],
    says: { en: "by its IANA name", id: "dengan nama IANA-nya" },
  },
  {
    name: "en: a zone's name without quotes (timezone Asia/Jakarta)",
    source: EN_LIBRARY.replace("}\n", "  timezone Asia/Jakarta\n}\n"),
    written: [{ text: "Asia/Jakarta", fixed: '"Asia/Jakarta"' }],
    says: { en: "written in quotes", id: "ditulis dalam tanda kutip" },
  },
  {
    name: "id: a session on several days in a row written as a one-off (sekali 2026-07-21..2026-07-23 pukul 09:00 selama 4 jam) or a range with pukul: the range and each day's hours",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-07-21..2026-07-23 pukul 09:00 selama 4 jam\n  jadwal 2026-08-04..2026-08-06 pukul 13:00 selama 2 jam 30 menit\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "sekali 2026-07-21..2026-07-23 pukul 09:00 selama 4 jam", fixed: "2026-07-21..2026-07-23 harian 09:00-13:00" },
      { text: "2026-08-04..2026-08-06 pukul 13:00 selama 2 jam 30 menit", fixed: "2026-08-04..2026-08-06 harian 13:00-15:30" },
    ],
    says: { en: "a session on several days in a row is written as its range of dates and the hours of each day", id: "sesi pada beberapa hari berturut-turut ditulis sebagai rentang tanggalnya dan jam tiap harinya" },
  },
  {
    name: "en: a session on several days in a row written as a one-off (once … at 09:00 for 4h) or a range with at (for 2 hours 30 minutes)",
    source: `${EN_LIBRARY}program training at dispusip_solok {\n  category class\n  schedule once 2026-07-21..2026-07-23 at 09:00 for 4h\n  schedule 2026-08-04..2026-08-06 for 2 hours 30 minutes at 13:00\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [
      { text: "once 2026-07-21..2026-07-23 at 09:00 for 4h", fixed: "2026-07-21..2026-07-23 daily 09:00-13:00" },
      { text: "2026-08-04..2026-08-06 for 2 hours 30 minutes at 13:00", fixed: "2026-08-04..2026-08-06 daily 13:00-15:30" },
    ],
    says: { en: "the hours of each day", id: "jam tiap harinya" },
  },
  {
    name: "id: a range of dates, then `setiap hari` / `tiap hari` / `harian` before the session (2027-03-01..2027-03-05 setiap hari pukul 09:00 selama 2 jam): `harian` once, with each day's hours",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal 2026-03-01..2026-03-05 setiap hari pukul 09:00 selama 2 jam\n  jadwal 2026-04-06..2026-04-08 tiap hari pukul 13:00 selama 90 menit\n  jadwal 2026-05-04..2026-05-06 harian pukul 08:00 selama 3 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "2026-03-01..2026-03-05 setiap hari pukul 09:00 selama 2 jam", fixed: "2026-03-01..2026-03-05 harian 09:00-11:00" },
      { text: "2026-04-06..2026-04-08 tiap hari pukul 13:00 selama 90 menit", fixed: "2026-04-06..2026-04-08 harian 13:00-14:30" },
      { text: "2026-05-04..2026-05-06 harian pukul 08:00 selama 3 jam", fixed: "2026-05-04..2026-05-06 harian 08:00-11:00" },
    ],
    says: { en: "the hours of each day", id: "jam tiap harinya" },
  },
  {
    name: "id: a session on several days whose range is written as letters write it (`2026-03-01 s.d. 2026-03-05`, `01/04/2026 sampai 03/04/2026`, `tanggal 4 s.d. 6 Mei 2026`): one error, quoting it as written, whose fix writes the whole",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal 2026-03-01 s.d. 2026-03-05 pukul 09:00 selama 2 jam\n  jadwal 01/04/2026 sampai 03/04/2026 setiap hari pukul 09.00 selama 90 menit\n  jadwal tanggal 4 s.d. 6 Mei 2026 pukul 08:00 selama 3 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "2026-03-01 s.d. 2026-03-05 pukul 09:00 selama 2 jam", fixed: "2026-03-01..2026-03-05 harian 09:00-11:00" },
      { text: "01/04/2026 sampai 03/04/2026 setiap hari pukul 09.00 selama 90 menit", fixed: "2026-04-01..2026-04-03 harian 09:00-10:30" },
      { text: "tanggal 4 s.d. 6 Mei 2026 pukul 08:00 selama 3 jam", fixed: "2026-05-04..2026-05-06 harian 08:00-11:00" },
    ],
    says: { en: "the hours of each day", id: "jam tiap harinya" },
  },
  {
    // Found at stop 45: with both dates written day first and `..` between them, the dates were put back and the session's tails left as LON1101.
    name: "id: a session on several days whose `..` range has both dates written day first or in words (`01/03/2026..05/03/2026`, `1 Juni 2026..3 Juni 2026`): one error, whose fix writes the whole",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal 01/03/2026..05/03/2026 pukul 09:00 selama 2 jam\n  jadwal 06/04/2026..08/04/2026 setiap hari pukul 13:00 selama 90 menit\n  jadwal 1 Juni 2026..3 Juni 2026 pukul 08:00 selama 3 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "01/03/2026..05/03/2026 pukul 09:00 selama 2 jam", fixed: "2026-03-01..2026-03-05 harian 09:00-11:00" },
      { text: "06/04/2026..08/04/2026 setiap hari pukul 13:00 selama 90 menit", fixed: "2026-04-06..2026-04-08 harian 13:00-14:30" },
      { text: "1 Juni 2026..3 Juni 2026 pukul 08:00 selama 3 jam", fixed: "2026-06-01..2026-06-03 harian 08:00-11:00" },
    ],
    says: { en: "the hours of each day", id: "jam tiap harinya" },
  },
  {
    // Found at stop 45: `jadwal mulai 2027-03-01 pukul …` was LON1102, "expected `setiap`, `sekali`, … found `mulai`".
    name: "a start date with a session and no rule (`jadwal mulai 2026-03-02 pukul 09:00 selama 2 jam`, its date or time as letters write them): one session on that date offered, not applied",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal mulai 2026-03-02 pukul 09:00 selama 2 jam\n  jadwal mulai 06/04/2026 pukul 13.00 WIB selama 90 menit\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "mulai 2026-03-02 pukul 09:00 selama 2 jam", alternatives: ["sekali 2026-03-02 pukul 09:00 selama 2 jam"] },
      { text: "mulai 06/04/2026 pukul 13.00 WIB selama 90 menit", alternatives: ["sekali 2026-04-06 pukul 13:00 selama 90 menit"] },
    ],
    says: { en: "a schedule says first how often", id: "jadwal lebih dulu menyebut seberapa sering" },
  },
  {
    name: "a session on several days whose range is said in words (`mulai … sampai …`, `dari … hingga …`, `from … to …`), its dates as Lontar writes them or as letters do: one error whose fix writes the range and each day's hours",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal mulai 2026-03-01 sampai 2026-03-05 pukul 09:00 selama 2 jam\n  jadwal dari 2026-04-06 hingga 2026-04-08 setiap hari pukul 13:00 selama 90 menit\n  jadwal mulai 2026-05-04 s.d. 2026-05-06 pukul 08:00 selama 3 jam\n  schedule from 2026-06-01 to 2026-06-03 at 10:00 for 1h\n  jadwal mulai 07/07/2026 sampai 09/07/2026 pukul 09.00 selama 2 jam\n  jadwal mulai 3 Agustus 2026 s.d. 5 Agustus 2026 pukul 08:00 selama 3 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "mulai 2026-03-01 sampai 2026-03-05 pukul 09:00 selama 2 jam", fixed: "2026-03-01..2026-03-05 harian 09:00-11:00" },
      { text: "dari 2026-04-06 hingga 2026-04-08 setiap hari pukul 13:00 selama 90 menit", fixed: "2026-04-06..2026-04-08 harian 13:00-14:30" },
      { text: "mulai 2026-05-04 s.d. 2026-05-06 pukul 08:00 selama 3 jam", fixed: "2026-05-04..2026-05-06 harian 08:00-11:00" },
      { text: "from 2026-06-01 to 2026-06-03 at 10:00 for 1h", fixed: "2026-06-01..2026-06-03 daily 10:00-11:00" },
      { text: "mulai 07/07/2026 sampai 09/07/2026 pukul 09.00 selama 2 jam", fixed: "2026-07-07..2026-07-09 harian 09:00-11:00" },
      { text: "mulai 3 Agustus 2026 s.d. 5 Agustus 2026 pukul 08:00 selama 3 jam", fixed: "2026-08-03..2026-08-05 harian 08:00-11:00" },
    ],
    says: { en: "the hours of each day", id: "jam tiap harinya" },
  },
  {
    name: "a session on several days with its hours written after `pukul` (`pukul 08.00-11.00`, `pukul 08:00 s.d. 11:00`, `at 08:00 - 11:00`): the end gives each day's hours",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal 2026-03-01..2026-03-05 pukul 08.00-11.00\n  jadwal 2026-04-06..2026-04-08 pukul 13:00 s.d. 15:30\n  schedule 2026-06-01..2026-06-03 at 08:00 - 11:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "2026-03-01..2026-03-05 pukul 08.00-11.00", fixed: "2026-03-01..2026-03-05 harian 08:00-11:00" },
      { text: "2026-04-06..2026-04-08 pukul 13:00 s.d. 15:30", fixed: "2026-04-06..2026-04-08 harian 13:00-15:30" },
      { text: "2026-06-01..2026-06-03 at 08:00 - 11:00", fixed: "2026-06-01..2026-06-03 daily 08:00-11:00" },
    ],
    says: { en: "the hours of each day", id: "jam tiap harinya" },
  },
  {
    name: "en: a range of dates, then `every day` / `daily` before the session (every day at 09:00 for 2h): `daily` once; `setiap hari kerja` (weekdays) is not read so",
    source: `${EN_LIBRARY}program training at dispusip_solok {\n  category class\n  schedule 2026-03-01..2026-03-05 every day at 09:00 for 2h\n  schedule 2026-04-06..2026-04-08 daily for 1 hour at 13:00\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [
      { text: "2026-03-01..2026-03-05 every day at 09:00 for 2h", fixed: "2026-03-01..2026-03-05 daily 09:00-11:00" },
      { text: "2026-04-06..2026-04-08 daily for 1 hour at 13:00", fixed: "2026-04-06..2026-04-08 daily 13:00-14:00" },
    ],
    says: { en: "the hours of each day", id: "jam tiap harinya" },
  },
  {
    name: "id: a session on several days with no length: the form shown (no fix)",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-07-21..2026-07-23 pukul 09:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "sekali 2026-07-21..2026-07-23 pukul 09:00" }],
    says: { en: "from its start to its end on one day: `2026-07-21..2026-07-23 harian 09:00-HH:mm`", id: "dari mulai sampai selesai dalam satu hari: `2026-07-21..2026-07-23 harian 09:00-HH:mm`" },
  },
  {
    name: "en: a session on several days past midnight: the form shown (no fix)",
    source: `${EN_LIBRARY}program night at dispusip_solok {\n  category class\n  schedule 2026-08-04..2026-08-06 at 22:00 for 4h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "2026-08-04..2026-08-06 at 22:00 for 4h" }],
    says: { en: "`2026-08-04..2026-08-06 daily 22:00-HH:mm`", id: "`2026-08-04..2026-08-06 daily 22:00-HH:mm`" },
  },
  {
    name: "id: one session on a date written without sekali, or with pada: `sekali <date>`, the tails as written",
    source: `${ID_LIBRARY}program pelatihan di dispusip_solok {\n  kategori kelas\n  jadwal 2026-07-21 pukul 09:00 selama 4 jam\n  jadwal pada 2026-08-04 selama 2 jam pukul 13:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "2026-07-21", fixed: "sekali 2026-07-21" },
      { text: "pada 2026-08-04", fixed: "sekali 2026-08-04" },
    ],
    says: { en: "one session on one date is written after `sekali`", id: "satu sesi pada satu tanggal ditulis setelah `sekali`" },
  },
  {
    name: "en: one session on a date written with on: `once <date>`",
    source: `${EN_LIBRARY}program training at dispusip_solok {\n  category class\n  schedule on 2026-07-21 at 09:00 for 4h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "on 2026-07-21", fixed: "once 2026-07-21" }],
    says: { en: "written after `once`: `once 2026-07-21`", id: "ditulis setelah `once`: `once 2026-07-21`" },
  },
  {
    name: "id: rupiah with English thousands, a decimal point before juta, and spoken in parts (Rp 100,000,000, Rp 1.5 juta, Rp 1 juta 500 ribu)",
    source: ID_PROGRAM("biaya Rp 1 juta 500 ribu per sesi dari apbd", "Rp 100,000,000").replace("program kelas", "anggaran b di dispusip_solok {\n  jumlah Rp 1.5 juta\n  periode 2026\n}\nprogram kelas"),
    written: [{ text: "Rp 100,000,000", fixed: "Rp 100.000.000" }, { text: "Rp 1.5 juta", fixed: "Rp 1.500.000" }, { text: "Rp 1 juta 500 ribu", fixed: "Rp 1.500.000" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: a part of the day where a session's time goes (setiap sabtu pagi, pada sabtu sore selama 2 jam): no fix, an example time",
    source: ID_PROGRAM("peserta 20").replace("jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam mulai 2026-01-03", "jadwal setiap minggu pada sabtu sore selama 2 jam mulai 2026-01-03"),
    written: [{ text: "sore" }],
    says: { en: "as in `pukul 15:00`", id: "seperti `pukul 15:00`" },
  },
  {
    name: "en: a part of the day after the day (every sat morning)",
    source: EN_PROGRAM("participants 20").replace("schedule every week on sat at 09:00 for 2h from 2026-01-03", "schedule every sat morning from 2026-01-03"),
    written: [{ text: "morning" }],
    says: { en: "as in `at 09:00`", id: "seperti `at 09:00`" },
  },
  {
    name: "id: rupiah with spaces between its thousands, with and without Rp (Rp 1 500 000, jumlah 100 000 000)",
    source: ID_PROGRAM("biaya Rp 1 500 000 per sesi dari apbd", "100 000 000"),
    written: [{ text: "100 000 000", fixed: "Rp 100.000.000" }, { text: "Rp 1 500 000", fixed: "Rp 1.500.000" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "en: rupiah with spaces between its thousands (Rp 750 000) in a cost",
    source: EN_PROGRAM("costs Rp 750 000 per session from apbd"),
    written: [{ text: "Rp 750 000", fixed: "Rp 750.000" }],
    says: { en: "spaces between its thousands", id: "spasi di antara ribuan" },
  },
  {
    name: "en: rupiah with English thousands and cents, and a decimal point before million (Rp 100,000,000.00, Rp 1.5 million)",
    source: EN_PROGRAM("costs Rp 1.5 million per session from apbd", "Rp 100,000,000.00"),
    written: [{ text: "Rp 100,000,000.00", fixed: "Rp 100.000.000" }, { text: "Rp 1.5 million", fixed: "Rp 1.500.000" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: rupiah that reads two ways (Rp 1,500 juta: a decimal comma or thousands; Rp 1 juta 500: rupiah or thousands): both offered, neither applied",
    source: ID_PROGRAM("biaya Rp 1 juta 500 per sesi dari apbd").replace("program kelas", "anggaran b di dispusip_solok {\n  jumlah Rp 1,500 juta\n  periode 2026\n}\nprogram kelas"),
    written: [{ text: "Rp 1,500 juta", alternatives: ["Rp 1.500.000", "Rp 1.500.000.000"] }, { text: "Rp 1 juta 500", alternatives: ["Rp 1.000.500", "Rp 1.500.000"] }],
    says: { en: "may be read as", id: "dapat dibaca sebagai" },
  },
  {
    name: "id: words for thousands out of order (Rp 2 juta 1500 ribu): no fix",
    source: ID_PROGRAM("biaya Rp 2 juta 1500 ribu per sesi dari apbd"),
    written: [{ text: "Rp 2 juta 1500 ribu" }],
    says: { en: "do not go from the largest down", id: "tidak berurutan dari yang terbesar" },
  },
  {
    name: "id: seminggu and sebulan before pada hari kerja or akhir pekan (day groups Lontar writes in two words too): one error each",
    source: ID_PROGRAM("jadwal 2 kali seminggu pada hari kerja antara 08:00-12:00 selama 2 jam\n  jadwal 2 kali sebulan pada akhir pekan antara 08:00-12:00 selama 2 jam"),
    written: [{ text: "seminggu", fixed: "per minggu" }, { text: "sebulan", fixed: "per bulan" }],
    says: { en: "means", id: "berarti" },
  },
  {
    name: "id: an agreement's validity from a date to a date (berlaku mulai … sampai …, dari … s.d. … written day first): the range",
    source: ID_AGREEMENTS("berlaku mulai 2026-01-01 sampai 2026-12-31", "berlaku dari 01-02-2026 s.d. 31-12-2026"),
    written: [{ text: "mulai 2026-01-01 sampai 2026-12-31", fixed: "2026-01-01..2026-12-31" }, { text: "dari 01-02-2026 s.d. 31-12-2026", fixed: "2026-02-01..2026-12-31" }],
    says: { en: "an agreement is in force over a range of dates", id: "kesepakatan berlaku selama rentang tanggal" },
  },
  {
    name: "en: an agreement's validity from a date to a date (valid from … to …): the range",
    source: `${EN_LIBRARY}partner school {\n  kind school\n}\nagreement mou {\n  between dispusip_solok and school\n  valid from 2026-01-01 to 2026-12-31\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "from 2026-01-01 to 2026-12-31", fixed: "2026-01-01..2026-12-31" }],
    says: { en: "an agreement is in force over a range of dates", id: "kesepakatan berlaku selama rentang tanggal" },
  },
  {
    name: "id: an agreement's validity as a length, a start alone, or its parties (berlaku selama 1 tahun, mulai 2026-01-01, kepada m, as a KPI's berlaku untuk): no fix, a validity shown",
    source: ID_AGREEMENTS("berlaku selama 1 tahun", "berlaku mulai 2026-01-01", "berlaku kepada m"),
    written: [{ text: "selama 1 tahun" }, { text: "mulai 2026-01-01" }, { text: "kepada m" }],
    says: { en: "as in `berlaku 2026-01-01..2026-12-31`", id: "seperti `berlaku 2026-01-01..2026-12-31`" },
  },
  {
    name: "en: an agreement's validity written as its parties, alone in the file (valid to school): no fix, and the whole-file path declines it",
    source: `${EN_LIBRARY}partner school {\n  kind school\n}\nagreement mou {\n  between dispusip_solok and school\n  valid to school\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "to school" }],
    says: { en: "as in `valid 2026-01-01..2026-12-31`; its parties are written after `between`", id: "seperti `valid 2026-01-01..2026-12-31`; para pihaknya ditulis setelah `antara`" },
  },
  {
    name: "id: opening hours after pukul or jam (buka, tersedia), and holidays after hari (tutup hari libur nasional)",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat pukul 08:00-16:00\n  tutup hari libur nasional\n}\nstaf budi di dispusip_solok {\n  peran pustakawan\n  tersedia senin..kamis jam 08.00-16.00\n}\ncakrawala 2026-01-01..2026-12-31\n"),
    written: [{ text: "pukul 08:00-16:00", fixed: "08:00-16:00" }, { text: "hari", fixed: "pada" }, { text: "jam 08.00-16.00", fixed: "08:00-16:00" }],
    says: { en: "`", id: "`" },
  },
  {
    // A walk through 2027 agreements: `--fix` wrote `buka senin..jumat 16:00`, the zone's fix spanning the whole hours.
    name: "id: opening hours as a letter writes them, with their zone (buka senin..jumat pukul 08.00-16.00 WIB; tersedia … jam 08.00 s.d. 16.00 WITA): the hours alone",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat pukul 08.00-16.00 WIB, sabtu pukul 08.00-12.00 WIB\n}\nstaf budi di dispusip_solok {\n  peran pustakawan\n  tersedia senin..kamis jam 08.00 s.d. 16.00 WIB\n}\ncakrawala 2026-01-01..2026-12-31\n"),
    written: [{ text: "pukul 08.00-16.00 WIB", fixed: "08:00-16:00" }, { text: "pukul 08.00-12.00 WIB", fixed: "08:00-12:00" }, { text: "jam 08.00 s.d. 16.00 WIB", fixed: "08:00-16:00" }],
    says: { en: "with no word between", id: "tanpa kata" },
  },
  {
    // A walk of stop 40: each gave the grammar's "expected a time after `antara`".
    name: "id: a flexible schedule's span after antara as a letter writes it (antara pukul 13.00-16.00 WIB, antara jam 09.00 s.d. 12.00): the span alone",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2 kali per bulan pada selasa..kamis antara pukul 13.00-16.00 WIB selama 3 jam\n  jadwal 1 kali per bulan pada sabtu antara jam 09.00 s.d. 12.00 selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "pukul 13.00-16.00 WIB", fixed: "13:00-16:00" }, { text: "jam 09.00 s.d. 12.00", fixed: "09:00-12:00" }],
    says: { en: "follows `antara` right away", id: "langsung setelah `antara`" },
  },
  {
    name: "en: a flexible schedule's span after between with at (between at 09:00-12:00): the span alone",
    source: `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule 2 times per month on tue..thu between at 09:00-12:00 for 2h\n}\nhorizon 2026-01-01..2026-12-31\n`,
    written: [{ text: "at 09:00-12:00", fixed: "09:00-12:00" }],
    says: { en: "follows `between` right away", id: "langsung setelah `between`" },
  },
  {
    // Two forms at once (no `pukul`, a zone's name) had given the grammar's error at the time.
    name: "id: a time with no pukul and with its zone's name (setiap sabtu 10.00 WIB, sekali 2026-03-07 09:00 WIB): pukul and the time alone",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap sabtu 10.00 WIB selama 1 jam\n  jadwal sekali 2026-03-07 09:00 WIB selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "10.00 WIB", fixed: "pukul 10:00" }, { text: "09:00 WIB", fixed: "pukul 09:00" }],
    says: { en: "is a time of day", id: "adalah jam dalam sehari" },
  },
  {
    // A walk of stop 41: "expected a property of a program, found `09:00`".
    name: "id: a schedule's session as a span of hours after its day (setiap sabtu 10.00 - 11.30 WIB): pukul before the start, the end as the session's length",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap sabtu 10.00 - 11.30 WIB\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "10.00", fixed: "pukul 10:00" }, { text: "- 11.30 WIB", fixed: "selama 1 jam 30 menit" }],
    says: { en: "`", id: "`" },
  },
  {
    // A walk of stop 41: `--fix` wrote `butuh … 1 dengan keahlian mendongeng`, the count alone, another error.
    name: "id: people counted where a need's kind stands (butuh 1 orang dengan keahlian mendongeng): staf and relawan offered, neither applied",
    source: `${ID_LIBRARY}ruang aula di dispusip_solok {\n  kapasitas 30\n}\nstaf budi di dispusip_solok {\n  keahlian mendongeng\n}\nrelawan ani di dispusip_solok {\n  keahlian mendongeng\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-03-07 pukul 09:00 selama 2 jam\n  butuh ruang aula, 1 orang dengan keahlian mendongeng\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "1 orang", alternatives: ["1 staf", "1 relawan"] }],
    says: { en: "a need names the kind of resource it takes", id: "kebutuhan menyebut jenis sumber dayanya" },
  },
  {
    // An editor walk of stop 59: `2 orang staf` was offered `2 staf` for `2 orang`, and wrote `2 staf staf`.
    name: "id: people counted before the need's kind (butuh 2 orang staf dengan …, 1 orang relawan): the word goes",
    source: `${ID_LIBRARY}staf budi di dispusip_solok {\n  keahlian mendongeng\n}\nstaf sri di dispusip_solok {\n  keahlian mendongeng\n}\nrelawan ani di dispusip_solok {\n  keahlian mendongeng\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2026-03-07 pukul 09:00 selama 2 jam\n  butuh 2 orang staf dengan keahlian mendongeng, 1 orang relawan dengan keahlian mendongeng\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "2 orang", fixed: "2" }, { text: "1 orang", fixed: "1" }],
    says: { en: "`", id: "`" },
  },
  {
    // A walk of stop 41: "unexpected `hari` after `minggu`; did you mean `dari`?", and "found `pagi`".
    name: "id: a day after a week's period with hari or di hari (setiap minggu hari sabtu, setiap 2 minggu di hari rabu), a part of the day before pukul (setiap sabtu pagi pukul 09:00)",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu hari sabtu pukul 09:00 selama 1 jam\n  jadwal setiap 2 minggu di hari rabu pukul 09:00 selama 1 jam mulai 2026-01-07\n  jadwal setiap sabtu pagi pukul 10:00 selama 1 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "hari sabtu", fixed: "pada sabtu" }, { text: "di hari rabu", fixed: "pada rabu" }, { text: "pagi pukul", fixed: "pukul" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: sessions without sekali or as several days, their start written with a dot and a zone (2026-03-07 pukul 09.00 WIB selama 2 jam): the whole session",
    source: `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2026-03-07 pukul 09.00 WIB selama 2 jam\n  jadwal 2026-07-21..2026-07-23 pukul 09.00 WIB selama 4 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "2026-03-07 pukul 09.00 WIB selama 2 jam", fixed: "sekali 2026-03-07 pukul 09:00 selama 2 jam" }, { text: "2026-07-21..2026-07-23 pukul 09.00 WIB selama 4 jam", fixed: "2026-07-21..2026-07-23 harian 09:00-13:00" }],
    says: { en: "`", id: "`" },
  },
  {
    // A walk of stop 40: "expected `libur` after `pada`, found `cuti`".
    name: "id and en: cuti bersama alone (tutup pada cuti bersama, tutup cuti bersama, closed on collective leave): with the national holidays",
    source: ID_LIBRARY.replace("}\n", "  tutup pada cuti bersama\n}\nperpustakaan tbm {\n  jenjang desa\n  wilayah \"Sumatera Barat\" / \"Kota Solok\"\n  tutup cuti bersama\n}\n") + EN_LIBRARY.replace("dispusip_solok", "tbm_en").replace("}\n", "  closed on collective leave\n}\n"),
    written: [{ text: "cuti bersama", fixed: "libur nasional dan cuti bersama" }, { text: "cuti bersama", fixed: "pada libur nasional dan cuti bersama" }, { text: "collective leave", fixed: "public holidays and collective leave" }],
    says: { en: "closing on cuti bersama is written", id: "tutup pada cuti bersama ditulis" },
  },
  {
    name: "id: a range's end written as its day alone (2026-07-21..23 harian, tutup 2026-04-08..12): the whole date; an end before the start is the grammar's error",
    source: `${ID_LIBRARY.replace("}\n", '  tutup 2026-04-08..12 "Idul Fitri"\n}\n')}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2026-07-21..23 harian 09:00-12:00\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [{ text: "12", fixed: "2026-04-12" }, { text: "23", fixed: "2026-07-23" }],
    says: { en: "a range of dates ends with a whole date", id: "rentang tanggal diakhiri tanggal lengkap" },
  },
  {
    name: "id: holidays after no word or saat (tutup libur nasional, tutup saat libur nasional): pada before them",
    source: ID_LIBRARY.replace("}\n", "  tutup libur nasional dan cuti bersama\n}\nperpustakaan tbm {\n  jenjang desa\n  wilayah \"Sumatera Barat\" / \"Kota Solok\"\n  tutup saat libur nasional\n}\n"),
    written: [{ text: "libur", fixed: "pada libur" }, { text: "saat", fixed: "pada" }],
    says: { en: "the holidays a library is closed on are written after `on` or `pada`", id: "ditulis setelah `pada`" },
  },
  {
    name: "en: opening hours after at, and holidays after during (open mon..fri at 08:00-16:00, closed during public holidays)",
    source: EN_LIBRARY.replace("}\n", "  open mon..fri at 08:00-16:00\n  closed during public holidays\n}\n"),
    written: [{ text: "at 08:00-16:00", fixed: "08:00-16:00" }, { text: "during", fixed: "on" }],
    says: { en: "`", id: "`" },
  },
  {
    name: "id: an obligation's bound in one word (setidaknya, min, maks) and months after per (per 3 bulan, per 6 bulan)",
    source: ID_AGREEMENTS("berlaku 2026-01-01..2026-12-31\n  setidaknya 2 sesi kelas per semester\n  min 2 sesi kelas per 3 bulan\n  maks 30 sesi kelas per 6 bulan"),
    written: [{ text: "setidaknya", fixed: "minimal" }, { text: "min", fixed: "minimal" }, { text: "3 bulan", fixed: "triwulan" }, { text: "maks", fixed: "maksimal" }, { text: "6 bulan", fixed: "semester" }],
    says: { en: "means", id: "berarti" },
  },
  {
    name: "en: an obligation's bound in one word (minimum) and months after per (per 6 months)",
    source: EN_PROGRAM("participants 20").replace("horizon", "partner school {\n  kind school\n}\nagreement mou {\n  between dispusip_solok and school\n  valid 2026-01-01..2026-12-31\n  minimum 2 sessions of class per 6 months\n}\nhorizon"),
    written: [{ text: "minimum", fixed: "at least" }, { text: "6 months", fixed: "semester" }],
    says: { en: "means", id: "berarti" },
  },
  {
    name: "id: texts and names in single quotes (judul 'Kelas Menulis', sasaran 'anak anak')",
    source: ID_PROGRAM("judul 'Kelas Menulis'\n  sasaran 'anak anak'"),
    written: [{ text: "'Kelas Menulis'", fixed: '"Kelas Menulis"' }, { text: "'anak anak'", fixed: "anak_anak" }],
    says: { en: "quotes", id: "tanda kutip" },
  },
  {
    name: "en: a text in single quotes, a quote in it escaped (title 'The \"best\" class')",
    source: EN_PROGRAM("title 'The \"best\" class'"),
    written: [{ text: "'The \"best\" class'", fixed: '"The \\"best\\" class"' }],
    says: { en: "a text is written in double quotes", id: "teks ditulis dalam tanda kutip ganda" },
  },
  {
    name: "id: a declaration's name in quotes (ruang \"Ruang Rapat\" di …): the name, declared so",
    source: ID_PROGRAM("butuh ruang Ruang_Rapat").replace("anggaran apbd", 'ruang "Ruang Rapat" di dispusip_solok {\n  kapasitas 20\n}\nanggaran apbd'),
    written: [{ text: '"Ruang Rapat"', fixed: "Ruang_Rapat" }],
    says: { en: "a name or a value stands without quotes", id: "nama atau nilai ditulis tanpa tanda kutip" },
  },
  {
    name: "id: a partner's name in quotes after mitra (the grammar fails at the keyword): the name's fix, no other keyword offered",
    source: ID_PROGRAM('mitra "sdn_1"').replace("anggaran apbd", "mitra sdn_1 {\n  jenis sekolah\n}\nanggaran apbd"),
    written: [{ text: '"sdn_1"', fixed: "sdn_1" }],
    says: { en: "a name or a value stands without quotes", id: "nama atau nilai ditulis tanpa tanda kutip" },
  },
  {
    name: "en: partners in quotes, one or two (partners \"school\", 'school')",
    source: EN_PROGRAM('partners "school", \'school\'').replace("horizon", "partner school {\n  kind school\n}\nhorizon"),
    written: [{ text: '"school"', fixed: "school" }, { text: "'school'", fixed: "school" }],
    says: { en: "a name or a value stands without quotes", id: "nama atau nilai ditulis tanpa tanda kutip" },
  },
  {
    name: "id: a number of several words (peserta dua puluh lima, seratus dua belas)",
    source: ID_PROGRAM("peserta dua puluh lima").replace("cakrawala", "program kelas_2 di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 13:00 selama 2 jam mulai 2026-01-03\n  peserta seratus dua belas\n}\ncakrawala"),
    written: [{ text: "dua puluh lima", fixed: "25" }, { text: "seratus dua belas", fixed: "112" }],
    says: { en: "in words", id: "dalam huruf" },
  },
  {
    name: "en: a number of several words (participants twenty five)",
    source: EN_PROGRAM("participants twenty five"),
    written: [{ text: "twenty five", fixed: "25" }],
    says: { en: "in words", id: "dalam huruf" },
  },
  {
    name: "id: a program's resources after memerlukan (a TPBIS stage's keyword), for butuh",
    source: ID_PROGRAM("memerlukan ruang aula").replace("anggaran apbd", "ruang aula di dispusip_solok {\n  kapasitas 20\n}\nanggaran apbd"),
    written: [{ text: "memerlukan", fixed: "butuh" }],
    says: { en: "`butuh ruang`", id: "sumber daya yang dibutuhkan tiap sesi" },
  },
  {
    name: "en: a program's resources after requires, a count first, for needs",
    source: EN_PROGRAM("requires 1 room hall").replace("budget apbd", "room hall at dispusip_solok {\n  capacity 20\n}\nbudget apbd"),
    written: [{ text: "requires", fixed: "needs" }],
    says: { en: "`needs 1 room`", id: "tahap TPBIS" },
  },
  {
    name: "id: spans of months by their names (cakrawala Januari - Desember 2026, berlaku Juli sampai Desember 2026, Januari 2026 s.d. Juni 2026)",
    source: ID_AGREEMENTS("berlaku Juli sampai Desember 2026", "berlaku Januari 2026 s.d. Juni 2026").replace("cakrawala 2026-01-01..2026-12-31", "cakrawala Januari - Desember 2026"),
    written: [{ text: "Juli sampai Desember 2026", fixed: "2026-07-01..2026-12-31" }, { text: "Januari 2026 s.d. Juni 2026", fixed: "2026-01-01..2026-06-30" }, { text: "Januari - Desember 2026", fixed: "2026-01-01..2026-12-31" }],
    says: { en: "a span of months", id: "rentang bulan" },
  },
  {
    name: "en: a horizon of months by their names (horizon January to February 2028: a leap year's end of February)",
    source: `${EN_LIBRARY}horizon January to February 2028\n`,
    written: [{ text: "January to February 2028", fixed: "2028-01-01..2028-02-29" }],
    says: { en: "a span of months", id: "rentang bulan" },
  },
  {
    name: "id: a horizon from a date to a date with its month's name, joined by s.d.",
    source: `${ID_LIBRARY}cakrawala 2026-01-01 s.d. 31 Desember 2026\n`,
    written: [{ text: "s.d.", fixed: ".." }, { text: "31 Desember 2026", fixed: "2026-12-31" }],
    says: { en: "`", id: "`" },
  },  {
    name: "id, en: a date of every year written with other words (setiap tahun tanggal 17 agustus, … pada tgl. 1 oktober, setiap tahun 2 mei, setiap tanggal 25 november, every year on day 17 aug): `pada 17 agustus`",
    source: `${ID_LIBRARY}program hut di dispusip_solok {\n  kategori festival\n  jadwal setiap tahun tanggal 17 agustus pukul 09:00 selama 2 jam\n  jadwal setiap tahun pada tgl. 1 oktober pukul 09:00 selama 2 jam\n  jadwal setiap tahun 2 mei pukul 09:00 selama 2 jam\n  jadwal setiap tanggal 25 november pukul 09:00 selama 2 jam\n  schedule every year on day 17 aug at 09:00 for 2h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "tanggal 17 agustus", fixed: "pada 17 agustus" },
      { text: "pada tgl. 1 oktober", fixed: "pada 1 oktober" },
      { text: "2 mei", fixed: "pada 2 mei" },
      { text: "setiap tanggal 25 november", fixed: "setiap tahun pada 25 november" },
      { text: "on day 17 aug", fixed: "on 17 aug" },
    ],
    says: { en: "a date of every year", id: "tanggal setiap tahun" },
  },
  {
    name: "id, en: a day of every year with no month (setiap tahun tanggal 17, every year day 5): the month asked for, the day of every month offered",
    source: `${ID_LIBRARY}program hut di dispusip_solok {\n  kategori festival\n  jadwal setiap tahun tanggal 17 pukul 09:00 selama 2 jam\n  schedule every year day 5 at 09:00 for 2h\n}\ncakrawala 2026-01-01..2026-12-31\n`,
    written: [
      { text: "setiap tahun tanggal 17", alternatives: ["setiap bulan pada tanggal 17"] },
      { text: "every year day 5", alternatives: ["every month on day 5"] },
    ],
    says: { en: "needs its month", id: "memerlukan bulannya" },
  },
  {
    name: "id: hours excepted with no day after a second window (…, sabtu 08:00-12:00 kecuali 10:00-10:30): the last window split offered, maybe meant of every one",
    source: ID_LIBRARY.replace("}\n", "  buka senin..jumat 08:00-16:00, sabtu 08:00-12:00 kecuali 10:00-10:30\n}\n"),
    written: [{ text: "sabtu 08:00-12:00 kecuali 10:00-10:30", alternatives: ["sabtu 08:00-10:00, sabtu 10:30-12:00"] }],
    says: { en: "the last window or of every one", id: "jendela terakhir atau untuk semuanya" },
  },
  {
    name: "id, en: values joined by words, then one more by `||` (hari == jumat atau sabtu || minggu); months by name compared with `bulan` (a number): one list, the months' numbers",
    source: `${ID_LIBRARY}aturan akhir_pekan {\n  ketika hari == jumat atau sabtu || minggu\n  maka larang "Tutup"\n}\naturan libur {\n  ketika bulan == juni atau juli\n  maka larang "Libur sekolah"\n}\nrule r3 {\n  when month is jun or jul or dec\n  then warn "x"\n}\n`,
    written: [
      { text: "== jumat atau sabtu || minggu", fixed: "dalam [jumat, sabtu, minggu]" },
      { text: "== juni atau juli", fixed: "dalam [6, 7]" },
      { text: "is jun or jul or dec", fixed: "in [6, 7, 12]" },
    ],
    says: { en: "tested against their list", id: "diuji terhadap daftarnya" },
  },  {
    name: "id, en: a count of sessions in an agreement with `x` touching it (minimal 1x kelas, minimal 2x sesi kelas, at least 3x class): `1 sesi`, `2`",
    source: ID_AGREEMENTS("berlaku 2026-01-01..2026-12-31\n  minimal 1x kelas per bulan", "berlaku 2026-01-01..2026-12-31\n  minimal 2x sesi kelas per tahun"),
    written: [{ text: "1x", fixed: "1 sesi" }, { text: "2x", fixed: "2" }],
    says: { en: "an agreement counts sessions", id: "kesepakatan menghitung sesi" },
  },
  {
    name: "en: at least 3x class per month in an agreement: `3 sessions`",
    source: EN_PROGRAM("participants 20").replace("horizon", "partner m {\n  kind school\n}\nagreement mou {\n  between dispusip_solok and m\n  valid 2026-01-01..2026-12-31\n  at least 3x class per year\n}\nhorizon"),
    written: [{ text: "3x", fixed: "3 sessions" }],
    says: { en: "an agreement counts sessions", id: "kesepakatan menghitung sesi" },
  },  {
    name: "id: a period's word abbreviated or made an adjective after `per` / `setiap` (per bln, per tahunan, setiap mgg): the period",
    source: ID_AGREEMENTS("berlaku 2026-01-01..2026-12-31\n  minimal 1 sesi kelas per bln", "berlaku 2026-01-01..2026-12-31\n  minimal 2 sesi kelas per tahunan").replace("jadwal setiap minggu", "jadwal setiap mgg"),
    written: [{ text: "mgg", fixed: "minggu" }, { text: "bln", fixed: "bulan" }, { text: "tahunan", fixed: "tahun" }],
    says: { en: "Lontar writes", id: "Lontar menulis" },
  },
  {
    name: "id: a library closed on the calendar's red dates (tutup pada tanggal merah, tutup tanggal merah): its public holidays",
    source: `${ID_LIBRARY}perpustakaan desa_a {\n  jenjang desa\n  wilayah "Sumatera Barat" / "Kabupaten Solok"\n  tutup pada tanggal merah\n}\nperpustakaan desa_b {\n  jenjang desa\n  wilayah "Sumatera Barat" / "Kabupaten Solok"\n  tutup tanggal merah\n}\n`,
    written: [{ text: "tanggal merah", fixed: "libur nasional" }, { text: "tanggal merah", fixed: "pada libur nasional" }],
    says: { en: "Lontar writes", id: "Lontar menulis" },
  },
];

/** Where each written form is in the source: searched in order, each after the one before. */
function offsetsOf(source: string, written: readonly Written[]): number[] {
  const offsets: number[] = [];
  let from = 0;
  for (const w of written) {
    // The form stands alone: not inside a longer number.
    const pattern = new RegExp(`(?<!\\d)${w.text.replace(/[.*+?^${}()|[\]\\/-]/g, (c) => `\\${c}`)}(?!\\d)`, "g");
    pattern.lastIndex = from;
    const found = pattern.exec(source);
    expect(found, `${w.text} in the source`).not.toBeNull();
    const at = found?.index ?? -1;
    offsets.push(at);
    from = at + w.text.length;
  }
  return offsets;
}

const errorsOf = (source: string): Diagnostic[] => checkSource(source, "main.lontar").diagnostics.filter((d) => d.severity === "error");

/** The source with every certain fix applied (from the last, so earlier offsets hold). */
function applyFixes(source: string, diagnostics: readonly Diagnostic[]): string {
  const edits = diagnostics.flatMap((d) => d.suggestions.filter((s) => s.preferred === true).flatMap((s) => s.edits));
  return [...edits].sort((a, b) => b.location.range.start.offset - a.location.range.start.offset).reduce((text, e) => text.slice(0, e.location.range.start.offset) + e.text + text.slice(e.location.range.end.offset), source);
}

describe("LON1106: a time or date written the Indonesian office way", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const errors = errorsOf(c.source);
      // One error per written form, nothing else (no echo, no cascade).
      expect(errors.map((d) => d.code)).toEqual(c.written.map(() => "LON1106"));
      const offsets = offsetsOf(c.source, c.written);
      c.written.forEach((w, i) => {
        const d = errors[i] as Diagnostic;
        const at = offsets[i] ?? -1;
        // The range covers the whole written form.
        expect(d.location.range.start.offset, w.text).toBe(at);
        expect(d.location.range.end.offset, w.text).toBe(at + w.text.length);
        expect(c.source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(w.text);
        const id = localizeDiagnostic(d, "id");
        for (const [message, says] of [[d.message, c.says.en], [id.message, c.says.id]] as const) {
          expect(message).toContain(`\`${w.quoted ?? w.text}\``);
          expect(message).toContain(says);
          if (w.fixed !== undefined) expect(message).toContain(`\`${w.fixed}\``);
        }
        expect(id.message).not.toBe(d.message);
        if (w.fixed === undefined) {
          expect(d.suggestions.map((f) => [f.edits.map((e) => e.text).join(""), f.preferred ?? false]), w.text).toEqual((w.alternatives ?? []).map((a) => [a, false]));
          return;
        }
        // The fix: one edit over the written form (a range's join with the spaces around it, so
        // that `senin s.d. kamis` becomes `senin..kamis`), which an editor may apply on its own.
        const [fix] = d.suggestions;
        expect(fix?.preferred).toBe(true);
        expect(fix?.edits.map((e) => [e.location.file, e.text])).toEqual([["main.lontar", w.fixed]]);
        const edited = fix?.edits[0]?.location.range;
        expect(edited === undefined ? undefined : c.source.slice(edited.start.offset, edited.end.offset).trim(), w.text).toBe(w.text.trim());
        expect(edited?.start.offset ?? Infinity).toBeLessThanOrEqual(d.location.range.start.offset);
        expect(edited?.end.offset ?? -Infinity).toBeGreaterThanOrEqual(d.location.range.end.offset);
        expect(fix?.message).toBe(`replace with \`${w.fixed}\``);
        expect(localizeDiagnostic(d, "id").suggestions[0]?.message).toBe(`ganti dengan \`${w.fixed}\``);
      });
      if (c.written.every((w) => w.fixed !== undefined)) {
        const fixed = applyFixes(c.source, errors);
        expect(fixed).not.toBe(c.source);
        expect(errorsOf(fixed), fixed).toEqual([]);
      }
    });
  }

  it("where nothing is certain, each spelling offered, applied, gives a file with no error", () => {
    for (const c of CASES.filter((k) => k.written.some((w) => w.alternatives !== undefined))) {
      const errors = errorsOf(c.source);
      const most = Math.max(...c.written.map((w) => w.alternatives?.length ?? 0));
      for (let a = 0; a < most; a++) {
        // The certain fixes, and the a-th spelling offered where none is certain.
        const chosen = errors.map((d) => ({ ...d, suggestions: d.suggestions.some((f) => f.preferred === true) ? d.suggestions : d.suggestions.slice(a, a + 1).map((f) => ({ ...f, preferred: true })) }));
        const fixed = applyFixes(c.source, chosen);
        expect(errorsOf(fixed), fixed).toEqual([]);
      }
    }
  });

  it("every case reads alike with the fast reader and with the grammar alone (the whole-file path declines)", () => {
    for (const c of CASES) {
      expect(parseFileFast(c.source, "main.lontar"), c.name).toBeUndefined();
      expect(JSON.stringify(parseFileWith(c.source, "main.lontar", "fast")), c.name).toBe(JSON.stringify(parseFileWith(c.source, "main.lontar", "grammar")));
    }
  });

  it("a property read again keeps its value as Lontar writes it, at the written range", () => {
    const source = ID_LIBRARY.replace("}\n", "  buka senin..jumat 08.00-16.00\n}\n");
    const { file } = parseFileWith(source, "main.lontar", "grammar");
    const library = file.items[0];
    const open = library?.kind === "Declaration" ? library.properties.find((p) => p.key === "open") : undefined;
    const text = JSON.stringify(open);
    expect(text).toContain('"text":"08:00"');
    expect(text).toContain('"text":"16:00"');
    expect(library?.kind === "Declaration" ? library.broken : "no declaration").toBeUndefined();
  });

  it("recovery goes on: a mistake on one line, a clean line, and a second mistake later each stand alone", () => {
    const source =
      `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09.00 selama 2 jam mulai 2026-01-03\n  peserta 20\n}\n` +
      `program lomba di dispusip_solok {\n  kategori lomba_membaca\n  jadwal sekali 17-08-2026 pukul 08:00 selama 6 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`;
    const errors = errorsOf(source);
    expect(errors.map((d) => `${d.code} ${d.location.range.start.line}`)).toEqual(["LON1106 7", "LON1106 12"]);
  });

  it("`hari kerja` after `seminggu` is the day group as written, not a value to join: `pukul` in that flexible schedule is the one other error", () => {
    const source = ID_PROGRAM("jadwal 2 kali seminggu pada hari kerja pukul 09:00 selama 2 jam");
    const errors = errorsOf(source);
    expect(errors.map((d) => [d.code, source.slice(d.location.range.start.offset, d.location.range.end.offset)])).toEqual([["LON1106", "seminggu"], ["LON1101", "pukul"]]);
    expect(localizeDiagnostic(errors[1] as Diagnostic, "id").message).toContain("memakai rentang jam (`antara 08:00-12:00`)");
  });

  it("a KPI's `berlaku untuk` is still whom it applies to, with the fast reader and with the grammar alone", () => {
    const source = `${ID_LIBRARY}kpi k {\n  indikator kunjungan bobot 100 target 300 per bulan\n  berlaku untuk dispusip_solok\n}\ncakrawala 2026-01-01..2026-12-31\n`;
    expect(errorsOf(source)).toEqual([]);
    const { file } = parseFileWith(source, "main.lontar", "fast");
    const kpi = file.items[1];
    expect(kpi?.kind === "Declaration" ? kpi.properties.map((p) => p.key) : []).toEqual(["indicator", "appliesTo"]);
    expect(JSON.stringify(file)).toBe(JSON.stringify(parseFileWith(source, "main.lontar", "grammar").file));
  });

  it("a time that starts a span after a day is Lontar's own window, not a time missing its `pukul`", () => {
    const source = `${ID_LIBRARY}staf budi di dispusip_solok {\n  tersedia senin..kamis 08:00-16:00, sabtu 08:00-14:00\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal 2 kali per minggu pada selasa 08:00-12:00 selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n`;
    expect(errorsOf(source)).toEqual([]);
  });

  it("a number with a dot where no time stands stays the grammar's error (`selama 1.30 jam`, `peserta 9.30`)", () => {
    const duration = `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 1.30 jam\n}\n`;
    const count = `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  peserta 9.30\n}\n`;
    for (const source of [duration, count]) {
      const errors = errorsOf(source);
      expect(errors.map((d) => d.code)).not.toContain("LON1106");
      expect(errors.length).toBe(1);
    }
  });
});

describe("`&` between a weekday's ordinals with no space around it (`kamis kedua&keempat`)", () => {
  it("is one LON1106, whose fix writes `dan` with the spaces it needs: one pass gives a clean file", () => {
    for (const [written, fixedLine] of [["kamis kedua&keempat", "kamis kedua dan keempat"], ["the second &fourth thu", "the second and fourth thu"]] as const) {
      const source = ID_PROGRAM(`jadwal setiap bulan pada ${written} pukul 13:00 selama 1 jam`);
      const errors = errorsOf(source);
      expect(errors.map((d) => d.code), written).toEqual(["LON1106"]);
      expect(applyFixes(source, errors)).toBe(source.replace(written, fixedLine));
    }
  });
});

describe("a range's join written another way: the fix takes the spaces around it", () => {
  it("`senin s.d. kamis` becomes `senin..kamis`, `08:00 sampai 12:00` becomes `08:00-12:00`, as the messages show them", () => {
    const source = ID_LIBRARY.replace("}\n", "  buka senin s.d. kamis 08:00 sampai 12:00, jumat sampai dengan sabtu 08:00-11:00\n}\n");
    expect(applyFixes(source, errorsOf(source))).toBe(ID_LIBRARY.replace("}\n", "  buka senin..kamis 08:00-12:00, jumat..sabtu 08:00-11:00\n}\n"));
  });
});

describe("a session's end written right after its start (`pukul 08:00-10:00`)", () => {
  it("is its length, and the fix writes a space before it: one pass of the fixes gives a clean file", () => {
    for (const [written, dash] of [["pukul 08:00-10:00", "-"], ["pukul 08:00\u201310:00", "\u2013"], ["at 08:00-10:30", "-"]] as const) {
      const english = written.startsWith("at");
      const source = english
        ? `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every week on sat ${written} from 2026-01-03\n}\nhorizon 2026-01-01..2026-12-31\n`
        : `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada sabtu ${written} mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`;
      const { diagnostics } = checkSource(source, "main.lontar");
      const length = diagnostics.find((d) => d.code === "LON1106");
      expect(length?.message, written).toContain(english ? "`for 2h30m`" : "`selama 2 jam`");
      expect(source.slice(length?.location.range.start.offset ?? 0, length?.location.range.end.offset ?? 0)).toBe(`${dash}${english ? "10:30" : "10:00"}`);
      // One pass of the certain fixes, as `lontar check --fix` and an editor's fix-all make it (the en dash's own fix is inside the length's).
      const fixed = applyEdits(source, certainFixes(diagnostics).get("main.lontar") ?? []);
      expect(fixed).toContain(english ? "at 08:00 for 2h30m from" : "pukul 08:00 selama 2 jam mulai");
      expect(checkSource(fixed, "main.lontar").diagnostics).toEqual([]);
    }
  });
});

describe("a slash for `per` (`maks 4 jam/hari`, `8 jam / bulan`)", () => {
  it("is `per` and the period, with a space before it where the slash touches the word before: one pass gives a clean file", () => {
    for (const [written, fixedLine] of [["maks 4 jam/hari", "maks 4 jam per hari"], ["maks 8 jam / bulan", "maks 8 jam per bulan"]] as const) {
      const source = `${ID_LIBRARY}relawan rina di dispusip_solok {\n  ${written}\n}\n`;
      const { diagnostics } = checkSource(source, "main.lontar");
      expect(diagnostics.map((d) => d.code), written).toEqual(["LON1106"]);
      expect(localizeDiagnostic(diagnostics[0] as Diagnostic, "id").message).toContain("`per ");
      const fixed = applyEdits(source, certainFixes(diagnostics).get("main.lontar") ?? []);
      expect(fixed).toContain(`  ${fixedLine}\n`);
      expect(checkSource(fixed, "main.lontar").diagnostics).toEqual([]);
    }
  });
});

describe("opening hours with a start and no end after `jam` / `pukul` / `at`", () => {
  it("the word goes (a certain fix to the start as Lontar writes it), then the end is asked for: no LON3009 `has no hours`, no error at the word", () => {
    for (const [hours, written, start] of [
      ["senin..jumat jam 8 pagi", "jam 8 pagi", "08:00"],
      ["senin..jumat pukul 08.00", "pukul 08.00", "08:00"],
      ["senin..jumat 08:00-12:00, sabtu jam 9", "jam 9", "09:00"],
    ] as const) {
      const source = ID_LIBRARY.replace("}\n", `  buka ${hours}\n}\n`);
      const errors = errorsOf(source);
      expect(errors.map((d) => d.code), hours).toEqual(["LON1106", "LON1101"]);
      const [mistake, end] = errors as [Diagnostic, Diagnostic];
      expect(source.slice(mistake.location.range.start.offset, mistake.location.range.end.offset)).toBe(written);
      expect(mistake.suggestions[0]?.edits[0]?.text).toBe(start);
      expect(mistake.suggestions[0]?.preferred).toBe(true);
      expect(end.message).toContain(`\`-\``);
    }
    const english = EN_LIBRARY.replace("}\n", "  open mon..fri at 08:00\n}\n");
    expect(errorsOf(english).map((d) => d.code)).toEqual(["LON1106", "LON1101"]);
  });
});

// helper-140 (a planner's walk): `pukul 09.00 s.d. pukul 11.00 WIB` was fixed to `… sampai pukul 11.00 WIB`, still broken; `buka senin..jumat jam 8 pagi sampai jam 4 sore` was LON3009 "has no hours" and no fix.
describe("the word for a time written again before a range's end (`pukul 09.00 s.d. pukul 11.00`, `jam 8 pagi sampai jam 4 sore`)", () => {
  it("goes with the end, in a session's length and in opening hours, and one pass gives a clean file", () => {
    for (const [line, fixedLine] of [
      ["jadwal setiap sabtu pukul 09.00 s.d. pukul 11.00 WIB", "jadwal setiap sabtu pukul 09:00 selama 2 jam"],
      ["jadwal setiap sabtu pukul 09:00 sampai jam 11 siang", "jadwal setiap sabtu pukul 09:00 selama 2 jam"],
      ["jadwal setiap sabtu pukul 13:00 sampai pukul 15", "jadwal setiap sabtu pukul 13:00 selama 2 jam"],
    ] as const) {
      const source = `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  ${line}\n}\ncakrawala 2026-01-01..2026-12-31\n`;
      const { diagnostics } = checkSource(source, "main.lontar");
      expect(diagnostics.every((d) => d.code === "LON1106"), line).toBe(true);
      const fixed = applyEdits(source, certainFixes(diagnostics).get("main.lontar") ?? []);
      expect(fixed).toContain(`  ${fixedLine}\n`);
      expect(checkSource(fixed, "main.lontar").diagnostics).toEqual([]);
    }
    for (const [hours, fixedHours] of [
      ["senin..jumat jam 8 pagi sampai jam 4 sore", "senin..jumat 08:00-16:00"],
      ["senin..jumat pukul 08.00 s.d. pukul 16.00 WIB", "senin..jumat 08:00-16:00"],
      // helper-142: an hour alone after the word written again, read as an end after the start.
      ["senin..jumat jam 8 sampai jam 4", "senin..jumat 08:00-16:00"],
      ["senin..jumat pukul 8 sampai pukul 4", "senin..jumat 08:00-16:00"],
      ["senin..jumat jam 16 sampai jam 8", "senin..jumat 16:00-20:00"],
    ] as const) {
      const source = ID_LIBRARY.replace("}\n", `  buka ${hours}\n}\n`);
      const { diagnostics } = checkSource(source, "main.lontar");
      expect(diagnostics.map((d) => d.code), hours).toEqual(["LON1106"]);
      const fixed = applyEdits(source, certainFixes(diagnostics).get("main.lontar") ?? []);
      expect(fixed).toContain(`  buka ${fixedHours}\n`);
      expect(checkSource(fixed, "main.lontar").diagnostics).toEqual([]);
    }
    const english = `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every sat at 09:00 to at 11:00\n}\nhorizon 2026-01-01..2026-12-31\n`;
    expect(applyEdits(english, certainFixes(checkSource(english, "main.lontar").diagnostics).get("main.lontar") ?? [])).toContain("schedule every sat at 09:00 for 2h\n");
  });
});

// helper-140 (a planner's walk): `antara perpusda_banyumas dengan unsoed`, as a letter writes it, was "expected `dan`" with no fix.
describe("an agreement's parties joined by another word or sign (`antara perpus dengan unsoed`, `&`, `&&`)", () => {
  it("is one LON1106 at the word, whose fix writes `dan` / `and`, and one pass gives a clean file", () => {
    const partner = "mitra unsoed {\n  nama \"Unsoed\"\n  jenis perguruan_tinggi\n}\n";
    for (const join of ["dengan", "serta", "bersama", "&", "&&"]) {
      const source = `${ID_LIBRARY}${partner}kesepakatan pks {\n  antara dispusip_solok ${join} unsoed\n  berlaku 2027-01-01..2027-12-31\n}\n`;
      const { diagnostics } = checkSource(source, "main.lontar");
      expect(diagnostics.map((d) => [d.code, d.text?.args?.["text"]]), join).toEqual([["LON1106", join]]);
      expect(localizeDiagnostic(diagnostics[0] as Diagnostic, "id").message).toBe(`\`${join}\` di antara para pihak kesepakatan: Lontar menggabungkannya dengan \`dan\`, seperti \`antara dispusip_solok dan unsoed\``);
      const fixed = applyEdits(source, certainFixes(diagnostics).get("main.lontar") ?? []);
      expect(fixed).toContain("  antara dispusip_solok dan unsoed\n");
      expect(checkSource(fixed, "main.lontar").diagnostics).toEqual([]);
    }
    // Listed with a comma, as a letter's header lists them (stop 55): spaced or not, the fix writes `dan` with its spaces; a third party is a list, not fixed.
    for (const comma of [", ", ",", " , "]) {
      const listed = `${ID_LIBRARY}${partner}kesepakatan pks {\n  antara dispusip_solok${comma}unsoed\n  berlaku 2027-01-01..2027-12-31\n}\n`;
      const { diagnostics } = checkSource(listed, "main.lontar");
      expect(diagnostics.map((d) => d.text?.key), comma).toEqual(["LON1106.partiesJoin"]);
      expect(applyEdits(listed, certainFixes(diagnostics).get("main.lontar") ?? [])).toContain("  antara dispusip_solok dan unsoed\n");
    }
    for (const list of ["dispusip_solok, unsoed, disdik", "dispusip_solok, unsoed dan disdik"]) {
      const three = `${ID_LIBRARY}${partner}kesepakatan pks {\n  antara ${list}\n  berlaku 2027-01-01..2027-12-31\n}\n`;
      expect(checkSource(three, "main.lontar").diagnostics.filter((d) => d.text?.key === "LON1106.partiesJoin"), list).toEqual([]);
    }
    const glued = `${ID_LIBRARY}${partner}kesepakatan pks {\n  antara dispusip_solok&unsoed\n  berlaku 2027-01-01..2027-12-31\n}\n`;
    expect(applyEdits(glued, certainFixes(checkSource(glued, "main.lontar").diagnostics).get("main.lontar") ?? [])).toContain("  antara dispusip_solok dan unsoed\n");
    const english = `${EN_LIBRARY}partner unsoed {\n  name "Unsoed"\n  kind university\n}\nagreement pks {\n  between dispusip_solok with unsoed\n  valid 2027-01-01..2027-12-31\n}\n`;
    const fixedEnglish = applyEdits(english, certainFixes(checkSource(english, "main.lontar").diagnostics).get("main.lontar") ?? []);
    expect(fixedEnglish).toContain("  between dispusip_solok and unsoed\n");
    expect(checkSource(fixedEnglish, "main.lontar").diagnostics).toEqual([]);
  });

  // helper-142: `ketika perpustakaan.tahap antara perintisan dengan implementasi` in a program was told of "an agreement's parties", with a fix.
  it("is not read outside an agreement's `antara` line: a program's condition, a single-line agreement reads it", () => {
    for (const join of ["dengan", "&"]) {
      const program = `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap sabtu pukul 09:00 selama 2 jam\n  ketika perpustakaan.tahap antara perintisan ${join} implementasi\n}\n`;
      expect(checkSource(program, "main.lontar").diagnostics.filter((d) => d.text?.key === "LON1106.partiesJoin"), join).toEqual([]);
    }
    const oneLine = `${ID_LIBRARY}mitra unsoed { nama "U" jenis perguruan_tinggi }\nkesepakatan pks { antara dispusip_solok dengan unsoed  berlaku 2027-01-01..2027-12-31 }\n`;
    expect(checkSource(oneLine, "main.lontar").diagnostics.map((d) => d.text?.key)).toEqual(["LON1106.partiesJoin"]);
  });
});

// A Sleman planner's walk (stop 55): a schedule's part written twice replaced the first in silence (every session of the
// year moved to the make-up date's 10:00), and `lontar fmt` deleted the first.
describe("a schedule's part written twice (`pukul 09:00 … pukul 10:00`, `juga 2027-03-18 pukul 10:00`)", () => {
  const program = (schedule: string): string => `${ID_LIBRARY}program kelas di dispusip_solok {\n  kategori kelas\n  jadwal ${schedule}\n}\ncakrawala 2027-01-01..2027-12-31\n`;
  const said = (source: string) => errorsOf(source).map((d) => [d.text?.key, source.slice(d.location.range.start.offset, d.location.range.end.offset)]);

  it("is an error at the second, naming the first, with no fix; fmt leaves the file as it is", () => {
    const cases = [
      ["setiap sabtu pukul 09:00 selama 1 jam pukul 10:00", "pukul 10:00", "pukul 09:00"],
      ["setiap sabtu pukul 09:00 selama 1 jam selama 3 jam", "selama 3 jam", "selama 1 jam"],
      ["setiap sabtu pukul 09:00 selama 90m selama 2h", "selama 2h", "selama 90m"],
      ["setiap senin pukul 13:00 selama 2 jam mulai 2027-02-01 mulai 2027-06-01", "mulai 2027-06-01", "mulai 2027-02-01"],
      ["setiap senin pukul 13:00 selama 2 jam sampai 2027-06-01 sampai 2027-07-01", "sampai 2027-07-01", "sampai 2027-06-01"],
      ["setiap senin pukul 13:00 selama 4 kali selama 2 jam selama 5 kali", "selama 5 kali", "selama 4 kali"],
    ] as const;
    for (const [schedule, second, first] of cases) {
      const source = program(schedule);
      expect(said(source), schedule).toEqual([["LON1106.partTwice", second]]);
      const [d] = errorsOf(source);
      expect(d?.text?.args?.["example"]).toBe(first);
      expect(d?.suggestions).toEqual([]);
      if (d !== undefined) expect(localizeDiagnostic(d, "id").message).toBe(`\`${second}\`: jadwal ini sudah punya \`${first}\`, dan sebuah jadwal hanya menerima satu; pertahankan yang Anda maksud`);
      expect(formatSource(source, "main.lontar").changed).toBe(false);
    }
    // A number after a room's name (`ruang aula 2`, the room `aula_2` written with a space) is never moved before it: a count of one named room cannot be met (the review of stop 55).
    const room = `${ID_LIBRARY}ruang aula_2 di dispusip_solok {\n  kapasitas 40\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal sekali 2027-01-02 pukul 09:00 selama 2 jam\n  butuh ruang aula 2\n}\n`;
    expect(errorsOf(room).some((d) => d.text?.key === "LON1106.needCountAfter")).toBe(false);
    expect(applyFixes(room, errorsOf(room))).not.toContain("butuh 2 ruang");
    // A count and a length are two parts.
    expect(errorsOf(program("setiap senin pukul 13:00 selama 4 kali selama 2 jam"))).toEqual([]);
    // A flexible schedule's tail too, by both readers (the review of stop 55: the fast reader kept the last in silence).
    for (const [schedule, second] of [
      ["2 kali per minggu pada hari kerja antara 08:00-12:00 selama 2 jam sampai 2027-05-01 sampai 2027-06-01", "sampai 2027-06-01"],
      ["2 kali per minggu pada hari kerja antara 08:00-12:00 selama 2 jam mulai 2027-02-01 mulai 2027-03-01", "mulai 2027-03-01"],
      ["2 kali per minggu pada hari kerja antara 08:00-12:00 selama 2 jam selama 3 jam", "selama 3 jam"],
    ] as const) {
      const source = program(schedule);
      expect(said(source), schedule).toEqual([["LON1106.partTwice", second]]);
      expect(parseFileFast(source, "main.lontar"), schedule).toBeUndefined();
      expect(formatSource(source, "main.lontar").changed).toBe(false);
    }
  });

  it("joins the time to `juga`'s date as the certain fix, in both languages' keywords", () => {
    const source = program("setiap bulan pada kamis kedua dan keempat pukul 13:00 selama 2 jam juga 2027-03-18 pukul 10:00");
    expect(said(source)).toEqual([["LON1106.alsoTime", "2027-03-18 pukul 10:00"]]);
    const fixed = applyFixes(source, errorsOf(source));
    expect(fixed).toContain("juga 2027-03-18T10:00\n");
    expect(errorsOf(fixed)).toEqual([]);
    // After a list of dates the time may be meant for each or for the last: no fix (the review of stop 55).
    const listed = program("setiap sabtu pukul 09:00 selama 1 jam juga 2027-03-18, 2027-04-15 pukul 8:30");
    expect(said(listed)).toEqual([["LON1106.partTwice", "pukul 8:30"]]);
    const english = `${EN_LIBRARY}program class at dispusip_solok {\n  category class\n  schedule every sat at 09:00 for 1h also 2027-03-18 at 10:00\n}\nhorizon 2027-01-01..2027-12-31\n`;
    expect(applyFixes(english, errorsOf(english))).toContain("also 2027-03-18T10:00\n");
    // Stop 56: after items that each have their own time, a date's time is its own too (it was "this schedule already has `pukul 13:00`").
    for (const [also, joined] of [
      ["2027-03-04T13:00, 2027-03-18 pukul 13:00", "2027-03-04T13:00, 2027-03-18T13:00"],
      ["2027-03-18 pukul 13:00, 2027-03-25 pukul 13:00", "2027-03-18T13:00, 2027-03-25T13:00"],
    ] as const) {
      const written = program(`setiap bulan pada kamis kedua pukul 13:00 selama 2 jam juga ${also}`);
      expect(said(written).every(([key]) => key === "LON1106.alsoTime"), also).toBe(true);
      const repaired = applyFixes(written, errorsOf(written));
      expect(repaired).toContain(`juga ${joined}\n`);
      expect(errorsOf(repaired)).toEqual([]);
    }
  });
});

// Stop 55: `minimal 20 sesi kelas, dongeng per semester` (a coordinator's twelve village classes under one MoU) was "expected `per` after `kelas`, found `,`".
describe("an obligation over several programs (`sesi kelas, dongeng per semester`)", () => {
  it("is one LON1106 at the programs, in both languages, with no fix: an obligation counts one program", () => {
    for (const [join, text] of [[", ", "kelas, dongeng"], [" dan ", "kelas dan dongeng"], [", dongeng, ", "kelas, dongeng, dongeng"]] as const) {
      const source = `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam mulai 2026-01-06\n}\nprogram dongeng di dispusip_solok {\n  kategori mendongeng\n  jadwal setiap minggu pada rabu pukul 09:00 selama 1 jam mulai 2026-01-07\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n  minimal 20 sesi kelas${join}dongeng per semester\n}\n`;
      const errors = errorsOf(source);
      expect(errors.map((d) => [d.code, d.text?.key, source.slice(d.location.range.start.offset, d.location.range.end.offset)]), join).toEqual([["LON1106", "LON1106.sessionsOfPrograms", text]]);
      expect(errors[0]?.suggestions).toEqual([]);
      expect(localizeDiagnostic(errors[0] as Diagnostic, "id").message).toContain("kewajiban menghitung sesi satu program");
    }
  });
});

// helper-140 (a planner's walk): `minimal 10 sesi dari kelas setiap semester` read `dari` as the program: "expected `per` after `dari`, found `kelas`".
describe("a word between `sesi` and the program, with `setiap` for `per` after it", () => {
  it("is the word's LON1106 (the program alone) and `setiap`'s own (`per`), both fixed in one pass", () => {
    const source = `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n  minimal 10 sesi dari kelas setiap semester\n}\ncakrawala 2026-01-01..2026-12-31\n`;
    const errors = errorsOf(source);
    expect(errors.map((d) => [d.code, source.slice(d.location.range.start.offset, d.location.range.end.offset)])).toEqual([["LON1106", "dari kelas"], ["LON1101", "setiap"]]);
    const fixed = applyFixes(source, errors);
    expect(fixed).toContain("  minimal 10 sesi kelas per semester\n");
    expect(errorsOf(fixed)).toEqual([]);
  });

  // helper-142: with `setiap semester` on the next line, `--fix` wrote `per` over the program's name.
  it("reads no period on the next line, and a word meant on that line is fixed there, never on the line before", () => {
    const agreement = (lines: string) => `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nprogram kelas di dispusip_solok {\n  kategori kelas\n  jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n${lines}}\ncakrawala 2026-01-01..2026-12-31\n`;
    const split = agreement("  minimal 10 sesi kelas\n    setiap semester\n");
    const errors = errorsOf(split);
    expect(errors.map((d) => [d.code, split.slice(d.location.range.start.offset, d.location.range.end.offset)])).toEqual([["LON1101", "setiap"]]);
    const fixed = applyFixes(split, errors);
    expect(fixed).toContain("  minimal 10 sesi kelas\n    per semester\n");
    expect(errorsOf(fixed)).toEqual([]);
    // With a word between `sesi` and the program too: nothing certain, and the name is never replaced.
    const both = agreement("  minimal 10 sesi dari kelas\n    setiap semester\n");
    expect(applyFixes(both, errorsOf(both))).toContain("sesi dari kelas\n");
  });
});

describe("a condition's operators written another way stay where a condition stands", () => {
  it("`=` outside a condition is still an unexpected character (LON1001), and the line reads on without it", () => {
    const source = `${ID_LIBRARY}ruang aula di dispusip_solok {\n  kapasitas = 60\n}\n`;
    const errors = errorsOf(source);
    expect(errors.map((d) => d.code)).toEqual(["LON1001"]);
    expect(localizeDiagnostic(errors[0] as Diagnostic, "id").message).toContain("`=`");
    const sign = errorsOf(`${ID_LIBRARY}ruang aula di dispusip_solok {\n  kapasitas ≥ 60\n}\n`);
    expect(sign.map((d) => [d.code, d.message])).toEqual([["LON1001", "unexpected character `≥`"]]);
  });

  it("`dan` between an agreement's parties is no condition's join (`antara a dan b` reads as it is)", () => {
    const source = `${ID_LIBRARY}mitra disdik {\n  jenis opd\n}\nkesepakatan mou {\n  antara dispusip_solok dan disdik\n  berlaku 2026-01-01..2026-12-31\n  ketika perpustakaan.tahap >= implementasi dan perpustakaan.tahap <= replikasi\n}\n`;
    const errors = errorsOf(source);
    expect(errors.map((d) => [d.code, source.slice(d.location.range.start.offset, d.location.range.end.offset)])).toEqual([["LON1106", "dan"]]);
    expect(errors[0]?.location.range.start.line).toBe(11);
  });
});

describe("a value of several words is joined only into a value its property allows", () => {
  const program = (line: string): string => `program kelas di dispusip_solok {\n  ${line}\n  jadwal sekali 2026-01-03 pukul 09:00 selama 2 jam\n}\n`;
  const partner = (line: string): string => `mitra m {\n  ${line}\n}\n`;
  const agreement = (line: string): string => `mitra m {\n  jenis opd\n}\nkesepakatan k {\n  antara dispusip_solok dan m\n  berlaku 2026-01-01..2026-12-31\n  ${line}\n}\n`;
  // Each joined, the words are an allowed value of another property (a tier, a partner kind, a KPI metric): no LON1106, no
  // fix; read as one value as written, they are LON3004, which quotes them and lists the values allowed.
  for (const [name, source, words, what] of [
    ["a program's category", program("kategori perpustakaan nasional"), "perpustakaan nasional", { en: "is not a known program category", id: "bukan kategori program yang dikenal" }],
    ["a program's audience", program("kategori kelas\n  sasaran perguruan tinggi"), "perguruan tinggi", { en: "is not a known audience group", id: "bukan kelompok sasaran yang dikenal" }],
    ["an agreement's kind", agreement("jenis lembaga adat"), "lembaga adat", { en: "is not a known agreement kind", id: "bukan jenis kesepakatan yang dikenal" }],
    ["a budget's category", `anggaran b {\n  jumlah Rp 1.000\n  periode 2026\n  kategori cerita sukses\n}\n`, "cerita sukses", { en: "is not a known budget category", id: "bukan kategori anggaran yang dikenal" }],
  ] as const) {
    it(`${name} (${words}): one error, LON3004 quoting the words as written, no LON1106 and no fix`, () => {
      const text = `${ID_LIBRARY}${source}cakrawala 2026-01-01..2026-12-31\n`;
      const errors = errorsOf(text);
      expect(errors.map((d) => d.code), text).toEqual(["LON3004"]);
      const d = errors[0] as Diagnostic;
      expect(text.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(words);
      expect(d.message).toContain(`\`${words}\` ${what.en}`);
      expect(localizeDiagnostic(d, "id").message).toContain(`\`${words}\` ${what.id}`);
      expect(d.suggestions.filter((f) => f.preferred === true)).toEqual([]);
      expect(JSON.stringify(parseFileWith(text, "main.lontar", "fast"))).toBe(JSON.stringify(parseFileWith(text, "main.lontar", "grammar")));
    });
  }

  it("an allowed value of several words is still joined, in each declaration that allows it; a KPI's indicator is a name, any value joined", () => {
    for (const [source, fixed] of [[partner("jenis dunia usaha"), "dunia_usaha"], [program("kategori kelas\n  sasaran anak anak"), "anak_anak"], [agreement("jenis nota kesepahaman"), "nota_kesepahaman"], [program("kategori perpustakaan keliling"), "perpustakaan_keliling"], [`kpi k {\n  indikator lembaga adat bobot 100 target 3 per tahun\n}\n`, "lembaga_adat"]] as const) {
      const text = `${ID_LIBRARY}${source}cakrawala 2026-01-01..2026-12-31\n`;
      const errors = errorsOf(text);
      expect(errors.map((d) => [d.code, d.suggestions[0]?.edits[0]?.text])).toEqual([["LON1106", fixed]]);
      expect(errorsOf(applyFixes(text, errors))).toEqual([]);
      expect(JSON.stringify(parseFileWith(text, "main.lontar", "fast"))).toBe(JSON.stringify(parseFileWith(text, "main.lontar", "grammar")));
    }
  });
});

/** A property keyword written short or misspelt, its value maybe written another way too: the keyword meant, and the whole fix. */
interface KeywordCase {
  readonly name: string;
  readonly source: string;
  /** The word written, and the keyword meant. */
  readonly written: string;
  readonly meant: string;
  /** The texts the one fix writes, the keyword's first; and the line as fixed. */
  readonly edits: readonly string[];
  readonly shown: string;
  /** What the message says of the value, when the fix mends it too. */
  readonly says?: { readonly en: string; readonly id: string };
}

const QUOTES = { en: "Also: `Asia/Jakarta`: a time zone is a text, written in quotes", id: "Juga: `Asia/Jakarta`: zona waktu adalah teks, ditulis dalam tanda kutip" };
const KEYWORD_CASES: readonly KeywordCase[] = [
  { name: "id: zona Asia/Jakarta (zona_waktu, the zone in quotes)", source: ID_LIBRARY.replace("}\n", "  zona Asia/Jakarta\n}\n"), written: "zona", meant: "zona_waktu", edits: ["zona_waktu", '"Asia/Jakarta"'], shown: 'zona_waktu "Asia/Jakarta"', says: QUOTES },
  { name: "en: time Asia/Jakarta (timezone, the zone in quotes)", source: EN_LIBRARY.replace("}\n", "  time Asia/Jakarta\n}\n"), written: "time", meant: "timezone", edits: ["timezone", '"Asia/Jakarta"'], shown: 'timezone "Asia/Jakarta"', says: QUOTES },
  { name: "id: zona_wakt Asia/Jakarta (a typo, the zone in quotes)", source: ID_LIBRARY.replace("}\n", "  zona_wakt Asia/Jakarta\n}\n"), written: "zona_wakt", meant: "zona_waktu", edits: ["zona_waktu", '"Asia/Jakarta"'], shown: 'zona_waktu "Asia/Jakarta"', says: QUOTES },
  { name: 'id: Zona "Asia/Jakarta" (the keyword alone)', source: ID_LIBRARY.replace("}\n", '  Zona "Asia/Jakarta"\n}\n'), written: "Zona", meant: "zona_waktu", edits: ["zona_waktu"], shown: "zona_waktu" },
  { name: 'en: time "Asia/Jakarta" (the keyword alone)', source: EN_LIBRARY.replace("}\n", '  time "Asia/Jakarta"\n}\n'), written: "time", meant: "timezone", edits: ["timezone"], shown: "timezone" },
  { name: 'en: zone "Asia/Jakarta" (a synonym)', source: EN_LIBRARY.replace("}\n", '  zone "Asia/Jakarta"\n}\n'), written: "zone", meant: "timezone", edits: ["timezone"], shown: "timezone" },
];

describe("LON1101: a property keyword written short (the start of one keyword of its declaration) or misspelt", () => {
  for (const c of KEYWORD_CASES) {
    it(c.name, () => {
      const errors = errorsOf(c.source);
      expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
      const d = errors[0] as Diagnostic;
      expect(c.source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(c.written);
      const id = localizeDiagnostic(d, "id");
      expect(d.message).toContain(`unexpected \`${c.written}\`; did you mean \`${c.meant}\`?`);
      expect(id.message).toContain(`maksud Anda \`${c.meant}\`?`);
      if (c.says !== undefined) {
        expect(d.message).toContain(c.says.en);
        expect(id.message).toContain(c.says.id);
      }
      // One fix, applied on its own: the keyword and whatever of the value is written another way.
      expect(d.suggestions.map((f) => [f.edits.map((e) => e.text), f.preferred])).toEqual([[c.edits, true]]);
      expect(d.suggestions[0]?.message).toBe(`replace with \`${c.shown}\``);
      expect(id.suggestions[0]?.message).toBe(`ganti dengan \`${c.shown}\``);
      expect(errorsOf(applyFixes(c.source, errors))).toEqual([]);
    });
  }

  it("a word that starts several keywords of the declaration (`jenj`: jenjang, jenjang_sekolah) or is too short (`zon`) names none", () => {
    for (const line of ["jenj kota", 'zon "Asia/Jakarta"']) {
      const errors = errorsOf(ID_LIBRARY.replace("}\n", `  ${line}\n}\n`));
      expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
      expect(errors[0]?.message).not.toContain("did you mean");
      expect(errors[0]?.suggestions).toEqual([]);
    }
  });

  it("each case reads alike with the fast reader and with the grammar alone", () => {
    for (const c of KEYWORD_CASES) expect(JSON.stringify(parseFileWith(c.source, "main.lontar", "fast")), c.name).toBe(JSON.stringify(parseFileWith(c.source, "main.lontar", "grammar")));
  });
});

/** The ways an office writes a date (`YYYY-MM-DD` given), taken in turn. */
const DATE_STYLES: readonly ((y: string, m: string, d: string) => string)[] = [
  (y, m, d) => `${d}-${m}-${y}`,
  (y, m, d) => `${d}/${m}/${y}`,
  (y, m, d) => `${d}.${m}.${y}`,
  (y, m, d) => `${y}-${String(Number(m))}-${String(Number(d))}`,
  (y, m, d) => `${y}/${m}/${d}`,
];

/** Every time (`HH:mm`) and date (`YYYY-MM-DD`) of a text written the office way, in turn: `09.00` / `9.00`, and the date styles above. */
function officeWay(text: string): { text: string; count: number } {
  let out = "";
  let at = 0;
  let count = 0;
  for (const t of tokenize(text).tokens) {
    const name = t.tokenType.name;
    let written: string | undefined;
    if (name === "TimeLiteral" && /^\d\d:\d\d$/.test(t.image)) written = count % 2 === 0 ? t.image.replace(":", ".") : t.image.replace(/^0?(\d+):/, "$1.");
    else if (name === "DateLiteral") {
      const [y = "", m = "", d = ""] = t.image.split("-");
      written = (DATE_STYLES[count % DATE_STYLES.length] as (typeof DATE_STYLES)[number])(y, m, d);
    }
    // `2024-12-19` unpadded is itself: not a form written another way.
    if (written === undefined || written === t.image) continue;
    out += text.slice(at, t.startOffset) + written;
    at = t.startOffset + t.image.length;
    count++;
  }
  return { text: out + text.slice(at), count };
}

describe("LON1106 over the examples, every time and date written the office way", () => {
  for (const workspace of exampleWorkspaces()) {
    it(`${workspace.name}: one error per written form, and the fixes give back the example`, () => {
      const rewritten = workspace.files.map((f) => ({ path: f.path, ...officeWay(f.text) }));
      const written = rewritten.reduce((n, f) => n + f.count, 0);
      expect(written).toBeGreaterThan(0);
      const before = analyzeWorkspace({ root: "", files: workspace.files, readFile: () => undefined }).diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.range.start.offset}`);
      const after = analyzeWorkspace({ root: "", files: rewritten.map((f) => ({ path: f.path, text: f.text })), readFile: () => undefined }).diagnostics;
      const notation = after.filter((d) => d.code === "LON1106");
      expect(notation.length).toBe(written);
      expect(notation.every((d) => d.suggestions[0]?.preferred === true)).toBe(true);
      // Nothing else: the rest of each property is read as if written Lontar's way.
      expect(after.filter((d) => d.code !== "LON1106" && d.severity === "error")).toEqual([]);
      for (const f of rewritten) {
        const original = workspace.files.find((o) => o.path === f.path)?.text;
        expect(applyFixes(f.text, notation.filter((d) => d.location.file === f.path)), f.path).toBe(original);
      }
      expect(before.filter((d) => d.startsWith("LON1"))).toEqual([]);
    });
  }
});

describe("rupiah with spaces between its thousands, where nothing is certain", () => {
  // A review (stop 53): a lead of 0 was "fixed" to `Rp 500`, and an amount past the most read another way got a fix LON3011 refused.
  it.each(["Rp 0 500", "Rp 1 500 000 000 000 000 000"])("%s is not read as one amount (no fix to a dotted amount)", (amount) => {
    const { diagnostics } = checkSource(ID_PROGRAM("peserta 20", amount), "a.lontar");
    expect(diagnostics.some((d) => d.code === "LON1106" && d.text?.key === "LON1106.thousandsSpace")).toBe(false);
    expect(certainFixes(diagnostics).get("a.lontar")?.some((e) => /^Rp [\d.]+$/.test(e.text)) ?? false).toBe(false);
    expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
  });
});
