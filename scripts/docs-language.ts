/**
 * Writes the generated tables of docs/language.md and docs/id/language.md from the language
 * table (packages/dsl/src/language), and of docs/holidays.md and docs/id/holidays.md from the
 * holiday tables (packages/core/src/holidays). `--check` writes nothing and fails when a page
 * is not current.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { regenerateLanguagePage } from "../packages/dsl/src/language/reference.js";
import { regenerateHolidaysPage } from "../packages/core/src/holidays/reference.js";

const root = join(import.meta.dirname, "..");
const check = process.argv.includes("--check");
let stale = false;
const PAGES = [
  ["docs/language.md", "en", regenerateLanguagePage],
  ["docs/id/language.md", "id", regenerateLanguagePage],
  ["docs/holidays.md", "en", regenerateHolidaysPage],
  ["docs/id/holidays.md", "id", regenerateHolidaysPage],
] as const;
for (const [file, lang, regenerate] of PAGES) {
  const path = join(root, file);
  const page = readFileSync(path, "utf8");
  const next = regenerate(page, lang);
  if (next === undefined) {
    process.stderr.write(`${file}: the generated-region markers are missing\n`);
    process.exitCode = 1;
    continue;
  }
  if (next === page) continue;
  if (check) {
    process.stderr.write(`${file} is not current: run pnpm docs:language\n`);
    stale = true;
  } else {
    writeFileSync(path, next);
    process.stdout.write(`wrote ${file}\n`);
  }
}
if (stale) process.exitCode = 1;
