import { afterEach, describe, expect, it } from "vitest";
import { InlayHintRequest, type Diagnostic } from "vscode-languageserver-protocol";
import { exampleFolder } from "./support/client.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

// solok-rakor-2019 keeps its agreements as written; asking 40 sessions a month of a class held twice a month breaks one (LON5101).
const FILE = "kesepakatan.lontar";
const KEPT = "minimal 1 sesi pelatihan_lifeskill_ibu per bulan";
const BROKEN = "minimal 40 sesi pelatihan_lifeskill_ibu per bulan";

/**
 * Between the answer to one request and the next, as an editor asking on its own: shorter than the pause before the
 * whole analysis (150 ms) and before the plan (300 ms), so that pauses waiting for no request at all never ended.
 */
const REQUEST_EVERY_MS = 100;

const isPlanFinding = (d: Diagnostic): boolean => /^LON51\d\d$/.test(String(d.code));

describe("the pauses in typing before the whole analysis and the plan", () => {
  let session: InMemorySession;
  afterEach(() => session.close());

  it("is not put off by the requests an editor keeps sending on its own (inlay hints), only by edits", async () => {
    session = await startInMemory(exampleFolder("solok-rakor-2019"), "id");
    await session.open(FILE, session.text(FILE).replace(KEPT, BROKEN));
    const found = (): boolean => session.published.some((p) => p.uri === session.uri(FILE) && p.version === 1 && p.diagnostics.some(isPlanFinding));
    // As an editor showing inlay hints: asked again shortly after each answer, for a generous while.
    const until = Date.now() + 20_000;
    let requests = 0;
    while (!found() && Date.now() < until) {
      await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: session.uri(FILE) }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } });
      requests++;
      await new Promise((resolve) => setTimeout(resolve, REQUEST_EVERY_MS));
    }
    expect(found()).toBe(true);
    // The findings came while the requests went on, not after they stopped.
    expect(requests).toBeGreaterThan(1);
  }, 30_000);
});
