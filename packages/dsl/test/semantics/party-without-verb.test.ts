/**
 * An agreement's line that starts with a party and has no verb yet (`library`, `mitra`, as
 * typed before `provides` / `menyediakan`): one error saying the obligation it starts, in the
 * line's language (it said "`library` is not a property of an agreement", though it starts one).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const EN = (line: string): string =>
  `library l {\n  tier city\n  region "Aceh" / "Kota Langsa"\n}\npartner m {\n  kind school\n}\nagreement k {\n  between l and m\n  valid 2026-01-01..2026-12-31\n  ${line}\n}\n`;
const ID = (line: string): string =>
  `perpustakaan l {\n  jenjang kota\n  wilayah "Aceh" / "Kota Langsa"\n}\nmitra m {\n  jenis sekolah\n}\nkesepakatan k {\n  antara l dan m\n  berlaku 2026-01-01..2026-12-31\n  ${line}\n}\n`;

describe("an agreement's party with no verb yet", () => {
  it.each([
    [EN("library"), "`library` in an agreement starts an obligation: `library provides …`, `library hosts …` or `library pays …`"],
    [EN("partner"), "`partner` in an agreement starts an obligation: `partner provides …`, `partner hosts …` or `partner pays …`"],
    [ID("mitra"), "`mitra` in an agreement starts an obligation: `mitra menyediakan …`, `mitra menjadi_tuan_rumah …` or `mitra membayar …`"],
  ])("%#: one LON3006 naming the obligations it starts", (source, message) => {
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.message])).toEqual([["LON3006", message]]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toMatch(/dalam kesepakatan memulai kewajiban: `/);
  });
});
