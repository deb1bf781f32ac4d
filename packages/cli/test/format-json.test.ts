import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJson, type EslintFileResult } from "../src/format/json.js";
import { run, tempDir } from "./support/run.js";
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

  // Found by a CI walk: the counts were always 0 ("lontar offers suggestions, not automatic
  // fixes") after `lontar check --fix` came to write the certain fixes.
  it("counts the findings `lontar check --fix` fixes, and gives each its fix as ESLint does", () => {
    const certain = SAMPLE_DIAGNOSTICS.map((d) => ({ ...d, suggestions: d.suggestions.map((s) => ({ ...s, preferred: true })) }));
    const [file] = JSON.parse(formatJson(certain, context)) as EslintFileResult[];
    expect(file).toMatchObject({ errorCount: 1, fixableErrorCount: 1, warningCount: 1, fixableWarningCount: 0 });
    expect(file?.messages[0]?.fix).toEqual({ range: [DISDK, DISDK + 5], text: "disdik" });
    expect(file?.messages[1]).not.toHaveProperty("fix");
    const asWarning = certain.map((d) => ({ ...d, severity: "warning" as const }));
    expect(JSON.parse(formatJson(asWarning, context))).toMatchObject([{ fixableErrorCount: 0, fixableWarningCount: 1 }]);
  });

  it("reports as fixable what `lontar check --fix` then fixes, with the text it writes", async () => {
    const cwd = tempDir();
    const text = "agrement mou {\n}\n";
    writeFileSync(path.join(cwd, "a.lontar"), text);
    const [file] = JSON.parse((await run(["check", "--static", "--format", "json", "a.lontar"], cwd)).stdout) as EslintFileResult[];
    expect(file).toMatchObject({ fixableErrorCount: 1 });
    const fix = file?.messages.find((m) => m.fix !== undefined)?.fix;
    const [start, end] = fix?.range ?? [0, 0];
    expect((await run(["check", "--static", "--fix", "a.lontar"], cwd)).stderr).toContain("fixed 1 problem in a.lontar");
    expect(readFileSync(path.join(cwd, "a.lontar"), "utf8")).toBe(text.slice(0, start) + (fix?.text ?? "") + text.slice(end));
    const after = JSON.parse((await run(["check", "--static", "--format", "json", "a.lontar"], cwd)).stdout) as EslintFileResult[];
    expect(after[0]).toMatchObject({ fixableErrorCount: 0, fixableWarningCount: 0 });
  });
});
