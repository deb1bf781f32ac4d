import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir, workspaceIn } from "./support/run.js";

const [starter] = workspaceTemplate("en");
const CLEAN = starter?.text ?? "";
// Two findings: a property given twice (warning) and a misspelt partner (error).
const FAULTY = CLEAN.replace("  kind government_agency\n", "  kind government_agency\n  kind government_agency\n").replace("and disdik", "and disdk");

/** A folder holding a workspace in `ws/`. */
const workspace = (text: string): string => workspaceIn(text);

describe("lontar check", () => {
  it("exits 0 and prints nothing on a clean workspace", async () => {
    expect(await run(["check", "ws"], workspace(CLEAN))).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("reports errors and warnings with paths relative to the working directory (exit 1)", async () => {
    const result = await run(["check", "ws"], workspace(FAULTY));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ws\/workspace\.lontar:\d+:\d+ {2}error {2}.*disdk.* {2}LON2002$/m);
    expect(result.stdout).toMatch(/^ws\/workspace\.lontar:\d+:\d+ {2}warning {2}.* {2}LON3008$/m);
    expect(result.stdout).toContain("help: a partner named `disdik` exists");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("✖ 2 problems (1 error, 1 warning)");
  });

  it("--quiet drops warnings; --max-warnings fails on too many of them", async () => {
    const quiet = await run(["check", "--quiet", "ws"], workspace(FAULTY));
    expect(quiet.stdout).not.toContain("LON3008");
    const warningOnly = FAULTY.replace("and disdk", "and disdik");
    expect((await run(["check", "ws"], workspace(warningOnly))).code).toBe(0);
    expect((await run(["check", "--max-warnings", "1", "ws"], workspace(warningOnly))).code).toBe(0);
    expect((await run(["check", "--max-warnings", "0", "ws"], workspace(warningOnly))).code).toBe(1);
    // Under --quiet the report shows none of them: the failure says so (a walk: it said only "too many warnings").
    const hidden = await run(["check", "--quiet", "--max-warnings", "0", "ws"], workspace(warningOnly));
    expect([hidden.code, hidden.stdout]).toEqual([1, ""]);
    expect(hidden.stderr).toContain("too many warnings (1, at most 0 allowed by --max-warnings), which --quiet hides: run without --quiet to see them");
    // A negative count, with a space or an `=`: a usage error that says what is wrong, not "invalid option".
    const dash = await run(["check", "--max-warnings", "-1", "ws"], workspace(warningOnly));
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain("option '--max-warnings' needs a value, and what follows it starts with '-'");
    expect((await run(["check", "--max-warnings=-1", "ws"], workspace(warningOnly))).stderr).toContain("--max-warnings expects a whole number, got '-1'");
    // A short option is named by its long form, which takes `=`: `-o=-x` would be the value `=-x`.
    expect((await run(["plan", "ws", "-o", "-x"], workspace(warningOnly))).stderr).toContain("option '--out' needs a value");
  });

  it("puts the agreement's error on the agreement's JUnit test case", async () => {
    const result = await run(["check", "--format", "junit", "ws"], workspace(FAULTY));
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["testsuite", "testcase"].includes(name) }).parse(result.stdout) as {
      testsuites: { testsuite: Array<{ testcase: Array<{ "@name": string; failure?: { "@type": string } }> }> };
    };
    const cases = parsed.testsuites.testsuite[0]?.testcase ?? [];
    expect(cases.find((c) => c["@name"] === "mou_disdik")?.failure?.["@type"]).toBe("LON2002");
  });

  it("skips in JUnit an agreement no plan was checked against (`--static`, or errors elsewhere), and passes it once checked", async () => {
    const caseOf = (stdout: string): string => /<testcase name="mou_disdik"[^]*?(?:\/>|<\/testcase>)/.exec(stdout)?.[0] ?? "";
    expect(caseOf((await run(["check", "--static", "--format", "junit", "ws"], workspace(CLEAN))).stdout)).toContain('<skipped message="not checked: --static');
    const broken = CLEAN.replace("  kind government_agency\n", "  kind government_agencyy\n");
    expect(caseOf((await run(["check", "--format", "junit", "--lang", "id", "ws"], workspace(broken))).stdout)).toContain('<skipped message="tidak diperiksa: ruang kerjanya memiliki galat');
    expect(caseOf((await run(["check", "--format", "junit", "ws"], workspace(CLEAN))).stdout)).not.toContain("skipped");
  });

  it("documents every reported code in SARIF from the language's code table", async () => {
    const result = await run(["check", "--format", "sarif", "ws"], workspace(FAULTY));
    const log = JSON.parse(result.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } } }> };
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(["LON2002", "LON3008"]);
    for (const rule of rules) expect(rule.shortDescription.text).not.toBe(rule.id);
  });
});

