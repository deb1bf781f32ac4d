import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMAND_USAGE, MAIN_USAGE } from "../src/args/help-texts.js";
import { CLI_MESSAGES } from "../src/text/messages.js";

const placeholders = (template: string): string[] => [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] ?? "").sort();

// Words that are the same in both languages (a technical term, a count template with a symbol).
const SAME_IN_BOTH = new Set(["report.summary", "input.fileSystem"]);

describe("the CLI's message table", () => {
  it.each(Object.entries(CLI_MESSAGES))("%s has an English and an Indonesian text with the same placeholders", (key, text) => {
    expect(text.en.trim(), key).not.toBe("");
    expect(text.id.trim(), key).not.toBe("");
    expect(placeholders(text.id), key).toEqual(placeholders(text.en));
    if (!SAME_IN_BOTH.has(key)) expect(text.id, key).not.toBe(text.en);
  });

  it("has every help text in both languages, translated", () => {
    for (const [command, text] of [["main", MAIN_USAGE], ...Object.entries(COMMAND_USAGE)] as const) {
      expect(text.en, command).toMatch(/^Usage: lontar/);
      expect(text.id, command).toMatch(/^Penggunaan: lontar/);
      // The same options in both.
      const options = (t: string): string[] => [...t.matchAll(/--[a-z-]+/g)].map((m) => m[0]).sort();
      expect(options(text.id), command).toEqual(options(text.en));
    }
  });
});

/** Every .ts file under src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith(".ts") ? [path.join(dir, entry.name)] : [],
  );
}

describe("the CLI's source", () => {
  const src = path.join(import.meta.dirname, "../src");
  // Text printed straight from a literal, outside the tables: a word of two letters or more
  // left after taking out interpolations and the `lontar:` prefix.
  const printed = /io\.(?:stdout|stderr)\(\s*(`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*")/g;
  const words = (literal: string): string[] =>
    literal
      .slice(1, -1)
      .replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, " ")
      .replace(/\\n/g, " ")
      .replace(/lontar:/g, " ")
      .match(/[A-Za-z]{2,}/g) ?? [];

  it.each(sourceFiles(src).map((file) => path.relative(src, file)))("%s prints no sentence outside the message tables", (file) => {
    const text = readFileSync(path.join(src, file), "utf8");
    for (const [, literal] of text.matchAll(printed)) expect(words(literal ?? ""), `${file}: ${literal}`).toEqual([]);
    // Errors for people are made from message keys (the constructors take a key of the table).
    for (const [, literal] of text.matchAll(/new (?:UsageError|InputError)\(\s*([`"][^`"]*[`"])/g)) {
      expect(Object.hasOwn(CLI_MESSAGES, (literal ?? "").slice(1, -1)), `${file}: ${literal}`).toBe(true);
    }
  });
});
