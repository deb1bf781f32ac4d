import { checkSource } from "@lontar/dsl";
import { AudienceGroup, DEFAULT_STAGE_MODEL, localizeDiagnostic, LibraryTier, PartnerKind, ProgramCategory, audienceGroupLabels, libraryTierLabels, partnerKindLabels, programCategoryLabels } from "@lontar/core";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { checkCondition } from "../../src/semantics/checker/conditions.js";
import { fileReporter } from "../../src/semantics/report.js";
import { AUDIENCES, CATEGORIES, PARTNER_KINDS, TIERS, lookupStage, lookupWord, stageVocabulary } from "../../src/semantics/vocabulary.js";
import { at } from "./helpers/ast.js";

const ID = `perpustakaan dispusip_solok {
  nama "Dinas Perpustakaan dan Kearsipan Kota Solok"
  jenjang kota
  wilayah "Sumatera Barat" / "Kota Solok"
  tahap implementasi
  buka sen..kam 08:00-16:00, jum 08:00-11:30
  tutup pada libur nasional
}
mitra disdik { jenis opd }
ruang aula di dispusip_solok { kapasitas 60 }
program keliling {
  kategori perpustakaan_keliling
  mitra disdik
  jadwal setiap minggu pada selasa, jumat pukul 09:00 selama 2 jam mulai 2019-02-11 sampai 2019-12-20 kecuali 2019-06-04
  butuh ruang aula
}
kesepakatan mou {
  antara dispusip_solok dan disdik
  berlaku 2019-01-01..2019-12-31
  minimal 10 sesi keliling per semester
  mitra tuan_rumah keliling
}
`;

describe("compiling to @lontar/core", () => {
  const result = checkSource(ID, "id.lontar");
  const w = result.workspace;

  it("compiles a Bahasa Indonesia workspace with core's enum values", () => {
    expect(result.diagnostics).toEqual([]);
    expect(w?.libraries[0]).toMatchObject({ tier: "kota", stage: "implementasi", region: { province: "Sumatera Barat", regency: "Kota Solok" }, closures: [{ kind: "public_holidays", country: "ID" }] });
    expect(w?.partners[0]?.kind).toBe("government_agency");
    expect(w?.programs[0]).toMatchObject({ library: "dispusip_solok", category: "mobile_library" });
  });

  it("the only library runs a program that names none", () => {
    expect(w?.programs[0]?.library).toBe("dispusip_solok");
  });

  it("schedules compile with aligned DTSTART, floating UNTIL and an excepted date as a whole day", () => {
    expect(w?.programs[0]?.schedules[0]).toEqual({
      kind: "rrule",
      dtstart: "2019-02-12T09:00",
      rrule: "FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20191220T235959",
      durationMinutes: 120,
      exdates: [],
      exceptRanges: [{ from: "2019-06-04", to: "2019-06-04" }],
      rdates: [],
      skipClosures: true,
    });
  });

  it("every element and obligation carries its own source span", () => {
    const agreement = w?.agreements[0];
    expect(agreement?.source).toMatchObject({ file: "id.lontar", start: { line: 17, column: 1 } });
    expect(agreement?.obligations.map((o) => [o.kind, o.source?.start.line])).toEqual([
      ["sessions", 20],
      ["hosts", 21],
    ]);
    expect(agreement?.obligations[0]).toMatchObject({ kind: "sessions", program: "keliling", min: 10, per: "semester" });
    expect(w?.programs[0]?.needs[0]?.source?.start.line).toBe(15);
  });

  it("`open on collective leave` / `buka pada cuti bersama` opens a library on cuti bersama; it is off by default", () => {
    const en = checkSource(`library a { tier city region "Aceh" closed on public holidays open on collective leave }`, "en.lontar");
    const id = checkSource(`perpustakaan a { jenjang kota wilayah "Aceh" buka pada cuti bersama }`, "id.lontar");
    expect([...en.diagnostics, ...id.diagnostics]).toEqual([]);
    expect([en.workspace?.libraries[0]?.openOnCollectiveLeave, id.workspace?.libraries[0]?.openOnCollectiveLeave]).toEqual([true, true]);
    expect(w?.libraries[0]?.openOnCollectiveLeave).toBeUndefined();
  });

  it("a school level on a library of another tier is LON3011 at the level, before the model is asked", () => {
    const bad = checkSource(`library kota { tier city level sd region "Aceh" }`, "s.lontar");
    expect(bad.workspace).toBeUndefined();
    expect(bad.diagnostics.map((d) => [d.code, d.location.range.start.line, d.location.range.start.column])).toEqual([["LON3011", 1, 32]]);
    expect(bad.diagnostics[0]?.message).toBe("`level` is only for a school library (`tier school`); remove it, or make the library one");
    const id = checkSource(`perpustakaan kota { jenjang kota tingkat sd wilayah "Aceh" }`, "s.lontar");
    expect(id.diagnostics.map((d) => [d.code, localizeDiagnostic(d, "id").message])).toEqual([
      ["LON3011", "`tingkat` hanya untuk perpustakaan sekolah (`jenjang sekolah`); hapus, atau jadikan perpustakaannya perpustakaan sekolah"],
    ]);
  });
});

