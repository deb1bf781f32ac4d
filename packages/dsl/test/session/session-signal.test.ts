import { describe, expect, it } from "vitest";
import { WorkspaceSession, type AnalyzeOptions } from "@lontar/dsl";

// Found by an SDK walk: `diagnostics(path, { signal: controller })` (the AbortController, not
// its signal) rejected with a bare "signal?.addEventListener is not a function" after the
// caller had been counted in; the next correct call then never settled, because settling the
// stale caller threw and the loop that settled the others stopped there.
const TEXT = 'library perpus { tier desa region "Aceh" }\nroom aula at perpus { capacity 30 }\n';
const loose = (options: unknown): AnalyzeOptions => options as AnalyzeOptions;

function session(): WorkspaceSession {
  const s = new WorkspaceSession({ root: "/ws" });
  s.open("a.lontar", TEXT, 1);
  return s;
}

/** Settles within a few turns, or fails naming what hung (instead of the test timing out). */
async function settled<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("the analysis never settled")), 2000);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe("a session's analysis options", () => {
  it("an AbortController given as the signal is a named TypeError, and the next call settles", async () => {
    const s = session();
    const controller = new AbortController();
    const wrong = s.diagnostics("a.lontar", loose({ signal: controller }));
    await expect(wrong).rejects.toThrow(TypeError);
    await expect(wrong).rejects.toThrow("WorkspaceSession.analyze: options.signal must be an AbortSignal or undefined, not an AbortController (pass its .signal)");
    expect(await settled(s.diagnostics("a.lontar"))).toEqual([]);
  });

  it.each([
    ["a string signal", { signal: "stop" }, /options\.signal must be an AbortSignal or undefined, not a string/],
    ["options that are a number", 5, /options must be an object \{ signal\? \} or undefined, not a number/],
    ["null options", null, /options must be an object \{ signal\? \} or undefined, not null/],
  ])("%s is a TypeError, and leaves nothing waiting", async (_, options, message) => {
    const s = session();
    await expect(s.analyze(loose(options))).rejects.toThrow(message);
    expect((await settled(s.analyze())).workspace).toBeDefined();
  });

  it("settles every caller even when settling one of them throws", async () => {
    const s = session();
    // A signal-like object whose removeEventListener throws: its caller's promise still settles, and so do the others'.
    const faulty = { aborted: false, addEventListener: () => undefined, removeEventListener: () => { throw new Error("faulty signal"); } };
    const first = s.analyze(loose({ signal: faulty }));
    const second = s.analyze();
    const [a, b] = await settled(Promise.all([first, second]));
    expect(a).toBe(b);
    expect(b.workspace).toBeDefined();
  });
});
