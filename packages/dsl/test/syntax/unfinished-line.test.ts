/**
 * A line left unfinished while the next one is written already (an editor walk in Bahasa
 * Indonesia, a new line typed above an obligation or a rule's effect): the grammar read on
 * into the next line's property and failed there, so the error blamed the next, correct line
 * (`perpustakaan menyediakan` above `mitra menjadi_tuan_rumah d` said "expected `setiap` …
 * after `mitra`, found `menjadi_tuan_rumah`"). The error is the unfinished line's, and the next
 * line is read on its own.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, parseFile } from "@lontar/dsl";

const HEAD =
  'perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\nmitra m {\n  jenis sekolah\n}\nprogram d di p {\n  kategori kelas\n  jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n}\n';
const AGREEMENT = (line: string): string => `${HEAD}kesepakatan k {\n  antara p dan m\n  berlaku 2025-01-01..2025-12-31\n  ${line}\n  mitra menjadi_tuan_rumah d\n  minimal 1 sesi d per bulan\n}\n`;

/** The errors of `text`: line (1-based) and message in Bahasa Indonesia. */
function errors(text: string): { line: number; message: string }[] {
  return checkSource(text, "a.lontar")
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => ({ line: d.location.range.start.line, message: localizeDiagnostic(d, "id").message }));
}

/** The line (1-based) of the line `line` of `text` (written indented by two spaces). */
const lineOf = (text: string, line: string): number => text.slice(0, text.indexOf(`\n  ${line}\n`) + 1).split("\n").length;

describe("a line left unfinished above a finished one", () => {
  it.each(["perpustakaan menyediakan", "minimal 2 sesi", "perpustakaan"])("`%s` is the error, not the obligation below it", (line) => {
    const text = AGREEMENT(line);
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(lineOf(text, line));
  });

  it("a rule's unfinished condition is its own line's error, not its effect's", () => {
    const text = `${HEAD}aturan a {\n  cakupan program.kategori ==\n  maka larang "x"\n}\n`;
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(lineOf(text, "cakupan program.kategori =="));
  });

  it("the finished lines still check", () => {
    expect(errors(AGREEMENT("perpustakaan membayar Rp 500.000 untuk d"))).toEqual([]);
  });
});

