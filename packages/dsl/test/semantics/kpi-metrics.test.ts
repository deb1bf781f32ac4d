/**
 * What a KPI indicator measures: its `metric` or its name, in English or Bahasa Indonesia
 * (`peserta` is `participants`); LON3004 at a `metric` that is not one, with the metrics
 * listed and a close one as the fix; LON3013 (warning) at an indicator that names no metric,
 * which the plan scores 0; LON3014 (info) at a kpi some of whose indicators the plan does not
 * count.
 */
import { describe, expect, it } from "vitest";
import { PROJECTED_KPI_METRICS, kpiMetricLabels } from "@lontar/core";
import { checkSource, explainKeyword, formatSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const HEAD = 'cakrawala 2026-01-01..2026-01-31\nperpustakaan p { jenjang kota  wilayah "Sumatera Barat" / "Kota Solok" }\n';
const HEAD_EN = 'horizon 2026-01-01..2026-01-31\nlibrary p { tier city  region "Sumatera Barat" / "Kota Solok" }\n';

const kpiId = (...indicators: string[]): string => `${HEAD}kpi iku_2019 {\n${indicators.map((i) => `  indikator ${i}\n`).join("")}}\n`;
const kpiEn = (...indicators: string[]): string => `${HEAD_EN}kpi iku_2019 {\n${indicators.map((i) => `  indicator ${i}\n`).join("")}}\n`;

const check = (source: string): ReturnType<typeof checkSource> => checkSource(source, "main.lontar");
const metrics = (source: string): Record<string, string> => Object.fromEntries((check(source).workspace?.kpis[0]?.indicators ?? []).map((i) => [i.id, i.metric]));
const codes = (source: string): string[] => check(source).diagnostics.map((d) => d.code);
const only = (source: string, code: string): Diagnostic => {
  const found = check(source).diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  return found[0] as Diagnostic;
};
const applied = (source: string, d: Diagnostic, i = 0): string => {
  const edit = d.suggestions[i]?.edits[0];
  expect(edit).toBeDefined();
  if (edit === undefined) return source;
  return source.slice(0, edit.location.range.start.offset) + edit.text + source.slice(edit.location.range.end.offset);
};

describe("KPI metrics in either language", () => {
  it("an indicator named with a metric's Indonesian word measures that metric, as its `metrik` does", () => {
    const source = kpiId("peserta bobot 30 target 100 per tahun", "kegiatan bobot 30 target 4 per bulan", "a3 metrik sesi bobot 20 target 4 per bulan", "a4 metrik kesepakatan bobot 20 target 1 per tahun");
    expect(metrics(source)).toEqual({ peserta: "participants", kegiatan: "activities", a3: "sessions", a4: "agreements" });
    expect(codes(source)).toEqual([]);
  });

  it("a metric at the end of the line (after the target or `ambang`) is the same indicator, which the formatter writes after the name", () => {
    const atEnd = kpiId("kunjungan bobot 40 target 300 per bulan metrik peserta", "mou bobot 30 target 2 per tahun ambang metrik kesepakatan");
    expect(codes(atEnd)).toEqual([]);
    expect(metrics(atEnd)).toEqual({ kunjungan: "participants", mou: "agreements" });
    const formatted = formatSource(atEnd, "main.lontar").text;
    expect(formatted).toContain("  indikator kunjungan metrik peserta bobot 40 target 300 per bulan\n");
    expect(formatted).toContain("  indikator mou metrik kesepakatan bobot 30 target 2 per tahun ambang\n");
    // Given twice, it is an error, not the last one silently.
    expect(codes(kpiId("kunjungan metrik peserta bobot 40 target 300 per bulan metrik sesi"))).toContain("LON1101");
  });

  it("the formatter writes a metric in the language it writes the file in", () => {
    const en = kpiEn("reading_class metric participants weight 30 target 100 per month");
    expect(formatSource(en, "main.lontar", { lang: "id" }).text).toContain("  indikator reading_class metrik peserta bobot 30 target 100 per bulan\n");
    expect(formatSource(kpiId("kelas metrik peserta bobot 30 target 100 per bulan"), "main.lontar", { lang: "en" }).text).toContain("  indicator kelas metric participants weight 30 target 100 per month\n");
  });

  it("every metric has an Indonesian word, and each word means its metric", () => {
    const words = ["kegiatan", "sesi", "peserta", "kunjungan", "anggota", "mitra", "kesepakatan", "cerita_sukses", "koleksi", "lainnya"];
    const source = kpiId(...words.map((w, i) => `i${i} metrik ${w} bobot 10 target 1 per bulan`));
    expect(Object.values(metrics(source))).toEqual(Object.keys(kpiMetricLabels));
  });
});

describe("LON3004: a `metric` that is not one", () => {
  it("lists the metrics as the file writes them, in both languages", () => {
    const d = only(kpiId("x metrik xyzzy bobot 30 target 4 per bulan"), "LON3004");
    expect(d.severity).toBe("error");
    expect(d.message).toBe("`xyzzy` is not a known KPI metric; allowed: `kegiatan`, `sesi`, `peserta`, `kunjungan`, `anggota`, `mitra`, `kesepakatan`, `cerita_sukses`, `koleksi`, `lainnya`");
    expect(localizeDiagnostic(d, "id").message).toBe("`xyzzy` bukan metrik KPI yang dikenal; yang diizinkan: `kegiatan`, `sesi`, `peserta`, `kunjungan`, `anggota`, `mitra`, `kesepakatan`, `cerita_sukses`, `koleksi`, `lainnya`");
    expect(d.suggestions).toEqual([]);
  });

  it("offers a close metric as the fix, which rewrites the indicator and leaves nothing to report", () => {
    const source = kpiId("a2 metrik sesii bobot 30 target 4 per bulan ambang");
    const d = only(source, "LON3004");
    // At the metric's word, where the caret shows; the fix writes the indicator again.
    expect(source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe("sesii");
    expect(d.suggestions.map((s) => s.message)).toEqual(["did you mean `sesi`?"]);
    const fixed = applied(source, d);
    expect(fixed).toContain("indikator a2 metrik sesi bobot 30 target 4 per bulan ambang\n");
    expect(codes(fixed)).toEqual([]);
    const en = kpiEn("a2 metric participant weight 30 target 4 per month");
    expect(applied(en, only(en, "LON3004"))).toContain("indicator a2 metric participants weight 30 target 4 per month\n");
  });
});

describe("LON3013: an indicator that names no metric", () => {
  it("warns that the plan scores it 0, in both languages, with `metric custom` as a fix", () => {
    const source = kpiEn("footfall weight 50 target 1000 per month", "participants weight 50 target 100 per month");
    const d = only(source, "LON3013");
    expect(d.severity).toBe("warning");
    expect(d.message).toBe(
      "`footfall` is not a metric and the indicator has no `metric`: the plan cannot count it, so its projection of `iku_2019` scores it 0 (weight 50); write what it measures after `metric` (the plan counts `activities`, `sessions`, `participants` and `agreements`), or `metric custom` for a value measured outside the plan",
    );
    expect(localizeDiagnostic(d, "id").message).toBe(
      "`footfall` bukan metrik dan indikatornya tidak memiliki `metric`: rencana tidak dapat menghitungnya, jadi proyeksi `iku_2019` memberinya nilai 0 (bobot 50); tulis yang diukurnya setelah `metric` (rencana menghitung `activities`, `sessions`, `participants` dan `agreements`), atau `metric custom` untuk nilai yang diukur di luar rencana",
    );
    expect(d.suggestions.map((s) => s.edits[0]?.text)).toEqual(["footfall metric custom"]);
    expect(codes(applied(source, d))).toEqual(["LON3014"]);
  });

  it("offers the metrics the name is close to, in the file's words", () => {
    const source = kpiId("kunjugan bobot 50 target 1000 per bulan", "peserta bobot 50 target 100 per bulan");
    const d = only(source, "LON3013");
    expect(d.message).toContain("(the plan counts `kegiatan`, `sesi`, `peserta` and `kesepakatan`), or `metrik lainnya`");
    // A typo of one metric's word (one letter, eight letters) is that word, certain; then the name kept with a metric.
    expect(d.suggestions.map((s) => s.edits[0]?.text)).toEqual(["kunjungan", "kunjugan metrik kunjungan", "kunjugan metrik lainnya"]);
    expect(d.suggestions.map((s) => s.preferred === true)).toEqual([true, false, false]);
    expect(metrics(applied(source, d))).toEqual({ kunjungan: "visits", peserta: "participants" });
    expect(metrics(applied(source, d, 1))).toEqual({ kunjugan: "visits", peserta: "participants" });
  });

  it("a name one letter from a metric's word is renamed to it; one far from any is not", () => {
    const d = only(kpiId("angota bobot 50 target 1000 per bulan", "peserta bobot 50 target 100 per bulan"), "LON3013");
    expect(d.suggestions.some((s) => s.preferred === true && s.edits[0]?.text === "anggota")).toBe(true);
    const far = only(kpiId("footfal bobot 50 target 1000 per bulan", "peserta bobot 50 target 100 per bulan"), "LON3013");
    expect(far.suggestions.filter((s) => s.preferred === true)).toEqual([]);
  });
});

describe("LON3014: a kpi the plan counts only in part", () => {
  it("notes the indicators the plan scores 0 and the most the projection reaches", () => {
    const source = kpiId("kunjungan bobot 50 target 1000 per bulan", "anggota bobot 20 target 200 per tahun", "peserta bobot 30 target 100 per bulan");
    const d = only(source, "LON3014");
    expect(d.severity).toBe("info");
    expect(d.message).toBe(
      "the plan counts only `kegiatan`, `sesi`, `peserta` and `kesepakatan`, so its projection of `iku_2019` scores `kunjungan` and `anggota` 0 (weight 70 of 100) and reaches at most 30 of 100; what the plan does not count is measured outside it",
    );
    expect(localizeDiagnostic(d, "id").message).toBe(
      "rencana hanya menghitung `kegiatan`, `sesi`, `peserta` dan `kesepakatan`, jadi proyeksi `iku_2019` memberi `kunjungan` dan `anggota` nilai 0 (bobot 70 dari 100) dan paling tinggi mencapai 30 dari 100; yang tidak dihitung rencana diukur di luar rencana",
    );
    expect(codes(source)).toEqual(["LON3014"]);
  });

  it("is not given when the plan counts every indicator", () => {
    expect(codes(kpiEn(...PROJECTED_KPI_METRICS.map((m) => `${m} weight 10 target 1 per month`)))).toEqual([]);
  });
});

describe("the metrics in the language's documentation", () => {
  it("`lontar explain indikator` lists every metric with its words", () => {
    const text = explainKeyword("indikator") ?? "";
    expect(text).toContain("Nilai yang diizinkan (metrik KPI):");
    expect(text).toContain("- `peserta`: Jumlah peserta (juga `participants`, `attendees`, `jumlah_peserta`)");
    expect(text).toContain("`pengunjung`, `jumlah_pengunjung`");
    expect(text).toContain("Rencana menghitung `kegiatan`, `sesi`, `peserta` dan `kesepakatan`");
  });
});
