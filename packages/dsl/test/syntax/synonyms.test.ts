/**
 * Words a planner writes for a keyword they are not spelled like: `kali` for `sesi` in an
 * obligation, `setiap` for `per`, `sejak` for `mulai`, `di` before a day for `pada`. Each is
 * one error at the word, naming the keyword, with it as the certain fix; the fixed file is clean.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";

const WORKSPACE = (line: string, schedule = "jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2026-01-06"): string =>
  `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nmitra m {\n  jenis sekolah\n}\nprogram kelas di p {\n  kategori kelas\n  ${schedule}\n}\nkesepakatan mou {\n  antara p dan m\n  berlaku 2026-01-01..2026-12-31\n  ${line}\n}\n`;
const OBLIGATION = "minimal 10 sesi kelas per semester";

function applied(source: string, diagnostics: readonly Diagnostic[]): string {
  const edits = diagnostics.flatMap((d) => d.suggestions.filter((s) => s.preferred === true).flatMap((s) => s.edits));
  return [...edits].sort((a, b) => b.location.range.start.offset - a.location.range.start.offset).reduce((t, e) => t.slice(0, e.location.range.start.offset) + e.text + t.slice(e.location.range.end.offset), source);
}

describe("a synonym where the grammar expects a keyword", () => {
  it.each([
    ["kali for sesi", WORKSPACE("minimal 10 kali kelas per semester"), "kali", "sesi"],
    ["setiap for per", WORKSPACE("minimal 10 sesi kelas setiap semester"), "setiap", "per"],
    ["sejak for mulai", WORKSPACE(OBLIGATION, "jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam sejak 2026-01-06"), "sejak", "mulai"],
    // From a walk through seed 000: a cost per head, and a budget's year.
    ["orang for peserta", WORKSPACE(OBLIGATION, "jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2026-01-06\n  biaya Rp 25.000 per orang\n  peserta 20"), "orang", "peserta"],
    ["tahun for periode in a budget", WORKSPACE(OBLIGATION).replace("program kelas", "anggaran apbd di p {\n  jumlah Rp 1.000.000\n  tahun 2026\n}\nprogram kelas"), "tahun", "periode"],
    ["tahun_anggaran for periode in a budget", WORKSPACE(OBLIGATION).replace("program kelas", "anggaran apbd di p {\n  jumlah Rp 1.000.000\n  tahun_anggaran 2026\n}\nprogram kelas"), "tahun_anggaran", "periode"],
  ])("%s: one error at the word, the keyword its certain fix", (_, source, written, meant) => {
    const { diagnostics } = checkSource(source, "a.lontar");
    // LON1102 where the grammar chooses among alternatives (`per sesi`, `per peserta`, `per program`).
    expect(diagnostics.map((d) => (d.code === "LON1102" ? "LON1101" : d.code))).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(written);
    expect(localizeDiagnostic(d, "id").message).toContain(`maksud Anda \`${meant}\`?`);
    expect(d.suggestions.map((s) => [s.edits.map((e) => e.text), s.preferred])).toEqual([[[meant], true]]);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it("`di` before a day in a schedule (`di` is also `pukul`): says a day follows `pada`, and the fix writes `pada`", () => {
    const source = WORKSPACE(OBLIGATION, "jadwal setiap minggu di selasa pukul 09:00 selama 2 jam mulai 2026-01-06");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(localizeDiagnostic(d, "id").message).toContain("hari ditulis setelah `pada`: `pada selasa`");
    expect(d.message).toContain("a day follows `pada`");
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(WORKSPACE(OBLIGATION));
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it.each([["kegiatan", "program", "program kelas di p {"], ["mou", "kesepakatan", "kesepakatan mou {"]])("`%s` where a declaration starts: did you mean `%s`?, the declaration read as meant (nothing else reported)", (written, meant, head) => {
    const source = WORKSPACE(OBLIGATION).replace(head, head.replace(meant, written));
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1104"]);
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toContain(`maksud Anda \`${meant}\`?`);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it.each(["rentang", "jangka_waktu"])("`%s` for the workspace's span: did you mean `cakrawala`?, and the fix reads clean", (written) => {
    const source = `${WORKSPACE(OBLIGATION)}${written} 2026-01-01..2026-12-31\n`;
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1104"]);
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toContain("maksud Anda `cakrawala`?");
    const fixed = applied(source, diagnostics);
    expect(fixed).toContain("\ncakrawala 2026-01-01..2026-12-31\n");
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it("`kegiatan` after a cost's `per` (a session as often as the whole program): `sesi` and `program` offered, a session first, neither applied", () => {
    const source = WORKSPACE(OBLIGATION).replace("program kelas di p {\n  kategori kelas\n", "anggaran apbd di p {\n  jumlah Rp 100.000.000\n  periode 2026\n}\nprogram kelas di p {\n  kategori kelas\n  biaya Rp 1.500.000 per kegiatan dari apbd\n");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1102"]);
    const [d] = diagnostics as [Diagnostic];
    expect(source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe("kegiatan");
    expect(d.message).toBe("unexpected `kegiatan` after `per`; did you mean `sesi` or `program`?");
    expect(localizeDiagnostic(d, "id").message).toBe("tak terduga: `kegiatan` setelah `per`; maksud Anda `sesi` atau `program`?");
    expect(d.suggestions.map((s) => [s.edits.map((e) => e.text), s.preferred ?? false])).toEqual([[["sesi"], false], [["program"], false]]);
    const chosen = diagnostics.map((x) => ({ ...x, suggestions: x.suggestions.slice(0, 1).map((s) => ({ ...s, preferred: true })) }));
    expect(checkSource(applied(source, chosen), "a.lontar").diagnostics).toEqual([]);
  });

  it("`pukul` after a flexible schedule (`2 kali per minggu … pukul 09:00`) says it takes a window, and how set days are written", () => {
    const source = WORKSPACE(OBLIGATION, "jadwal 2 kali per minggu pada selasa, jumat pukul 09:00 selama 2 jam");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toContain("memakai rentang jam (`antara 08:00-12:00`); untuk sesi pada hari dan jam tertentu tulis `setiap minggu pada selasa, jumat pukul 09:00`");
  });

  it("and so does `jam 8` there, as a time is said (a first-hour walk, stop 49), but not `jam` as the unit of a duration", () => {
    for (const time of ["jam 8", "jam 08:00"]) {
      const { diagnostics } = checkSource(WORKSPACE(OBLIGATION, `jadwal 2 kali per minggu pada selasa, kamis ${time} selama 4 jam`), "a.lontar");
      expect(diagnostics.map((d) => d.code), time).toEqual(["LON1101"]);
      expect(localizeDiagnostic(diagnostics[0]!, "id").message, time).toContain("ditemukan `jam`; jadwal beberapa kali per periode memakai rentang jam (`antara 08:00-12:00`)");
    }
    expect(checkSource(WORKSPACE(OBLIGATION, "jadwal 2 kali per minggu pada selasa, kamis antara 08:00-12:00 selama 4 jam"), "a.lontar").diagnostics).toEqual([]);
  });

  it("offers no synonym where the keyword it stands for is not expected (`kali` in a flexible schedule stays valid)", () => {
    const source = WORKSPACE(OBLIGATION, "jadwal 2 kali per bulan pada hari_kerja antara 08:00-12:00 selama 2 jam");
    expect(checkSource(source, "a.lontar").diagnostics).toEqual([]);
  });
});

const ID_LIBRARY = (line: string): string => `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n  ${line}\n}\n`;
const EN_LIBRARY = (line: string): string => `library p {\n  tier city\n  region "Jawa Barat" / "Kota Bandung"\n  ${line}\n}\n`;
const ID_PROGRAM = (line: string, schedule = "jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2026-01-06"): string =>
  `${ID_LIBRARY("buka senin..jumat 08:00-16:00")}program kelas di p {\n  kategori kelas\n  ${schedule}\n  ${line}\n}\ncakrawala 2026-01-01..2026-12-31\n`;
const EN_PROGRAM = (line: string, schedule = "schedule every week on tue at 09:00 for 2h from 2026-01-06"): string =>
  `${EN_LIBRARY("open mon..fri 08:00-16:00")}program class at p {\n  category class\n  ${schedule}\n  ${line}\n}\nhorizon 2026-01-01..2026-12-31\n`;

describe("a word planners use for a property's keyword, where a property starts: the keyword of that declaration meant", () => {
  it.each([
    ["jam_buka", "buka", ID_LIBRARY("jam_buka senin..jumat 08:00-16:00"), "buka"],
    ["jam_layanan", "buka", ID_LIBRARY("jam_layanan senin..jumat 08:00-16:00"), "buka"],
    ["jam_operasional", "buka", ID_LIBRARY("jam_operasional senin..kamis 08:00-16:00, jumat 08:00-11:30"), "buka"],
    ["waktu_buka", "buka", ID_LIBRARY("waktu_buka sabtu 09:00-12:00"), "buka"],
    ["hours", "open", EN_LIBRARY("hours mon..fri 08:00-16:00"), "open"],
    ["opening_hours", "open", EN_LIBRARY("opening_hours mon..fri 08:00-16:00"), "open"],
    ["waktu", "jadwal", ID_PROGRAM("peserta 20", "waktu setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2026-01-06"), "jadwal"],
    ["jadwal_kegiatan", "jadwal", ID_PROGRAM("peserta 20", "jadwal_kegiatan sekali 2026-03-02 pukul 09:00 selama 2 jam"), "jadwal"],
    ["time", "schedule", EN_PROGRAM("participants 20", "time every week on tue at 09:00 for 2h from 2026-01-06"), "schedule"],
    ["tempat", "lokasi", ID_PROGRAM("tempat balai_desa, sd_negeri_1"), "lokasi"],
    ["location", "sites", EN_PROGRAM("location town_hall"), "sites"],
    ["ketersediaan", "tersedia", "perpustakaan p {\n  jenjang kota\n  wilayah \"Jawa Barat\" / \"Kota Bandung\"\n}\nstaf ani di p {\n  ketersediaan senin..jumat 08:00-16:00\n}\n", "tersedia"],
    ["availability", "available", "library p {\n  tier city\n  region \"Jawa Barat\" / \"Kota Bandung\"\n}\nstaff ani at p {\n  availability mon..fri 08:00-16:00\n}\n", "available"],
    ["butuhkan", "butuh", `${ID_PROGRAM("butuhkan 1 relawan")}relawan r di p {\n  peran pendongeng\n}\n`, "butuh"],
    ["perlu", "butuh", `${ID_PROGRAM("perlu 1 relawan")}relawan r di p {\n  peran pendongeng\n}\n`, "butuh"],
    // An agreement's parties as a letter heads them (stop 55).
    ["pihak", "antara", WORKSPACE(OBLIGATION).replace("antara p dan m", "pihak p dan m"), "antara"],
    ["parties", "antara", WORKSPACE(OBLIGATION).replace("antara p dan m", "parties p dan m"), "antara"],
  ])("`%s` for `%s`: one error at the word, \"did you mean\" in both languages, the keyword its certain fix", (written, meant, source, fixed) => {
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code), source).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(written);
    expect(d.message).toBe(`unexpected \`${written}\`; did you mean \`${meant}\`?`);
    expect(localizeDiagnostic(d, "id").message).toBe(`tak terduga: \`${written}\`; maksud Anda \`${meant}\`?`);
    expect(d.suggestions.map((f) => [f.edits.map((e) => e.text), f.preferred])).toEqual([[[fixed], true]]);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
    expect(JSON.stringify(parseFileWith(source, "a.lontar", "fast"))).toBe(JSON.stringify(parseFileWith(source, "a.lontar", "grammar")));
  });

  it("takes the value's written forms into its one fix with the spaces they need (`para_pihak p,m`)", () => {
    const source = WORKSPACE(OBLIGATION).replace("antara p dan m", "para_pihak p,m");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    expect(applied(source, diagnostics)).toContain("  antara p dan m\n");
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it("each of several such lines is its own error (the line after one is not read as its value)", () => {
    const source = ID_LIBRARY("jam_buka senin..jumat 08:00-12:00\n  jam_layanan sabtu 08:00-12:00");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => [d.code, d.suggestions[0]?.edits[0]?.text])).toEqual([["LON1101", "buka"], ["LON1101", "buka"]]);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it("the value written another way too is mended by the same fix (`jadwal_kegiatan … pukul 09.00`)", () => {
    const source = ID_PROGRAM("peserta 20", "jadwal_kegiatan sekali 2026-03-02 pukul 09.00 selama 2 jam");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    expect(diagnostics[0]?.suggestions[0]?.edits.map((e) => e.text)).toEqual(["jadwal", "09:00"]);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it("names no keyword another declaration takes (`jam_buka` in a program, `tempat` in a library); `time` in a library is still `timezone`", () => {
    for (const source of [ID_PROGRAM("jam_buka senin 08:00-12:00"), ID_LIBRARY("tempat balai_desa")]) {
      const { diagnostics } = checkSource(source, "a.lontar");
      expect(diagnostics.map((d) => d.code), source).toEqual(["LON1101"]);
      expect(diagnostics[0]?.message).not.toContain("did you mean");
    }
    const zone = checkSource(EN_LIBRARY('time "Asia/Jakarta"'), "a.lontar").diagnostics;
    expect(zone.map((d) => d.suggestions[0]?.edits[0]?.text)).toEqual(["timezone"]);
  });
});
