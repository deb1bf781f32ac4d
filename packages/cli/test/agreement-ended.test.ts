/**
 * LON5004 for an agreement whose validity ended before the horizon starts (last year's MoU in
 * this year's workspace) says that it has ended, on which day, and that it must be renewed to be
 * checked; one that starts after the horizon keeps the plain message. Found by a user walk
 * (Sulawesi Selatan, `berlaku 2025-01-01..2026-12-31` with the 2027 horizon): the message said
 * only that it was outside the planning horizon.
 */
import { describe, expect, it } from "vitest";
import { run, workspaceIn } from "./support/run.js";

const WORKSPACE = `cakrawala 2027-01-01..2027-12-31

perpustakaan dispusip_makassar {
  jenjang kota
  wilayah "Sulawesi Selatan" / "Kota Makassar"
}

mitra disdik { jenis opd }

kesepakatan mou_lama {
  antara dispusip_makassar dan disdik
  berlaku 2025-01-01..2026-12-31
}

kesepakatan mou_depan {
  antara dispusip_makassar dan disdik
  berlaku 2028-01-01..2028-12-31
}
`;

describe("LON5004", () => {
  it("says an agreement ended before the horizon starts, on its last day, and is to be renewed, in both languages", async () => {
    const dir = workspaceIn(WORKSPACE);
    const id = await run(["check", "--static", "--lang", "id", "ws"], dir);
    expect(id.stdout).toContain(
      "ws/workspace.lontar:12:11  peringatan  kesepakatan sudah berakhir pada 2026-12-31 (berlaku 2025-01-01..2026-12-31), sebelum cakrawala perencanaan 2027-01-01..2027-12-31 dimulai, jadi kewajibannya tidak diperiksa terhadap rencana: perbarui kesepakatan dengan masa berlaku baru agar kewajibannya diperiksa  LON5004",
    );
    const en = await run(["check", "--static", "--lang", "en", "ws"], dir);
    expect(en.stdout).toContain(
      "ws/workspace.lontar:12:11  warning  the agreement ended on 2026-12-31 (valid 2025-01-01..2026-12-31), before the planning horizon 2027-01-01..2027-12-31 starts, so the plan does not check its obligations: renew it with a new validity to have them checked  LON5004",
    );
    // One that starts after the horizon has not ended: the plain message.
    expect(en.stdout).toContain("ws/workspace.lontar:17:11  warning  the agreement is valid 2028-01-01..2028-12-31, outside the planning horizon 2027-01-01..2027-12-31, so the plan does not check its obligations  LON5004");
    expect([...en.stdout.matchAll(/LON5004$/gm)]).toHaveLength(2);
  });
});
