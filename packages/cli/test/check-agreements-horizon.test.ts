/**
 * A workspace with no horizon is planned over its agreements' validity. Agreements valid
 * more than a hundred years apart (a mistyped year in one of them) made `lontar check`
 * stop with an internal error once the planner refused such a horizon (a review, stop 54):
 * now LON4012 at the agreement that ends last, in the check's language, and nothing planned.
 */
import { describe, expect, it } from "vitest";
import { run, workspaceIn } from "./support/run.js";

const SOURCE = `library perpus {
  tier village
  region "Aceh" / "Kota Langsa"
}
partner mitra {
  kind school
}
program diskusi at perpus {
  category book_discussion
  schedule every week on tue at 09:00 for 2h from 2024-01-01 until 2024-12-31
}
agreement mou {
  between perpus and mitra
  valid 2024-01-01..2024-12-31
  at least 1 session of diskusi per year
}
agreement mou_lanjutan {
  between perpus and mitra
  valid 2125-01-01..2125-12-31
  at least 1 session of diskusi per year
}
`;

describe("lontar check of agreements valid more than a hundred years apart, and no horizon", () => {
  it("is LON4012 at the agreement that ends last, an error, in both languages; no internal error", async () => {
    const cwd = workspaceIn(SOURCE);
    const en = await run(["check", "ws"], cwd);
    expect(en.code).toBe(1);
    expect(en.stdout + en.stderr).not.toContain("internal error");
    expect(en.stdout).toContain("ws/workspace.lontar:17:1  error  with no horizon declared, the plan covers the agreements' validity, 2024-01-01..2125-12-31, 102 years; a plan covers at most 100 years: declare a horizon, or check the years of the agreements  LON4012");
    const id = await run(["check", "ws", "--lang", "id"], cwd);
    expect(id.stdout).toContain("tanpa cakrawala yang dideklarasikan, rencana mencakup masa berlaku kesepakatan, 2024-01-01..2125-12-31, 102 tahun");
  });

  it("stops lontar plan with no --from and --to as a usage error that says where the horizon came from", async () => {
    const cwd = workspaceIn(SOURCE);
    const result = await run(["plan", "ws", "--out", "out"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("lontar: with no horizon declared, the plan covers the agreements' validity, 2024-01-01..2125-12-31, more than 100 years; a plan covers at most 100: declare a horizon, give --from and --to, or check the years of the agreements");
  });
});
