import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExitCode, visibleDiagnostics } from "../src/check/exit-code.js";
import { arbDiagnostic } from "./support/diagnostics.js";
import { SAMPLE_DIAGNOSTICS } from "./support/sample.js";

const warningsOnly = SAMPLE_DIAGNOSTICS.filter((d) => d.severity === "warning");

describe("check exit code", () => {
  it("is 1 on any error, as in ESLint", () => {
    expect(checkExitCode(SAMPLE_DIAGNOSTICS, undefined)).toBe(1);
  });

  it("counts warnings only against --max-warnings", () => {
    expect(checkExitCode(warningsOnly, undefined)).toBe(0);
    expect(checkExitCode(warningsOnly, 1)).toBe(0);
    expect(checkExitCode(warningsOnly, 0)).toBe(1);
  });

  it("--quiet keeps exactly the errors", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { maxLength: 10 }), fc.boolean(), (diagnostics, quiet) => {
        const shown = visibleDiagnostics(diagnostics, quiet);
        if (quiet) expect(shown).toEqual(diagnostics.filter((d) => d.severity === "error"));
        else expect(shown).toEqual(diagnostics);
      }),
    );
  });

  it("is 0 exactly when there is no error and the warnings are within the limit", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { maxLength: 10 }), fc.option(fc.nat(5), { nil: undefined }), (diagnostics, max) => {
        const errors = diagnostics.filter((d) => d.severity === "error").length;
        const warnings = diagnostics.filter((d) => d.severity === "warning").length;
        const clean = errors === 0 && (max === undefined || warnings <= max);
        const unread = diagnostics.some((d) => d.code === "LON2107");
        expect(checkExitCode(diagnostics, max)).toBe(unread ? 2 : clean ? 0 : 1);
      }),
    );
  });

  // Found by a CI walk: an unreadable file exited 1, and the documented SARIF step
  // (`|| [ $? -eq 1 ]`) uploaded a report that missed the file as if it were whole.
  it("is 2 when the system refused to read a file (LON2107), as docs/ci.md says", () => {
    const [first] = warningsOnly;
    if (first === undefined) throw new Error("the sample has a warning");
    const unread = { ...first, code: "LON2107", severity: "error" as const };
    expect(checkExitCode([unread], undefined)).toBe(2);
    expect(checkExitCode([...warningsOnly, unread], 10)).toBe(2);
  });
});
