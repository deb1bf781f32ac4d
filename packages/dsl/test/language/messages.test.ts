import { applyEdits, certainFixes, checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";
import { STAGE_VALUES, VALUE_SETS } from "../../src/language/values.js";
import { valueName } from "../../src/semantics/message-words.js";
import { lookupWord } from "../../src/semantics/vocabulary.js";
import { describe, expect, it } from "vitest";
import { allowedList } from "../../src/semantics/checker/unknown-value.js";

const PRELUDE = `library dispusip_solok { tier kota  region "Sumatera Barat" / "Kota Solok" }\n`;

function only(source: string, code: string) {
  const found = checkSource(PRELUDE + source, "a.lontar").diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  const [first] = found;
  if (first === undefined) throw new Error("no diagnostic");
  return first;
}

describe("messages about values that are not allowed", () => {
  it("lists every audience group for `audience women`", () => {
    const d = only("program p { category class  schedule once 2019-04-20 at 08:00 for 2h  audience women }", "LON3004");
    expect(d.message).toBe("`women` is not a known audience group; allowed: `children`, `teens`, `adults`, `mothers`, `students`, `librarians`, `elderly`, `people_with_disabilities`, `general`");
  });

  it("suggests the one close value as an edit", () => {
    const d = only("partner disdik { kind goverment_agency }", "LON3004");
    expect(d.message).toContain("allowed: `school`, `madrasah`");
    expect(d.suggestions[0]?.edits[0]?.text).toBe("government_agency");
  });

  it("suggests the value a word is the root of, as Indonesian forms it (`gilir` → `buku_bergilir`; `dongeng` is a word for `mendongeng` of its own)", () => {
    const d = only("program p { kategori gilir  jadwal sekali 2019-04-20 pukul 08:00 selama 2 jam }", "LON3004");
    expect(d.suggestions.map((s) => s.edits[0]?.text)).toEqual(["buku_bergilir"]);
    const fixed = PRELUDE + "program p { kategori buku_bergilir  jadwal sekali 2019-04-20 pukul 08:00 selama 2 jam }";
    expect(checkSource(fixed, "a.lontar").diagnostics.filter((x) => x.code === "LON3004")).toEqual([]);
  });

  it("lists the nearest five of many values, closest first", () => {
    const many = ["zzzz", "yyyy", "xxxx", "wwww", "vvvv", "uuuu", "tttt", "ssss", "rrrr", "qqqq", "pppp", "oooo", "reading_contest", "readin", "roading"];
    expect(allowedList("reading", many)).toEqual({ en: "nearest allowed: `readin`, `roading`, `rrrr`, `oooo`, `pppp`", id: "yang diizinkan terdekat: `readin`, `roading`, `rrrr`, `oooo`, `pppp`" });
    const d = only("program p { category lomba_baca  schedule once 2019-04-20 at 08:00 for 2h }", "LON3004");
    expect(d.message).toMatch(/^`lomba_baca` is not a known program category; nearest allowed: (`[a-z_]+`, ){4}`[a-z_]+`$/);
  });

  it("fixes a time whose hour has one digit (`pukul 9:00`, `buka senin..jumat 8:00-15:00`) with certainty, and a fixed file is clean", () => {
    const source = `${PRELUDE}program p { kategori mendongeng  jadwal setiap minggu pada sabtu pukul 9:00 selama 2 jam mulai 2019-04-20 }`;
    const found = checkSource(source, "a.lontar").diagnostics.filter((d) => d.code === "LON3002");
    expect(found).toHaveLength(1);
    const [d] = found as [Diagnostic];
    expect(d.message).toBe("`9:00`: Lontar writes the hour with two digits: `09:00`");
    expect(localizeDiagnostic(d, "id").message).toBe("`9:00`: Lontar menulis jamnya dengan dua angka: `09:00`");
    expect(d.suggestions.map((x) => [x.edits[0]?.text, x.preferred])).toEqual([["09:00", true]]);
    const fixed = applyEdits(source, certainFixes([d]).get("a.lontar") ?? []);
    expect(checkSource(fixed, "a.lontar").diagnostics.filter((x) => x.code === "LON3002")).toEqual([]);
    // A time that is none stays an error with no fix.
    const late = checkSource(source.replace("9:00", "25:00"), "a.lontar").diagnostics.find((x) => x.code === "LON3002");
    expect(late?.message).toBe("`25:00` is not a time of day: write HH:mm from 00:00 to 24:00");
    expect(late?.suggestions).toEqual([]);
  });

  it("lists the value a suggestion means first, so a message never offers a word its list leaves out", () => {
    // `lomba` (a word for the reading contest) is near `lomba_mewarnai`; the value it means is offered, as the list writes it, and leads the list.
    const d = only("program p { kategori lomba_mewarnai  jadwal sekali 2019-04-20 pukul 08:00 selama 2 jam }", "LON3004");
    expect(d.suggestions.map((x) => x.edits[0]?.text ?? x.message)).toEqual(["lomba_membaca"]);
    expect(localizeDiagnostic(d, "id").message).toMatch(/terdekat: `lomba_membaca`, /);
    expect(d.message).toMatch(/nearest allowed: `lomba_membaca`, /);
  });

  // helper-140 (a planner's walk): `kategori kelas_literasi_digital` was offered `kelas` alone, the value it starts with.
  it("offers first a value of two parts or more that ends the word, then the value it starts with; neither applied", () => {
    const d = only("program p { kategori kelas_literasi_digital  jadwal sekali 2019-04-20 pukul 08:00 selama 2 jam }", "LON3004");
    expect(localizeDiagnostic(d, "id").suggestions.map((x) => [x.message, x.edits.length, x.preferred ?? false])).toEqual([
      ["maksud Anda `literasi_digital`?", 0, false],
      ["maksud Anda `kelas`?", 0, false],
    ]);
    // The list leads with them, in the same order (helper-142).
    expect(localizeDiagnostic(d, "id").message).toMatch(/terdekat: `literasi_digital`, `kelas`, /);
  });

  it("ranks a value by the nearer of its two words, so a typo's value heads both languages' lists", () => {
    // An English typo in an English file, read in Bahasa Indonesia: the Indonesian list is of
    // Indonesian words, and the one meant comes first though its Indonesian word is far from the typo.
    const d = only("program p { category peer_lerning  schedule once 2019-04-20 at 08:00 for 2h }", "LON3004");
    expect(d.message).toMatch(/nearest allowed: `peer_learning`, /);
    expect(localizeDiagnostic(d, "id").message).toMatch(/terdekat: `pertemuan_pembelajaran_antar_sesama`, /);
    expect(d.suggestions[0]?.edits[0]?.text).toBe("peer_learning");
    const indonesian = only("program p { kategori pameraan  jadwal sekali 2019-04-20 pukul 08:00 selama 2 jam }", "LON3004");
    expect(localizeDiagnostic(indonesian, "id").message).toMatch(/terdekat: `pameran`, /);
    expect(indonesian.message).toMatch(/nearest allowed: `pameran`, /);
  });

  it("names the keyword a word belongs to when it is written under another (`tingkat desa` for the tier), as one error with its fix", () => {
    const source = 'perpustakaan perpus { tingkat desa  wilayah "Aceh" }\n';
    const [d, ...rest] = checkSource(source, "a.lontar").diagnostics;
    expect(rest).toEqual([]);
    if (d === undefined) throw new Error("no diagnostic");
    expect(d.code).toBe("LON3004");
    expect(localizeDiagnostic(d, "id").message).toBe("`desa` adalah nilai `jenjang` (jenjang perpustakaan), bukan `tingkat`: tulis `jenjang desa`");
    const edit = d.suggestions[0]?.edits[0];
    expect(d.suggestions[0]?.preferred).toBe(true);
    const fixed = source.slice(0, edit?.location.range.start.offset) + (edit?.text ?? "") + source.slice(edit?.location.range.end.offset);
    expect(fixed).toBe('perpustakaan perpus { jenjang desa  wilayah "Aceh" }\n');
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    // An audience written where the category goes: one error, no "needs `category`".
    const program = checkSource(PRELUDE + "program p { audience storytelling  schedule once 2019-04-20 at 08:00 for 2h }", "a.lontar").diagnostics;
    expect(program.map((x) => x.message)).toEqual(["`storytelling` is a value of `category` (program category), not of `audience`: write `category storytelling`"]);
    // A school level written as the tier: the fix writes the school tier and the level.
    const school = 'perpustakaan sd1 { jenjang sd  wilayah "Aceh" }\n';
    const [level, ...others] = checkSource(school, "a.lontar").diagnostics;
    expect(others).toEqual([]);
    const rewrite = level?.suggestions[0]?.edits[0];
    expect(rewrite?.text).toBe("jenjang sekolah  tingkat sd");
    const repaired = school.slice(0, rewrite?.location.range.start.offset) + (rewrite?.text ?? "") + school.slice(rewrite?.location.range.end.offset);
    expect(checkSource(repaired, "a.lontar").diagnostics).toEqual([]);
    // With the tier written, a tier under `level` is an unknown school level, as before.
    expect(only("library s { tier city  level village  region \"Aceh\" }", "LON3004").message).toMatch(/^`village` is not a known school level/);
  });

  it("lists the TPBIS stages for an unknown stage", () => {
    const d = only("library tbm { tier tbm  region \"Aceh\" / \"Kota Langsa\"  stage implemntation }", "LON3005");
    expect(d.message).toMatch(/is not a known TPBIS stage; allowed: `/);
    expect(d.suggestions.map((s) => s.message)).toContain("did you mean `implementation`?");
  });

  it("lists a declaration's properties, in the keyword's language, for a property it does not take", () => {
    expect(only("room aula { capacity 60  tier kota }", "LON3006").message).toBe("`tier` is not a property of a room; its properties: `name`, `capacity`, `features`");
    expect(only("ruang aula { kapasitas 60  jenjang kota }", "LON3006").message).toBe("`jenjang` is not a property of a room; its properties: `nama`, `kapasitas`, `fasilitas`");
  });

  it("lists the nearest facts for an unknown fact", () => {
    const d = only('rule r { when program.categry == class  then warn "x" }', "LON3101");
    expect(d.message).toMatch(/^`program.categry` is not a fact; nearest allowed: `program.category`/);
  });

  it("lists the values as an Indonesian planner writes them, in an Indonesian file or an Indonesian message", () => {
    const indonesian = only("mitra disdik { jenis dinass }", "LON3004");
    const written = "`sekolah`, `madrasah`, `pesantren`, `perguruan_tinggi`, `opd`, `lsm`, `komunitas`, `lembaga_adat`, `lembaga_keagamaan`, `pkk`, `dunia_usaha`, `media`, `lembaga_teknologi`, `perpustakaan_lain`";
    expect(indonesian.message).toBe(`\`dinass\` is not a known partner kind; allowed: ${written}`);
    expect(localizeDiagnostic(indonesian, "id").message).toBe(`\`dinass\` bukan jenis mitra yang dikenal; yang diizinkan: ${written}`);
    // An English file lists the English words in English and the Indonesian ones in Bahasa Indonesia.
    const english = only("program p { category class  schedule once 2019-04-20 at 08:00 for 2h  audience women }", "LON3004");
    expect(localizeDiagnostic(english, "id").message).toBe("`women` bukan kelompok sasaran yang dikenal; yang diizinkan: `anak_anak`, `remaja`, `dewasa`, `ibu_ibu`, `pelajar`, `pustakawan`, `lansia`, `penyandang_disabilitas`, `umum`");
    // Tiers are spelt in Indonesian in core; an English file lists the English words.
    const tier = checkSource(`library x { tier citty  region "Aceh" / "Kota Langsa" }`, "b.lontar").diagnostics.find((d) => d.code === "LON3004");
    expect(tier?.message).toContain("allowed: `national`, `province`, `regency`, `city`,");
    expect(localizeDiagnostic(tier ?? indonesian, "id").message).toContain("yang diizinkan: `nasional`, `provinsi`, `kabupaten`, `kota`,");
  });

  it("lists condition values in the message's language, under the table's title", () => {
    const d = only('aturan r { ketika program.kategori == perpustakaan_kelling  maka peringatkan "x" }', "LON3004");
    const id = localizeDiagnostic(d, "id").message;
    expect(id).toMatch(/^`perpustakaan_kelling` bukan kategori program yang dikenal; yang diizinkan terdekat: `perpustakaan_keliling`/);
  });
});

describe("the words every written value is listed with", () => {
  it("are words the checker accepts for that value, in both languages", () => {
    for (const set of VALUE_SETS) {
      for (const value of set.values) {
        expect(lookupWord(set.vocabulary, value.written.en), `${set.title.en} ${value.value}`).toBe(value.value);
        expect(lookupWord(set.vocabulary, value.written.id), `${set.title.en} ${value.value}`).toBe(value.value);
      }
    }
  });

  it("name each list once: messages take the value sets' titles", () => {
    for (const set of VALUE_SETS) expect(valueName(set.title.en)).toEqual(set.title);
    expect(valueName("stage")).toEqual(STAGE_VALUES.title);
  });
});

describe("what an unknown value is offered (a planner's walk)", () => {
  const offered = (line: string): string[] => {
    const d = checkSource(`mitra m {\n  jenis sekolah\n}\nprogram p di m {\n  ${line}\n}\n`, "a.lontar").diagnostics.find((x) => x.code === "LON3004");
    return d?.suggestions.map((x) => x.edits[0]?.text ?? x.message) ?? [];
  };

  it("words written with spaces that are no value (`sasaran ibu rumah tangga`, `jenis pondok adat`) are one LON3004 with the list, not an error at the second word", () => {
    for (const [line, value] of [["sasaran ibu rumah tangga", "ibu_rumah_tangga"], ["sasaran warga desa adat", "warga_desa_adat"]] as const) {
      const errors = checkSource(`mitra m {\n  jenis sekolah\n}\nprogram p di m {\n  ${line}\n}\n`, "a.lontar").diagnostics.filter((d) => (d.severity === "error" && d.code.startsWith("LON3004")) || d.code.startsWith("LON1"));
      expect(errors.map((d) => [d.code, d.message.slice(0, value.length + 2)])).toEqual([["LON3004", `\`${value}\``]]);
    }
    expect(offered("sasaran ibu rumah tangga")).toEqual(["ibu_ibu"]);
    // Students and their school level (`siswa SD`) are the level written without quotes: LON1106 (written-audience-level.ts).
    const level = checkSource(`mitra m {\n  jenis sekolah\n}\nprogram p di m {\n  sasaran siswa SD\n}\n`, "a.lontar").diagnostics.filter((d) => d.code.startsWith("LON1") || d.code === "LON3004");
    expect(level.map((d) => [d.code, d.suggestions[0]?.edits[0]?.text])).toEqual([["LON1106", 'siswa "SD/MI"']]);
    // Two levels (`SD/SMP`) are no one level: no fix that would drop one (a review).
    const two = checkSource(`mitra m {\n  jenis sekolah\n}\nprogram p di m {\n  sasaran pelajar SD/SMP\n}\n`, "a.lontar").diagnostics;
    expect(two.flatMap((d) => d.suggestions.filter((x) => x.preferred === true).flatMap((x) => x.edits.map((e) => e.text)))).not.toContain('pelajar "SD/MI"');
    const kind = checkSource("mitra m {\n  jenis pondok adat\n}\n", "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(kind.map((d) => d.code)).toEqual(["LON3004"]);
  });

  it("values each allowed alone with a space between (`sasaran anak_anak remaja`) stay the grammar's error, a list that lacks its comma", () => {
    const errors = checkSource("mitra m {\n  jenis sekolah\n}\nprogram p di m {\n  sasaran anak_anak remaja\n}\n", "a.lontar").diagnostics.filter((d) => d.code.startsWith("LON1"));
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
  });

  it("the value as the list writes it, not another of its spellings (`ibu_ibu`, not `ibu`; `pelajar`, not `siswa`)", () => {
    expect(offered("sasaran ibu_rumah_tangga")).toEqual(["ibu_ibu"]);
    expect(offered("sasaran siswa_sd")).toEqual(["pelajar"]);
  });

  it("no value for a phrase that shares only a general word with one (`organisasi_wanita` is no `organisasi_perangkat_daerah`)", () => {
    const d = checkSource("mitra m {\n  jenis organisasi_wanita\n}\n", "a.lontar").diagnostics.find((x) => x.code === "LON3004");
    expect(d?.suggestions ?? []).toEqual([]);
  });
});