describe("vocabulary: English and Bahasa Indonesia words map to core values", () => {
  it("every core value is a word for itself, and the label slugs map back to it", () => {
    for (const [vocabulary, labels, schema] of [
      [TIERS, libraryTierLabels, LibraryTier],
      [CATEGORIES, programCategoryLabels, ProgramCategory],
      [PARTNER_KINDS, partnerKindLabels, PartnerKind],
      [AUDIENCES, audienceGroupLabels, AudienceGroup],
    ] as const) {
      for (const value of Object.keys(labels)) expect(lookupWord(vocabulary, value)).toBe(value);
      for (const word of vocabulary.words.keys()) expect(schema.safeParse(lookupWord(vocabulary, word)).success).toBe(true);
    }
  });

  it("the brief's pairs", () => {
    expect([lookupWord(TIERS, "city"), lookupWord(TIERS, "kota")]).toEqual(["kota", "kota"]);
    expect([lookupWord(CATEGORIES, "mobile_library"), lookupWord(CATEGORIES, "perpustakaan_keliling")]).toEqual(["mobile_library", "mobile_library"]);
    expect([lookupStage("implementation"), lookupStage("implementasi")]).toEqual(["implementasi", "implementasi"]);
    for (const stage of DEFAULT_STAGE_MODEL.stages) expect(lookupStage(stage.keyword)).toBe(stage.id);
  });

  it("the groups social inclusion names: older people and people with disabilities, as planners write them", () => {
    for (const word of ["elderly", "lansia", "lanjut_usia", "manula", "seniors"]) expect(lookupWord(AUDIENCES, word)).toBe("elderly");
    for (const [word, kind] of [["ormas", "ngo"], ["yayasan", "ngo"], ["universitas", "university"], ["kampus", "university"], ["karang_taruna", "community_group"]] as const) expect(lookupWord(PARTNER_KINDS, word)).toBe(kind);
    for (const word of ["people_with_disabilities", "penyandang_disabilitas", "difabel", "disabilitas"]) expect(lookupWord(AUDIENCES, word)).toBe("people_with_disabilities");
    const result = checkSource(ID.replace("program keliling {", "program keliling {\n  sasaran lansia\n  sasaran difabel"), "a.lontar");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.workspace?.programs.find((p) => p.id === "keliling")?.audience.map((a) => a.group)).toEqual(["elderly", "people_with_disabilities"]);
  });

  it("the TPBIS stages by the short names reports use (monev, bimbingan teknis), in a property and a condition", () => {
    expect(lookupStage("monev")).toBe("monitoring_evaluasi");
    expect(lookupStage("bimbingan_teknis")).toBe("bimtek");
    expect(lookupWord(stageVocabulary(), "monev")).toBe("monitoring_evaluasi");
    // A model without that stage does not take its short name.
    expect(lookupStage("monev", { stages: [{ id: "a", keyword: "a", labels: { en: "A", id: "A" } }], transitions: [] })).toBeUndefined();
  });

  it("storytelling as pustakawan name it (dongeng, bercerita) is the `storytelling` category (a first-hour walk: `kategori dongeng` was LON3004)", () => {
    for (const word of ["dongeng", "bercerita", "mendongeng", "storytelling"]) expect(lookupWord(CATEGORIES, word)).toBe("storytelling");
    // Stop 58's walk: the contest, the rotation and the mobile library by their everyday names.
    for (const word of ["lomba_mendongeng", "lomba_dongeng", "lomba_bercerita"]) expect(lookupWord(CATEGORIES, word)).toBe("reading_contest");
    expect(lookupWord(CATEGORIES, "rotasi_koleksi")).toBe("book_rotation");
    expect(lookupWord(CATEGORIES, "pusling")).toBe("mobile_library");
  });

  it("the general public as planners write it (masyarakat umum, warga) is the `general` audience", () => {
    for (const word of ["umum", "general", "masyarakat", "masyarakat_umum", "warga", "general_public", "public"]) expect(lookupWord(AUDIENCES, word)).toBe("general");
    const result = checkSource(ID.replace("program keliling {", "program keliling {\n  sasaran masyarakat_umum"), "a.lontar");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.workspace?.programs.find((p) => p.id === "keliling")?.audience.map((a) => a.group)).toEqual(["general"]);
  });

  it("a village's or a district's government, which a mobile library's route works with, is a government agency", () => {
    for (const word of ["pemerintah_desa", "pemdes", "kantor_desa", "kelurahan", "kecamatan", "pemda", "pemkab", "pemkot", "village_government"]) expect(lookupWord(PARTNER_KINDS, word)).toBe("government_agency");
  });

  it("a pondok pesantren is a partner of its own kind, written `pesantren`, `pondok_pesantren` or `ponpes`, and compiles with its label", () => {
    for (const word of ["pesantren", "pondok_pesantren", "ponpes", "islamic_boarding_school", "boarding_school"]) expect(lookupWord(PARTNER_KINDS, word)).toBe("islamic_boarding_school");
    const result = checkSource(`mitra ponpes_darul_ulum {\n  jenis pesantren\n  nama "Pondok Pesantren Darul Ulum"\n}\n`, "m.lontar");
    expect(result.diagnostics).toEqual([]);
    expect(result.workspace?.partners[0]?.kind).toBe("islamic_boarding_school");
  });
});

