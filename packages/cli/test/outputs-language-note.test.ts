/**
 * `lontar plan` writes its outputs in the language of the workspace's keywords (so that they
 * do not depend on the host's locale) and prints its messages in the locale's: where the two
 * differ and --lang did not choose, one note after the summary, in the messages' language,
 * says which language the outputs are in and how to have them in the other. A walk found,
 * under LANG=id_ID.UTF-8, an English-keyword workspace's English report with no word why.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outputsLanguageNote } from "../src/report/outputs-language-note.js";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, workspaceIn } from "./support/run.js";

const template = (language: "en" | "id"): string => workspaceTemplate(language)[0]?.text ?? "";
const horizon = ["--from", "2026-01-01", "--to", "2026-01-31"];
const INDONESIAN = { LANG: "id_ID.UTF-8" };
const ENGLISH = { LANG: "en_US.UTF-8" };

describe("the note on the outputs' language", () => {
  it("is said only when the messages' language is not the outputs' and --lang did not choose", () => {
    expect(outputsLanguageNote("id", "en", false)).toBe("Catatan: keluaran ditulis dalam bahasa Inggris, bahasa kata kunci ruang kerja ini; --lang id menuliskannya dalam bahasa Indonesia.");
    expect(outputsLanguageNote("en", "id", false)).toBe("Note: the outputs are in Bahasa Indonesia, the language of the workspace's keywords; --lang en writes them in English.");
    expect(outputsLanguageNote("en", "en", false)).toBeUndefined();
    expect(outputsLanguageNote("id", "id", false)).toBeUndefined();
    expect(outputsLanguageNote("id", "en", true)).toBeUndefined();
  });

  it("follows the summary of an English workspace planned under an Indonesian locale, once, and the report stays English", async () => {
    const cwd = workspaceIn(template("en"));
    const result = await run(["plan", "ws", "--out", "out", ...horizon], cwd, INDONESIAN);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Menulis \d+ berkas[\s\S]*\n\nCatatan: keluaran ditulis dalam bahasa Inggris, bahasa kata kunci ruang kerja ini; --lang id menuliskannya dalam bahasa Indonesia\.\n$/);
    expect(result.stdout.match(/Catatan: keluaran/g)).toHaveLength(1);
    expect(readFileSync(path.join(cwd, "out", "index.html"), "utf8")).toContain('<html lang="en">');
  });

  it("follows the summary of an Indonesian workspace planned under an English locale", async () => {
    const cwd = workspaceIn(template("id"));
    const result = await run(["plan", "ws", "--out", "out", ...horizon], cwd, ENGLISH);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n\nNote: the outputs are in Bahasa Indonesia, the language of the workspace's keywords; --lang en writes them in English\.\n$/);
  });

  it("is not said when the languages agree, nor when --lang chose the outputs' language", async () => {
    const cwd = workspaceIn(template("en"));
    for (const [args, env] of [[[], ENGLISH], [["--lang", "id"], INDONESIAN], [["--lang", "en"], INDONESIAN]] as const) {
      const result = await run(["plan", "ws", "--out", "out", ...horizon, ...args], cwd, env);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/Note:|Catatan:/);
    }
  });
});
