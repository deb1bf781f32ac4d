/**
 * LON3010 at a province Lontar does not know: the nearest provinces by name ("did you mean
 * `Maluku Utara`?", each a fix), and no zone guessed for it; a province near none is told
 * the official list and the three zones.
 */
import { describe, expect, it } from "vitest";
import { nearProvinces, PROVINCES } from "@lontar/core";
import { analyzeWorkspace, checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const library = (province: string): string => `library p {\n  tier city\n  region "${province}" / "Kota X"\n}\n`;
const zoneErrors = (source: string): Diagnostic[] => checkSource(source, "main.lontar").diagnostics.filter((d) => d.code === "LON3010");

describe("LON3010: a province Lontar does not know", () => {
  it.each([
    ["Maluku Utaraa", ["Maluku Utara"]],
    ["Sumatra Barat", ["Sumatera Barat"]],
    ["Kalimantan Timr", ["Kalimantan Timur"]],
    ["provinsi Nusa Tengara Timur", ["Nusa Tenggara Timur"]],
    ["Papua Barat Dya", ["Papua Barat Daya", "Papua Barat"]],
  ])("%s: did you mean %j, each a fix that leaves no LON3010", (written, near) => {
    const source = library(written);
    const [d, ...rest] = zoneErrors(source);
    expect(rest).toEqual([]);
    expect(d?.text?.key).toBe("LON3010.nearProvince");
    expect(d?.suggestions.map((s) => s.edits[0]?.text)).toEqual(near.map((n) => `"${n}"`));
    expect(localizeDiagnostic(d as Diagnostic, "id").message).toContain("maksud Anda");
    for (const s of d?.suggestions ?? []) {
      const edit = s.edits[0];
      if (edit === undefined) continue;
      const fixed = source.slice(0, edit.location.range.start.offset) + edit.text + source.slice(edit.location.range.end.offset);
      expect(zoneErrors(fixed)).toEqual([]);
    }
  });

  // Found by an SDK walk: with a zone given, a misspelt province passed the checker and core's
  // validation alike. Core now reports it (CORE_UNKNOWN_PROVINCE); the file gets one error, at
  // the province, from the checker (whose error keeps core's validation from running).
  it.each([
    ["no zone", "", "LON3010.nearProvince"],
    ["a zone", '  zona_waktu "Asia/Jakarta"\n', "LON3010.nearProvinceZoned"],
  ])("a misspelt province in `wilayah` with %s is exactly one error, at the province", (_, zone, key) => {
    const text = `perpustakaan perpus {\n  jenjang desa\n  wilayah "Jawa Baratt" / "Bandung"\n${zone}}\n`;
    const { diagnostics, workspace } = analyzeWorkspace({ root: "/ws", files: [{ path: "a.lontar", text }] });
    expect(workspace).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.severity, d.text?.key, d.location.range.start.line, d.location.range.start.column])).toEqual([["LON3010", "error", key, 3, 11]]);
    expect(diagnostics[0]?.suggestions.map((s) => s.edits[0]?.text)).toEqual(['"Jawa Barat"']);
    expect(localizeDiagnostic(diagnostics[0] as Diagnostic, "id").message).toContain("maksud Anda `Jawa Barat`?");
  });

  it("names no zone for a province near none, and lists the three zones instead", () => {
    const [d] = zoneErrors(library("Atlantis"));
    expect(d?.text?.key).toBe("LON3010.noZoneForProvince");
    expect(d?.suggestions).toEqual([]);
    for (const zone of ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]) expect(d?.message).toContain(zone);
  });

  it("finds every province from each of its spellings one letter off, itself first", () => {
    for (const province of PROVINCES) {
      for (const spelling of [province.name, ...province.aliases]) {
        if (spelling.length < 4) continue;
        expect(nearProvinces(`${spelling}x`)[0], spelling).toBe(province.name);
      }
    }
    expect(nearProvinces("")).toEqual([]);
    expect(nearProvinces("x".repeat(10_000))).toEqual([]);
  });

  it.each([
    ["Jawa", ["Jawa Barat", "Jawa Tengah", "Jawa Timur"]],
    ["Sulawesi", ["Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat"].filter((n) => n.startsWith("Sulawesi"))],
  ])("names every province of the first word %s, in the official list's order", (written, names) => {
    expect(nearProvinces(written)).toEqual(PROVINCES.filter((p) => names.includes(p.name)).map((p) => p.name));
    const [d] = zoneErrors(library(written));
    expect(d?.message).toContain(`\`${names[0] as string}\`, `);
    expect(d?.suggestions).toHaveLength(names.length);
  });

  it.each([
    ["Jawa Timur/Ngawi", '"Jawa Timur" / "Ngawi"'],
    ["Jawa Timur / Kabupaten Ngawi", '"Jawa Timur" / "Kabupaten Ngawi"'],
    ["Kabupaten Ngawi, Jawa Timur", '"Jawa Timur" / "Kabupaten Ngawi"'],
    ["Jatim, Ngawi", '"Jatim" / "Ngawi"'],
  ])("%s: a province and a place in one string, split into a path by a certain fix", (written, path) => {
    const source = `library p {\n  tier city\n  region "${written}"\n}\n`;
    const [d, ...rest] = zoneErrors(source);
    expect(rest).toEqual([]);
    expect(d?.text?.key).toBe("LON3010.regionInOneString");
    expect(localizeDiagnostic(d as Diagnostic, "id").message).toContain(`\`${path}\``);
    const fix = d?.suggestions[0];
    expect(fix?.preferred).toBe(true);
    const edit = fix?.edits[0];
    if (edit === undefined) throw new Error("no edit");
    const fixed = source.slice(0, edit.location.range.start.offset) + edit.text + source.slice(edit.location.range.end.offset);
    expect(fixed).toContain(`region ${path}`);
    expect(checkSource(fixed, "main.lontar").diagnostics).toEqual([]);
  });

  it("leaves a string with a separator but no province to the nearest provinces", () => {
    const [d] = zoneErrors(library("Atlantis/Timur"));
    expect(d?.text?.key).toBe("LON3010.noZoneForProvince");
  });
});

