import { describe, expect, it } from "vitest";
import { parseFile, stripSyntaxDetails, type Declaration, type Property, type PropertyValue } from "@lontar/dsl";

function parseOk(text: string): ReturnType<typeof parseFile>["file"] {
  const { file, diagnostics } = parseFile(text, "t.lontar");
  expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return file;
}

function valueOf(declaration: string, line: string): PropertyValue {
  const file = parseOk(`${declaration} x { ${line} }`);
  const d = file.items[0] as Declaration;
  const p = d.properties[0] as Property;
  return p.value;
}

/** Every construct, written both ways: [declaration, English line, Indonesian line]. */
const PAIRS: readonly (readonly [string, string, string])[] = [
  ["library", 'name "Dinas Perpustakaan"', 'nama "Dinas Perpustakaan"'],
  ["library", "tier city", "jenjang city"],
  ["library", 'region "Sumatera Barat" / "Kota Solok"', 'wilayah "Sumatera Barat" / "Kota Solok"'],
  ["library", 'timezone "Asia/Jakarta"', 'zona_waktu "Asia/Jakarta"'],
  ["library", "stage implementation", "tahap implementation"],
  ["library", "open mon..thu 08:00-16:00, fri 08:00-11:30, sat 09:00-14:00", "buka senin..kamis 08:00-16:00, jumat 08:00-11:30, sabtu 09:00-14:00"],
  ["library", "open weekdays 08:00-16:00, weekends", "buka hari kerja 08:00-16:00, akhir pekan"],
  ["library", "closed on public holidays", "tutup pada libur nasional"],
  ["library", "open on collective leave", "buka pada cuti bersama"],
  ["library", 'closed 2019-06-03..2019-06-07 "Cuti bersama"', 'tutup 2019-06-03..2019-06-07 "Cuti bersama"'],
  ["vehicle", "capacity 600 books", "kapasitas 600 buku"],
  ["staff", "role kelurahan_officer", "peran kelurahan_officer"],
  ["volunteer", "skills writing, storytelling", "keahlian writing, storytelling"],
  ["volunteer", "available sat, sun", "tersedia sabtu, minggu"],
  ["staff", "max 20 hours per week", "maks 20 jam per minggu"],
  ["collection", "packages 20", "paket 20"],
  ["collection", "copies 30", "eksemplar 30"],
  ["budget", "amount Rp 150.000.000", "jumlah Rp 150.000.000"],
  ["budget", "period 2019", "periode 2019"],
  ["budget", "cap Rp 5.000.000 per month", "batas Rp 5.000.000 per bulan"],
  ["equipment", "quantity 20", "kuantitas 20"],
  ["program", 'title "Layanan Buku Bergilir"', 'judul "Layanan Buku Bergilir"'],
  ["program", "category book_rotation", "kategori book_rotation"],
  ["program", 'audience students "SD/MI"', 'sasaran students "SD/MI"'],
  ["program", "sites kampung_jawa, tanah_garam", "lokasi kampung_jawa, tanah_garam"],
  ["program", "route rotating a, b, c", "rute bergilir a, b, c"],
  ["program", "needs 1 staff with role kelurahan_officer, collection paket_bergilir", "butuh 1 staf dengan peran kelurahan_officer, koleksi paket_bergilir"],
  ["program", "needs room with capacity >= 50 and projector prefer aula", "butuh ruang dengan kapasitas >= 50 dan projector utamakan aula"],
  ["program", "costs Rp 50.000 per session from apbd_2019", "biaya Rp 50.000 per sesi dari apbd_2019"],
  ["program", "partners disdik, kemenag", "mitra disdik, kemenag"],
  ["program", "participants 40", "peserta 40"],
  ["program", "when library.stage >= implementation", "ketika perpustakaan.tahap >= implementation"],
  ["program", "requires stage development", "memerlukan tahap development"],
  ["program", "before lomba_provinsi by 30 days", "sebelum lomba_provinsi selang 30 hari"],
  ["program", "after pelatihan", "sesudah pelatihan"],
  ["program", "schedule every week on tue, fri at 09:00 for 2h from 2019-02-11 until 2019-12-20", "jadwal setiap minggu pada selasa, jumat pukul 09:00 selama 2h mulai 2019-02-11 sampai 2019-12-20"],
  ["program", "schedule every 2 weeks on sun for 2 hours", "jadwal setiap 2 minggu pada minggu selama 2 jam"],
  ["program", "schedule every month on the last fri at 10:00", "jadwal setiap bulan pada jumat terakhir pukul 10:00"],
  ["program", "schedule every month on the second and fourth thu at 10:00", "jadwal setiap bulan pada kamis kedua dan keempat pukul 10:00"],
  ["program", "schedule every month on the first, third and last sat", "jadwal setiap bulan pada sabtu pertama, ketiga dan terakhir"],
  ["program", "schedule every month on day 15 for 10 times", "jadwal setiap bulan pada tanggal 15 selama 10 kali"],
  ["program", "schedule every year on 17 aug except 2020-08-17, 2021-08-17..2021-08-18", "jadwal setiap tahun pada 17 agustus kecuali 2020-08-17, 2021-08-17..2021-08-18"],
  ["program", "schedule every weekday at 08:00 including holidays", "jadwal setiap hari kerja pukul 08:00 termasuk libur"],
  ["program", "schedule every weekend for 90m", "jadwal setiap akhir pekan selama 90m"],
  ["program", "schedule every mon, wed at 10:00", "jadwal setiap senin, rabu pukul 10:00"],
  ["program", "schedule every day for 30 minutes", "jadwal setiap hari selama 30 menit"],
  ["program", "schedule once 2019-04-20 at 08:00 for 6h", "jadwal sekali 2019-04-20 pukul 08:00 selama 6h"],
  ["program", "schedule 2019-10-16..2019-10-18 daily 08:00-16:00", "jadwal 2019-10-16..2019-10-18 harian 08:00-16:00"],
  ["program", 'schedule rrule "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13" starting 2019-01-01T10:00 for 1h except 2019-09-13 also 2019-05-02T10:00', 'jadwal rrule "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13" dimulai 2019-01-01T10:00 selama 1h kecuali 2019-09-13 juga 2019-05-02T10:00'],
  ["program", "schedule 4 times per semester on weekdays between 08:00-12:00 for 2h", "jadwal 4 kali per semester pada hari kerja antara 08:00-12:00 selama 2h"],
  ["agreement", "between dispusip_solok and disdik", "antara dispusip_solok dan disdik"],
  ["agreement", "valid 2019-01-01..2019-12-31", "berlaku 2019-01-01..2019-12-31"],
  ["agreement", "kind mou", "jenis mou"],
  ["agreement", 'library provides paket_sekolah 20 every month to "sekolah"', 'perpustakaan menyediakan paket_sekolah 20 setiap bulan kepada "sekolah"'],
  ["agreement", "partner hosts lomba_bercerita", "mitra menjadi_tuan_rumah lomba_bercerita"],
  ["agreement", "partner pays Rp 2.000.000 for lomba from dana_mitra", "mitra membayar Rp 2.000.000 untuk lomba dari dana_mitra"],
  ["agreement", "at least 10 sessions of kelas_menulis per semester", "minimal 10 sesi kelas_menulis per semester"],
  ["agreement", "at most 2 sessions of lomba per year", "maksimal 2 sesi lomba per tahun"],
  ["rule", "when program.category == mobile_library && weekday == fri && overlaps(11:30, 13:00)", "ketika program.kategori == mobile_library && hari == jumat && tumpang(11:30, 13:00)"],
  ["rule", "when !(month in [1, 2]) || program.id =~ /^kelas/i && program.partners not in [\"a\"]", "ketika !(bulan dalam [1, 2]) || program.id =~ /^kelas/i && program.mitra bukan dalam [\"a\"]"],
  ["rule", 'then forbid "Hindari jadwal keliling saat salat Jumat"', 'maka larang "Hindari jadwal keliling saat salat Jumat"'],
  ["rule", 'then warn "x"', 'maka peringatkan "x"'],
  ["rule", "applies to a, b", "berlaku untuk a, b"],
  ["kpi", "indicator visits weight 25 target 300 per month", "indikator visits bobot 25 target 300 per bulan"],
  ["kpi", "indicator members weight 20 target 50 per year threshold", "indikator members bobot 20 target 50 per tahun ambang"],
];

