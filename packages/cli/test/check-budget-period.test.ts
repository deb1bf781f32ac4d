import { describe, expect, it } from "vitest";
import { checkJson, lineOf, workspace } from "./support/check-json.js";
import { run } from "./support/run.js";

// The user walk's workspace: the budget is of 2018 and the sessions are in 2019, so the
// plan's budget summary said "Rp 0 of Rp 1.000.000 planned" and nothing said why.
const WALK = `cakrawala 2019-01-01..2019-12-31
perpustakaan kota { jenjang kota wilayah "Sumatera Barat" / "Kota Solok" buka senin..jumat 08:00-16:00 }
anggaran apbd di kota { jumlah Rp 1.000.000 periode 2018 }
program b {
  kategori kelas
  jadwal setiap minggu pada senin pukul 09:00 selama 2 jam
  biaya Rp 10.000 per sesi dari apbd
}
`;


describe("a cost charged to a budget whose period does not hold the sessions (LON5107)", () => {
  it.each([
    ["en", "51 of `b`'s scheduled sessions fall outside the period of budget apbd (2018-01-01..2018-12-31), so nothing pays their cost of Rp 10,000 a session (the first: 2019-01-07 09:00); charge them to a budget whose period holds them, or change the budget's period or the schedule"],
    ["id", "51 sesi terjadwal `b` berada di luar periode anggaran apbd (2018-01-01..2018-12-31), sehingga biayanya, Rp 10.000 per sesi, tidak ditanggung anggaran mana pun (yang pertama: 2019-01-07 09:00); bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya"],
  ] as const)("lontar check exits 1 with one error at `biaya`, in %s", async (language, message) => {
    const result = await checkJson(WALK, language);
    expect(result.code).toBe(1);
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.severity, m.message])).toEqual([["LON5107", lineOf(WALK, "biaya"), 9, 2, message]]);
  });

  it("counts only the sessions past a budget that covers part of the horizon, and says nothing once it covers them all", async () => {
    const quarter = WALK.replace("periode 2018", "periode 2019-01-01..2019-03-31");
    const result = await checkJson(quarter, "id");
    expect(result.code).toBe(1);
    expect(result.messages.map((m) => m.message.slice(0, m.message.indexOf(")") + 1))).toEqual(["39 sesi terjadwal `b` berada di luar periode anggaran apbd (2019-01-01..2019-03-31)"]);
    expect(await checkJson(WALK.replace("periode 2018", "periode 2019"), "id")).toEqual({ code: 0, messages: [] });
  });

  it("lontar plan says under the budget what its period leaves unpaid", async () => {
    const dir = workspace(WALK);
    const result = await run(["plan", "ws", "--out", "out", "--lang", "id"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "  anggaran     apbd: Rp 0 dari Rp 1.000.000 direncanakan, sisa Rp 1.000.000\n    b: sesi terjadwal di luar periodenya 2018-01-01..2018-12-31: 51, Rp 510.000 tidak dibayar (LON5107)\n",
    );
  });
});
