/**
 * The keyword rewrites of an editor that resolves a code action's edit when it is chosen (VS
 * Code): offered without their edit, which `codeAction/resolve` makes from the text then. An
 * editor walk: the editor asks for code actions at every move of the cursor, and formatting a
 * 5 MB file twice for them took 1.8 s each time, holding every other request up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction } from "vscode-languageserver-protocol";
import { rewriteActions } from "../src/features/code-actions.js";
import { exampleFolder, startSession, type LspSession } from "./support/client.js";

describe("keyword rewrites resolved when chosen", () => {
  let session: LspSession;
  const file = "programs.lontar";
  beforeAll(async () => {
    session = await startSession(exampleFolder("watualang"), { options: { today: "2024-01-01" }, capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ["edit"] } } } } });
    session.open(file);
    await session.diagnostics(file, 1);
  });
  afterAll(async () => {
    await session.close();
  });
  const ask = () => session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: session.uri(file) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["refactor.rewrite"] } }) as Promise<CodeAction[]>;

  it("offers the rewrite without its edit, and resolving it gives the edit an eager client gets", async () => {
    const [offered, ...others] = await ask();
    expect(others).toEqual([]);
    expect(offered?.edit).toBeUndefined();
    expect(offered?.kind).toBe("refactor.rewrite.lontar.indonesian");
    const resolved = await session.connection.sendRequest(CodeActionResolveRequest.type, offered as CodeAction);
    const [eager] = rewriteActions(session.uri(file), session.text(file), file, "en");
    expect(resolved.edit).toEqual(eager?.edit);
    expect(resolved.edit?.changes?.[session.uri(file)]?.[0]?.newText).toContain("jadwal setiap");
  });

  it("offers none while the document has a syntax error, as an eager client", async () => {
    session.change(file, 2, `${session.text(file)}\nprogram rusak {\n`);
    await session.diagnostics(file, 2);
    expect(await ask()).toEqual([]);
    session.change(file, 3, session.text(file));
    await session.diagnostics(file, 3);
    expect((await ask()).length).toBe(1);
  });
});
