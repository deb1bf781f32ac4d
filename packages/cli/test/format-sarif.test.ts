import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDiagnosticsDocs } from "../src/files/find-docs.js";
import { formatCodeQuality } from "../src/format/codequality.js";
import { fileUri, formatSarif, withoutRelativeLinks } from "../src/format/sarif.js";
import { arbDiagnostic, diagnostic, rangeOf } from "./support/diagnostics.js";
import { run, tempDir } from "./support/run.js";
import { AGREEMENT_FILE, AGREEMENT_SOURCE, SAMPLE_CODES, SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv ships no format checks for draft-04's uri / uri-reference / date-time; these are
// enough to catch a backslash path or a missing scheme.
ajv.addFormat("uri", (value: string) => /^[a-z][a-z0-9+.-]*:[^\s\\]*$/i.test(value));
ajv.addFormat("uri-reference", (value: string) => !/[\s\\]/.test(value));
ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
const validate = ajv.compile(schema);

const context = { cwd: "/repo", sources: SAMPLE_SOURCES, toolVersion: "0.1.0", codes: SAMPLE_CODES };

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }>;
      partialFingerprints: Record<string, string>;
      fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ insertedContent: { text: string } }> }> }>;
    }>;
    originalUriBaseIds: Record<string, { uri: string }>;
  }>;
}

function parse(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

describe("sarif formatter", () => {
  it("validates against the SARIF 2.1.0 schema", () => {
    const log = parse(formatSarif(SAMPLE_DIAGNOSTICS, context));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
  });

  it("describes every code used as a rule, from the code table", () => {
    const [run] = parse(formatSarif(SAMPLE_DIAGNOSTICS, context)).runs;
    expect(run?.tool.driver.name).toBe("lontar");
    expect(run?.tool.driver.version).toBe("0.1.0");
    expect(run?.tool.driver.rules.map((rule) => [rule.id, rule.shortDescription.text, rule.defaultConfiguration.level])).toEqual([
      ["LON2001", SAMPLE_CODES.LON2001.title, "error"],
      ["LON5101", SAMPLE_CODES.LON5101.title, "warning"],
    ]);
    for (const result of run?.results ?? []) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it("locates results relative to %SRCROOT% and carries certain fixes", () => {
    const [run] = parse(formatSarif(SAMPLE_DIAGNOSTICS, context)).runs;
    const error = run?.results.find((result) => result.ruleId === "LON2001");
    expect(error?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: AGREEMENT_FILE, uriBaseId: "%SRCROOT%" },
      region: { startLine: 6, startColumn: 21, endLine: 6, endColumn: 26 },
    });
    expect(error?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent.text).toBe("disdik");
    expect(run?.originalUriBaseIds["%SRCROOT%"]?.uri).toBe("file:///repo/");
  });

  it("gives each result the Code Quality report's fingerprint as a partial fingerprint, and still validates", () => {
    const log = parse(formatSarif(SAMPLE_DIAGNOSTICS, context));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0]?.results ?? [];
    for (const result of results) expect(Object.keys(result.partialFingerprints)).toEqual(["lontarFingerprint/v1"]);
    const quality = JSON.parse(formatCodeQuality(SAMPLE_DIAGNOSTICS, context)) as Array<{ fingerprint: string }>;
    expect(results.map((result) => result.partialFingerprints["lontarFingerprint/v1"])).toEqual(quality.map((issue) => issue.fingerprint));
    expect(new Set(quality.map((issue) => issue.fingerprint)).size).toBe(2);
  });

  it("keeps the partial fingerprints when a line is inserted above, and gives the same bytes run after run", () => {
    const moved = `// a comment\n${AGREEMENT_SOURCE}`;
    const shifted = SAMPLE_DIAGNOSTICS.map((d) => diagnostic({ ...d, file: AGREEMENT_FILE, range: rangeOf(moved, AGREEMENT_SOURCE.slice(d.location.range.start.offset, d.location.range.end.offset)) }));
    const prints = (text: string) => parse(text).runs[0]?.results.map((result) => [result.locations[0]?.physicalLocation.region["startLine"], result.partialFingerprints["lontarFingerprint/v1"]]);
    const before = prints(formatSarif(SAMPLE_DIAGNOSTICS, context));
    const after = prints(formatSarif(shifted, { ...context, sources: new Map([[AGREEMENT_FILE, moved]]) }));
    expect(after).toEqual(before?.map(([line, print]) => [Number(line) + 1, print]));
    expect(formatSarif(SAMPLE_DIAGNOSTICS, context)).toBe(formatSarif([...SAMPLE_DIAGNOSTICS].reverse(), context));
  });

  it("maps info to note", () => {
    const info = SAMPLE_DIAGNOSTICS.map((d) => ({ ...d, severity: "info" as const }));
    const [run] = parse(formatSarif(info, context)).runs;
    expect(run?.results.map((result) => result.level)).toEqual(["note", "note"]);
  });

  it("percent-encodes path segments", () => {
    expect(fileUri("/repo", "/repo/perjanjian 2019/mou#1.lontar")).toBe("perjanjian%202019/mou%231.lontar");
    expect(fileUri("/repo/docs", "/repo/a.lontar")).toBe("../a.lontar");
  });

  it("always validates, whatever the messages, paths and codes (with or without documentation)", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { maxLength: 6 }), fc.boolean(), (diagnostics, documented) => {
        const codes = documented ? Object.fromEntries(diagnostics.map((d) => [d.code, { title: d.message || "t", description: "d" }])) : {};
        const log = parse(formatSarif(diagnostics, { ...context, sources: new Map(), codes }));
        expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
        expect(log.runs[0]?.results.length).toBe(diagnostics.length);
        expect(new Set(log.runs[0]?.tool.driver.rules.map((rule) => rule.id))).toEqual(new Set(diagnostics.map((d) => d.code)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("sarif rules' help", () => {
  const docsDir = findDiagnosticsDocs();

  it.each(["en", "id"] as const)("gives each rule its page as help markdown and says how to read more in the report's language (%s)", (language) => {
    expect(docsDir).toBeDefined();
    const log = JSON.parse(formatSarif(SAMPLE_DIAGNOSTICS, { ...context, docsDir: docsDir ?? "", language })) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string; help: { text: string; markdown: string } }> } } }> };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const page = readFileSync(path.join(docsDir ?? "", language === "id" ? path.join("..", "id", "diagnostics") : "", `${rule.id}.md`), "utf8");
      expect(rule.help.markdown).toBe(withoutRelativeLinks(page.replace(/\r\n?/g, "\n").trimEnd()));
      // A CI walk: the Indonesian page's link to the English one, `(../../diagnostics/LON3014.md)`, was dead in code scanning.
      expect(rule.help.markdown).not.toMatch(/\]\((?!https?:)/);
      expect(rule.help.markdown.startsWith(`# ${rule.id}`)).toBe(true);
      expect(rule.help.text).toContain(language === "id" ? `Jalankan \`lontar explain ${rule.id}\`` : `Run \`lontar explain ${rule.id}\``);
    }
  });

  it("writes a relative link as its text, and keeps a link with a scheme", () => {
    expect(withoutRelativeLinks("The English page is [docs/diagnostics/LON3014.md](../../diagnostics/LON3014.md).")).toBe("The English page is docs/diagnostics/LON3014.md.");
    expect(withoutRelativeLinks("see [RFC 5545](https://www.rfc-editor.org/rfc/rfc5545) and [a](#b)")).toBe("see [RFC 5545](https://www.rfc-editor.org/rfc/rfc5545) and a");
  });

  // Found by a CI walk: helpUri was file:///…/dist/docs/diagnostics/LON5101.md, a dead link in
  // code scanning that told the runner's paths and made two checkouts' reports differ.
  it("names no file of the machine that ran the check", () => {
    const log = formatSarif(SAMPLE_DIAGNOSTICS, { ...context, docsDir: docsDir ?? "", language: "en" });
    expect(log).not.toContain("helpUri");
    expect(log).not.toContain(docsDir ?? "(none)");
  });
});

