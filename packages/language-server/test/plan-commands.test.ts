/**
 * The plan commands' reports (Plan workspace, Show calendar preview) in the editor's language:
 * an Indonesian editor's calendar preview read "Plan 1 January 2024" while its diagnostics
 * and hovers were Indonesian (an editor walk, stop 52).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExecuteCommandRequest } from "vscode-languageserver-protocol";
import { exampleFolder, startSession, type LspSession } from "./support/client.js";

type Answer = { ok: true; json: string; html: string } | { ok: false; errors: number };

describe.each([
  { locale: "id", lang: 'lang="id"', word: "Rencana " },
  { locale: "en", lang: 'lang="en"', word: "Plan " },
])("the plan commands with locale $locale", ({ locale, lang, word }) => {
  let session: LspSession;
  beforeAll(async () => {
    // watualang is written with English keywords: the report's language is the editor's, not the files'.
    session = await startSession(exampleFolder("watualang"), { locale, options: { today: "2024-01-01" } });
  });
  afterAll(async () => {
    await session.close();
  });

  it.each(["lontar.calendarPreview", "lontar.planWorkspace"])("%s answers with a report in the editor's language", async (command) => {
    const answer = (await session.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [] })) as Answer;
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.html).toContain(`<html ${lang}>`);
    expect(answer.html).toMatch(new RegExp(`<title>[^<]* — ${word}`));
  });

  // An editor walk of stop 59: an unknown command answered `null`, which a client reads as done.
  it("answers an unknown command with an error naming the commands it runs", async () => {
    const asked = session.connection.sendRequest(ExecuteCommandRequest.type, { command: "lontar.nope", arguments: [] });
    await expect(asked).rejects.toThrow(locale === "id" ? /tidak ada perintah `lontar\.nope`; server menjalankan .*lontar\.checkWorkspace/ : /no command `lontar\.nope`; the server runs .*lontar\.checkWorkspace/);
  });
});
