/**
 * The session reuses each file's results across edits; this property requires that reuse
 * never shows: after every edit of a random sequence on an example workspace, the session
 * gives exactly the diagnostics (and model) of a from-scratch analysis of the same texts,
 * and each document's fast diagnostics are those of a session that reuses nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeWorkspace } from "../../src/workspace/analyze.js";
import { WorkspaceSession } from "../../src/session/session.js";
import { LineIndex } from "../../src/text/line-index.js";
import { exampleWorkspaces } from "../arbitraries/mutants.js";

const workspaces = exampleWorkspaces();

/** What an edit writes: pieces a planner types, damage, and whole declarations that add or clash with names. */
const insertions = [
  "", "", "x", "\n", "1", "9", "  ", "}", "{", " ", "room", "ruang", "capacity 30", "program", "every week on mon at 09:00 for 1h", "library", "at",
  "\nroom extra_room at nowhere { capacity 10 }\n", "\nhorizon 2024-01-01..2024-06-30\n", "needs room aula", "import \"x.lontar\"\n", "\"",
  "/*", "//", "2024-02-30", "&&", "schedule once 2024-03-01 at 09:00 for 1h", "after", "staff", "library lib_tambahan { tier desa }\n",
];

/** One step: an edit at fractions of a file's length (so it fits any text), or closing and reopening a file. */
const arbStep = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant("edit" as const), file: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 40 }), text: fc.constantFrom(...insertions) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reopen" as const), file: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("replace" as const), file: fc.nat(), from: fc.nat() }) },
);

describe("WorkspaceSession after random edits", () => {
  it("gives exactly the diagnostics and model of a from-scratch analysis after each edit", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.nat({ max: workspaces.length - 1 }), fc.array(arbStep, { minLength: 1, maxLength: 6 }), (which, steps) => {
        const ws = workspaces[which];
        if (ws === undefined) return;
        const session = new WorkspaceSession({ root: "/ws" });
        const texts = new Map<string, string>();
        let version = 1;
        for (const f of ws.files) {
          session.open(f.path, f.text, version);
          texts.set(f.path, f.text);
        }
        const paths = ws.files.map((f) => f.path);
        // The order the session holds its documents in: the order they were opened.
        let order = [...paths];
        for (const step of steps) {
          const path = paths[step.file % paths.length] ?? "";
          const text = texts.get(path) ?? "";
          version++;
          if (step.kind === "edit") {
            const start = Math.floor(step.at * text.length);
            const end = Math.min(text.length, start + step.length);
            const lines = new LineIndex(text);
            const range = { start: lines.protocolPositionAt(start), end: lines.protocolPositionAt(end) };
            expect(session.change(path, version, [{ range, text: step.text }])).toBe(true);
            const startOffset = lines.offsetAt(range.start);
            const endOffset = lines.offsetAt(range.end);
            texts.set(path, text.slice(0, startOffset) + step.text + text.slice(endOffset));
          } else if (step.kind === "reopen") {
            session.close(path);
            session.open(path, text, version);
            order = [...order.filter((p) => p !== path), path];
          } else {
            const other = ws.files[step.from % ws.files.length]?.text ?? "";
            expect(session.change(path, version, [{ text: other }])).toBe(true);
            texts.set(path, other);
          }
          expect(session.document(path)?.text).toBe(texts.get(path));
          const fresh = analyzeWorkspace({ root: "/ws", files: order.map((p) => ({ path: p, text: texts.get(p) ?? "" })) });
          // Each document's fast diagnostics first (what an editor shows at once), as a session that reuses nothing gives them, and among the whole analysis's.
          const scratch = new WorkspaceSession({ root: "/ws" });
          for (const p of order) scratch.open(p, texts.get(p) ?? "", 1);
          for (const p of paths) {
            const fast = session.fastDiagnostics(p);
            expect(fast).toEqual(scratch.fastDiagnostics(p));
            const whole = fresh.diagnostics.filter((d) => d.location.file === p);
            for (const d of fast) expect(whole).toContainEqual(d);
          }
          const incremental = session.analyzeNow();
          expect(incremental.diagnostics).toEqual(fresh.diagnostics);
          expect(incremental.workspace).toEqual(fresh.workspace);
          expect(incremental.agreements).toEqual(fresh.agreements);
        }
      }),
      { numRuns: 12 },
    );
  });
});
