/**
 * The ways planners write "closed on public holidays": each is the same closure, and the
 * formatter keeps the words written (the canonical phrase when a file is written in another language).
 */
import { describe, expect, it } from "vitest";
import { checkSource, formatSource, localizeDiagnostic, parseFile } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";

const library = (lang: "en" | "id", line: string): string =>
  lang === "en" ? `library p {\n  tier city\n  region "Jawa Barat" / "Kota Bandung"\n  ${line}\n}\n` : `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n  ${line}\n}\n`;

describe("closed on public holidays, as planners write it", () => {
  it.each([
    ["en", "closed on public holidays", "closed on public holidays"],
    ["en", "closed on holidays", "closed on public holidays"],
    ["en", "closed on public holidays and collective leave", "closed on public holidays"],
    ["id", "tutup pada libur nasional", "tutup pada libur nasional"],
    ["id", "tutup pada libur", "tutup pada libur nasional"],
    ["id", "tutup pada hari libur", "tutup pada libur nasional"],
    ["id", "tutup pada hari libur nasional dan cuti bersama", "tutup pada libur nasional"],
  ] as const)("%s: `%s` is the public holidays, as `%s` is, and is formatted as written", (lang, line, canonical) => {
    const source = library(lang, line);
    expect(checkSource(source, "a.lontar").diagnostics).toEqual([]);
    const item = parseFile(source, "a.lontar").file.items[0];
    const closed = item?.kind === "Declaration" ? item.properties.find((p) => p.key === "closed")?.value : undefined;
    expect(closed).toMatchObject({ kind: "Closed", publicHolidays: true });
    // The planner's words stay (`hari libur dan cuti bersama` no longer becomes `libur nasional`); the model is the canonical words'.
    expect(formatSource(source, "a.lontar").text).toBe(source);
    const model = (text: string): string => JSON.stringify(checkSource(text, "a.lontar").workspace, (key, value: unknown) => (key === "source" ? undefined : value));
    expect(model(source)).toBe(model(library(lang, canonical)));
  });

  it("reports a dangling `dan` after the holidays the same way on every reading path", () => {
    for (const line of ["tutup pada hari libur dan", "tutup pada libur nasional dan\n  buka senin 08:00-12:00"]) {
      const source = library("id", line);
      const messages = (d: readonly { message: string }[]) => d.map((x) => x.message);
      expect(messages(parseFile(source, "a.lontar").diagnostics)).toEqual(messages(parseFileWith(source, "a.lontar", "grammar").diagnostics));
      expect(checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error")).toHaveLength(1);
    }
  });

  it("names the keywords of the file's language alone to every reader of `tutup pada cuti bersama`, with the national holidays as its fix", () => {
    const [error, ...others] = checkSource(library("id", "tutup pada cuti bersama"), "a.lontar").diagnostics;
    expect(others).toEqual([]);
    expect(localizeDiagnostic(error!, "id").message).toContain("ditulis `libur nasional dan cuti bersama`");
    expect(localizeDiagnostic(error!, "en").message).toContain("is written `libur nasional dan cuti bersama`");
    expect(error?.suggestions[0]?.edits[0]?.text).toBe("libur nasional dan cuti bersama");
  });
});