describe("conditions", () => {
  it("an invalid pattern is one error, the parser's LON1005 at the pattern, in each language without the engine's English", () => {
    const source = `rule r { when program.id =~ /(kelas/ then warn "x" }`;
    const { diagnostics } = checkSource(source, "r.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1005"]);
    const [diagnostic] = diagnostics;
    expect(diagnostic?.location.range.start.offset).toBe(source.indexOf("/(kelas/"));
    let engine = "";
    const pattern = ["(", "kelas"].join("");
    try {
      new RegExp(pattern);
    } catch (error) {
      engine = error instanceof Error ? error.message : "";
    }
    expect(engine).not.toBe("");
    for (const language of ["en", "id"] as const) expect(localizeDiagnostic(diagnostic!, language).message).not.toContain(engine);
    // A checker on its own (a tree no parser read) leaves the pattern alone.
    const alone: Diagnostic[] = [];
    const subject = { kind: "Fact" as const, path: "program.id", range: at(1, 1, 10) };
    checkCondition({ kind: "Match", subject, pattern: "([a-z", flags: "", range: at(1, 1, 20) }, "occurrence", fileReporter("r.lontar", alone));
    expect(alone).toEqual([]);
  });

  it("rules compile with canonical facts and values, whichever language they were written in", () => {
    const en = checkSource(`rule r { when program.category == mobile_library && weekday == fri && overlaps(11:30, 13:00) then forbid "x" }`, "r.lontar");
    const id = checkSource(`aturan r { ketika program.kategori == perpustakaan_keliling && hari == jumat && tumpang(11:30, 13:00) maka larang "x" }`, "r.lontar");
    expect(en.diagnostics).toEqual([]);
    expect(id.workspace?.rules[0]?.when).toEqual(en.workspace?.rules[0]?.when);
    expect(en.workspace?.rules[0]?.when).toMatchObject({ kind: "and", right: { kind: "call", name: "overlaps" } });
  });
});

describe("a person's cap on hours", () => {
  const capOf = (line: string): unknown => {
    const result = checkSource(`perpustakaan lib { jenjang desa  wilayah "Jawa Tengah" / "Kabupaten Klaten" }\nrelawan rina di lib { ${line} }`, "a.lontar");
    expect(result.diagnostics).toEqual([]);
    const r = result.workspace?.resources[0];
    return r?.kind === "volunteer" ? { maxHoursPerWeek: r.maxHoursPerWeek, maxHours: r.maxHours } : undefined;
  };

  it("keeps a week's hours as hours per week, and a cap per any other period as written (not as a weekly average)", () => {
    expect(capOf("maks 20 jam per minggu")).toEqual({ maxHoursPerWeek: 20, maxHours: undefined });
    expect(capOf("maks 8 jam per bulan")).toEqual({ maxHoursPerWeek: undefined, maxHours: [{ hours: 8, per: "month" }] });
    expect(capOf("max 4 hours per day")).toEqual({ maxHoursPerWeek: undefined, maxHours: [{ hours: 4, per: "day" }] });
    expect(capOf("maks 100 jam per semester")).toEqual({ maxHoursPerWeek: undefined, maxHours: [{ hours: 100, per: "semester" }] });
  });

  it("takes several caps, one per period (the least of a period written twice), each holding", () => {
    expect(capOf("maks 20 jam per minggu  maks 60 jam per bulan  maks 4 jam per hari  maks 3 jam per hari")).toEqual({ maxHoursPerWeek: 20, maxHours: [{ hours: 60, per: "month" }, { hours: 3, per: "day" }] });
  });
});
