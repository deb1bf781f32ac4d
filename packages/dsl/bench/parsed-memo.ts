/**
 * An analysis memo that hands out trees parsed beforehand, for the benchmarks that time the
 * steps after parsing (run.ts, stages.ts): the memo's `parse` is replaced, the rest is the
 * analysis as it runs.
 */
import { parseFile, type ParseResult } from "@lontar/dsl";
import { AnalysisMemo } from "../src/workspace/pipeline.js";

/** A fresh memo whose `parse` gives the tree of `trees` for a path it holds (and parses any other). */
export function memoOverParsed(trees: ReadonlyMap<string, ParseResult>): AnalysisMemo {
  const memo = new AnalysisMemo();
  Object.defineProperty(memo, "parse", { value: (text: string, path: string) => trees.get(path) ?? parseFile(text, path) });
  return memo;
}
