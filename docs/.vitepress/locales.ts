import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DefaultTheme, LocaleConfig } from "vitepress";
import { SECTIONS, diagnosticPages } from "./pages";

type Lang = "en" | "id";
const docsDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The API reference's link, in English on both sites (typedoc writes English), when the
 * reference is built: `pnpm docs:api` writes docs/api, which the build copies to /api/
 * (config.ts). A site built without it has no link to a missing page.
 */
function apiLink(lang: Lang): { text: string; link: string; target: string }[] {
  return existsSync(path.join(docsDir, "api", "index.html")) ? [{ text: THEME_WORDS[lang].api, link: "/api/index.html", target: "_self" }] : [];
}

/** Words of the theme itself, per language. */
const THEME_WORDS = {
  en: { outline: "On this page", prev: "Previous page", next: "Next page", diagnostics: "Diagnostics", api: "API reference (typedoc)", playground: "Playground", guide: "Getting started", darkMode: "Appearance", menu: "Menu", top: "Return to top", lang: "Languages", skipToContent: "Skip to content", toLight: "Switch to light theme", toDark: "Switch to dark theme", notFound: { title: "PAGE NOT FOUND", quote: "This page is not on the site: it may have moved, or the link has a typo.", linkLabel: "go to the home page", linkText: "Take me home" } },
  id: { outline: "Di halaman ini", prev: "Halaman sebelumnya", next: "Halaman berikutnya", diagnostics: "Diagnostik", api: "Rujukan API (typedoc, bahasa Inggris)", playground: "Taman bermain", guide: "Memulai", darkMode: "Tampilan", menu: "Menu", top: "Kembali ke atas", lang: "Bahasa", skipToContent: "Langsung ke isi", toLight: "Ganti ke tema terang", toDark: "Ganti ke tema gelap", notFound: { title: "HALAMAN TIDAK DITEMUKAN", quote: "Halaman ini tidak ada di situs: mungkin sudah pindah, atau tautannya salah ketik.", linkLabel: "ke halaman utama", linkText: "Ke halaman utama" } },
} as const;

function sidebar(lang: Lang): DefaultTheme.SidebarItem[] {
  const prefix = lang === "en" ? "/" : "/id/";
  const words = THEME_WORDS[lang];
  const link = (page: string): string => prefix + (page === "index" ? "" : page.replace(/\/index$/, "/"));
  const sections: DefaultTheme.SidebarItem[] = SECTIONS.map((section) => ({
    text: section[lang],
    items: section.pages.map((page) => ({ text: page[lang], link: link(page.path) })),
  }));
  const codes = diagnosticPages(path.join(docsDir, lang === "en" ? "diagnostics" : "id/diagnostics"));
  // The group's title opens the index of the codes with their titles (diagnostics/index.md).
  sections.push({ text: words.diagnostics, link: `${prefix}diagnostics/`, collapsed: true, items: codes.map((code) => ({ text: code, link: `${prefix}diagnostics/${code}` })) });
  sections.push(...apiLink(lang));
  return sections;
}

function themeConfig(lang: Lang): DefaultTheme.Config {
  const prefix = lang === "en" ? "/" : "/id/";
  const words = THEME_WORDS[lang];
  return {
    nav: [
      { text: words.guide, link: `${prefix}getting-started` },
      { text: words.playground, link: `${prefix}playground` },
      ...apiLink(lang),
    ],
    sidebar: sidebar(lang),
    outline: { label: words.outline },
    docFooter: { prev: words.prev, next: words.next },
    darkModeSwitchLabel: words.darkMode,
    sidebarMenuLabel: words.menu,
    returnToTopLabel: words.top,
    langMenuLabel: words.lang,
    skipToContentLabel: words.skipToContent,
    lightModeSwitchTitle: words.toLight,
    darkModeSwitchTitle: words.toDark,
    notFound: words.notFound,
  };
}

/** English, at the root (docs/). */
export const rootLocale: LocaleConfig<DefaultTheme.Config>[string] = {
  label: "English",
  lang: "en",
  description: "Plan the programs, partnerships and resources of Indonesian public libraries.",
  themeConfig: themeConfig("en"),
};

/** Bahasa Indonesia, at /id/ (docs/id/, the same file names). */
export const idLocale: LocaleConfig<DefaultTheme.Config>[string] = {
  label: "Bahasa Indonesia",
  lang: "id",
  link: "/id/",
  description: "Rencanakan program, kemitraan, dan sumber daya perpustakaan umum Indonesia.",
  themeConfig: themeConfig("id"),
};