// Found by a walk: `zona_waktu "WIT"` was "not a time zone; write an IANA zone such as Asia/Jakarta", with no fix.
describe("LON3010: a time zone written as Indonesia's name of it, or as its city", () => {
  const zoned = (zone: string): string => `perpustakaan p {\n  jenjang kota\n  wilayah "Papua" / "Kota Jayapura"\n  zona_waktu "${zone}"\n}\n`;
  it.each([
    ["WIB", "Asia/Jakarta"], ["wita", "Asia/Makassar"], ["WIT", "Asia/Jayapura"], [" Wit ", "Asia/Jayapura"],
    ["Makassar", "Asia/Makassar"], ["pontianak", "Asia/Pontianak"],
  ])("%j: the IANA zone %s, a certain fix that leaves the file clean", (written, meant) => {
    const source = zoned(written);
    const [d, ...rest] = checkSource(source, "main.lontar").diagnostics;
    expect(rest).toEqual([]);
    expect(d?.code).toBe("LON3010");
    expect(d?.text?.key).toBe("LON3010.zoneMeant");
    expect(d?.message).toBe(`Lontar writes the time zone \`${written}\` by its IANA name, \`${meant}\``);
    expect(localizeDiagnostic(d as Diagnostic, "id").message).toBe(`Lontar menulis zona waktu \`${written}\` dengan nama IANA-nya, \`${meant}\``);
    const [fix] = d?.suggestions ?? [];
    expect(fix?.preferred).toBe(true);
    const edit = fix?.edits[0];
    expect(edit?.text).toBe(`"${meant}"`);
    if (edit === undefined) return;
    const fixed = source.slice(0, edit.location.range.start.offset) + edit.text + source.slice(edit.location.range.end.offset);
    // Clean, but for a zone unlike Papua's (WIT): that is LON3015, a warning.
    expect(checkSource(fixed, "main.lontar").diagnostics.map((x) => x.code)).toEqual(meant === "Asia/Jayapura" ? [] : ["LON3015"]);
  });

  it("guesses no zone for a name that is none of Indonesia's (`Asia/Jakrta`, `WITT`)", () => {
    for (const written of ["Asia/Jakrta", "WITT", "Jakarta Pusat"]) {
      const [d] = checkSource(zoned(written), "main.lontar").diagnostics;
      expect(d?.text?.key).toBe("LON3010.notZone");
      expect(d?.suggestions).toEqual([]);
    }
  });
});

// A walk of stop 56: `wilayah "Kabupaten Garut" / "Jawa Barat"` was "no time zone is known for province `Kabupaten Garut`", Jawa Barat written beside it unseen.
describe("LON3010: the province written last, as an address names it", () => {
  it("is the province first as the certain fix, the places after it in the reverse order, that checks clean", () => {
    for (const [region, fixed] of [
      ['"Kabupaten Garut" / "Jawa Barat"', '"Jawa Barat" / "Kabupaten Garut"'],
      ['"Desa Sukamaju" / "Kabupaten Garut" / "Jawa Barat"', '"Jawa Barat" / "Kabupaten Garut" / "Desa Sukamaju"'],
    ] as const) {
      const source = `perpustakaan p {\n  jenjang kota\n  wilayah ${region}\n}\n`;
      const [d, ...rest] = zoneErrors(source);
      expect(rest).toEqual([]);
      expect(d?.text?.key).toBe("LON3010.provinceLast");
      expect(localizeDiagnostic(d as Diagnostic, "id").message).toContain("bukan provinsi, sedangkan `Jawa Barat` provinsi: wilayah menyebut provinsinya lebih dulu");
      const edit = d?.suggestions[0]?.edits[0];
      const repaired = edit === undefined ? source : source.slice(0, edit.location.range.start.offset) + edit.text + source.slice(edit.location.range.end.offset);
      expect(repaired).toContain(`  wilayah ${fixed}\n`);
      expect(checkSource(repaired, "main.lontar").diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    }
  });
});
