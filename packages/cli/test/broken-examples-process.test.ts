import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv from "ajv-draft-04";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, spawnLontar } from "./support/spawn.js";

// The Done-when of CI validation: a copy of an example whose agreement promises more
// sessions than the schedules give, and a copy with a syntax error, checked by the CLI as
// a separate process in every format, with each output validated.

const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
const validateSarif = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

const EXAMPLE = "solok-rakor-2019";
const AGREEMENTS = "kesepakatan.lontar";
const PROMISE = "minimal 8 sesi penulisan_kreatif per semester";
const BROKEN_PROMISE = "minimal 40 sesi penulisan_kreatif per semester";

let scratch = "";
let unmetDir = "";
let syntaxDir = "";
let obligationLine = 0;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "lontar-broken-"));
  unmetDir = path.join(scratch, "unmet");
  syntaxDir = path.join(scratch, "syntax");
  for (const dir of [unmetDir, syntaxDir]) cpSync(path.join(REPO_ROOT, "examples", EXAMPLE), dir, { recursive: true });
  const file = path.join(unmetDir, AGREEMENTS);
  const text = readFileSync(file, "utf8");
  expect(text).toContain(PROMISE);
  const broken = text.replace(PROMISE, BROKEN_PROMISE);
  writeFileSync(file, broken);
  obligationLine = broken.split("\n").findIndex((l) => l.includes(BROKEN_PROMISE)) + 1;
  const syntaxFile = path.join(syntaxDir, AGREEMENTS);
  writeFileSync(syntaxFile, `${readFileSync(syntaxFile, "utf8")}\nkesepakatan rusak {\n  berlaku 2019-01-01..\n}\n`);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Run from the repository root (where `--import tsx` resolves); paths in the output are then relative to it.
const check = (dir: string, format: string): ReturnType<typeof spawnLontar> => spawnLontar(["check", path.join(scratch, dir), "--format", format]);

describe("lontar check on a broken copy of an example, as a process", () => {
  it("the unbroken example is clean", async () => {
    expect((await spawnLontar(["check", path.join("examples", EXAMPLE)])).status).toBe(0);
  });

  it("stylish: the unmet obligation is an error at its line", async () => {
    const result = await check("unmet", "stylish");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`${AGREEMENTS}:${obligationLine}:\\d+\\s+error\\s.*LON5101`));
  });

  it("json: ESLint's shape, with the finding at the obligation's line", async () => {
    const result = await check("unmet", "json");
    expect(result.status).toBe(1);
    const files = JSON.parse(result.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; severity: number; line: number }[] }[];
    const messages = files.filter((f) => f.filePath.endsWith(AGREEMENTS)).flatMap((f) => f.messages);
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: "LON5101", severity: 2, line: obligationLine }));
  });

  it("sarif: valid SARIF 2.1.0 with a result at the obligation's line", async () => {
    const result = await check("unmet", "sarif");
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const hit = log.runs[0]?.results.find((r) => r.ruleId === "LON5101");
    expect(hit?.level).toBe("error");
    expect(hit?.locations[0]?.physicalLocation.artifactLocation.uri.endsWith(`unmet/${AGREEMENTS}`)).toBe(true);
    expect(hit?.locations[0]?.physicalLocation.region.startLine).toBe(obligationLine);
  });

  it("github: a workflow command at the obligation's line", async () => {
    const result = await check("unmet", "github");
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+(?:,col=\d+,endColumn=\d+)?,title=LON\d{4}::.+$/);
    expect(lines.some((l) => l.startsWith("::error ") && l.includes(`unmet/${AGREEMENTS},line=${obligationLine},`) && l.includes("title=LON5101"))).toBe(true);
  });

  it("junit: well-formed XML with a failure in the agreement's test case", async () => {
    const result = await check("unmet", "junit");
    expect(result.status).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(result.stdout) as Record<string, unknown>;
    const text = JSON.stringify(xml);
    expect(text).toContain("LON5101");
    expect(text).toContain("mou_disdik_2019");
  });

  it.each(["stylish", "json", "sarif", "github", "junit", "codequality"])("%s: a syntax error fails the check (exit 1) with LON1xxx", async (format) => {
    const result = await check("syntax", format);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/LON1\d{3}/);
    if (format === "sarif") expect(validateSarif(JSON.parse(result.stdout))).toBe(true);
    if (format === "junit") expect(XMLValidator.validate(result.stdout)).toBe(true);
    if (format === "json" || format === "codequality") expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });
});
