import path from "node:path";
import type { Diagnostic } from "@lontar/dsl";

/** Takes the findings of one more workspace and gives back those no earlier workspace gave. */
export type NewFindings = (findings: Iterable<Diagnostic>) => Diagnostic[];

/**
 * A filter that reports a finding once when a file is reached through two paths (`lontar
 * check rules rules/mou.lontar`, or `rules` with a folder inside it): the file is analyzed in
 * each workspace that holds it, and a finding the same in both is the same finding. The
 * findings of one workspace are all kept, as its analysis gave them.
 *
 * @example
 * const newFindings = reportedOnce(cwd);
 * newFindings(first); // all of them
 * newFindings(second); // those the first did not give
 */
export function reportedOnce(cwd: string): NewFindings {
  const seen = new Set<string>();
  const key = (finding: Diagnostic): string => {
    const { file, range } = finding.location;
    return JSON.stringify([path.resolve(cwd, file), range.start.offset, range.end.offset, finding.code, finding.severity, finding.message]);
  };
  return (findings) => {
    const fresh: Diagnostic[] = [];
    const keys: string[] = [];
    for (const finding of findings) {
      const id = key(finding);
      if (seen.has(id)) continue;
      fresh.push(finding);
      keys.push(id);
    }
    for (const id of keys) seen.add(id);
    return fresh;
  };
}
