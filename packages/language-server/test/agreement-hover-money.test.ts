/**
 * The compliance rows of an agreement's hover write a budget share's planned money as rupiah,
 * as its expected amount beside it is (`Rp 18.000.000 / Rp 15.000.000`), not the bare number
 * (`18000000 / Rp 15.000.000`); a count of sessions stays a number.
 */
import { afterEach, describe, expect, it } from "vitest";
import { HoverRequest, type MarkupContent } from "vscode-languageserver-protocol";
import { exampleFolder } from "./support/client.js";
import { positionOf } from "./support/examples.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "mitra.lontar";

let session: InMemorySession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

/** The hover of agreement `dukungan_pemko_2024` (its partner pays Rp 15.000.000 for a program) under `locale`. */
async function agreementHover(locale: string): Promise<string> {
  const s = (session = await startInMemory(exampleFolder("solok-interaksi"), locale));
  await s.open(FILE);
  await s.diagnostics(FILE, 1);
  const found = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(FILE) }, position: positionOf(s.text(FILE), "kesepakatan dukungan_pemko_2024", 14) });
  return (found?.contents as MarkupContent | undefined)?.value ?? "";
}

describe("an agreement's compliance hover", () => {
  it("writes the planned money of a budget share as rupiah in Bahasa Indonesia", async () => {
    const value = await agreementHover("id");
    expect(value).toMatch(/^- kewajiban 1, 2024-01-01\.\.2024-12-31: Rp \d{1,3}(\.\d{3})* \/ Rp 15\.000\.000 — /m);
    // A count of sessions is a number (`1 / ≥ 1`), not money.
    expect(value).toMatch(/^- kewajiban 2, [\d-]+\.\.[\d-]+: \d+ \/ ≥ 1 — /m);
  });

  it("and as English writes rupiah", async () => {
    const value = await agreementHover("en");
    expect(value).toMatch(/^- obligation 1, 2024-01-01\.\.2024-12-31: Rp \d{1,3}(,\d{3})* \/ Rp 15,000,000 — /m);
  });
});
