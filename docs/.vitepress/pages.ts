import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** Who writes a page: this site, or another branch (its Indonesian mirror comes with it). */
export type PageOwner = "site" | "table" | "diagnostics" | "lsp";

/** A page of the site, in both languages (docs/<path>.md and docs/id/<path>.md). */
export interface SitePage {
  readonly path: string;
  readonly en: string;
  readonly id: string;
  readonly owner: PageOwner;
}

/** A sidebar section and its pages, in order. */
export interface SiteSection {
  readonly en: string;
  readonly id: string;
  readonly pages: readonly SitePage[];
}

/** The site's pages, listed once: the sidebars of both locales and the parity checks read this. */
export const SECTIONS: readonly SiteSection[] = [
  {
    en: "Introduction",
    id: "Pengantar",
    pages: [
      { path: "index", en: "What Lontar is for", id: "Untuk apa Lontar", owner: "site" },
      { path: "getting-started", en: "Getting started", id: "Memulai", owner: "site" },
      { path: "playground", en: "Playground", id: "Taman bermain", owner: "site" },
    ],
  },
  {
    en: "Reference",
    id: "Rujukan",
    pages: [
      { path: "language", en: "The language", id: "Bahasanya", owner: "table" },
      { path: "holidays", en: "Holidays", id: "Hari libur", owner: "table" },
      { path: "editors", en: "Editors", id: "Editor", owner: "lsp" },
      { path: "ci", en: "CI", id: "CI", owner: "site" },
      { path: "sdk", en: "SDK", id: "SDK", owner: "site" },
      { path: "benchmarks", en: "Benchmarks", id: "Tolok ukur", owner: "site" },
    ],
  },
  {
    en: "Examples",
    id: "Contoh",
    pages: [
      { path: "examples/index", en: "Five workspaces", id: "Lima ruang kerja", owner: "site" },
      { path: "examples/watualang", en: "Watualang (Ngawi)", id: "Watualang (Ngawi)", owner: "site" },
      { path: "examples/langsa", en: "Langsa", id: "Langsa", owner: "site" },
      { path: "examples/solok-interaksi", en: "Solok: interaction", id: "Solok: interaksi", owner: "site" },
      { path: "examples/solok-rakor-2019", en: "Solok: Rakor 2019", id: "Solok: Rakor 2019", owner: "site" },
      { path: "examples/ntt-plm-2019", en: "NTT: PLM 2019", id: "NTT: PLM 2019", owner: "site" },
    ],
  },
];

/** The diagnostic pages present under `folder` (docs/diagnostics or docs/id/diagnostics), by code. */
export function diagnosticPages(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^LON\d+\.md$/.test(name))
    .map((name) => path.basename(name, ".md"))
    .sort();
}
