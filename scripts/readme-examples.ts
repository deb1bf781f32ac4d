/**
 * The runnable examples of the packages' READMEs: code blocks fenced as ```ts runnable.
 * The README test runs them against the sources; scripts/pack-install-test.ts runs them
 * against the installed tarballs. Each block is a whole ES module (imports included).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { transform } from "esbuild";

/** The packages whose READMEs hold examples, in dependency order. */
export const README_PACKAGES = ["core", "dsl", "planner", "cli"] as const;

/** One runnable block of a README. */
export interface ReadmeExample {
  /** The package folder name (`core`, `dsl`, …). */
  readonly pkg: string;
  /** 1-based position among the package's runnable blocks. */
  readonly index: number;
  /** The line of the opening fence in README.md (1-based). */
  readonly line: number;
  /** The TypeScript source. */
  readonly code: string;
}

const FENCE = /^```ts runnable\s*$/;

/** The runnable blocks of each package's README under `repoRoot`. */
export function readmeExamples(repoRoot: string): ReadmeExample[] {
  return README_PACKAGES.flatMap((pkg) => {
    const lines = readFileSync(path.join(repoRoot, "packages", pkg, "README.md"), "utf8").split("\n");
    const found: ReadmeExample[] = [];
    for (let start = 0; start < lines.length; start++) {
      if (!FENCE.test(lines[start] ?? "")) continue;
      const end = lines.findIndex((line, at) => at > start && line.startsWith("```"));
      if (end === -1) throw new Error(`packages/${pkg}/README.md:${start + 1}: unclosed code block`);
      found.push({ pkg, index: found.length + 1, line: start + 1, code: lines.slice(start + 1, end).join("\n") });
      start = end;
    }
    return found;
  });
}

/** The example as plain JavaScript (an ES module Node runs without a loader). */
export async function exampleModule(example: ReadmeExample): Promise<string> {
  const result = await transform(example.code, { loader: "ts", format: "esm", target: "node20", sourcefile: `${example.pkg}/README.md:${example.line}` });
  return result.code;
}
