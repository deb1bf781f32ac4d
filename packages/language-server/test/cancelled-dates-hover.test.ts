/**
 * The hover of a program's schedule whose every date in the horizon is cancelled (17 August,
 * a national holiday the library is closed on): it says which dates were cancelled and why, as
 * `lontar check`'s LON5104 does, not that no date falls in the horizon.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HoverRequest, type MarkupContent } from "vscode-languageserver-protocol";
import { positionOf } from "./support/examples.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "perpustakaan.lontar";

const LIBRARY = `cakrawala 2024-01-01..2024-12-31

perpustakaan perpus_sukamaju {
  nama "Perpustakaan Desa Sukamaju"
  jenjang desa
  wilayah "Jawa Tengah" / "Kabupaten Klaten"
  tutup pada libur nasional
}
`;

/** A program at the library with `schedules`, one line each. */
const withProgram = (...schedules: readonly string[]): string =>
  `${LIBRARY}\nprogram lomba di perpus_sukamaju {\n  kategori mendongeng\n${schedules.map((s) => `  jadwal ${s}\n`).join("")}}\n`;

let root: string;
let session: InMemorySession | undefined;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "lontar-cancelled-"));
});
afterEach(() => {
  session?.close();
  session = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** The hover text at the first `needle` of `text`, the workspace being that one file, the editor's locale `locale`. */
async function hoverAt(text: string, needle: string, locale: string): Promise<string> {
  writeFileSync(path.join(root, FILE), text);
  const s = (session = await startInMemory(root, locale));
  await s.open(FILE, text);
  await s.diagnostics(FILE, 1);
  const found = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(FILE) }, position: positionOf(text, needle, 2) });
  return (found?.contents as MarkupContent | undefined)?.value ?? "";
}

describe("the hover of a schedule whose every date is cancelled", () => {
  it("names the cancelled date and why in Bahasa Indonesia, not `no dates in the horizon`", async () => {
    const value = await hoverAt(withProgram("sekali 2024-08-17 pukul 09:00 selama 2 jam"), "sekali", "id");
    expect(value).not.toContain("Tidak ada tanggal dalam cakrawala");
    expect(value).toContain("Satu-satunya sesinya dalam cakrawala perencanaan dibatalkan");
    expect(value).toMatch(/2024-08-17 \(Sabtu\) 09:00–11:00 — dibatalkan: .*Kemerdekaan/);
  });

  it("says it in English under locale en", async () => {
    const value = await hoverAt(withProgram("sekali 2024-08-17 pukul 09:00 selama 2 jam"), "sekali", "en");
    expect(value).not.toContain("No dates in the horizon");
    expect(value).toContain("Its one session in the horizon is cancelled");
    expect(value).toMatch(/2024-08-17 \(Sat\) 09:00–11:00 — cancelled: .*Kemerdekaan/);
  });

  it("lists the first few cancelled dates, then how many more", async () => {
    const holidays = ["2024-01-01", "2024-05-01", "2024-06-01", "2024-08-17", "2024-12-25", "2024-12-26", "2024-02-08"];
    const value = await hoverAt(withProgram(...holidays.map((d) => `sekali ${d} pukul 09:00 selama 2 jam`)), "sekali", "id");
    expect(value).toContain("Seluruh 7 sesinya dalam cakrawala perencanaan dibatalkan");
    expect(value.match(/— dibatalkan: /g)).toHaveLength(5);
    expect(value).toContain("dan 2 lainnya");
    // In date order, the earliest first.
    expect(value.indexOf("2024-01-01")).toBeLessThan(value.indexOf("2024-02-08"));
  });

  it("still says `no dates in the horizon` when none falls in it", async () => {
    const value = await hoverAt(withProgram("sekali 2025-03-01 pukul 09:00 selama 2 jam"), "sekali", "id");
    expect(value).toContain("Tidak ada tanggal dalam cakrawala.");
  });
});
