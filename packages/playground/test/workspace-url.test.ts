import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_SHARED_BYTES, decodeWorkspace, encodeWorkspace, isWorkspacePath } from "@lontar/playground";

const path = fc
  .array(fc.stringMatching(/^[a-z0-9_-]{1,12}$/), { minLength: 1, maxLength: 3 })
  .map((segments) => `${segments.join("/")}.lontar`);
const workspace = fc.record({
  name: fc.string({ maxLength: 40 }),
  files: fc.array(fc.record({ path, text: fc.string({ unit: "grapheme", maxLength: 400 }) }), { minLength: 1, maxLength: 6 }),
});

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64url");
}

describe("the workspace in a link", () => {
  it("reads back every workspace it writes", () => {
    fc.assert(
      fc.property(workspace, (ws) => {
        const decoded = decodeWorkspace(encodeWorkspace(ws));
        expect(decoded).toEqual({ ok: true, workspace: ws });
      }),
    );
  });

  it("writes the same workspace as the same text", () => {
    fc.assert(fc.property(workspace, (ws) => encodeWorkspace(ws) === encodeWorkspace(structuredClone(ws))));
  });

  it("refuses text that is not base64url, not deflate, or not a workspace", () => {
    expect(decodeWorkspace("a+b/")).toEqual({ ok: false, problem: "not-base64" });
    expect(decodeWorkspace(base64Url(strToU8("plain text, not deflated")))).toEqual({ ok: false, problem: "not-deflate" });
    const json = (value: unknown): string => base64Url(deflateSync(strToU8(JSON.stringify(value))));
    expect(decodeWorkspace(json({ v: 1, name: "x", files: [["../up.lontar", ""]] }))).toEqual({ ok: false, problem: "not-a-workspace" });
    expect(decodeWorkspace(json({ v: 2, name: "x", files: [["a.lontar", ""]] }))).toEqual({ ok: false, problem: "not-a-workspace" });
    expect(decodeWorkspace(json({ v: 1, name: "x", files: [] }))).toEqual({ ok: false, problem: "not-a-workspace" });
  });

  it("stops inflating a link past its bound (a deflate bomb is refused, not expanded)", () => {
    const bomb = base64Url(deflateSync(new Uint8Array(MAX_SHARED_BYTES * 20), { level: 9 }));
    expect(bomb.length).toBeLessThan(40_000);
    expect(decodeWorkspace(bomb)).toEqual({ ok: false, problem: "too-large" });
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => typeof decodeWorkspace(text).ok === "boolean"));
  });

  it("accepts relative .lontar paths only", () => {
    expect(["main.lontar", "a/b-c_d.lontar"].map(isWorkspacePath)).toEqual([true, true]);
    expect(["/abs.lontar", "a/../b.lontar", "a//b.lontar", "main.txt", "a b.lontar"].map(isWorkspacePath)).toEqual([false, false, false, false, false]);
  });
});
