/** The words of a cancelled session's reason, in both languages (LON5104 and the editor's schedule hover read them). */
import { describe, expect, it } from "vitest";
import { cancelledBy, droppedMessage, NEEDS_STAGE } from "../../src/plan/cancel-reasons.js";
import type { Justification } from "../../src/plan/plan.js";

const reason = (constraint: string, message: string, extra: Partial<Justification> = {}): Justification => ({ constraint, level: "info", message, ...extra });

describe("cancelledBy", () => {
  it("names a holiday or a closure by its own name, an unnamed closure in the reader's language", () => {
    expect(cancelledBy(reason("public-holiday", droppedMessage("p@2024-08-17T09:00", "Hari Kemerdekaan Republik Indonesia")))).toEqual({ en: "Hari Kemerdekaan Republik Indonesia", id: "Hari Kemerdekaan Republik Indonesia" });
    expect(cancelledBy(reason("closure", droppedMessage("p@2024-03-01T09:00", "closed")))).toEqual({ en: "closed", id: "tutup" });
  });

  it("names a rule, an exception, and no reason at all", () => {
    expect(cancelledBy(reason("forbidden-by-rule", "", { ruleId: "tanpa_jumat" }))).toEqual({ en: "rule `tanpa_jumat`", id: "aturan `tanpa_jumat`" });
    expect(cancelledBy(reason("exception", droppedMessage("p@2024-03-01T09:00", "excepted 2024-03-01")))).toEqual({ en: "excepted", id: "dikecualikan" });
    expect(cancelledBy(undefined)).toEqual({ en: "cancelled", id: "dibatalkan" });
  });

  it("tells the TPBIS stage from a gate's condition, not by the constraint's id", () => {
    expect(cancelledBy(reason("stage-gate", `program p ${NEEDS_STAGE} 2`)).id).toBe("tahap TPBIS belum tercapai");
    expect(cancelledBy(reason("stage-gate", "the condition does not hold")).en).toBe("its condition (`when`) does not hold");
  });
});
