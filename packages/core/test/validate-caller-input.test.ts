import { describe, expect, it } from "vitest";
import { localizeIssue, validateWorkspace } from "@lontar/core";

// Found by an SDK walk: `validateWorkspace(await readFile("workspace.json"))` (bytes, not parsed)
// gave a hundred CORE_UNKNOWN_KEY issues, `unknown key "0"`, `unknown key "1"`, … and then
// "expected 1" at `version`. JSON never parses to bytes: they are the caller's mistake, a
// TypeError that says to decode and parse them; whatever JSON.parse gives stays data.
const text = JSON.stringify({ version: 1, libraries: [], programs: [] });

describe("what a caller passes validateWorkspace", () => {
  it.each([
    ["a Buffer", Buffer.from(text, "utf8"), "a Buffer"],
    ["a Uint8Array", new TextEncoder().encode(text), "a Uint8Array"],
    ["an ArrayBuffer", new TextEncoder().encode(text).buffer, "an ArrayBuffer"],
  ])("%s is a TypeError that says to parse the JSON first", (_, bytes, shown) => {
    expect(() => validateWorkspace(bytes)).toThrow(TypeError);
    expect(() => validateWorkspace(bytes)).toThrow(`validateWorkspace: the input is ${shown}, not parsed JSON: decode and parse it first (JSON.parse(new TextDecoder().decode(bytes)))`);
  });

  it("takes what JSON.parse gives, and answers a text, a list or nothing with one issue", () => {
    expect(validateWorkspace(JSON.parse(text)).ok).toBe(true);
    for (const value of [text, [], null, undefined, 1]) {
      const result = validateWorkspace(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([["CORE_SCHEMA", []]]);
    }
  });

  // A second SDK walk: a text was "expected object, received string", which did not say to parse it.
  it("says of a text that it may be JSON not yet parsed, in both languages", () => {
    const result = validateWorkspace(text);
    if (result.ok) throw new Error("a text is no workspace");
    const [issue] = result.issues;
    expect(issue?.message).toBe("the workspace is a string, not an object: is it JSON text not yet parsed? JSON.parse(text) gives the workspace");
    expect(localizeIssue(issue!, "id")).toContain("harus berupa objek, bukan teks: teks JSON diurai lebih dulu (JSON.parse(text))");
    expect(localizeIssue(issue!, "en")).toContain("must be an object, not a string: JSON text is parsed first (JSON.parse(text))");
  });
});

