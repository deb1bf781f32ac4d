import { describe, expect, it } from "vitest";
import { createDiagnostic, localizeDiagnostic, relatedLocation, renderMessage, suggestion } from "../../src/index.js";

const point = { line: 2, column: 6, offset: 20 };
const location = { file: "main.lontar", range: { start: point, end: { ...point, column: 10, offset: 24 } } };

describe("rendering diagnostics", () => {
  it("builds a diagnostic from its key: code, severity, English message and docs page", () => {
    const diagnostic = createDiagnostic("LON2001.alreadyDeclared", { name: "aula", kind: { en: "a room", id: "ruang" } }, location, {
      related: [relatedLocation(location, "LON2001.firstDeclaration", { name: "aula" })],
    });
    expect(diagnostic).toMatchObject({ code: "LON2001", severity: "error", message: "`aula` is already declared as a room", docs: "docs/diagnostics/LON2001.md" });
    expect(diagnostic.text).toEqual({ key: "LON2001.alreadyDeclared", args: { name: "aula", kind: { en: "a room", id: "ruang" } } });
    expect(diagnostic.related[0]?.message).toBe("first declaration of `aula`");
  });

  it("renders the same diagnostic in Bahasa Indonesia, with its related locations, suggestions and docs page", () => {
    const diagnostic = createDiagnostic("LON2002.notDeclared", { name: "aul", needed: { en: "a room", id: "ruang" } }, location, {
      suggestions: [suggestion("note.didYouMean", { name: "aula" }, [{ location, text: "aula" }], true)],
    });
    const id = localizeDiagnostic(diagnostic, "id");
    expect(id.message).toBe("`aul` tidak dideklarasikan; di sini diperlukan ruang");
    expect(id.suggestions[0]).toMatchObject({ message: "maksud Anda `aula`?", preferred: true, edits: [{ text: "aula" }] });
    expect(id.docs).toBe("docs/id/diagnostics/LON2002.md");
    expect(localizeDiagnostic(id, "en")).toEqual(diagnostic);
  });

  it("takes warnings' severity from the table", () => {
    expect(createDiagnostic("LON2103.cycle", { path: "a → b → a" }, location).severity).toBe("warning");
  });

  it("keeps a diagnostic made without a template as it is", () => {
    const plain = { code: "LON3999", severity: "error" as const, message: "something", location, related: [], suggestions: [] };
    expect(localizeDiagnostic(plain, "id")).toEqual(plain);
  });

  it("renders nothing for a key the table does not know", () => {
    expect(renderMessage({ key: "LON9999.nothing", args: {} }, "en")).toBeUndefined();
    expect(renderMessage({ key: "note.nothing", args: {} }, "id")).toBeUndefined();
  });
});
