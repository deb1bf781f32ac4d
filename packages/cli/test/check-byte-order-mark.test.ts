/**
 * A file saved "UTF-8 with BOM" (Notepad, some Windows editors): the mark is no column. Every
 * report names line 1's findings at the columns of the text without it (as GitHub, SARIF
 * viewers and terminals count), and `--fix` edits the right characters, keeping the mark.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const BOM = "\uFEFF";
// Line 1: a misspelt category (column 26) and a time written with a dot (column 69, LON1106, certain fix).
const TEXT = "program kelas { category reading_clas schedule every week on tue at 09.00 for 1h }\n";

/** The line, column, end column and code of each finding a format reports, in the order given. */
async function findings(dir: string, file: string, format: string): Promise<string> {
  const result = await run(["check", "--static", "--lang", "en", "--format", format, file], dir);
  // The fingerprints (sarif, codequality) hash the file's path, which differs between the two files: compared apart.
  return result.stdout.replaceAll(file, "FILE").replace(/"[0-9a-f]{64}"/g, '"FINGERPRINT"');
}

describe("a file with a UTF-8 byte order mark", () => {
  it("reports line 1's columns as the text without it, in every format", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plain.lontar"), TEXT);
    writeFileSync(path.join(dir, "marked.lontar"), BOM + TEXT);
    for (const format of ["stylish", "json", "sarif", "github", "junit", "codequality"]) {
      const plain = await findings(dir, "plain.lontar", format);
      const marked = await findings(dir, "marked.lontar", format);
      expect(plain, format).toContain("LON1106");
      expect(marked, format).toBe(plain);
    }
    const column = TEXT.indexOf("09.00") + 1;
    expect(await findings(dir, "marked.lontar", "github")).toContain(`line=1,endLine=1,col=${column},endColumn=${column + 5},title=LON1106::`);
  });

  it("is kept by --fix, which edits the characters the findings name", async () => {
    const dir = tempDir();
    const file = path.join(dir, "marked.lontar");
    writeFileSync(file, BOM + TEXT);
    await run(["check", "--fix", "--static", "--lang", "en", "marked.lontar"], dir);
    expect(readFileSync(file, "utf8")).toBe(BOM + TEXT.replace("09.00", "09:00"));
  });
});
