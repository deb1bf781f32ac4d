import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DefaultTheme } from "vitepress";
import { idLocale, rootLocale } from "../../../docs/.vitepress/locales.js";
import { SECTIONS } from "../../../docs/.vitepress/pages.js";
import { EXAMPLE_ORDER, EXAMPLE_TITLES, checkFiles, newWorkspace } from "@lontar/playground";

const docs = fileURLToPath(new URL("../../../docs/", import.meta.url));

/** Markdown pages under `folder`, relative to it, leaving out the Indonesian tree, the API and the site's own folder. */
function pages(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".md") && !/^(id|api|\.vitepress|node_modules)\//.test(file))
    .sort();
}

/**
 * Pages that other branches write with their Indonesian mirror (the language reference, the
 * diagnostics, the editor guide). On this branch their English pages exist and the mirrors
 * arrive with those branches; every other page must exist in both languages.
 */
function writtenElsewhere(page: string): boolean {
  const name = page.replace(/\.md$/, "");
  return name.startsWith("diagnostics/") || SECTIONS.some((section) => section.pages.some((p) => p.owner !== "site" && p.path === name));
}

describe("every page exists in English and in Bahasa Indonesia", () => {
  const english = pages(docs);
  const indonesian = pages(path.join(docs, "id"));

  it("has an Indonesian page for every English page", () => {
    const missing = english.filter((page) => !indonesian.includes(page) && !writtenElsewhere(page));
    expect(missing).toEqual([]);
  });

  it("has an English page for every Indonesian page", () => {
    expect(indonesian.filter((page) => !english.includes(page))).toEqual([]);
  });

  it("has both pages for every page of the site's sidebar that the site writes", () => {
    const ours = SECTIONS.flatMap((section) => section.pages).filter((page) => page.owner === "site");
    const missing = ours.flatMap((page) => [`${page.path}.md`, `id/${page.path}.md`]).filter((file) => !existsSync(path.join(docs, file)));
    expect(missing).toEqual([]);
    expect(ours.length).toBeGreaterThan(5);
  });
});

describe("the Indonesian pages are written in Bahasa Indonesia", () => {
  it("include no English page (its headings would stand in the Indonesian outline and search)", () => {
    const including = pages(path.join(docs, "id")).filter((page) => /<!--\s*@include:\s*(\.\.\/)+(?!id\/)[^>]*\.md/.test(readFileSync(path.join(docs, "id", page), "utf8")));
    expect(including.filter((page) => !writtenElsewhere(page))).toEqual([]);
  });
});

describe("the sidebar of each language", () => {
  it.each([
    ["en", rootLocale],
    ["id", idLocale],
  ])("%s: no group holds only a link of its own name", (_lang, locale) => {
    const sidebar = (locale.themeConfig?.sidebar ?? []) as DefaultTheme.SidebarItem[];
    const echoes = sidebar.filter((group) => group.items?.length === 1 && group.items[0]?.text === group.text).map((group) => group.text);
    expect(echoes).toEqual([]);
    expect(sidebar.length).toBeGreaterThan(3);
  });
});

describe("the playground's example picker", () => {
  it("names each example as the sidebar names its page, in each language", () => {
    const sidebar = Object.fromEntries(SECTIONS.flatMap((section) => section.pages).filter((page) => page.path.startsWith("examples/") && page.path !== "examples/index").map((page) => [page.path.slice("examples/".length), { en: page.en, id: page.id }]));
    expect(EXAMPLE_TITLES).toEqual(sidebar);
    expect(Object.keys(EXAMPLE_TITLES).sort()).toEqual([...EXAMPLE_ORDER].sort());
  });

  it("opens a new workspace on one file with a comment on what to write, in the page's language", () => {
    expect(newWorkspace("id").files).toEqual([{ path: "utama.lontar", text: expect.stringMatching(/^\/\/ Ruang kerja baru\./) }]);
    expect(newWorkspace("en").files).toEqual([{ path: "main.lontar", text: expect.stringMatching(/^\/\/ A new workspace\./) }]);
    for (const lang of ["en", "id"] as const) expect(checkFiles(newWorkspace(lang).files).diagnostics).toEqual([]);
  });
});
