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
    await expect(wrong).rejects.toThrow("WorkspaceSession.diagnostics: options.signal must be an AbortSignal or undefined, not an AbortController (pass its .signal)");
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

// Found by an SDK walk: an abort made right after the call, in the same synchronous code,
// let the promise resolve when the analysis was already done (a second request on the same
// texts), though the docs say it rejects with the signal's reason.
describe("an abort before the result settles", () => {
  const reason = new Error("a newer change came");

  it.each([
    ["on texts not analyzed yet", false],
    ["on texts already analyzed", true],
  ])("rejects diagnostics() and analyze() with the signal's reason, %s", async (_, analyzed) => {
    const s = session();
    if (analyzed) await s.analyze();
    const calls: ((signal: AbortSignal) => Promise<unknown>)[] = [(signal) => s.diagnostics("a.lontar", { signal }), (signal) => s.analyze({ signal })];
    for (const call of calls) {
      const controller = new AbortController();
      const pending = call(controller.signal);
      controller.abort(reason);
      await expect(settled(pending)).rejects.toBe(reason);
    }
    // Nothing is left waiting: the next call without a signal settles with the result.
    expect(await settled(s.diagnostics("a.lontar"))).toEqual([]);
  });

  it("rejects at once with an already aborted signal, analyzed or not", async () => {
    const s = session();
    await expect(s.diagnostics("a.lontar", { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await s.analyze();
    await expect(s.diagnostics("a.lontar", { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it("does not reject once the result has settled", async () => {
    const s = session();
    await s.analyze();
    const controller = new AbortController();
    const diagnostics = await s.diagnostics("a.lontar", { signal: controller.signal });
    controller.abort(reason);
    expect(diagnostics).toEqual([]);
  });
});
