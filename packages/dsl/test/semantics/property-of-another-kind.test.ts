/**
 * A property keyword of another kind whose value does not read as that property's (`jumlah 2`
 * in a staff member: `jumlah` is a budget's amount) was a syntax error about the value,
 * "expected an amount like `Rp 50.000` after `jumlah`"; it is LON3006 with the kind's own properties.
 */
import { describe, expect, it } from "vitest";
import { checkSource, formatSource, localizeDiagnostic } from "@lontar/dsl";

const library = 'perpustakaan p { nama "P" jenjang desa wilayah "Jawa Timur" / "Kabupaten Ngawi" }\n';

describe("a property of another kind", () => {
  it("`jumlah 2` in a staff member is LON3006 naming its properties, the one error", () => {
    const { diagnostics } = checkSource(`${library}staf s di p {\n  jumlah 2\n  peran pustakawan\n}\n`, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON3006"]);
    const [d] = diagnostics;
    expect(d?.location.range.start).toMatchObject({ line: 3, column: 3 });
    expect(localizeDiagnostic(d as (typeof diagnostics)[number], "id").message).toBe("`jumlah` bukan properti staf; propertinya: `nama`, `peran`, `keahlian`, `tersedia`, `maks`");
  });

  it("is the same error whether or not the value reads as that property's", () => {
    const good = checkSource(`${library}koleksi k di p {\n  paket 2\n  eksemplar 20\n  jumlah Rp 2\n}\n`, "a.lontar").diagnostics;
    const bad = checkSource(`${library}koleksi k di p {\n  paket 2\n  eksemplar 20\n  jumlah 2\n}\n`, "a.lontar").diagnostics;
    expect(good.map((d) => [d.code, d.message])).toEqual(bad.map((d) => [d.code, d.message]));
  });

  it("keeps a misspelt keyword a syntax error with its suggestion", () => {
    const { diagnostics } = checkSource(`${library}staf s di p {\n  peram pustakawan\n}\n`, "a.lontar");
    expect(diagnostics[0]?.code).toMatch(/^LON1/);
    expect(diagnostics[0]?.suggestions[0]?.edits[0]?.text).toBe("peran");
  });

  // Found by `pnpm fuzz --seed 20261204` (`tier vil periode lage` in a library): the part the
  // parser could not read has no syntax error, and the formatter dropped it.
  it("is not formatted: the file is left as it is, with the error", () => {
    const source = `${library}staf s di p {\n  jumlah 2\n  peran pustakawan\n}\n`;
    const result = formatSource(source, "a.lontar");
    expect(result.text).toBe(source);
    expect(result.changed).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["LON3006"]);
  });
});
