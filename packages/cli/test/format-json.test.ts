import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJson } from "../src/format/json.js";
import { arbDiagnostic } from "./support/diagnostics.js";
import { AGREEMENT_FILE, AGREEMENT_SOURCE, SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

const DISDK = AGREEMENT_SOURCE.indexOf("disdk");
const context = { cwd: "/repo", sources: SAMPLE_SOURCES, toolVersion: "0.1.0" };

describe("json formatter", () => {
  it("writes ESLint's json shape", () => {
    const [file, ...others] = JSON.parse(formatJson(SAMPLE_DIAGNOSTICS, context)) as unknown[];
    expect(others).toEqual([]);
    expect(file).toEqual({
      filePath: `/repo/${AGREEMENT_FILE}`,
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      messages: [
        {
          ruleId: "LON2001",
          severity: 2,
          message: "unknown partner `disdk`",
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 26,
          suggestions: [{ desc: "did you mean `disdik`?", fix: { range: [DISDK, DISDK + 5], text: "disdik" } }],
        },
        {
          ruleId: "LON5101",
          severity: 1,
          message: "only 8 of 10 sessions of kelas_menulis are planned in semester 2019-S1",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 53,
          suggestions: [],
        },
      ],
    });
  });

  it("gives fixes as offsets that, applied, correct the source", () => {
    const [file] = JSON.parse(formatJson(SAMPLE_DIAGNOSTICS, context)) as Array<{ messages: Array<{ suggestions: Array<{ fix?: { range: [number, number]; text: string } }> }> }>;
    const fix = file?.messages[0]?.suggestions[0]?.fix;
    expect(fix).toBeDefined();
    const [start, end] = fix?.range ?? [0, 0];
    const fixed = AGREEMENT_SOURCE.slice(0, start) + (fix?.text ?? "") + AGREEMENT_SOURCE.slice(end);
    expect(fixed).toContain("between solok and disdik\n");
  });

  it("lists clean files with no messages", () => {
    expect(JSON.parse(formatJson([], context))).toEqual([
      expect.objectContaining({ filePath: `/repo/${AGREEMENT_FILE}`, messages: [], errorCount: 0, warningCount: 0 }),
    ]);
  });

  it("is always parseable, with one entry per file and counts that match the messages", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { maxLength: 8 }), (diagnostics) => {
        const files = JSON.parse(formatJson(diagnostics, { ...context, sources: new Map() })) as Array<{
          filePath: string;
          messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; suggestions: Array<{ desc: string }> }>;
          errorCount: number;
          warningCount: number;
        }>;
        expect(new Set(files.map((f) => f.filePath)).size).toBe(files.length);
        expect(files.reduce((n, f) => n + f.messages.length, 0)).toBe(diagnostics.length);
        for (const file of files) {
          expect(file.errorCount).toBe(file.messages.filter((m) => m.severity === 2).length);
          expect(file.warningCount).toBe(file.messages.filter((m) => m.severity === 1).length);
          for (const message of file.messages) {
            expect(message.ruleId).toMatch(/^LON\d{4}$/);
            expect(Number.isInteger(message.line) && Number.isInteger(message.column)).toBe(true);
            expect(Array.isArray(message.suggestions)).toBe(true);
          }
        }
        const messages = files.flatMap((f) => f.messages.map((m) => m.message)).sort();
        expect(messages).toEqual(diagnostics.map((d) => d.message).sort());
      }),
    );
  });
});
