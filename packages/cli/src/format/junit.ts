import type { Language } from "@lontar/core";
import type { Diagnostic } from "@lontar/dsl";
import { cliText } from "../text/render.js";
import type { AgreementSpan, Formatter, RunNote } from "./context.js";
import { groupByFile } from "./group.js";
import { relativePath } from "./paths.js";
import { xmlEscape } from "./xml.js";

interface TestCase {
  readonly name: string;
  readonly findings: Diagnostic[];
  /** Why an agreement's case was not checked (no plan to check it against), when it was not. */
  readonly skipped?: string;
}

/**
 * JUnit XML for GitLab and Jenkins: a `<testsuite>` per file and a `<testcase>` per
 * agreement, plus one named after the file for findings outside every agreement. An
 * error is a `<failure>`; warnings and notes do not fail a test and go to `<system-out>`,
 * so they stay visible in the report without turning the pipeline red. An agreement no plan
 * was checked against (the workspace has errors, the plan was refused, or `--static`) is `<skipped>` with why, not a
 * passing test, and so is one valid outside the planning horizon (LON5004). The run's notes (a hint to check a folder) go to the `<system-out>` of their file's suite.
 */
export const formatJunit: Formatter = (diagnostics, context) => {
  const suites = groupByFile(diagnostics, context.sources).map(({ file, diagnostics: list }) => {
    const name = relativePath(context.cwd, file);
    const cases = assignToCases(name, list, context.agreements?.get(file) ?? [], context.uncheckedAgreements?.get(file));
    return { file, name, cases };
  });
  // A note goes to the suite of its file, else to the first suite (the suite's own output, which fails no test).
  const suiteFiles = new Set(suites.map((suite) => suite.file));
  const notesByFile = new Map<string, RunNote[]>();
  for (const note of context.notes ?? []) {
    const file = note.file !== undefined && suiteFiles.has(note.file) ? note.file : suites[0]?.file;
    if (file === undefined) continue;
    const list = notesByFile.get(file);
    if (list) list.push(note);
    else notesByFile.set(file, [note]);
  }
  const total = suites.reduce((sum, suite) => sum + suite.cases.length, 0);
  const failures = suites.reduce((sum, suite) => sum + suite.cases.filter(hasErrors).length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="lontar" tests="${total}" failures="${failures}" errors="0">`];
  for (const suite of suites) {
    out.push(
      `  <testsuite name="${xmlEscape(suite.name)}" tests="${suite.cases.length}" failures="${suite.cases.filter(hasErrors).length}" errors="0" skipped="${suite.cases.filter(isSkipped).length}">`,
    );
    for (const testCase of suite.cases) out.push(...formatCase(suite.name, testCase, context.language ?? "en"));
    const notes = notesByFile.get(suite.file) ?? [];
    if (notes.length > 0) out.push(`    <system-out>${xmlEscape(notes.map((note) => note.text).join("\n"))}</system-out>`);
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
};

function assignToCases(fileName: string, findings: readonly Diagnostic[], agreements: readonly AgreementSpan[], unchecked: string | undefined): TestCase[] {
  const fileCase: TestCase = { name: fileName, findings: [] };
  const agreementCases = agreements.map((agreement) => ({ agreement, testCase: { name: agreement.name, findings: [] as Diagnostic[], ...(unchecked === undefined ? {} : { skipped: unchecked }) } }));
  for (const finding of findings) {
    const offset = finding.location.range.start.offset;
    const owner = agreementCases.find(
      ({ agreement }) => agreement.range.start.offset <= offset && offset < agreement.range.end.offset,
    );
    (owner?.testCase ?? fileCase).findings.push(finding);
  }
  // An agreement the plan did not check for its validity's lying outside the horizon (LON5004): skipped, with that finding's words.
  return [fileCase, ...agreementCases.map(({ testCase }) => {
    const outside = testCase.skipped === undefined ? testCase.findings.find((finding) => finding.code === "LON5004") : undefined;
    return outside === undefined ? testCase : { ...testCase, skipped: outside.message };
  })];
}

function hasErrors(testCase: TestCase): boolean {
  return testCase.findings.some((finding) => finding.severity === "error");
}

/** An agreement not checked and with no error of its own: skipped (one with an error fails, checked or not). */
function isSkipped(testCase: TestCase): boolean {
  return testCase.skipped !== undefined && !hasErrors(testCase);
}

function formatCase(className: string, testCase: TestCase, language: Language): string[] {
  const head = `    <testcase name="${xmlEscape(testCase.name)}" classname="${xmlEscape(className)}">`;
  const errors = testCase.findings.filter((finding) => finding.severity === "error");
  const others = testCase.findings.filter((finding) => finding.severity !== "error");
  const skipped = isSkipped(testCase) ? [`      <skipped message="${xmlEscape(testCase.skipped ?? "")}" />`] : [];
  if (testCase.findings.length === 0 && skipped.length === 0) return [head.replace(/>$/, " />")];
  // One `<failure>` per test case, as JUnit's schema has it (a reader may show only the first, or refuse more): the first error's words and how many more, and every error in its text.
  const [first] = errors;
  const more = errors.length > 2 ? cliText("report.moreErrors", { count: errors.length - 1 }, language) : errors.length === 2 ? cliText("report.moreError", {}, language) : "";
  const failure = first === undefined ? [] : [`      <failure message="${xmlEscape(`${first.message}${more}`)}" type="${xmlEscape(first.code)}">${xmlEscape(errors.map((finding) => describe(className, finding, language)).join("\n"))}</failure>`];
  const body = [...skipped, ...failure];
  if (others.length > 0) {
    body.push(`      <system-out>${xmlEscape(others.map((finding) => describe(className, finding, language)).join("\n"))}</system-out>`);
  }
  return [head, ...body, "    </testcase>"];
}

/** A finding as a line of the report's text, its severity in the report's language (`galat`), as the stylish report writes it. */
function describe(fileName: string, finding: Diagnostic, language: Language): string {
  const { line, column } = finding.location.range.start;
  return `${fileName}:${line}:${column} ${cliText(`report.${finding.severity}`, {}, language)} ${finding.code}: ${finding.message}`;
}
