/**
 * A planner typing in the editor (a walk in Bahasa Indonesia, keystroke by keystroke): each
 * state of a time, a date or an amount being typed is ONE error, at the unfinished value, in
 * both languages saying what is missing, and no message quotes what the planner did not write
 * (a placeholder the reader put in the value's place, such as `00:00` or `2000-01-01`).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const LIBRARY = 'perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n  buka senin..jumat 08:00-16:00\n}\n';
const HEAD = `${LIBRARY}anggaran a di p {\n  jumlah Rp 100.000.000\n  periode 2025\n}\nmitra m {\n  jenis sekolah\n}\n`;
/** A library with `line` among its properties. */
const IN_LIBRARY = (line: string): string => `perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n  ${line}\n}\n`;
/** A staff member of `HEAD`'s library with `line` among its properties. */
const IN_STAFF = (line: string): string => `${HEAD}staf s di p {\n  peran pustakawan\n  ${line}\n}\n`;
/** A program of `HEAD`'s library with `line` among its properties, under a horizon. */
const IN_PROGRAM = (line: string): string => `${HEAD}program d di p {\n  kategori kelas\n  ${line}\n}\ncakrawala 2025-01-01..2025-12-31\n`;
/** An agreement of `HEAD`'s library and partner with `line` among its properties. */
const IN_AGREEMENT = (line: string): string => `${HEAD}kesepakatan k {\n  antara p dan m\n  ${line}\n}\n`;
/** A rule whose condition is `condition`. */
const IN_RULE = (condition: string): string => `${HEAD}aturan r {\n  ketika ${condition}\n  maka larang "x"\n}\n`;

/** Values no planner wrote: what a reader puts in an unfinished value's place. */
const PLACEHOLDERS = ["00:00", "2000-01-01", "Rp 0"];

/** The errors of `text`. */
const errorsOf = (text: string): Diagnostic[] => checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error");

/** One state typed: the file, its line being typed, the unfinished value as typed (the last such text of the line, where the error stands), and a word each message says. */
interface State {
  readonly source: string;
  readonly line: string;
  readonly typed: string;
  readonly says: { readonly en: string; readonly id: string };
}

