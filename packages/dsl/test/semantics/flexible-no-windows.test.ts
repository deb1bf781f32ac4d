import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

const LIBRARY = 'perpustakaan p {\n  jenjang kota\n  wilayah "Sumatera Barat" / "Kota Solok"\n  buka senin..jumat 08:00-16:00\n}\n';
const program = (schedule: string): string => `${LIBRARY}program bergilir di p {\n  kategori buku_bergilir\n  jadwal ${schedule}\n}\n`;

// Found by a newcomer's walk: `2 kali seminggu` is fixed to `2 kali per minggu`, which then said "do not fit in these windows (at most 0)" with no window written.
describe("LON4003: a number of times per period with no window", () => {
  it("says when is missing, with an example, in both languages; not 'at most 0'", () => {
    const { diagnostics } = checkSource(program("2 kali per minggu"), "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON4003"]);
    const [d] = diagnostics;
    expect(d?.message).toBe("2 sessions per week, but not when: a schedule of a number of times per period takes its days and hours from its windows, `on weekdays between 08:00-16:00`");
    expect(d === undefined ? "" : localizeDiagnostic(d, "id").message).toBe("2 sesi per minggu, tetapi tidak disebut kapan: jadwal beberapa kali per periode mengambil hari dan jamnya dari jendelanya, `pada hari_kerja antara 08:00-16:00`");
  });

  it("is what `2 kali seminggu` leaves once its written form is fixed, and a window mends it", () => {
    const written = program("2 kali seminggu");
    const fixed = applyEdits(written, certainFixes(checkSource(written, "a.lontar").diagnostics).get("a.lontar") ?? []);
    expect(fixed).toContain("jadwal 2 kali per minggu\n");
    expect(checkSource(fixed, "a.lontar").diagnostics.map((d) => d.code)).toEqual(["LON4003"]);
    expect(checkSource(program("2 kali per minggu pada hari_kerja antara 08:00-12:00 selama 2 jam"), "a.lontar").diagnostics).toEqual([]);
  });
});
