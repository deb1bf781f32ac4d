import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const WORKSPACE = [
  'perpustakaan perpus {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kabupaten Garut"\n}',
  'mitra sdn1 {\n  nama "SD Negeri 1"\n  jenis sekolah\n}',
  "ruang aula di perpus {\n  kapasitas 40\n}",
  "program kunjungan di perpus {\n  kategori kunjungan_sekolah\n  jadwal sekali 2027-02-02 pukul 09:00 selama 2 jam\n}",
  "cakrawala 2027-01-01..2027-12-31",
].join("\n") + "\n";
const agreement = (line: string): string => `${WORKSPACE}kesepakatan mou {\n  antara perpus dan sdn1\n  berlaku 2027-01-01..2027-12-31\n  ${line}\n}\n`;
const errors = (line: string): Diagnostic[] => checkSource(agreement(line), "a.lontar").diagnostics.filter((d) => d.severity === "error");
const id = (d: Diagnostic | undefined): string => (d === undefined ? "" : localizeDiagnostic(d, "id").message);

// An agreement's `mitra menyediakan …` with a mistake in it: the obligation's own error, not `mitra` as a program's property.
describe("a party obligation written with a mistake", () => {
  it("with no period: what the obligation lacks, at its end (not \"`mitra` is not a property of an agreement\")", () => {
    const [d, ...rest] = errors("mitra menyediakan ruang aula");
    expect(rest).toEqual([]);
    expect(d?.code).toBe("LON1102");
    expect(id(d)).toContain("`setiap`");
    expect(id(d)).not.toContain("bukan properti");
  });

  it("with a count before the resource: one error saying the resource comes first and what the number counts, no fix", () => {
    const [d, ...rest] = errors("mitra menyediakan 2 aula setiap bulan");
    expect(rest).toEqual([]);
    expect(d?.location.range.start).toMatchObject({ line: 21, column: 21 });
    expect(id(d)).toContain("sumber dayanya ditulis lebih dulu, lalu berapa sesi memakainya tiap periode: `menyediakan aula 2 setiap bulan`");
    expect(localizeDiagnostic(d as Diagnostic, "en").message).toContain("a number of items is the resource's `quantity`");
    expect(d?.suggestions).toEqual([]);
  });

  it("with a kind of resource and no name (`menyediakan koleksi setiap bulan`): one error at the missing name, with an example of the kind, in both languages", () => {
    const [d, ...rest] = errors("perpustakaan menyediakan ruang setiap bulan");
    expect(rest).toEqual([]);
    expect(d?.location.range.start).toMatchObject({ line: 21, column: 34 });
    expect(id(d)).toBe("diharapkan nama sumber daya setelah `ruang`, ditemukan `setiap`: kesepakatan menyediakan sumber daya yang dideklarasikan dengan namanya, seperti `menyediakan ruang aula setiap bulan`");
    expect(localizeDiagnostic(d as Diagnostic, "en").message).toBe("expected the name of the resource after `ruang`, found `setiap`: an agreement provides a declared resource by its name, as in `menyediakan ruang aula setiap bulan`");
    // An English file's words in both languages' messages too.
    const english = checkSource(agreement("perpustakaan menyediakan ruang setiap bulan").replace("perpustakaan menyediakan ruang setiap bulan", "library provides room every month"), "a.lontar").diagnostics.filter((e) => e.severity === "error");
    expect(english.map(id)).toEqual([expect.stringContaining("seperti `provides room aula every month`")]);
    expect(errors("mitra menyediakan kendaraan per bulan").map(id)).toEqual([expect.stringContaining("`menyediakan kendaraan mobil_keliling per bulan`")]);
  });

  it("a program hosted once a period, with no count (`mitra menyelenggarakan kunjungan setiap bulan`): the count's own line, offered for a partner, certain for the library", () => {
    const [d, ...rest] = errors("mitra menyelenggarakan kunjungan setiap bulan");
    expect(rest).toEqual([]);
    expect(d?.suggestions.map((s) => [s.edits[0]?.text, s.preferred === true])).toEqual([["minimal 1 sesi kunjungan per bulan", false]]);
    const source = agreement("perpustakaan menyelenggarakan kunjungan per bulan");
    const library = checkSource(source, "a.lontar").diagnostics;
    expect(library.map((e) => e.code)).toEqual(["LON1106"]);
    const fixed = applyEdits(source, certainFixes(library).get("a.lontar") ?? []);
    expect(checkSource(fixed, "a.lontar").diagnostics.filter((e) => e.severity === "error")).toEqual([]);
    expect(fixed).toContain("  minimal 1 sesi kunjungan per bulan\n");
  });

  it("with a counter word between the count and the resource (`menyediakan 2 orang relawan`): the resource is the word after it", () => {
    const [d] = errors("mitra menyediakan 2 orang relawan setiap bulan");
    expect(id(d)).toContain("`menyediakan relawan 2 setiap bulan`");
    expect(id(d)).not.toContain("peserta");
  });

  it("with people for the resource (`menyediakan 20 peserta`): one error saying how many take part is the program's `peserta`", () => {
    const [d, ...rest] = errors("mitra menyediakan 20 peserta untuk kunjungan");
    expect(rest).toEqual([]);
    expect(id(d)).toContain("orang bukan sumber daya yang disediakan dalam kesepakatan");
    expect(id(d)).toContain("`peserta 20`");
    expect(id(d)).not.toContain("menyediakan peserta 20");
    expect(d?.suggestions).toEqual([]);
  });

  it("paying an amount per session: the payment is one amount, a cost per session the program's, no fix", () => {
    const [d, ...rest] = errors("perpustakaan membayar Rp 500.000 per sesi untuk kunjungan");
    expect(rest).toEqual([]);
    expect(id(d)).toContain("pembayaran adalah satu jumlah, untuk sebuah program atau seluruh kesepakatan; biaya per sesi adalah milik programnya, `biaya Rp 500.000 per sesi`");
    expect(d?.suggestions).toEqual([]);
  });

  it("paying an amount with no `Rp`: LON1106 with the rupiah as the certain fix, and the fixed file is clean", () => {
    const source = agreement("mitra membayar 2 juta untuk kunjungan");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1106"]);
    const fixed = applyEdits(source, certainFixes(diagnostics).get("a.lontar") ?? []);
    expect(fixed).toContain("  mitra membayar Rp 2.000.000 untuk kunjungan\n");
    expect(checkSource(fixed, "a.lontar").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("the same obligation twice (a copied line): a warning at the second naming the first's line; the parties the same library: LON5001 at the second", () => {
    const line = "minimal 1 sesi kunjungan per bulan";
    const [d, ...rest] = checkSource(agreement(`${line}\n  ${line.replace(" 1 ", "  1 ")}`), "a.lontar").diagnostics;
    expect(rest).toEqual([]);
    expect([d?.code, d?.severity, d?.location.range.start.line]).toEqual(["LON3008", "warning", 22]);
    expect(id(d)).toBe("kewajiban yang sama dengan baris 21: kewajiban yang diulang tidak menambah apa pun pada kesepakatan; salah satunya dapat dihapus");
    // Another count, period or program is another obligation.
    expect(checkSource(agreement(`${line}\n  minimal 2 sesi kunjungan per bulan`), "a.lontar").diagnostics).toEqual([]);
    const [same, ...others] = checkSource(agreement(line).replace("antara perpus dan sdn1", "antara perpus dan perpus"), "a.lontar").diagnostics;
    expect(others).toEqual([]);
    expect([same?.code, same?.location.range.start.column]).toEqual(["LON5001", 21]);
    expect(localizeDiagnostic(same as Diagnostic, "en").message).toBe("`perpus` is both parties of the agreement: an agreement is between a library and a partner, or another library");
  });

  it("three parties (`antara perpus dan sdn1 dan pkk`): one error at the second `dan`, naming an agreement with each partner", () => {
    const source = agreement("minimal 1 sesi kunjungan per bulan").replace("antara perpus dan sdn1", "antara perpus dan sdn1 dan pkk");
    const [d, ...rest] = checkSource(source, "a.lontar").diagnostics.filter((e) => e.severity === "error");
    expect(rest).toEqual([]);
    expect(d?.location.range.start.column).toBe(26);
    expect(id(d)).toBe("kesepakatan memiliki dua pihak, satu perpustakaan dan satu mitra (atau perpustakaan lain): tulis satu kesepakatan dengan setiap mitra, `antara perpus dan sdn1`, `antara perpus dan pkk`");
  });
});