/** Asserts the one error of a state: at `typed`, quoting it, saying `says`, in both languages, quoting no placeholder. */
function expectOneError({ source, line, typed, says }: State): void {
  const errors = errorsOf(source);
  expect(errors.map((d) => `${d.code} ${d.message}`), source).toHaveLength(1);
  const d = errors[0] as Diagnostic;
  const at = source.indexOf(`${line}\n`) + line.lastIndexOf(typed);
  expect(source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(typed);
  expect(d.location.range.start.offset).toBe(at);
  const id = localizeDiagnostic(d, "id").message;
  expect(d.message).toContain(`\`${typed}\``);
  expect(id).toContain(`\`${typed}\``);
  expect(d.message).toContain(says.en);
  expect(id).toContain(says.id);
  for (const placeholder of PLACEHOLDERS) if (!typed.includes(placeholder)) for (const message of [d.message, id]) expect(message).not.toContain(`\`${placeholder}\``);
  // Nothing typed half-way is certain: no fix an editor would apply on its own.
  expect(d.suggestions.filter((s) => s.preferred === true)).toEqual([]);
}

const TIME = { en: "unfinished time: write its minutes", id: "jam yang belum lengkap: tulis menitnya" };

describe("a time being typed is one error, at it, saying its minutes are missing", () => {
  const states: readonly (readonly [string, string, (line: string) => string, string])[] = [
    ["schedule", "09:", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:"],
    ["schedule", "09:0", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:0"],
    ["schedule, its length written", "09:3", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:3 selama 2 jam"],
    ["library's hours", "08:", IN_LIBRARY, "buka senin..jumat 08:"],
    ["library's hours", "08:0", IN_LIBRARY, "buka senin..jumat 08:0"],
    ["library's hours, the end", "16:", IN_LIBRARY, "buka senin..jumat 08:00-16:"],
    ["library's hours, the end", "16:0", IN_LIBRARY, "buka senin..jumat 08:00-16:0"],
    ["library's hours, a second day", "08:", IN_LIBRARY, "buka senin..jumat 08:00-16:00, sabtu 08:"],
    ["staff's availability", "08:", IN_STAFF, "tersedia senin..jumat 08:"],
    ["window", "08:", IN_PROGRAM, "jadwal 2 kali per minggu pada selasa antara 08:"],
    ["window, the end", "12:", IN_PROGRAM, "jadwal 2 kali per minggu pada selasa antara 08:00-12:"],
    ["rule's overlap", "11:", IN_RULE, "tumpang(11:, 13:00)"],
  ];
  it.each(states)("%s: `%s`", (_where, typed, wrap, line) => expectOneError({ source: wrap(line), line, typed, says: TIME }));

  // The keystroke before `08:`: the hour alone after the days.
  const hours: readonly (readonly [string, string, (line: string) => string, string])[] = [
    ["library's hours", "8", IN_LIBRARY, "buka senin..jumat 8"],
    ["library's hours", "08", IN_LIBRARY, "buka senin..jumat 08"],
    ["library's hours, one day", "08", IN_LIBRARY, "buka senin 08"],
    ["library's hours, a second day", "08", IN_LIBRARY, "buka senin..jumat 08:00-16:00, sabtu 08"],
    ["library's hours, before a second day", "9", IN_LIBRARY, "buka senin..jumat 9, sabtu 08:00-12:00"],
    ["staff's availability", "08", IN_STAFF, "tersedia senin..jumat 08"],
  ];
  it.each(hours)("%s: `%s` (an hour alone after the days)", (_where, typed, wrap, line) => expectOneError({ source: wrap(line), line, typed, says: TIME }));

  it("the example in the message is the time with two digits of minutes", () => {
    const [d] = errorsOf(IN_PROGRAM("jadwal setiap minggu pada selasa pukul 9:3"));
    expect(d?.message).toBe("`9:3` is an unfinished time: write its minutes, two digits after `:`, as in `09:30`");
    expect(d === undefined ? "" : localizeDiagnostic(d, "id").message).toBe("`9:3` adalah jam yang belum lengkap: tulis menitnya, dua angka setelah `:`, seperti `09:30`");
  });

  it("the finished time checks clean, and a `:` after a word is still its own error", () => {
    expect(errorsOf(IN_PROGRAM("jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam"))).toEqual([]);
    expect(errorsOf(IN_LIBRARY("buka senin..jumat 08:00-16:00"))).toEqual([]);
    expect(errorsOf(IN_LIBRARY("jenjang: desa")).map((d) => d.code)).toContain("LON1001");
  });
});

const DATE = { en: "unfinished date: write it whole, YYYY-MM-DD", id: "tanggal yang belum lengkap: tulis lengkap, YYYY-MM-DD" };

describe("a date being typed is one error, at it, saying it is to be written whole", () => {
  const horizon = (dates: string): string => `${HEAD}cakrawala ${dates}\n`;
  const states: readonly (readonly [string, string, (line: string) => string, string])[] = [
    ...["2025-", "2025-0", "2025-01", "2025-01-", "2025-01-0"].map((typed) => ["horizon", typed, horizon, typed] as const),
    ["horizon, its last day", "2025-1", horizon, "2025-01-01..2025-1"],
    ["horizon, its last day", "2025-12-", horizon, "2025-01-01..2025-12-"],
    ["agreement's validity", "2025-01-0", IN_AGREEMENT, "berlaku 2025-01-0"],
    ["agreement's validity", "2025-0", IN_AGREEMENT, "berlaku 2025-0"],
    ["agreement's validity, its last day", "2025-12-", IN_AGREEMENT, "berlaku 2025-01-01..2025-12-"],
    ["one session", "2025-0", IN_PROGRAM, "jadwal sekali 2025-0"],
    ["one session, its time written", "2025-03-0", IN_PROGRAM, "jadwal sekali 2025-03-0 pukul 09:00 selama 1 jam"],
    ["a schedule's start", "2025-", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam mulai 2025-"],
    ["a schedule's start", "2025-01-0", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam mulai 2025-01-0"],
    ["a schedule's end", "2025-1", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam mulai 2025-01-07 sampai 2025-1"],
    ["an exception", "2025-03-", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam kecuali 2025-03-"],
    // The keystroke before `2025-`: the year alone where one date stands.
    ["one session, the year alone", "2025", IN_PROGRAM, "jadwal sekali 2025"],
    ["a schedule's start, the year alone", "2025", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam mulai 2025"],
    ["a schedule's end, the year alone", "2025", IN_PROGRAM, "jadwal setiap minggu pada selasa pukul 09:00 selama 1 jam mulai 2025-01-07 sampai 2025"],
    ["horizon's last day, the year alone", "2025", horizon, "2025-01-01..2025"],
    ["agreement's last day, the year alone", "2025", IN_AGREEMENT, "berlaku 2025-01-01..2025"],
    ["a closure's last day, the year alone", "2025", IN_LIBRARY, "tutup 2025-06-03..2025"],
  ];
  it.each(states)("%s: `%s`", (_where, typed, wrap, line) => expectOneError({ source: wrap(line), line, typed, says: DATE }));

  it("the example in the message is a whole date of the year and month typed", () => {
    const [d] = errorsOf(IN_AGREEMENT("berlaku 2025-3"));
    expect(d?.message).toBe("`2025-3` is an unfinished date: write it whole, YYYY-MM-DD with two digits of month and two of day, as in `2025-03-01`");
    expect(d === undefined ? "" : localizeDiagnostic(d, "id").message).toBe("`2025-3` adalah tanggal yang belum lengkap: tulis lengkap, YYYY-MM-DD dengan dua angka bulan dan dua angka hari, seperti `2025-03-01`");
  });

  it("a year alone for a span of dates keeps its certain fix (`cakrawala 2025`, `berlaku 2025`)", () => {
    for (const source of [`${HEAD}cakrawala 2025\n`, IN_AGREEMENT("berlaku 2025")]) {
      const errors = errorsOf(source);
      expect(errors.map((d) => d.suggestions.filter((f) => f.preferred === true).map((f) => f.edits[0]?.text))).toEqual([["2025-01-01..2025-12-31"]]);
    }
  });

  it("a date written unpadded keeps its certain fix, and a finished one checks clean", () => {
    const [d] = errorsOf(`${HEAD}cakrawala 2025-1-5..2025-12-31\n`);
    expect(d?.suggestions.map((s) => [s.edits[0]?.text, s.preferred])).toEqual([["2025-01-05", true]]);
    expect(errorsOf(IN_AGREEMENT("berlaku 2025-01-01..2025-12-31"))).toEqual([]);
  });
});

const AMOUNT = { en: "unfinished amount, or one with a decimal point: Lontar writes whole rupiah", id: "jumlah uang yang belum lengkap, atau memakai titik desimal: Lontar menulis rupiah bulat" };

describe("an amount being typed is one error, at it, with no fix, and says nothing of commas", () => {
  const SESSION = "jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n  ";
  const withSession = (line: string): string => IN_PROGRAM(`${SESSION}${line}`);
  const states: readonly (readonly [string, string, (line: string) => string, string])[] = [
    ["a program's cost", "Rp 50.", withSession, "biaya Rp 50."],
    ["a program's cost", "Rp 50.0", withSession, "biaya Rp 50.0"],
    ["a program's cost", "Rp 50.00", withSession, "biaya Rp 50.00"],
    ["a program's cost, its budget written", "Rp 50.0", withSession, "biaya Rp 50.0 per sesi dari a"],
    ["a program's cost, a million", "Rp 1.500.0", withSession, "biaya Rp 1.500.0"],
    ["an obligation to pay", "Rp 500.0", IN_AGREEMENT, "perpustakaan membayar Rp 500.0 untuk d"],
  ];
  it.each(states)("%s: `%s`", (_where, typed, wrap, line) => {
    const source = wrap(line);
    expectOneError({ source, line, typed, says: AMOUNT });
    for (const d of errorsOf(source)) for (const message of [d.message, localizeDiagnostic(d, "id").message]) expect(message).not.toMatch(/English|bahasa Inggris|`,`/);
  });

  it("the example in the message is the amount with its last three digits", () => {
    const [d] = errorsOf(withSession("biaya Rp 50.0"));
    expect(d?.message).toBe("`Rp 50.0` is an unfinished amount, or one with a decimal point: Lontar writes whole rupiah, with three digits after each dot between thousands, as in `Rp 50.000`");
    expect(d === undefined ? "" : localizeDiagnostic(d, "id").message).toBe("`Rp 50.0` adalah jumlah uang yang belum lengkap, atau memakai titik desimal: Lontar menulis rupiah bulat, dengan tiga angka setelah setiap titik di antara ribuan, seperti `Rp 50.000`");
  });

  it("English thousands, words for thousands and zero cents keep their certain fixes", () => {
    const fixes = (line: string): (string | undefined)[] => errorsOf(withSession(line)).flatMap((d) => d.suggestions.filter((f) => f.preferred === true).map((f) => f.edits[0]?.text));
    expect(fixes("biaya Rp 50,000 per sesi dari a")).toEqual([]);
    expect(fixes("biaya Rp 100,000,000.00 per sesi dari a")).toEqual(["Rp 100.000.000"]);
    expect(fixes("biaya Rp 1.5 juta per sesi dari a")).toEqual(["Rp 1.500.000"]);
    expect(fixes("biaya Rp 50.000,00 per sesi dari a")).toEqual(["Rp 50.000"]);
    expect(errorsOf(withSession("biaya Rp 50.000 per sesi dari a"))).toEqual([]);
  });
});

describe("no message quotes a placeholder: a value written with no certain reading is quoted as written", () => {
  const cases: readonly (readonly [string, string, string, string])[] = [
    ["a validity's first day that is no date", IN_AGREEMENT("berlaku 31-02-2025"), "expected `..` after `31-02-2025`, found `}`", "diharapkan `..` setelah `31-02-2025`, ditemukan `}`"],
    ["a horizon's first day that is no date", `${HEAD}cakrawala 31-02-2025\n`, "expected `..` after `31-02-2025`, found the end of the file", "diharapkan `..` setelah `31-02-2025`, ditemukan akhir berkas"],
    ["a library's hours that are no time", IN_LIBRARY("buka senin 25.00"), "expected `-` after `25.00`, found `}`", "diharapkan `-` setelah `25.00`, ditemukan `}`"],
  ];
  it.each(cases)("%s", (_what, source, en, id) => {
    const errors = errorsOf(source);
    // The written form's own error (LON1106), then what the rule asks for after it, quoting it as written.
    expect(errors.map((d) => d.code)).toEqual(["LON1106", "LON1101"]);
    const after = errors[1] as Diagnostic;
    expect(after.message).toBe(en);
    expect(localizeDiagnostic(after, "id").message).toBe(id);
    for (const d of errors) for (const placeholder of PLACEHOLDERS) expect(`${d.message} ${localizeDiagnostic(d, "id").message}`).not.toContain(`\`${placeholder}\``);
  });
});
