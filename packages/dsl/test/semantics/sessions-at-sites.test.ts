/**
 * `di` / `at` after the program of a count of sessions (`minimal 3 sesi buku_bergilir di
 * tanah_garam, ix_korong per bulan`): only the program's sessions held at those sites count.
 * Read by the grammar and the fast reader alike, formatted as written in either language,
 * compiled as the obligation's `sites`, and each site checked against the program's `sites`
 * and `route` (LON5006).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSource, formatSource, localizeDiagnostic, parseFile, stripSyntaxDetails } from "@lontar/dsl";
import { validateWorkspace } from "@lontar/core";
import { parseFileWith } from "../../src/syntax/parse.js";

const indonesian = (count: string): string => `cakrawala 2019-01-01..2019-12-31
perpustakaan dispusip_solok {
  jenjang kota
  wilayah "Sumatera Barat" / "Kota Solok"
}
mitra kec_lubuk_sikarah {
  jenis opd
}
program buku_bergilir di dispusip_solok {
  kategori buku_bergilir
  jadwal setiap minggu pada selasa, jumat pukul 09:00 selama 2 jam
  rute bergilir kampung_jawa, tanah_garam, nan_balimo, ix_korong
}
program kelas di dispusip_solok {
  kategori kelas
  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam
}
kesepakatan bergilir_lubuk_sikarah {
  antara dispusip_solok dan kec_lubuk_sikarah
  berlaku 2019-03-01..2019-11-30
  ${count}
}
`;

const english = (count: string): string => `horizon 2019-01-01..2019-12-31
library dispusip_solok {
  tier city
  region "Sumatera Barat" / "Kota Solok"
}
partner kec_lubuk_sikarah {
  kind government_agency
}
program buku_bergilir at dispusip_solok {
  category book_rotation
  schedule every week on tue, fri at 09:00 for 2h
  sites tanah_garam, ix_korong
}
agreement bergilir_lubuk_sikarah {
  between dispusip_solok and kec_lubuk_sikarah
  valid 2019-03-01..2019-11-30
  ${count}
}
`;

const errors = (text: string) => checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("a count of the sessions held at some sites", () => {
  it("is read in both languages, by the grammar and the fast reader alike, and compiled as the obligation's sites", () => {
    for (const text of [indonesian("minimal 3 sesi buku_bergilir di tanah_garam, ix_korong per bulan"), english("at least 3 sessions of buku_bergilir at tanah_garam, ix_korong per month")]) {
      expect(JSON.stringify(parseFileWith(text, "a.lontar", "fast"))).toBe(JSON.stringify(parseFileWith(text, "a.lontar", "grammar")));
      const result = checkSource(text, "a.lontar");
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.workspace?.agreements[0]?.obligations[0]).toMatchObject({ kind: "sessions", program: "buku_bergilir", min: 3, per: "month", sites: ["tanah_garam", "ix_korong"] });
    }
    const most = checkSource(indonesian("maksimal 5 sesi buku_bergilir di tanah_garam per bulan"), "a.lontar").workspace?.agreements[0]?.obligations[0];
    expect(most).toMatchObject({ kind: "sessions", max: 5, sites: ["tanah_garam"] });
    expect(most).not.toHaveProperty("min");
  });

  it("without sites, counts every session of the program, as before", () => {
    const [obligation] = checkSource(indonesian("minimal 6 sesi buku_bergilir per bulan"), "a.lontar").workspace?.agreements[0]?.obligations ?? [];
    expect(obligation).toMatchObject({ kind: "sessions", min: 6 });
    expect(obligation).not.toHaveProperty("sites");
  });

  it("names each site once in the model, however often it is written", () => {
    const [obligation] = checkSource(indonesian("minimal 3 sesi buku_bergilir di tanah_garam, tanah_garam per bulan"), "a.lontar").workspace?.agreements[0]?.obligations ?? [];
    expect(obligation).toMatchObject({ sites: ["tanah_garam"] });
  });

  it("is formatted as written, in each language, and formatting again changes nothing", () => {
    const id = formatSource(indonesian("minimal   3 sesi buku_bergilir di tanah_garam ,ix_korong  per bulan"), "a.lontar").text;
    expect(id).toContain("\n  minimal 3 sesi buku_bergilir di tanah_garam, ix_korong per bulan\n");
    expect(formatSource(id, "a.lontar").text).toBe(id);
    const en = formatSource(english("at least 1 session buku_bergilir at ix_korong per month"), "a.lontar").text;
    expect(en).toContain("\n  at least 1 session of buku_bergilir at ix_korong per month\n");
    expect(formatSource(en, "a.lontar").text).toBe(en);
  });

  it("ends the list of sites at the period", () => {
    const file = parseFile(english("at least 2 sessions of buku_bergilir at tanah_garam per week"), "a.lontar");
    expect(file.diagnostics).toEqual([]);
    const value = file.file.items.flatMap((i) => (i.kind === "Declaration" ? i.properties : [])).find((p) => p.value.kind === "Sessions")?.value;
    expect(value).toMatchObject({ kind: "Sessions", per: "week", sites: [{ name: "tanah_garam" }] });
  });

  it("is read alike by the grammar and the fast reader whatever the names, the bound and the period, and formatted to what reads the same (property)", () => {
    const name = fc.constantFrom("p", "of", "at", "di", "per", "bulan", "tanah_garam", "x_1");
    const line = fc.tuple(fc.constantFrom("at least", "at most", "minimal", "maksimal"), fc.nat({ max: 12 }), fc.boolean(), name, fc.option(fc.array(name, { minLength: 1, maxLength: 3 }), { nil: undefined }), fc.constantFrom("at", "di", "pukul"), fc.constantFrom("month", "bulan", "week", "semester"));
    fc.assert(
      fc.property(line, ([bound, count, of, program, sites, at, per]) => {
        const session = bound.startsWith("at") ? `sessions${of ? " of" : ""}` : "sesi";
        const text = english(`${bound} ${count} ${session} ${program}${sites === undefined ? "" : ` ${at} ${sites.join(", ")}`} per ${per}`);
        const grammar = parseFileWith(text, "a.lontar", "grammar");
        expect(JSON.stringify(parseFileWith(text, "a.lontar", "fast"))).toBe(JSON.stringify(grammar));
        if (grammar.diagnostics.length > 0) return;
        // What reads without error formats to a text that reads to the same tree, and formats to itself.
        const once = formatSource(text, "a.lontar").text;
        expect(stripSyntaxDetails(parseFile(once, "a.lontar").file)).toEqual(stripSyntaxDetails(grammar.file));
        expect(formatSource(once, "a.lontar").text).toBe(once);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("written after the period, or after `kepada` / `to` as a provided resource's recipient is, is LON1106 with Lontar's order as a certain fix", () => {
    const cases = [
      [indonesian("minimal 3 sesi buku_bergilir per bulan di tanah_garam, ix_korong"), "per bulan di tanah_garam, ix_korong", "di tanah_garam, ix_korong per bulan"],
      [english("at least 3 sessions of buku_bergilir per month at ix_korong"), "per month at ix_korong", "at ix_korong per month"],
      [indonesian("minimal 3 sesi buku_bergilir kepada tanah_garam, ix_korong per bulan"), "kepada", "di"],
      [english("at least 3 sessions of buku_bergilir to ix_korong per month"), "to", "at"],
    ] as const;
    for (const [text, written, fixed] of cases) {
      const [mistake, ...rest] = parseFile(text, "a.lontar").diagnostics;
      expect(rest.map((d) => d.message)).toEqual([]);
      expect(mistake?.code).toBe("LON1106");
      expect(text.slice(mistake?.location.range.start.offset, mistake?.location.range.end.offset)).toBe(written);
      expect(mistake?.suggestions.map((s) => [s.preferred, s.edits.map((e) => e.text).join("")])).toEqual([[true, fixed]]);
      const edit = mistake?.suggestions[0]?.edits[0];
      const mended = edit === undefined ? text : text.slice(0, edit.location.range.start.offset) + edit.text + text.slice(edit.location.range.end.offset);
      expect(errors(mended)).toEqual([]);
    }
    expect(localizeDiagnostic(parseFile(cases[0][0], "a.lontar").diagnostics[0]!, "id").message).toBe("`per bulan di tanah_garam, ix_korong`: lokasi yang dihitung ditulis sebelum periodenya: `di tanah_garam, ix_korong per bulan`");
  });

  it("a site not among the program's sites or route is LON5006 at it, in both languages, a close one offered", () => {
    const [wrong, ...rest] = errors(indonesian("minimal 3 sesi buku_bergilir di tanah_garm, ix_korong per bulan"));
    expect(rest).toEqual([]);
    expect(wrong?.code).toBe("LON5006");
    expect(wrong?.location.range.start).toMatchObject({ line: 21 });
    expect(localizeDiagnostic(wrong!, "id").message).toBe(
      "`tanah_garm` bukan lokasi `buku_bergilir` (lokasi dan rutenya: `kampung_jawa`, `tanah_garam`, `nan_balimo`, `ix_korong`): tidak ada sesi `buku_bergilir` yang diadakan di sana, sehingga kewajiban ini tidak pernah dapat menghitungnya; sebut salah satu lokasinya, atau tambahkan `tanah_garm` pada `lokasi` atau `rute`-nya",
    );
    expect(localizeDiagnostic(wrong!, "en").message).toContain("`tanah_garm` is not a site of `buku_bergilir`");
    expect(wrong?.suggestions.map((s) => s.edits.map((e) => e.text).join(""))).toEqual(["tanah_garam"]);
    // A site of `sites` counts as one of the program's, as a route stop does.
    expect(errors(english("at least 3 sessions of buku_bergilir at ix_korong per month"))).toEqual([]);
    expect(errors(english("at least 3 sessions of buku_bergilir at nan_balimo per month")).map((d) => d.code)).toEqual(["LON5006"]);
  });

  it("a program held only at its library has no site to count at: LON5006 says so", () => {
    const [none] = errors(indonesian("minimal 1 sesi kelas di balai per bulan"));
    expect(none?.code).toBe("LON5006");
    expect(localizeDiagnostic(none!, "en").message).toBe(
      "`kelas` names no `sites` and no `route`: its sessions are held at its library, so none is held at `balai`; give the program `sites` or a `route`, or count all its sessions (drop `at …`)",
    );
  });

  it("core takes the sites as a non-empty list of names", () => {
    const compiled = checkSource(indonesian("minimal 3 sesi buku_bergilir di tanah_garam per bulan"), "a.lontar").workspace;
    const agreement = compiled?.agreements[0];
    const obligation = agreement?.obligations[0];
    if (compiled === undefined || agreement === undefined || obligation?.kind !== "sessions") throw new Error("the source compiles");
    const withSites = (sites: unknown) => validateWorkspace(JSON.parse(JSON.stringify({ ...compiled, agreements: [{ ...agreement, obligations: [{ ...obligation, sites }] }] })));
    expect(withSites(["tanah_garam"]).ok).toBe(true);
    expect(withSites([]).ok).toBe(false);
  });
});
