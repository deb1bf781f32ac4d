import { checkSource } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { declarationSnippet } from "../src/features/snippets.js";
import { DECLARATION_KINDS } from "../src/language/language.js";

/** The snippet as the editor inserts it with every placeholder left at its default. */
const expand = (snippet: string): string => snippet.replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$0/g, "");

describe.each(["en", "id"] as const)("declaration snippets (%s)", (lang) => {
  it.each(DECLARATION_KINDS)("the %s snippet, as inserted, has no syntax error and no missing property", (kind) => {
    const text = expand(declarationSnippet(kind, lang));
    const codes = checkSource(text, "snippet.lontar").diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c.startsWith("LON1") || c === "LON3007" || c === "LON3009")).toEqual([]);
  });
});
