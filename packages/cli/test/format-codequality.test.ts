import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCodeQuality, type CodeQualityIssue } from "../src/format/codequality.js";
import { fingerprints } from "../src/format/fingerprint.js";
import { sortDiagnostics } from "../src/format/group.js";
import { workspaceTemplate } from "../src/init/templates.js";
import { arbDiagnostic, diagnostic, positionAt, rangeOf } from "./support/diagnostics.js";
import { run, tempDir } from "./support/run.js";
import { AGREEMENT_FILE, AGREEMENT_SOURCE, SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

const context = { cwd: "/repo", sources: SAMPLE_SOURCES, toolVersion: "0.1.0" };
const HEX64 = /^[0-9a-f]{64}$/;

/** The sample's error and warning, and a note on the agreement's first line. */
const THREE = [
  ...SAMPLE_DIAGNOSTICS,
  diagnostic({ code: "LON3014", severity: "info", message: "a note on the agreement", file: AGREEMENT_FILE, range: rangeOf(AGREEMENT_SOURCE, "agreement mou_disdik") }),
];

function parse(text: string): CodeQualityIssue[] {
  return JSON.parse(text) as CodeQualityIssue[];
}

const [starter] = workspaceTemplate("en");
const STARTER = starter?.text ?? "";
/** The starter workspace with a misspelt partner kind (LON3004, an error) and a weekly schedule naming no day (LON4014, a warning). */
const FAULTY = STARTER.replace("kind government_agency", "kind government_agencyy").replace("every week on tue at", "every week at");

/** A checkout holding `text` as `mou 2026/rules/workspace.lontar`; its root is returned. */
function checkout(text: string): string {
  const root = tempDir();
  mkdirSync(path.join(root, "mou 2026", "rules"), { recursive: true });
  writeFileSync(path.join(root, "mou 2026", "rules", "workspace.lontar"), text);
  return root;
}

async function report(root: string, args: readonly string[] = [], env: Record<string, string> = {}): Promise<{ code: number; text: string; issues: CodeQualityIssue[] }> {
  const result = await run(["check", "--static", "--format", "codequality", ...args], path.join(root, "mou 2026", "rules"), env);
  return { code: result.code, text: result.stdout, issues: parse(result.stdout) };
}

describe("codequality formatter", () => {
  it("gives one issue per diagnostic, in reading order, with GitLab's fields", () => {
    const issues = parse(formatCodeQuality(THREE, context));
    expect(issues.map(({ fingerprint, ...rest }) => ({ ...rest, fingerprint: HEX64.test(fingerprint) }))).toEqual([
      { description: "a note on the agreement", check_name: "LON3014", fingerprint: true, severity: "info", location: { path: AGREEMENT_FILE, lines: { begin: 5 } } },
      { description: "unknown partner `disdk`", check_name: "LON2001", fingerprint: true, severity: "major", location: { path: AGREEMENT_FILE, lines: { begin: 6 } } },
      {
        description: "only 8 of 10 sessions of kelas_menulis are planned in semester 2019-S1",
        check_name: "LON5101",
        fingerprint: true,
        severity: "minor",
        location: { path: AGREEMENT_FILE, lines: { begin: 8 } },
      },
    ]);
    expect(Object.keys(issues[0] ?? {})).toEqual(["description", "check_name", "fingerprint", "severity", "location"]);
  });

  it("writes an empty array for a clean run", () => {
    expect(formatCodeQuality([], context)).toBe("[]\n");
  });

  it("names files from the repository's root when known, else from the working directory", () => {
    expect(parse(formatCodeQuality(THREE, { ...context, cwd: "/repo/sub", repositoryRoot: "/repo" }))[0]?.location.path).toBe(`sub/${AGREEMENT_FILE}`);
    expect(parse(formatCodeQuality(THREE, { ...context, cwd: "/repo/sub" }))[0]?.location.path).toBe(AGREEMENT_FILE);
  });

  it("gives the same bytes for the same diagnostics in any order", () => {
    const once = formatCodeQuality(THREE, context);
    expect(formatCodeQuality([...THREE].reverse(), context)).toBe(once);
    expect(formatCodeQuality(THREE, context)).toBe(once);
  });

  it("always writes an array of one issue per diagnostic, each fingerprint different", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { maxLength: 8 }), (diagnostics) => {
        const issues = parse(formatCodeQuality(diagnostics, { ...context, sources: new Map() }));
        expect(issues).toHaveLength(diagnostics.length);
        expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
        for (const issue of issues) {
          expect(issue.fingerprint).toMatch(HEX64);
          expect(["info", "minor", "major"]).toContain(issue.severity);
          expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});

describe("fingerprints", () => {
  const [error] = sortDiagnostics(SAMPLE_DIAGNOSTICS).filter((d) => d.severity === "error");
  if (error === undefined) throw new Error("no error in the sample");

  it("stay the same when a line is inserted above, and ignore the message's language", () => {
    const moved = `// a comment\n${AGREEMENT_SOURCE}`;
    const shifted = diagnostic({ ...error, file: AGREEMENT_FILE, range: rangeOf(moved, "disdk"), message: "mitra tidak dikenal `disdk`" });
    expect(shifted.location.range.start.line).toBe(error.location.range.start.line + 1);
    expect(fingerprints([shifted], { cwd: "/repo", sources: new Map([[AGREEMENT_FILE, moved]]) })).toEqual(fingerprints([error], context));
  });

  it("differ for two identical findings in one file, and for another code, path or line text", () => {
    const twice = `${AGREEMENT_SOURCE}${AGREEMENT_SOURCE}`;
    const second = twice.indexOf("disdk", AGREEMENT_SOURCE.length);
    const first = diagnostic({ ...error, file: AGREEMENT_FILE, range: rangeOf(twice, "disdk") });
    const again = diagnostic({ ...error, file: AGREEMENT_FILE, range: { start: positionAt(twice, second), end: positionAt(twice, second + 5) } });
    const sources = new Map([[AGREEMENT_FILE, twice]]);
    const [a, b] = fingerprints([first, again], { cwd: "/repo", sources });
    expect(a).not.toBe(b);
    const [other] = fingerprints([{ ...first, code: "LON2002" }], { cwd: "/repo", sources });
    const [elsewhere] = fingerprints([{ ...first, location: { ...first.location, file: "other.lontar" } }], { cwd: "/repo", sources: new Map([["other.lontar", twice]]) });
    const [edited] = fingerprints([first], { cwd: "/repo", sources: new Map([[AGREEMENT_FILE, twice.replace("between solok and disdk", "between solok  and disdk x")]]) });
    expect(new Set([a, b, other, elsewhere, edited]).size).toBe(5);
  });

  it("find a line after any line break the lexer knows (\\r\\n, \\r, \\n)", () => {
    for (const eol of ["\r\n", "\r"]) {
      const text = AGREEMENT_SOURCE.replaceAll("\n", eol);
      expect(fingerprints([error], { cwd: "/repo", sources: new Map([[AGREEMENT_FILE, text]]) }), JSON.stringify(eol)).toEqual(fingerprints([error], context));
    }
  });
});

describe("lontar check --format codequality", () => {
  it("reports a workspace's errors and warnings, exit 1", async () => {
    expect(FAULTY).not.toBe(STARTER);
    const { code, issues } = await report(checkout(FAULTY));
    expect(code).toBe(1);
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path])).toEqual([
      ["LON3004", "major", "workspace.lontar"],
      ["LON4014", "minor", "workspace.lontar"],
    ]);
  });

  it("names files from the checkout's root on GitLab CI (CI_PROJECT_DIR) and on GitHub Actions, else from the working directory", async () => {
    const root = checkout(FAULTY);
    for (const variable of ["CI_PROJECT_DIR", "GITHUB_WORKSPACE"]) {
      const { issues } = await report(root, [], { [variable]: root });
      expect(issues.map((issue) => issue.location.path), variable).toEqual(["mou 2026/rules/workspace.lontar", "mou 2026/rules/workspace.lontar"]);
    }
    expect((await report(root, [], { CI_PROJECT_DIR: path.join(tempDir(), "elsewhere") })).issues[0]?.location.path).toBe("workspace.lontar");
  });

  it("gives the messages in the run's language, with the same fingerprints", async () => {
    const root = checkout(FAULTY);
    const en = await report(root, ["--lang", "en"]);
    const id = await report(root, ["--lang", "id"]);
    expect(en.issues[0]?.description).toContain("is not a known partner kind");
    expect(id.issues[0]?.description).toContain("bukan jenis mitra yang dikenal");
    expect(id.issues.map((issue) => issue.fingerprint)).toEqual(en.issues.map((issue) => issue.fingerprint));
    expect(id.issues.map((issue) => issue.check_name)).toEqual(en.issues.map((issue) => issue.check_name));
  });

  it("keeps every fingerprint when a line is inserted above the findings, and the same bytes run after run", async () => {
    const before = await report(checkout(FAULTY));
    expect((await report(checkout(FAULTY))).text).toBe(before.text);
    const after = await report(checkout(`// Checked in CI.\n${FAULTY}`));
    expect(after.issues.map((issue) => issue.fingerprint)).toEqual(before.issues.map((issue) => issue.fingerprint));
    expect(after.issues.map((issue) => issue.location.lines.begin)).toEqual(before.issues.map((issue) => issue.location.lines.begin + 1));
  });

  it("tells two identical findings in one file apart", async () => {
    const partner = /\/\/\/ A partner[^]*?\n}\n/.exec(FAULTY)?.[0] ?? "";
    expect(partner).toContain("kind government_agencyy");
    const twice = FAULTY.replace(partner, `${partner}\n${partner.replace("partner disdik", "partner disdik_provinsi")}`);
    const { issues } = await report(checkout(twice));
    const kinds = issues.filter((issue) => issue.check_name === "LON3004");
    expect(kinds).toHaveLength(2);
    expect(kinds[0]?.description).toBe(kinds[1]?.description);
    expect(kinds[0]?.fingerprint).not.toBe(kinds[1]?.fingerprint);
  });
});
