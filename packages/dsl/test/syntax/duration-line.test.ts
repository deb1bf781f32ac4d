/**
 * A program's session length written as a line of its own (`durasi 2 jam`, `lama 90 menit`,
 * `duration 2h`), as forms list it: one error saying it goes in the schedule after `selama` /
 * `for`, and the fix that moves it there when the program has one schedule without a length.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = 'cakrawala 2026-01-01..2026-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\n';
const program = (body: string): string => `${library}program kelas di p {\n  kategori kelas\n${body}}\n`;
const errors = (source: string): ReturnType<typeof checkSource>["diagnostics"] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("a session length written as a line of a program", () => {
  it.each([
    ["  jadwal setiap minggu pada sabtu pukul 09:00\n  durasi 2 jam\n", "  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam\n"],
    ["  jadwal setiap minggu pada sabtu pukul 09:00\n  lama 90 menit\n", "  jadwal setiap minggu pada sabtu pukul 09:00 selama 90 menit\n"],
    ["  durasi 2 jam 30 menit\n  peserta 20\n  jadwal setiap minggu pada sabtu pukul 09:00\n", "  peserta 20\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam 30 menit\n"],
  ])("is one error, moved into the schedule by the fix: %j", (body, fixed) => {
    const source = program(body);
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain("lama tiap sesi ditulis dalam jadwalnya, setelah `selama`");
    const after = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
    expect(after).toBe(program(fixed));
    expect(errors(after)).toEqual([]);
  });

  it("in English, `duration 2h` goes after `for`", () => {
    const source = 'horizon 2026-01-01..2026-12-31\nlibrary p {\n  tier village\n  region "Jawa Tengah"\n}\nprogram c at p {\n  category class\n  schedule every week on sat at 09:00\n  duration 2h\n}\n';
    const after = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
    expect(after).toContain("  schedule every week on sat at 09:00 for 2h\n}");
    expect(errors(after)).toEqual([]);
  });

  it("only says where it goes when the schedule already has a length, or there are two schedules, or none", () => {
    for (const body of [
      "  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam\n  durasi 2 jam\n",
      "  jadwal setiap minggu pada sabtu pukul 09:00\n  jadwal setiap minggu pada senin pukul 09:00\n  durasi 2 jam\n",
      "  durasi 2 jam\n",
    ]) {
      const found = errors(program(body));
      expect(found.some((d) => localizeDiagnostic(d, "en").message.includes("a session's length is written in its schedule"))).toBe(true);
      expect(certainFixes(found).get("a.lontar") ?? []).toEqual([]);
    }
  });

  it("only offers the move where it would move or lose a comment, where the length is no length (`durasi 2`), or where the schedule counts its sessions (`selama 10 kali`)", () => {
    for (const body of [
      "  jadwal setiap minggu pada sabtu pukul 09:00 // pagi\n  durasi 2 jam\n",
      "  jadwal setiap minggu pada sabtu pukul 09:00\n  // dua jam\n  durasi 2 jam\n",
      "  jadwal setiap minggu pada sabtu pukul 09:00\n  durasi 2 jam // termasuk istirahat\n",
      "  jadwal setiap minggu pada sabtu pukul 09:00\n  durasi 2\n",
      "  jadwal setiap minggu pada sabtu pukul 09:00\n  durasi 2 hari\n",
      "  jadwal setiap minggu pada sabtu pukul 09:00 mulai 2026-01-03 selama 10 kali\n  durasi 3 jam\n",
    ]) {
      const found = errors(program(body));
      expect(found.some((d) => localizeDiagnostic(d, "en").message.includes("a session's length is written in its schedule")), body).toBe(true);
      expect(certainFixes(found).get("a.lontar") ?? [], body).toEqual([]);
    }
  });

  it("moves the length past a text that holds `//`, which is no comment (the lexer's comments are what it keeps)", () => {
    const source = program('  jadwal setiap minggu pada sabtu pukul 09:00\n  judul "Kelas // Menulis"\n  durasi 2 jam\n');
    const after = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
    expect(after).toBe(program('  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam\n  judul "Kelas // Menulis"\n'));
  });
});
