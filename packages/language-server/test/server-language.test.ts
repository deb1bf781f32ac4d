import { describe, expect, it } from "vitest";
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