describe("an unfinished line's error names what may come next, as the grammar tells", () => {
  const PROGRAM = (line: string): string => `${HEAD}anggaran a di p {\n  jumlah Rp 1.000.000\n  periode 2025-01-01..2025-12-31\n}\nprogram e di p {\n  kategori kelas\n  ${line}\n  jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n}\n`;
  it.each([
    ["biaya Rp 50.000", "diharapkan `per` setelah `Rp 50.000`"],
    ["biaya Rp 50.000 per", "diharapkan `sesi`, `peserta` atau `program` setelah `per`"],
    ["biaya Rp 50.000 per sesi dari", "diharapkan nama seperti `dispusip_solok` setelah `dari`"],
    ["peserta", "diharapkan angka seperti 20 setelah `peserta`"],
  ])("`%s`: %s", (line, expected) => {
    const text = PROGRAM(line);
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(lineOf(text, line));
    expect(found[0]?.message).toBe(`${expected} (\`jadwal\` di baris berikutnya memulai properti tersendiri)`);
  });

  it("in English too, with the file's keywords", () => {
    const found = checkSource(PROGRAM("biaya Rp 50.000 per"), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(found.map((d) => localizeDiagnostic(d, "en").message)).toEqual(["expected `sesi`, `peserta` or `program` after `per` (`jadwal` on the next line starts a property of its own)"]);
  });
});

describe("a program's `mitra` or `perpustakaan` with nothing after it", () => {
  const PROGRAM = (line: string): string => `${HEAD.replace(/program d di p \{[^}]*\}\n/, "")}program d di p {\n  kategori kelas\n  jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n  ${line}\n}\n`;

  it.each(["mitra", "perpustakaan"])("`%s` before `}` asks for its value, not for a property of `program` (which it is)", (keyword) => {
    const found = errors(PROGRAM(keyword));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(`diharapkan nilai setelah \`${keyword}\``);
  });

});

describe("a declaration typed above one written already (an editor walk: `program` below was read as a name)", () => {
  const below = "program lomba {\n  kategori kelas\n  jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n}\n";
  it.each([
    ["kesepakatan", "antara p dan"],
    ["program", "kategori"],
    ["program", "sasaran"],
    ["program", "jadwal sekali"],
    ["program", "lokasi a,"],
  ])("`%s baru { %s`: its own line's error and a missing `}`, and the declaration below is read", (keyword, line) => {
    const text = `${HEAD}${keyword} baru {\n  ${line}\n${below}`;
    const found = errors(text);
    const at = lineOf(text, line);
    expect(found.map((e) => e.line)).toEqual([at, at]);
    expect(found[0]?.message).toContain("(`program` di baris berikutnya memulai deklarasi tersendiri)");
    expect(found[1]?.message).toBe(`diharapkan \`}\` untuk menutup \`${keyword} baru\``);
    expect(parseFile(text, "a.lontar").file.items.map((item) => (item.kind === "Declaration" ? item.name.text : item.kind))).toEqual(["p", "m", "d", "baru", "lomba"]);
  });

  it("a keyword alone whose values are no list says what the grammar takes, and one of another kind is LON3006", () => {
    expect(errors(`${HEAD}kesepakatan baru {\n  berlaku\n${below}`)[0]?.message).toBe("diharapkan `kepada`, `selama` atau tanggal seperti 2027-02-01 setelah `berlaku` (`program` di baris berikutnya memulai deklarasi tersendiri)");
    const other = checkSource(`${HEAD}kesepakatan baru {\n  kategori\n${below}`, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(other.map((d) => d.code)).toEqual(["LON3006", "LON1105"]);
  });

  it("a keyword alone names the values it takes", () => {
    const text = `${HEAD}program baru {\n  kategori\n${below}`;
    expect(errors(text)[0]?.message).toMatch(/^diharapkan kategori program seperti `pelatihan_literasi`, .* setelah `kategori` \(`program` di baris berikutnya memulai deklarasi tersendiri\)/);
  });
});

describe("an `import` or a `horizon` left unfinished above another item", () => {
  it.each([
    ["cakrawala 2025-01-01..", "diharapkan tanggal seperti 2027-02-01 setelah `..` (`perpustakaan` di baris berikutnya memulai deklarasi tersendiri)"],
    ["cakrawala 2025-01-01", "diharapkan `..` setelah `2025-01-01` (`perpustakaan` di baris berikutnya memulai deklarasi tersendiri)"],
    ["cakrawala", "diharapkan tanggal seperti 2027-02-01 setelah `cakrawala` (`perpustakaan` di baris berikutnya memulai deklarasi tersendiri)"],
    ["impor", 'diharapkan berkas dalam tanda kutip seperti "./mitra.lontar" setelah `impor` (`perpustakaan` di baris berikutnya memulai deklarasi tersendiri)'],
  ])("`%s`: the error is on its own line, after its last word", (line, message) => {
    const text = `${line}\n${HEAD}`;
    const found = errors(text);
    expect(found).toEqual([{ line: 1, message }]);
    const words = line.split(" ");
    const last = words[words.length - 1] ?? "";
    const diagnostic = checkSource(text, "a.lontar").diagnostics[0];
    expect(text.slice(diagnostic?.location.range.start.offset, diagnostic?.location.range.end.offset)).toBe(last.endsWith("..") ? ".." : last);
  });

  it("an item below names itself: an import, a horizon", () => {
    expect(errors(`impor\nimpor "./b.lontar"\n`)[0]?.message).toBe('diharapkan berkas dalam tanda kutip seperti "./mitra.lontar" setelah `impor` (`impor` di baris berikutnya memulai impor tersendiri)');
    expect(errors(`impor\ncakrawala 2025-01-01..2025-12-31\n`)[0]?.message).toContain("(`cakrawala` di baris berikutnya memulai cakrawala tersendiri)");
  });

  it("the declaration below is read", () => {
    expect(parseFile(`cakrawala 2025-01-01..\n${HEAD}`, "a.lontar").file.items.map((item) => (item.kind === "Declaration" ? item.name.text : item.kind))).toEqual(["p", "m", "d"]);
  });
});
