/**
 * What a syntax error says was expected is written in the words of the file: a planner who
 * writes Bahasa Indonesia keywords is told `jam` or `menit`, not `hours` too, whatever the
 * language of the messages (`--lang`).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const EN = (schedule: string): string => `library p {\n  tier city\n  region "Jawa Barat" / "Kota Bandung"\n}\nprogram k at p {\n  title "K"\n  category class\n  schedule ${schedule}\n}\n`;
const ID = (schedule: string): string => `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n  judul "K"\n  kategori kelas\n  jadwal ${schedule}\n}\n`;

const messages = (source: string): { en: string; id: string } => {
  const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
  expect(errors).toHaveLength(1);
  return { en: localizeDiagnostic(errors[0]!, "en").message, id: localizeDiagnostic(errors[0]!, "id").message };
};

describe("what was expected, in the file's words", () => {
  it.each([
    // A duration's unit after its number.
    [ID("setiap minggu pada senin pukul 09:00 selama 2 x"), ["`jam`", "`menit`"], ["`hours`", "`minutes`"]],
    [EN("every week on mon at 09:00 for 2 x"), ["`hours`", "`minutes`"], ["`jam`", "`menit`"]],
    // A day after `pada` / `on`.
    [ID("setiap minggu pada 09:00"), ["`senin`"], ["`mon`"]],
    [EN("every week on 09:00"), ["`mon`"], ["`senin`"]],
  ] as const)("%s", (source, shown, hidden) => {
    const { en, id } = messages(source);
    for (const message of [en, id]) {
      for (const word of shown) expect(message).toContain(word);
      for (const word of hidden) expect(message).not.toContain(word);
    }
    expect(en).toMatch(/^expected /);
    expect(id).toMatch(/^diharapkan /);
  });
});
