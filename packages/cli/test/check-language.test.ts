import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir } from "./support/run.js";
import { spawnLontar } from "./support/spawn.js";

const [starter] = workspaceTemplate("en");
const CLEAN = starter?.text ?? "";
// A misspelt partner (LON2002), a property given twice (LON3008) and a misspelt keyword (a syntax error).
const BROKEN = `${CLEAN.replace("  kind government_agency\n", "  kind government_agency\n  kind government_agency\n").replace("and disdk", "and disdk").replace("and disdik", "and disdk")}\nroom gudang at dispusip_solok { capasity 60 }\n`;

function workspace(text: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, "ws"));
  writeFileSync(path.join(dir, "ws", "workspace.lontar"), text);
  return dir;
}

describe("the language of the messages", () => {
  it("`lontar check --lang id` on a broken file prints the messages, suggestions and summary codes in Bahasa Indonesia", async () => {
    const dir = workspace(BROKEN);
    const id = await run(["check", "--static", "--lang", "id", "ws"], dir);
    const en = await run(["check", "--static", "--lang", "en", "ws"], dir);
    expect(id.code).toBe(1);
    expect(en.stdout).toContain("`disdk` is not declared");
    expect(id.stdout).toContain("`disdk` tidak dideklarasikan");
    expect(id.stdout).not.toContain("is not declared");
    expect(id.stdout).toContain("ada mitra bernama `disdik`");
    expect(id.stdout).toContain("`kind` ditulis lebih dari sekali; yang terakhir dipakai");
    expect(id.stdout).toMatch(/tak terduga: `capasity`.*maksud Anda `capacity`\?/);
    // The same findings at the same places, with the same codes.
    const codes = (text: string): string[] => [...text.matchAll(/^\S+:\d+:\d+ .* (LON\d{4})$/gm)].map((m) => m[0].replace(/ {2}.* {2}/, " "));
    expect(codes(id.stdout)).toEqual(codes(en.stdout));
    expect(codes(id.stdout).length).toBeGreaterThanOrEqual(3);
  });

  it("follows LANG=id_ID.UTF-8 without --lang, and LC_ALL and LC_MESSAGES before LANG", async () => {
    const dir = workspace(BROKEN);
    const chosen = await run(["check", "--static", "--lang", "id", "ws"], dir);
    expect(await run(["check", "--static", "ws"], dir, { LANG: "id_ID.UTF-8" })).toEqual(chosen);
    expect(await run(["check", "--static", "ws"], dir, { LANG: "en_US.UTF-8", LC_MESSAGES: "id_ID" })).toEqual(chosen);
    const english = await run(["check", "--static", "ws"], dir, {});
    expect(english.stdout).toContain("is not declared");
    expect(await run(["check", "--static", "ws"], dir, { LANG: "id_ID.UTF-8", LC_ALL: "C" })).toEqual(english);
    expect(await run(["check", "--static", "--lang", "en", "ws"], dir, { LANG: "id_ID.UTF-8" })).toEqual(english);
  });

  it("refuses a language it does not have (exit 2)", async () => {
    const result = await run(["check", "--lang", "fr", "ws"], workspace(CLEAN));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--lang expects en or id, got 'fr'");
  });

  it("names the rules of a SARIF log in the chosen language", async () => {
    const result = await run(["check", "--static", "--format", "sarif", "--lang", "id", "ws"], workspace(BROKEN));
    const rules = (JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] }).runs[0]?.tool.driver.rules ?? [];
    expect(rules.find((rule) => rule.id === "LON2002")?.shortDescription.text).toBe("nama tidak dikenal");
  });

  it("a `lontar check` process started with LANG=id_ID.UTF-8 prints Indonesian messages", async () => {
    const dir = workspace(BROKEN);
    const result = await spawnLontar(["check", "--static", path.join(dir, "ws")], { env: { LANG: "id_ID.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("`disdk` tidak dideklarasikan");
  });
});
