import { existsSync } from "node:fs";
import path from "node:path";
import { SECTIONS } from "./pages";

/**
 * True for a link to a page another branch writes (the language reference, the editor
 * guide, a diagnostic's page) while that page is not here yet in both languages: the link
 * is right, and it resolves once that branch is merged. Any other missing page is a dead
 * link. (VitePress passes the link alone, not the page it is on, so both languages count.)
 */
export function pendingPageLink(link: string, docsDir: string): boolean {
  const page = link
    .replace(/[?#].*$/, "")
    .replace(/\.(md|html)$/, "")
    .replace(/^(\.\.?\/)+/, "")
    .replace(/^\//, "")
    .replace(/^id\//, "");
  const owned = page.startsWith("diagnostics/") || SECTIONS.some((s) => s.pages.some((p) => p.owner !== "site" && p.path === page));
  return owned && !(existsSync(path.join(docsDir, `${page}.md`)) && existsSync(path.join(docsDir, "id", `${page}.md`)));
}
