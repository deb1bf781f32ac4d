/**
 * `iku` (Indikator Kinerja Utama, as Indonesian government writes a KPI) declares a kpi in
 * Bahasa Indonesia, beside `kpi`, which both languages spell alike; a kpi may still be named
 * `iku`.
 */
import { describe, expect, it } from "vitest";
import { checkSource, explainKeyword, explainableWords, formatSource, parseFile, WORDS } from "@lontar/dsl";

const HEAD = 'cakrawala 2026-01-01..2026-01-31\nperpustakaan p { jenjang kota  wilayah "Sumatera Barat" / "Kota Solok" }\n';
const IKU = `${HEAD}iku iku_2019 {\n  nama "IKU Dinas Perpustakaan"\n  indikator peserta bobot 60 target 100 per tahun\n  indikator kegiatan bobot 40 target 4 per bulan\n}\n`;

describe("`iku`, the Indonesian keyword of a kpi", () => {
  it("lexes as the kpi keyword, in Bahasa Indonesia", () => {
    expect(WORDS.get("iku")).toEqual({ token: "Kpi", lang: "id" });
  });

  it("declares a kpi that checks and compiles as one written `kpi`", () => {
    const result = checkSource(IKU, "main.lontar");
    expect(result.diagnostics).toEqual([]);
    expect(result.workspace?.kpis.map((k) => [k.id, k.name, k.indicators.map((i) => i.metric)])).toEqual([["iku_2019", "IKU Dinas Perpustakaan", ["participants", "activities"]]]);
    const declaration = parseFile(IKU, "main.lontar").file.items.find((i) => i.kind === "Declaration" && i.declarationKind === "kpi");
    expect(declaration?.kind === "Declaration" ? declaration.lang : undefined).toBe("id");
  });

  it("leaves `iku` a name a kpi may have: `kpi iku` and `iku iku`", () => {
    for (const head of ["kpi iku", "iku iku"]) {
      const result = checkSource(`${HEAD}${head} {\n  indikator sesi bobot 30 target 4 per bulan\n}\n`, "main.lontar");
      expect(result.diagnostics, head).toEqual([]);
      expect(result.workspace?.kpis.map((k) => k.id), head).toEqual(["iku"]);
    }
  });

  it("is written `kpi` by the formatter, the canonical spelling, and formatting again changes nothing", () => {
    const { text, diagnostics } = formatSource(IKU, "main.lontar");
    expect(diagnostics).toEqual([]);
    expect(text).toContain("kpi iku_2019 {\n  nama \"IKU Dinas Perpustakaan\"\n  indikator peserta bobot 60 target 100 per tahun\n");
    expect(formatSource(text, "main.lontar").text).toBe(text);
    expect(formatSource(IKU, "main.lontar", { lang: "en" }).text).toContain("kpi iku_2019 {\n  name \"IKU Dinas Perpustakaan\"\n  indicator peserta weight 60 target 100 per year\n");
  });

  it("is explained as the kpi, in Bahasa Indonesia, under both spellings", () => {
    expect(explainableWords()).toContain("iku");
    expect(explainKeyword("iku")).toMatch(/^# `kpi` \/ `iku`\n\nKPI: indikator berbobot/);
  });
});
