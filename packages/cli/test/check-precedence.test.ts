import { describe, expect, it } from "vitest";
import { checkJson, lineOf } from "./support/check-json.js";

// The user walk's workspace: the city round must end 30 days before the provincial one, and ends 15 days before.
const WALK = `cakrawala 2026-01-01..2026-12-31
perpustakaan p {
  nama "P"
  jenjang desa
  wilayah "Jawa Timur" / "Kabupaten Ngawi"
}
program lomba_kota {
  judul "Lomba Kota"
  kategori lomba_membaca
  jadwal sekali 2026-04-20 pukul 08:00 selama 2 jam
  sebelum lomba_provinsi selang 30 hari
}
program lomba_provinsi {
  judul "Lomba Provinsi"
  kategori lomba_membaca
  jadwal sekali 2026-05-05 pukul 08:00 selama 2 jam
}
`;


describe("lontar check, an order between programs the plan breaks (LON5106)", () => {
  it.each([
    ["en", "`lomba_kota` must end 30 days before `lomba_provinsi` starts, but its last session ends 2026-04-20 and `lomba_provinsi` starts 2026-05-05 (15 days later)"],
    ["id", "`lomba_kota` harus selesai 30 hari sebelum `lomba_provinsi` dimulai, tetapi sesi terakhirnya selesai 2026-04-20 dan `lomba_provinsi` dimulai 2026-05-05 (15 hari kemudian)"],
  ] as const)("exits 1 with one error at `sebelum`'s program, in %s", async (language, message) => {
    const result = await checkJson(WALK, language);
    expect(result.code).toBe(1);
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.severity, m.message])).toEqual([["LON5106", lineOf(WALK, "sebelum"), 11, 2, message]]);
  });

  it("reports `sesudah` at the later program's property", async () => {
    const after = WALK.replace("  sebelum lomba_provinsi selang 30 hari\n", "").replace(/(jadwal sekali 2026-05-05 pukul 08:00 selama 2 jam\n)/, "$1  sesudah lomba_kota selang 30 hari\n");
    const result = await checkJson(after, "id");
    expect(result.code).toBe(1);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([["LON5106", lineOf(after, "sesudah")]]);
  });

  it("says nothing once the order is kept, or when a program has no session in the horizon (only that it never runs)", async () => {
    expect(await checkJson(WALK.replace("2026-05-05", "2026-05-25"), "id")).toEqual({ code: 0, messages: [] });
    expect(await checkJson(WALK.replace("2026-05-05", "2027-05-05"), "id")).toMatchObject({ code: 0, messages: [{ ruleId: "LON5104" }] });
  });
});
