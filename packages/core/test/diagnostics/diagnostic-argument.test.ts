import { describe, expect, it } from "vitest";
import { findProvince, inferTimeZone, localizeDiagnostic, renderMessage, type Diagnostic, type MessageRef } from "../../src/index.js";

// Found by an SDK walk: `localizeDiagnostic({ code: "LON2002" }, "id")`, a diagnostic made by
// hand or half read from JSON, failed with "Cannot read properties of undefined (reading
// 'map')". A diagnostic without what every diagnostic has is a caller's mistake: a TypeError
// naming the field.
const loose = (value: unknown): Diagnostic => value as Diagnostic;
const whole: Diagnostic = {
  code: "LON2002",
  severity: "error",
  message: "`aula` is not declared",
  text: { key: "LON2002.notDeclared", args: { name: "aula", needed: { en: "a room", id: "ruang" } } },
  location: { file: "a.lontar", range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } } },
  related: [],
  suggestions: [],
};

describe("localizeDiagnostic's diagnostic", () => {
  it.each([
    ["a code alone", { code: "LON2002" }, "localizeDiagnostic: the diagnostic's message must be a string, not undefined"],
    ["no related list", { ...whole, related: undefined }, "localizeDiagnostic: the diagnostic's related must be an array, not undefined"],
    ["suggestions that are an object", { ...whole, suggestions: {} }, "localizeDiagnostic: the diagnostic's suggestions must be an array, not an object"],
    ["a text without a key", { ...whole, text: { args: {} } }, "localizeDiagnostic: the diagnostic's text must be a message { key, args } or undefined, not an object"],
    ["a number code", { ...whole, code: 2002 }, "localizeDiagnostic: the diagnostic's code must be a string, not a number"],
    ["undefined", undefined, "localizeDiagnostic: the diagnostic must be a Diagnostic { code, severity, message, location, related, suggestions }, not undefined"],
    ["a list of diagnostics", [whole], "localizeDiagnostic: the diagnostic must be a Diagnostic { code, severity, message, location, related, suggestions }, not an array"],
  ])("%s is a TypeError naming what is missing", (_, diagnostic, message) => {
    expect(() => localizeDiagnostic(loose(diagnostic), "id")).toThrow(TypeError);
    expect(() => localizeDiagnostic(loose(diagnostic), "id")).toThrow(message);
  });

  it("localizes a whole diagnostic as before", () => {
    expect(localizeDiagnostic(whole, "en").code).toBe("LON2002");
    expect(localizeDiagnostic({ ...whole, text: undefined } as unknown as Diagnostic, "id").message).toBe(whole.message);
  });
});

// A third SDK walk: `renderMessage(null, "id")` and `inferTimeZone(null)` failed with "Cannot read properties of null".
describe("renderMessage's message and a province's text", () => {
  it("a message that is null or has no key is a TypeError naming it", () => {
    expect(() => renderMessage(null as unknown as MessageRef, "id")).toThrow(new TypeError("renderMessage: ref must be a message { key, args }, not null"));
    expect(() => renderMessage({ args: {} } as unknown as MessageRef, "id")).toThrow(new TypeError("renderMessage: ref must be a message { key, args }, not an object without a string key"));
    expect(renderMessage({ key: "LON2001.firstDeclaration", args: { name: "aula" } }, "id")).toBe("deklarasi pertama `aula`");
  });

  it("a province that is not a string is a TypeError naming the function", () => {
    expect(() => inferTimeZone(null as unknown as string)).toThrow(new TypeError("inferTimeZone: the province must be a string (a name or a code), not null"));
    expect(() => findProvince(32 as unknown as string)).toThrow(new TypeError("findProvince: the province must be a string (a name or a code), not a number"));
    expect(inferTimeZone("Sumatera Barat")).toBe("Asia/Jakarta");
  });
});
