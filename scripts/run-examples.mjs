// Runs ES modules one after another in this process, each from a fresh temporary working
// directory, and writes a JSON report: [{ file, ok, error? }]. Used for the README
// examples (see readme-examples.ts). Usage: node run-examples.mjs REPORT.json MODULE...
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [report, ...modules] = process.argv.slice(2);
const home = process.cwd();
const results = [];
for (const file of modules) {
  const cwd = mkdtempSync(path.join(tmpdir(), "lontar-example-"));
  process.chdir(cwd);
  try {
    await import(pathToFileURL(path.resolve(home, file)).href);
    results.push({ file, ok: true });
  } catch (error) {
    results.push({ file, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  } finally {
    process.chdir(home);
    rmSync(cwd, { recursive: true, force: true });
  }
}
writeFileSync(report, JSON.stringify(results, null, 2));
