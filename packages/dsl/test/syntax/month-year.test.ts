/**
 * `mulai Februari 2027` (a walk of stop 57: "expected a date like 2019-02-11 after `mulai`,
 * found `Februari`", no fix): a month and its year where a schedule's first or last date stands
 * is LON1106 at them, its first day after `mulai` / `from` and its last after `sampai` / `until`
 * as the certain fix, in both languages.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const file = (schedule: string) => `perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n}\nprogram x di p {\n  kategori kelas\n  jadwal ${schedule}\n}\n`;
const errors = (text: string) => checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error");
const fixed = (text: string) => applyEdits(text, certainFixes(errors(text)).get("a.lontar") ?? []);

describe("a month and its year where a schedule's date stands", () => {
  it("after `mulai` is its first day, after `sampai` its last (a leap year's February too), fixed on its own", () => {
    const start = file("setiap minggu pada selasa pukul 09:00 selama 2 jam mulai Februari 2027");
    const [d, ...rest] = errors(start);
    expect(rest).toEqual([]);
    expect(d?.code).toBe("LON1106");
    expect(localizeDiagnostic(d!, "id").message).toBe("`Februari 2027` adalah bulan: Lontar menulis tanggal, tahun lebih dulu, sebagai `YYYY-MM-DD`: hari pertamanya, `2027-02-01`");
    expect(fixed(start)).toContain("mulai 2027-02-01\n");
    expect(errors(fixed(start))).toEqual([]);
    const end = file("setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2028-01-04 sampai februari 2028");
    expect(fixed(end)).toContain("sampai 2028-02-29\n");
    expect(errors(fixed(end))).toEqual([]);
  });

  it("in English too", () => {
    const text = file("every week on tue at 09:00 for 2h from March 2027 until June 2027").replace("jadwal", "schedule");
    expect(fixed(text)).toContain("from 2027-03-01 until 2027-06-30");
    const [d] = errors(file("every week on tue at 09:00 for 2h from 2027-03-02 until June 2027").replace("jadwal", "schedule"));
    expect(localizeDiagnostic(d!, "en").message).toBe("`June 2027` is a month: Lontar writes a date, year first, as `YYYY-MM-DD`: its last day, `2027-06-30`");
  });

  // Stop 58: `cakrawala 2027-01-01 sampai Juni 2027` was "expected `..` after `2027-01-01`, found `sampai`", no fix.
  it("ends a horizon's or a validity's range of dates written to a month at its last day, one LON1106 with the range as the fix", () => {
    const horizon = (range: string) => `cakrawala ${range}\n${file("setiap minggu pada selasa pukul 09:00 selama 2 jam")}`;
    const text = horizon("2027-01-01 sampai Juni 2027");
    const [d, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(localizeDiagnostic(d!, "id").message).toBe("`2027-01-01 sampai Juni 2027` berakhir pada sebuah bulan: Lontar menulis rentang tanggal dengan `..` sampai hari terakhir bulan itu: `2027-01-01..2027-06-30`");
    expect(localizeDiagnostic(d!, "en").message).toBe("`2027-01-01 sampai Juni 2027` ends at a month: Lontar writes a range of dates with `..` to the month's last day: `2027-01-01..2027-06-30`");
    expect(fixed(text)).toContain("cakrawala 2027-01-01..2027-06-30\n");
    expect(errors(fixed(text))).toEqual([]);
    expect(fixed(horizon("2028-01-01 - Februari 2028"))).toContain("cakrawala 2028-01-01..2028-02-29\n");
    // A one-off's day and an added date are no range (a review of stop 58: `--fix` made one session four months of daily ones).
    const once = file("sekali pada 2027-03-01 sampai Juni 2027 pukul 09:00 selama 2 jam");
    expect(fixed(once)).not.toContain("..");
    expect(fixed(once)).not.toContain("harian");
    const also = file("setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2027-03-02 sampai 2027-06-29 juga 2027-03-04 sampai Maret 2027");
    expect(fixed(also)).not.toContain("..");
    // A month before the date it starts from is no range: said at the whole run, not fixed (a review of stop 58: the plain LON1101 "expected `..`").
    const before = horizon("2027-03-01 sampai Februari 2027");
    expect(fixed(before)).toBe(before);
    const [late, ...more] = errors(before);
    expect(more).toEqual([]);
    expect(late?.code).toBe("LON1106");
    expect(late?.location.range).toMatchObject({ start: { line: 1, column: 11 }, end: { line: 1, column: 42 } });
    expect(localizeDiagnostic(late!, "id").message).toBe("`2027-03-01 sampai Februari 2027` berakhir pada bulan yang sudah lewat sebelum hari pertamanya (2027-02-28): rentang tanggal berjalan dari hari pertama sampai hari terakhir yang sama atau sesudahnya; periksa mana yang dimaksud");
    expect(localizeDiagnostic(late!, "en").message).toContain("ends at a month that is over before its first day (2027-02-28)");
  });

  it("leaves a whole date with its month's name to its own reading", () => {
    const [d] = errors(file("setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2 Februari 2027"));
    expect(d?.suggestions[0]?.edits[0]?.text).toBe("2027-02-02");
  });

  // The review of stop 57: a closure's end written as a month was quoted as its reason, a certain fix that changed its meaning.
  // Since stop 58 it is read as the range to the month's last day, the closure's own range.
  it("reads a closure's `sampai` and its month as the range to the month's last day, not quoted as the closure's reason", () => {
    const text = `perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n  tutup 2027-01-01 sampai Januari 2027\n}\n`;
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(fixed(text)).toContain("  tutup 2027-01-01..2027-01-31\n");
    expect(errors(fixed(text))).toEqual([]);
  });
});