// A CI walk (stop 53): a run that stopped with exit 2 wrote 0 bytes, and the workflow's upload step failed on them.
describe("a check run that stops before checking (exit 2)", () => {
  it("writes a valid SARIF log of a run that did not succeed, its reason as the error notification, in the reader's language", async () => {
    const cwd = tempDir();
    const result = await run(["check", "-f", "sarif", "tidak_ada"], cwd);
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: unknown[]; invocations: Array<{ executionSuccessful: boolean; exitCode: number; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }> }> };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [{ level: "error", message: { text: "cannot read 'tidak_ada': no such file or folder" } }] });
    expect(result.stderr).toBe("lontar: cannot read 'tidak_ada': no such file or folder\n");
    const id = await run(["--lang", "id", "check", "--format=sarif", "tidak_ada"], cwd);
    expect(id.stdout).toContain('"executionSuccessful": false');
    expect(id.stdout).not.toContain("cannot read");
  });

  it("gives the github format an ::error with the reason, and the other formats nothing on stdout", async () => {
    const cwd = tempDir();
    expect((await run(["check", "--format", "github", "tidak_ada"], cwd)).stdout).toBe("::error::cannot read 'tidak_ada': no such file or folder\n");
    for (const format of ["stylish", "json", "junit", "codequality"]) expect((await run(["check", "-f", format, "tidak_ada"], cwd)).stdout).toBe("");
  });
});
