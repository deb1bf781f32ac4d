/**
 * An obligation's line written with the party's name (`unsam menyelenggarakan kelas`, from a
 * walk through seed 000) said only "expected a property of `kesepakatan` … found `unsam`":
 * the line starts with the party's role, and when the name is a party of `between`, the role
 * is the certain fix. `menyelenggarakan` and `mengadakan`, how letters say a partner holds a
 * program, read as `menjadi_tuan_rumah` (they were names never declared, LON2002).
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const head = `perpustakaan perpus { nama "P" jenjang kota wilayah "Aceh" / "Kota Langsa" }
mitra unsam { jenis universitas }
program kelas di perpus { kategori literasi_digital jadwal sekali 2027-03-01 pukul 09:00 }
`;

function errors(source: string): ReturnType<typeof checkSource>["diagnostics"] {
  return checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
}

describe("an obligation's party written by its name", () => {
  it("is the role of `between`, as the certain fix, in the file's keywords and the reader's language", () => {
    const source = `${head}kesepakatan mou {\n  antara perpus dan unsam\n  berlaku 2027-01-01..2027-12-31\n  unsam menjadi_tuan_rumah kelas\n}\n`;
    const [d, ...rest] = errors(source);
    expect(rest).toEqual([]);
    expect(d?.code).toBe("LON1101");
    expect(d?.location.range.start).toMatchObject({ line: 7, column: 3 });
    expect(d && localizeDiagnostic(d, "id").message).toBe(
      "diharapkan properti kesepakatan (seperti `judul`, `jenis` atau `antara`) atau `}` untuk menutupnya, ditemukan `unsam`; baris kewajiban diawali peran pihaknya, bukan namanya: `unsam` adalah mitra kesepakatan ini, `mitra menjadi_tuan_rumah …`",
    );
    const fixed = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
    expect(fixed).toContain("\n  mitra menjadi_tuan_rumah kelas\n");
    expect(errors(fixed)).toEqual([]);
  });

  it("finds the library of a `between` written after the line", () => {
    const source = `${head}kesepakatan mou {\n  perpus menyediakan aula 2 per bulan\n  antara perpus dan unsam\n}\n`;
    const [d] = errors(source);
    expect(d?.message).toContain("`perpus` is this agreement's library, `perpustakaan menyediakan …`");
    expect(certainFixes(errors(source)).get("a.lontar")?.[0]?.text).toBe("perpustakaan");
  });

  it("says which words the line takes, with no fix, for a name that is no party", () => {
    const source = `${head}agreement mou {\n  between perpus and unsam\n  pemko pays Rp 1.000.000\n}\n`;
    const [d] = errors(source);
    expect(d?.message).toContain("an obligation's line starts with the party's role, `library` or `partner`, not its name: `partner pays …`");
    expect(certainFixes(errors(source)).get("a.lontar") ?? []).toEqual([]);
  });

  it("leaves a name not followed by an obligation's verb to the usual message", () => {
    const [d] = errors(`${head}agreement mou {\n  between perpus and unsam\n  unsam kelas\n}\n`);
    expect(d?.message).not.toContain("role");
  });
});

describe("`menyelenggarakan` and `mengadakan`", () => {
  it("read as `menjadi_tuan_rumah`: the same model", () => {
    const write = (verb: string): string => `${head}kesepakatan mou {\n  antara perpus dan unsam\n  berlaku 2027-01-01..2027-12-31\n  mitra ${verb} kelas\n}\n`;
    const model = (verb: string): unknown => checkSource(write(verb), "a.lontar").workspace?.agreements.map((a) => JSON.stringify(a.obligations, (key, value: unknown) => (key === "source" ? undefined : value)));
    expect(errors(write("menyelenggarakan"))).toEqual([]);
    expect(model("menyelenggarakan")).toEqual(model("menjadi_tuan_rumah"));
    expect(model("mengadakan")).toEqual(model("menjadi_tuan_rumah"));
  });
});
