/**
 * A condition that compares a program's, a library's or a partner's identifier with a name
 * names that declaration (a walk of stop 41: `ketika program.id == dongeng_sabtuu` passed
 * `check`, and the rule never held): a name declared nowhere is LON2002 with the close names,
 * one of another kind LON2003; declared ones, other facts' words and deep conditions are quiet.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const WORKSPACE = `perpustakaan perpus_ngaglik {
  jenjang kecamatan
  wilayah "DI Yogyakarta" / "Kabupaten Sleman"
}
mitra pkk_ngaglik {
  jenis pkk
}
program dongeng_sabtu di perpus_ngaglik {
  kategori mendongeng
  jadwal setiap minggu pada sabtu pukul 09:00 selama 1 jam mulai 2027-01-02
}
cakrawala 2027-01-01..2027-12-31
`;
const rule = (condition: string): string => `${WORKSPACE}aturan r {\n  ketika ${condition}\n  maka larang "tidak"\n}\n`;
const found = (condition: string): readonly Diagnostic[] => checkSource(rule(condition), "a.lontar").diagnostics;
const summary = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.code} ${d.location.range.start.column} ${localizeDiagnostic(d, "id").message}`);

describe("names compared with the facts that name declarations", () => {
  it("a program's id misspelt, bare or quoted: LON2002 at the name, offering the declared program", () => {
    expect(summary(found("program.id == dongeng_sabtuu"))).toEqual(["LON2002 24 `dongeng_sabtuu` tidak dideklarasikan; di sini diperlukan program"]);
    const [quoted] = found('program.id != "dongeng_sabtuu"');
    expect(quoted?.code).toBe("LON2002");
    expect(quoted?.suggestions[0]?.edits[0]?.text).toBe("dongeng_sabtu");
  });

  it("a library in a list after `dalam`, a partner before `dalam program.mitra`, a name on the left: each checked, in order", () => {
    expect(summary(found("program.perpustakaan dalam [perpus_ngaglk, perpus_ngaglik] || pkk_ngaglk dalam program.mitra || dongeng_sabtuu == program.id")).map((s) => s.split(" ").slice(0, 3).join(" "))).toEqual([
      "LON2002 38 `perpus_ngaglk`",
      "LON2002 72 `pkk_ngaglk`",
      "LON2002 106 `dongeng_sabtuu`",
    ]);
  });

  it("a name of another kind: LON2003; declared names, and other facts' words, are quiet", () => {
    expect(found("program.id == perpus_ngaglik").map((d) => d.code)).toEqual(["LON2003"]);
    expect(found("program.id == dongeng_sabtu && program.perpustakaan == perpus_ngaglik && pkk_ngaglik dalam program.mitra && program.kategori == mendongeng && hari == sabtu")).toEqual([]);
  });

  it("a condition of 9,000 `||` (the language reads at most 10,000 operands) is walked without overflowing the stack, each name checked", () => {
    const long = Array.from({ length: 9_000 }, (_, i) => (i === 8_999 ? "program.id == dongeng_sabtuu" : "program.id == dongeng_sabtu")).join(" || ");
    expect(found(long).filter((d) => d.code === "LON2002")).toHaveLength(1);
  });
});
