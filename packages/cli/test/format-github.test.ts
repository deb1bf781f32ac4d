import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../src/format/github.js";
import { visibleText } from "../src/format/visible-text.js";
import { arbDiagnostic } from "./support/diagnostics.js";
import { SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

const context = { cwd: "/repo", sources: SAMPLE_SOURCES, toolVersion: "0.1.0" };

// ::command key=value,key=value::message — values and message carry no raw newline,
// and values no raw ',' or ':' (they are %-escaped).
// Columns only when the range is on one line.
const COMMAND = /^::(error|warning|notice) file=([^,:\r\n]*),line=(\d+),endLine=(\d+)(?:,col=(\d+),endColumn=(\d+))?,title=([^,:\r\n]*)::([^\r\n]*)$/;

function unescape(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe("github formatter", () => {
  it("writes one workflow command per diagnostic", () => {
    expect(formatGithub(SAMPLE_DIAGNOSTICS, context)).toBe(
      "::error file=agreements/mou.lontar,line=6,endLine=6,col=21,endColumn=26,title=LON2001::unknown partner `disdk`\n" +
        "::warning file=agreements/mou.lontar,line=8,endLine=8,col=3,endColumn=53,title=LON5101::only 8 of 10 sessions of kelas_menulis are planned in semester 2019-S1\n",
    );
  });

  // Found by a CI walk: a finding over several lines (a whole declaration, a schedule broken
  // over two lines) carried col/endColumn, which the Actions runner strips with a complaint and
  // the checks API refuses ("omit if start_line and end_line differ").
  it("gives columns only for a range on one line", () => {
    const [first] = SAMPLE_DIAGNOSTICS;
    if (first === undefined) throw new Error("no sample");
    const { start } = first.location.range;
    const spread = { ...first, location: { ...first.location, range: { start, end: { line: start.line + 2, column: 2, offset: start.offset + 40 } } } };
    expect(formatGithub([spread], context)).toBe(`::warning file=agreements/mou.lontar,line=8,endLine=10,title=LON5101::${first.message}\n`);
  });

  it("escapes as @actions/core does", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("always emits well-formed commands that unescape to the original message and path", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { maxLength: 5 }), (diagnostics) => {
        const lines = formatGithub(diagnostics, { ...context, sources: new Map() }).split("\n");
        expect(lines.pop()).toBe("");
        expect(lines).toHaveLength(diagnostics.length);
        const messages = lines.map((line) => {
          const match = COMMAND.exec(line);
          expect(match).not.toBeNull();
          expect(match?.[5] !== undefined, line).toBe(match?.[3] === match?.[4]);
          return { file: unescape(match?.[2] ?? ""), message: unescape(match?.[8] ?? "") };
        });
        const expected = diagnostics.map((d) => ({ file: shown(d.location.file), message: shown(d.message) }));
        expect([...messages].sort(byJson)).toEqual([...expected].sort(byJson));
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });

  // Found in review: a control character of a message or a file name (ESC, a tab, a form feed, NEL, U+2028, a bidi
  // override) went into the log as it was: it could recolour the log, reorder what is shown, or break the line for a
  // reader of it. Every one is now escaped (`\r`, `\n`, as GitHub unescapes them) or shown as its picture.
  it("writes no control character but each line's end: a message's or path's `\\r` and `\\n` escaped, every other shown (fixed seed)", () => {
    const control = fc.constantFrom("\r", "\n", "\r\n", "\t", "\u0000", "\u0007", "\u000b", "\u000c", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029", "\u202e", "\u2066", "%", ":", ",", "::error::x");
    const text = fc.array(fc.oneof(control, fc.string({ unit: "binary", maxLength: 4 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (message, name) => {
        const file = `${name.replace(/[\\/]/g, "_")}.lontar`;
        const [only] = SAMPLE_DIAGNOSTICS;
        if (only === undefined) throw new Error("no sample");
        const out = formatGithub([{ ...only, message, location: { ...only.location, file } }], { ...context, sources: new Map() });
        expect(out.endsWith("\n")).toBe(true);
        const line = out.slice(0, -1);
        expect(line).not.toMatch(UNSAFE);
        const match = COMMAND.exec(line);
        expect(match).not.toBeNull();
        expect(unescape(match?.[2] ?? "")).toBe(shown(file));
        expect(unescape(match?.[8] ?? "")).toBe(shown(message));
      }),
      { seed: 20261205, numRuns: 500 },
    );
    const [first] = SAMPLE_DIAGNOSTICS;
    if (first === undefined) throw new Error("no sample");
    expect(formatGithub([{ ...first, message: "a\u001b[31mb\tc\u2028d\r\ne" }], context)).toContain("::a\u241b[31mb\u2409c\ufffdd%0D%0Ae\n");
  });
});

/* eslint-disable no-control-regex -- control characters are what these tests look for */
/** Every control character (C0, DEL, C1), the line and paragraph separators, and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/** `text` as an annotation shows it: its line breaks kept, every other control character as its picture. */
function shown(text: string): string {
  return [...text].map((c) => (c === "\r" || c === "\n" ? c : visibleText(c))).join("");
}

function byJson(a: unknown, b: unknown): number {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
