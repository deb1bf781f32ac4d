import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { formatJunit } from "../src/format/junit.js";
import { xmlEscape } from "../src/format/xml.js";
import { arbDiagnostic, rangeOf } from "./support/diagnostics.js";
import { AGREEMENT_FILE, AGREEMENT_SOURCE, SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

const agreementRange = {
  start: rangeOf(AGREEMENT_SOURCE, "agreement mou_disdik").start,
  end: rangeOf(AGREEMENT_SOURCE, "per semester\n}").end,
};
const context = {
  cwd: "/repo",
  sources: SAMPLE_SOURCES,
  toolVersion: "0.1.0",
  agreements: new Map([[AGREEMENT_FILE, [{ name: "mou_disdik", range: agreementRange }]]]),
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["testsuite", "testcase", "failure"].includes(name) });

interface TestCase {
  "@name": string;
  "@classname": string;
  failure?: Array<{ "@message": string; "@type": string; "#text"?: string }>;
  "system-out"?: string;
}
interface Report {
  testsuites: { "@tests": string; "@failures": string; testsuite?: Array<{ "@name": string; "@tests": string; "@failures": string; testcase: TestCase[] }> };
}

function parse(xml: string): Report {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Report;
}

describe("junit formatter", () => {
  it("makes a suite per file and a test case per agreement, plus one for the file", () => {
    const report = parse(formatJunit(SAMPLE_DIAGNOSTICS, context));
    const [suite] = report.testsuites.testsuite ?? [];
    expect(suite?.["@name"]).toBe(AGREEMENT_FILE);
    expect(suite?.testcase.map((testCase) => testCase["@name"])).toEqual([AGREEMENT_FILE, "mou_disdik"]);
    expect(report.testsuites["@tests"]).toBe("2");
    expect(report.testsuites["@failures"]).toBe("1");
  });

  // A walk (CI for 2027 agreements): with errors elsewhere, or `--static`, no plan checks an agreement, and GitLab's widget listed it as passed.
  it("reports an agreement no plan was checked against as skipped, with why; one with an error of its own still fails", () => {
    const why = "not checked: --static checks the language only, not the plan this agreement is kept by";
    const unchecked = { ...context, uncheckedAgreements: new Map([[AGREEMENT_FILE, why]]) };
    const xml = formatJunit([], unchecked);
    const [suite] = parse(xml).testsuites.testsuite ?? [];
    expect(xml).toContain(`<testsuite name="${AGREEMENT_FILE}" tests="2" failures="0" errors="0" skipped="1">`);
    expect(xml).toContain(`<testcase name="mou_disdik" classname="${AGREEMENT_FILE}">\n      <skipped message="${why}" />\n    </testcase>`);
    expect(suite?.testcase.find((testCase) => testCase["@name"] === AGREEMENT_FILE)?.["system-out"]).toBeUndefined();
    // Its own error fails it, skipped or not.
    const failing = formatJunit(SAMPLE_DIAGNOSTICS, unchecked);
    expect(failing).toContain('skipped="0"');
    expect(failing).not.toContain("<skipped");
    // Checked, it passes as before.
    expect(formatJunit([], context)).toContain(`<testcase name="mou_disdik" classname="${AGREEMENT_FILE}" />`);
  });

  it("fails the agreement on its errors and keeps warnings as output", () => {
    const [suite] = parse(formatJunit(SAMPLE_DIAGNOSTICS, context)).testsuites.testsuite ?? [];
    const agreement = suite?.testcase.find((testCase) => testCase["@name"] === "mou_disdik");
    expect(agreement?.failure).toEqual([
      { "@message": "unknown partner `disdk`", "@type": "LON2001", "#text": `${AGREEMENT_FILE}:6:21 error LON2001: unknown partner \`disdk\`` },
    ]);
    expect(agreement?.["system-out"]).toContain("LON5101");
    const fileCase = suite?.testcase.find((testCase) => testCase["@name"] === AGREEMENT_FILE);
    expect(fileCase?.failure).toBeUndefined();
  });

  it("puts findings outside every agreement on the file's test case", () => {
    const outside = SAMPLE_DIAGNOSTICS.map((d) => ({ ...d, location: { ...d.location, range: rangeOf(AGREEMENT_SOURCE, "library solok") } }));
    const [suite] = parse(formatJunit(outside, context)).testsuites.testsuite ?? [];
    expect(suite?.testcase.find((testCase) => testCase["@name"] === AGREEMENT_FILE)?.failure?.map((f) => f["@type"])).toEqual(["LON2001"]);
  });

  // Found by a CI walk: with --lang id the failure text said `error`, where the stylish report says `galat`.
  it("writes the severity in the report's language", () => {
    const id = formatJunit(SAMPLE_DIAGNOSTICS, { ...context, language: "id" });
    expect(id).toMatch(/:\d+:\d+ galat LON\d{4}: /);
    expect(id).not.toMatch(/:\d+:\d+ error LON\d{4}: /);
    expect(formatJunit(SAMPLE_DIAGNOSTICS, context)).toMatch(/:\d+:\d+ error LON\d{4}: /);
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(xmlEscape("a\u0000b\uD800c😀")).toBe("a\uFFFDb\uFFFDc😀");
  });

  // A CI walk: eight `<failure>`s in one test case where the suite said `failures="1"`; JUnit's schema has one, and some readers show only the first.
  it("always parses as XML with one failure per test case with errors, which lists each of them", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { maxLength: 6 }), (diagnostics) => {
        const report = parse(formatJunit(diagnostics, { ...context, sources: new Map(), agreements: new Map() }));
        const suites = report.testsuites.testsuite ?? [];
        expect(suites.length).toBe(new Set(diagnostics.map((d) => d.location.file)).size);
        const failures = suites.flatMap((suite) => suite.testcase.flatMap((testCase) => testCase.failure ?? []));
        const errors = diagnostics.filter((d) => d.severity === "error");
        expect(failures.length).toBe(new Set(errors.map((d) => d.location.file)).size);
        expect(suites.every((suite) => suite.testcase.every((testCase) => (testCase.failure?.length ?? 0) <= 1))).toBe(true);
        // Each error in its test case's failure: its `file:line:column severity code` (the parser's text may fold its lines).
        const text = failures.map((f) => f["#text"] ?? "").join("\n");
        expect(text.match(/:\d+:\d+ error LON\d{4}:/g)?.length ?? 0).toBe(errors.length);
      }),
    );
  });

  it("says in a failure's message how many more errors its text lists, in the report's language", () => {
    const [one] = SAMPLE_DIAGNOSTICS.filter((d) => d.severity === "error");
    const three = [0, 1, 2].map((i) => ({ ...one!, message: `error ${i}` }));
    const failure = (language: "en" | "id") => parse(formatJunit(three, { ...context, language })).testsuites.testsuite?.flatMap((suite) => suite.testcase.flatMap((c) => c.failure ?? []));
    expect(failure("en")?.map((f) => f["@message"])).toEqual(["error 0 (and 2 more errors)"]);
    expect(["error 0", "error 1", "error 2"].every((m) => failure("en")?.[0]?.["#text"]?.includes(m))).toBe(true);
    expect(failure("id")?.[0]?.["@message"]).toBe("error 0 (dan 2 galat lain)");
    // One more is singular (a CI walk, stop 53: "(and 1 more errors)").
    const two = parse(formatJunit(three.slice(0, 2), { ...context, language: "en" })).testsuites.testsuite?.flatMap((suite) => suite.testcase.flatMap((c) => c.failure ?? []));
    expect(two?.map((f) => f["@message"])).toEqual(["error 0 (and 1 more error)"]);
  });

  it("reports an agreement valid outside the planning horizon (LON5004) as skipped, with its words", () => {
    const words = "the agreement is valid 2025-01-01..2025-12-31, outside the planning horizon 2024-01-01..2024-12-31, so the plan does not check its obligations";
    const outside = { ...(SAMPLE_DIAGNOSTICS[0] as (typeof SAMPLE_DIAGNOSTICS)[number]), code: "LON5004", severity: "warning" as const, message: words, location: { file: AGREEMENT_FILE, range: rangeOf(AGREEMENT_SOURCE, "mou_disdik") } };
    const xml = formatJunit([outside], context);
    expect(xml).toContain(`<testcase name="mou_disdik" classname="${AGREEMENT_FILE}">\n      <skipped message="${words}" />`);
    expect(xml).toContain('skipped="1"');
  });
});