describe("every construct, in English and in Bahasa Indonesia", () => {
  it.each(PAIRS)("%s: `%s` ≅ `%s`", (decl, en, id) => {
    const a = parseOk(`${decl} x { ${en} }`);
    const b = parseOk(`${decl} x { ${id} }`);
    expect((a.items[0] as Declaration).properties).toHaveLength(1);
    expect(stripSyntaxDetails(b)).toEqual(stripSyntaxDetails(a));
  });
});

describe("what the trees say", () => {
  it("`setiap minggu` is every week, `pada minggu` is on Sunday", () => {
    const v = valueOf("program", "jadwal setiap minggu pada minggu");
    expect(v).toMatchObject({ kind: "EverySchedule", unit: "week", interval: 1, on: { kind: "Days", days: { items: [{ kind: "Weekday", day: "sun", lang: "id" }] } } });
  });
  it("`every mon, wed` is `every week on mon, wed`", () => {
    expect(stripSyntaxDetails(valueOf("program", "schedule every mon, wed"))).toEqual(stripSyntaxDetails(valueOf("program", "schedule every week on mon, wed")));
  });
  it("durations in minutes, keeping the text", () => {
    expect(valueOf("program", "schedule once 2019-01-01 for 1h30m")).toMatchObject({ duration: { minutes: 90, text: "1h30m" } });
    expect(valueOf("program", "jadwal sekali 2019-01-01 selama 2 jam 30 menit")).toMatchObject({ duration: { minutes: 150, text: "2 jam 30 menit" } });
  });
  it("money in whole rupiah", () => {
    expect(valueOf("budget", "amount Rp 150.000.000")).toMatchObject({ kind: "Money", rupiah: 150_000_000 });
  });
  it("the last Friday is ordinal -1", () => {
    expect(valueOf("program", "schedule every month on the last fri")).toMatchObject({ on: { kind: "NthWeekday", ordinal: -1, weekday: { day: "fri" } } });
  });
  it("several nth weekdays: the first ordinal, then the others as written; one ordinal has no list", () => {
    expect(valueOf("program", "jadwal setiap bulan pada kamis kedua dan keempat")).toMatchObject({ on: { kind: "NthWeekday", ordinal: 2, moreOrdinals: [4], weekday: { day: "thu" } } });
    expect(valueOf("program", "schedule every month on the last, first thu")).toMatchObject({ on: { kind: "NthWeekday", ordinal: -1, moreOrdinals: [1] } });
    expect(valueOf("program", "schedule every month on the last fri")).not.toHaveProperty("on.moreOrdinals");
  });
  it("conditions: || binds looser than &&, ! tighter than comparison", () => {
    const v = valueOf("rule", "when a || b && !c == d");
    expect(stripSyntaxDetails(v)).toEqual(stripSyntaxDetails({
      kind: "Expr",
      expr: { kind: "Binary", op: "||", left: { kind: "Fact", path: "a" }, right: { kind: "Binary", op: "&&", left: { kind: "Fact", path: "b" }, right: { kind: "Not", operand: { kind: "Compare", op: "==", left: { kind: "Fact", path: "c" }, right: { kind: "Fact", path: "d" } } } } },
    }));
  });
  it("Indonesian fact names become canonical, remembering the language", () => {
    expect(valueOf("rule", "ketika program.kategori == x")).toMatchObject({ expr: { left: { kind: "Fact", path: "program.category", lang: "id" } } });
  });
  it("keywords can be names: `program program`, a room called `aula`", () => {
    const file = parseOk("program program { sites aula }\nroom aula at program {}");
    expect(file.items.map((i) => (i.kind === "Declaration" ? i.name.text : ""))).toEqual(["program", "aula"]);
  });
  it("doc comments attach to the next declaration", () => {
    const file = parseOk("/// Perpustakaan umum.\n/// Kota Solok.\n// note\nlibrary a {}");
    expect(file.items[0]).toMatchObject({ doc: ["Perpustakaan umum.", "Kota Solok."], leadingComments: ["// note"] });
  });
  it("ranges are 1-based lines and columns, 0-based offsets, end exclusive", () => {
    const file = parseOk("\n  room aula {}");
    const range = (file.items[0] as Declaration).name.range;
    expect({ start: range.start, end: range.end }).toEqual({ start: { line: 2, column: 8, offset: 8 }, end: { line: 2, column: 12, offset: 12 } });
    // Read and written as the plain shape, whichever object holds it.
    expect(JSON.parse(JSON.stringify(range))).toEqual({ start: range.start, end: range.end });
  });
  it("imports and horizon", () => {
    const file = parseOk('impor "./mitra.lontar"\nhorizon 2019-01-01..2019-12-31');
    expect(file.items.map((i) => i.kind)).toEqual(["Import", "Horizon"]);
    expect(file.items[0]).toMatchObject({ lang: "id", path: { value: "./mitra.lontar" } });
  });
});
