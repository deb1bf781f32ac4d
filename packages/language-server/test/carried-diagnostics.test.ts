/**
 * The whole analysis's diagnostics carried over edits (analysis/carried-diagnostics.ts): what
 * the fast ones do not give is kept, moved with the text around it, dropped where an edit
 * touches it or replaces the whole text.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { CarriedDiagnostics } from "../src/analysis/carried-diagnostics.js";

const at = (line: number, from: number, to: number, message = `${line}:${from}`): Diagnostic => ({ range: { start: { line, character: from }, end: { line, character: to } }, message });
const span = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const starts = (carried: CarriedDiagnostics): string[] => carried.of("u").map((d) => `${d.message}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

describe("CarriedDiagnostics", () => {
  it("keeps what the whole analysis gives beyond the fast diagnostics, each counted as often as it occurs", () => {
    const carried = new CarriedDiagnostics();
    const fast = at(1, 0, 4, "fast");
    const slow = at(5, 2, 6, "slow");
    carried.set("u", [fast, slow, slow], [fast, slow]);
    expect(carried.of("u")).toEqual([slow]);
    carried.set("u", [fast], [fast]);
    expect(carried.of("u")).toEqual([]);
  });

  it("leaves a diagnostic before an edit where it is, and moves one after it, on the same line and on later lines", () => {
    const carried = new CarriedDiagnostics();
    carried.set("u", [at(1, 2, 5, "a"), at(3, 10, 14, "b"), at(6, 0, 3, "c")], []);
    // Typing "xy" at 3:4: `a` stays, `b` shifts right by two, `c` stays on its line.
    carried.edit("u", [{ range: span(3, 4, 3, 4), text: "xy" }]);
    expect(starts(carried)).toEqual(["a@1:2-1:5", "b@3:12-3:16", "c@6:0-6:3"]);
    // A new line before `b`'s line: `b` and `c` go one line down.
    carried.edit("u", [{ range: span(2, 0, 2, 0), text: "// note\n" }]);
    expect(starts(carried)).toEqual(["a@1:2-1:5", "b@4:12-4:16", "c@7:0-7:3"]);
    // Joining line 4 to line 3 (its break deleted, 5 characters on line 3): `b` moves up and right.
    carried.edit("u", [{ range: span(3, 5, 4, 0), text: "" }]);
    expect(starts(carried)).toEqual(["a@1:2-1:5", "b@3:17-3:21", "c@6:0-6:3"]);
    // Two lines pasted in the middle of line 3 before `b`: its rest of line comes after the paste's last line.
    carried.edit("u", [{ range: span(3, 1, 3, 3), text: "one\r\ntwo" }]);
    expect(starts(carried)).toEqual(["a@1:2-1:5", "b@4:17-4:21", "c@7:0-7:3"]);
  });

  it("drops a diagnostic an edit touches (inside, or right at either end), and all of them for a whole new text", () => {
    const carried = new CarriedDiagnostics();
    carried.set("u", [at(1, 2, 5, "a"), at(2, 2, 5, "b"), at(3, 2, 5, "c"), at(4, 2, 5, "d")], []);
    carried.edit("u", [{ range: span(1, 3, 1, 4), text: "x" }]);
    carried.edit("u", [{ range: span(2, 5, 2, 5), text: "x" }]);
    carried.edit("u", [{ range: span(3, 2, 3, 2), text: "x" }]);
    expect(starts(carried)).toEqual(["d@4:2-4:5"]);
    carried.edit("u", [{ text: "whole" }]);
    expect(carried.of("u")).toEqual([]);
  });

  it("moves through several changes in the order the editor applied them, and forgets a closed document", () => {
    const carried = new CarriedDiagnostics();
    carried.set("u", [at(2, 4, 8, "a")], []);
    carried.edit("u", [{ range: span(0, 0, 0, 0), text: "\n" }, { range: span(3, 0, 3, 0), text: "ab" }]);
    expect(starts(carried)).toEqual(["a@3:6-3:10"]);
    carried.forget("u");
    expect(carried.of("u")).toEqual([]);
  });
});
