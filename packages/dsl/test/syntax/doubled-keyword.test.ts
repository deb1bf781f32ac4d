/**
 * A keyword typed twice (`pukul pukul 09:00`, `setiap setiap minggu`): the second is the error,
 * said as such, and its certain fix deletes it. Before, the parser's "expected a time after
 * `pukul`, found `pukul`" left the reader to see it. So are two words typed twice (`paling
 * sedikit paling sedikit`) and a word typed twice that the grammar took as a name (`untuk untuk
 * lomba`: was "`untuk` is not declared" and "expected a property" at `lomba`).
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const LIBRARY = 'cakrawala 2025-01-01..2025-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\n';
const PROGRAM = (line: string): string => `${LIBRARY}program d di p {\n  kategori kelas\n  ${line}\n}\n`;
const errors = (source: string) => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

/** `words` written twice in `source` (made by `wrap` from a line): one error at the second copy, in both languages, whose fix gives `wrap(mended)`, a file with no error. */
function expectOneErrorDeletingTheCopy(wrap: (line: string) => string, line: string, words: string, mended: string): void {
  const source = wrap(line);
  const found = errors(source);
  expect(found.map((d) => d.code)).toEqual(["LON1101"]);
  expect(localizeDiagnostic(found[0]!, "id").message).toBe(`\`${words}\` tertulis dua kali: hapus salah satunya`);
  expect(localizeDiagnostic(found[0]!, "en").message).toBe(`\`${words}\` is written twice: delete one`);
  const at = found[0]!.location.range.start.offset;
  expect(source.slice(at, at + words.length)).toBe(words);
  expect(at).toBe(source.indexOf(`${words} ${words}`) + words.length + 1);
  const fixed = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
  expect(fixed).toBe(wrap(mended));
  expect(errors(fixed)).toEqual([]);
}

const AGREEMENT = (line: string): string =>
  `${PROGRAM("jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam")}mitra pkk {\n  jenis pkk\n}\nkesepakatan k {\n  antara p dan pkk\n  berlaku 2025-01-01..2025-12-31\n  ${line}\n}\n`;

describe("a keyword written twice", () => {
  it.each([
    ["jadwal sekali 2025-03-01 pukul pukul 09:00 selama 1 jam", "pukul", "jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam"],
    ["jadwal setiap setiap minggu pada sabtu pukul 09:00 selama 2 jam", "setiap", "jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam"],
    ["jadwal setiap minggu pada pada sabtu pukul 09:00 selama 2 jam", "pada", "jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam"],
    ["jadwal setiap minggu pada sabtu pukul 09:00 selama selama 2 jam", "selama", "jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam"],
  ])("`%s`: one error at the second `%s`, whose fix deletes it", (line, word, mended) => expectOneErrorDeletingTheCopy(PROGRAM, line, word, mended));

  it.each([
    ["mitra membayar Rp 5.000.000 untuk untuk d", "untuk", "mitra membayar Rp 5.000.000 untuk d"],
    ["minimal 1 sesi sesi d per bulan", "sesi", "minimal 1 sesi d per bulan"],
    ["mitra mitra membayar Rp 5.000.000 untuk d", "mitra", "mitra membayar Rp 5.000.000 untuk d"],
    ["minimal minimal 1 sesi d per bulan", "minimal", "minimal 1 sesi d per bulan"],
    ["minimal 1 sesi d per per bulan", "per", "minimal 1 sesi d per bulan"],
  ])("an agreement's `%s`: one error at the second `%s`, whose fix deletes it, and no name reported", (line, words, mended) => expectOneErrorDeletingTheCopy(AGREEMENT, line, words, mended));

  // A walk (stop 50): `sasaran remaja remaja` was "expected a property"; `ruang aula aula di p {` was fixed to `aula_aula`, breaking every use.
  it("a value written twice is one error deleting the copy; a declaration's name written twice is read as the name, its fix the name once", () => {
    // The program's last line, right before its `}`.
    const scheduled = (line: string): string => PROGRAM(`jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n  ${line}`);
    expectOneErrorDeletingTheCopy(scheduled, "sasaran remaja remaja", "remaja", "sasaran remaja");
    const head = `${LIBRARY}ruang aula aula di p {\n  kapasitas 30\n}\nprogram d di p {\n  kategori kelas\n  jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n  butuh ruang aula\n}\n`;
    const found = errors(head);
    expect(found.map((d) => [d.code, localizeDiagnostic(d, "id").message])).toEqual([["LON1106", "`aula aula`: namanya tertulis dua kali: `aula`"]]);
    const fixed = applyEdits(head, certainFixes(found).get("a.lontar") ?? []);
    expect(fixed).toBe(head.replace("ruang aula aula di", "ruang aula di"));
    expect(errors(fixed)).toEqual([]);
  });

  it("in English too; and a word twice where the second does not let the line go on is the parser's error as before", () => {
    expect(errors(PROGRAM("schedule every week on on sat at 09:00 for 2 hours")).map((d) => localizeDiagnostic(d, "en").message)).toEqual(["`on` is written twice: delete one"]);
    // Two words written twice: `at least at least`, the second copy the error, its fix deleting both its words.
    const twice = AGREEMENT("at least at least 1 session of d per month");
    const found = errors(twice);
    expect(found.map((d) => localizeDiagnostic(d, "en").message)).toEqual(["`at least` is written twice: delete one"]);
    expect(applyEdits(twice, certainFixes(found).get("a.lontar") ?? [])).toBe(AGREEMENT("at least 1 session of d per month"));
    // `pukul pukul` with no time after it: deleting the second leaves `pukul` without its time, no certain fix.
    const open = errors(PROGRAM("jadwal sekali 2025-03-01 pukul pukul selama 1 jam"));
    expect(open.map((d) => localizeDiagnostic(d, "id").message).join("\n")).not.toContain("dua kali");
  });
});
