import { describe, expect, it } from "vitest";
import { CompletionRequest, InsertTextFormat, type CompletionItem } from "vscode-languageserver-protocol";
import { exampleFolder, startSession, type SessionOptions } from "./support/client.js";

const ROOM = "pendopo_watualang";
const FILE = "programs.lontar";

/** The message of the undefined name an edit of watualang's programs makes, from a server started with `options`. */
async function undefinedNameMessage(options: SessionOptions): Promise<string> {
  const session = await startSession(exampleFolder("watualang"), options);
  try {
    session.open(FILE, session.text(FILE).replace(` ${ROOM}`, ` ${ROOM}x`));
    const published = await session.diagnostics(FILE, 1);
    const message = published.diagnostics.find((d) => d.code === "LON2002")?.message ?? "";
    return typeof message === "string" ? message : message.value;
  } finally {
    await session.close();
  }
}

// `lontar lsp --stdio --lang id` for editors that cannot pass initializationOptions (a Neovim or
// Helix command line); LANG for a server started from an Indonesian shell by an editor that sends no locale.
describe("the language of a server started from the command line", () => {
  it("follows --lang over the editor's locale, and the editor's messageLanguage over --lang", async () => {
    expect(await undefinedNameMessage({ locale: "en", args: ["--lang", "id"] })).toContain("tidak dideklarasikan");
    expect(await undefinedNameMessage({ locale: "id", args: ["--lang", "en"] })).toContain("is not declared");
    expect(await undefinedNameMessage({ args: ["--lang", "id"], options: { messageLanguage: "en" } })).toContain("is not declared");
  });

  it("follows the environment when the editor sends no locale, and the locale when it sends one", async () => {
    expect(await undefinedNameMessage({ localeEnv: { LANG: "id_ID.UTF-8" } })).toContain("tidak dideklarasikan");
    expect(await undefinedNameMessage({ locale: "en", localeEnv: { LANG: "id_ID.UTF-8" } })).toContain("is not declared");
    expect(await undefinedNameMessage({})).toContain("is not declared");
  });
});

describe("the keywords a new file completes in", () => {
  it("follows the editor's Indonesian locale while the file has no keyword, even with English messages", async () => {
    const session = await startSession(exampleFolder("watualang"), { locale: "id", options: { messageLanguage: "en" } });
    try {
      const items = async (text: string): Promise<CompletionItem[]> => {
        session.open("baru.lontar", text);
        const lines = text.split("\n");
        const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
        const answer = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri("baru.lontar") }, position });
        return answer === null ? [] : Array.isArray(answer) ? answer : answer.items;
      };
      for (const text of ["", "// catatan rapat\n"]) {
        const all = await items(text);
        const keywords = all.filter((i) => i.insertTextFormat !== InsertTextFormat.Snippet).map((i) => i.label);
        expect(keywords, text).toContain("perpustakaan");
        expect(keywords, text).not.toContain("library");
        const first = all.filter((i) => i.insertTextFormat === InsertTextFormat.Snippet).sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? ""))[0];
        // Indonesian snippets first, described in the messages' language.
        expect(first?.detail, text).toBe("declaration (library), Bahasa Indonesia");
      }
    } finally {
      await session.close();
    }
  });
});