describe("lontar check, options", () => {
  it("colours with --color and not with --no-color, whatever the environment", async () => {
    expect((await run(["check", "--color", "ws"], workspace(FAULTY))).stdout).toContain("\u001b[");
    expect((await run(["check", "--no-color", "ws"], workspace(FAULTY), { FORCE_COLOR: "1" })).stdout).not.toContain("\u001b[");
  });

  it("checks each folder as its own workspace, so two workspaces may reuse names", async () => {
    const cwd = workspace(CLEAN);
    mkdirSync(path.join(cwd, "ws2"));
    writeFileSync(path.join(cwd, "ws2", "workspace.lontar"), CLEAN);
    expect((await run(["check", "ws", "ws2"], cwd)).code).toBe(0);
    // Named as files, they are one workspace, where the names clash (LON2001).
    const together = await run(["check", "--format", "github", "ws/workspace.lontar", "ws2/workspace.lontar"], cwd);
    expect(together.code).toBe(1);
    expect(together.stdout).toContain("title=LON2001");
  });

  it("refuses a folder without .lontar files (exit 2)", async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "empty"));
    const result = await run(["check", "empty"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("lontar: no .lontar files in empty\n");
  });
});

describe("lontar check, compliance", () => {
  // Weekly sessions give about 24 per semester: 40 cannot be met.
  const UNMET = CLEAN.replace("at least 10 sessions", "at least 40 sessions");

  it("plans the workspace and reports unmet obligations at the obligation (LON5101)", async () => {
    const result = await run(["check", "--format", "json", "ws"], workspace(UNMET));
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const line = UNMET.split("\n").findIndex((l) => l.includes("at least 40 sessions")) + 1;
    // Both semesters miss it: one error naming them, not one per semester.
    expect(file?.messages.map((m) => [m.ruleId, m.line])).toEqual([["LON5101", line]]);
    expect(file?.messages[0]?.message).toMatch(/not met in 2 of 2 semesters .*expected at least 40/);
  });

  it("refuses to plan a workspace past --max-occurrences: LON4011 at the program that passed it, and no compliance findings", async () => {
    const result = await run(["check", "--format", "json", "--max-occurrences", "3", "ws"], workspace(UNMET));
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const line = UNMET.split("\n").findIndex((l) => l.startsWith("program ")) + 1;
    expect(file?.messages.map((m) => [m.ruleId, m.line])).toEqual([["LON4011", line]]);
    expect(file?.messages[0]?.message).toContain("more than 3 occurrences");
    expect(file?.messages[0]?.message).toContain("--max-occurrences");
  });

  // A CI walk: with the plan refused, GitLab's widget listed every agreement as passed.
  it("a refused plan's agreements are skipped in JUnit, with why", async () => {
    const result = await run(["check", "--format", "junit", "--max-occurrences", "3", "ws"], workspace(UNMET));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<skipped message="not checked: the plan was refused (LON4011, too many sessions), so no agreement was checked against it" />');
    expect(result.stdout).not.toMatch(/<testcase name="mou[^"]*" classname="[^"]*" \/>/);
  });

  it("--static skips planning", async () => {
    expect((await run(["check", "--static", "ws"], workspace(UNMET))).code).toBe(0);
  });
});

describe("lontar check, sessions the plan cannot hold", () => {
  // The seminar (30 people, 09:00-11:00) takes the only room for 20; the 10:00 class finds the 12-seat lab.
  const CROWDED = `horizon 2026-01-01..2026-03-31

library perpustakaan_kota {
  name "Perpustakaan Umum Kota"
  tier city
  region "Jawa Barat" / "Kota Bandung"
  open mon..fri 08:00-16:00
}

room aula at perpustakaan_kota {
  capacity 40
}

room lab_komputer at perpustakaan_kota {
  capacity 12
}

program seminar {
  title "Seminar"
  category class
  participants 30
  needs room
  schedule every week on tue at 09:00 for 2h from 2026-01-06 until 2026-03-31
}

program kelas_komputer {
  title "Kelas Komputer"
  category class
  participants 20
  needs room
  schedule every week on tue at 10:00 for 2h from 2026-01-06 until 2026-03-31
}
`;

  it("exits 1 with LON5103 at the need, the reason in the user's terms and a suggestion", async () => {
    const result = await run(["check", "--format", "json", "ws"], workspace(CROWDED));
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string; severity: number }> }>;
    const lines = CROWDED.split("\n");
    const program = lines.findIndex((l) => l.includes("program kelas_komputer"));
    const need = lines.findIndex((l, i) => i > program && l.includes("needs room")) + 1;
    expect(file?.messages.map((m) => [m.ruleId, m.line, m.severity])).toEqual([["LON5103", need, 2]]);
    expect(file?.messages[0]?.message).toContain("`kelas_komputer` cannot take place on 2026-01-06 at 10:00 (and 10 more sessions): 20 registrants; the largest room free then, lab_komputer, holds 12");
    const stylish = await run(["check", "--no-color", "ws"], workspace(CROWDED));
    expect(stylish.stdout).toContain("help: with at most 12 registrants, lab_komputer (free then) could hold the session");
  });

  it("exits 0 once the room is big enough, and --static does not plan", async () => {
    expect((await run(["check", "ws"], workspace(CROWDED.replace("capacity 12", "capacity 20"))))).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await run(["check", "--static", "ws"], workspace(CROWDED))).code).toBe(0);
  });
});

describe("lontar init, then check", () => {
  it.each(["en", "id"])("the %s starter workspace checks clean", async (lang) => {
    const cwd = tempDir();
    expect((await run(["init", "starter", "--lang", lang], cwd)).code).toBe(0);
    expect(await run(["check", "starter"], cwd)).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
