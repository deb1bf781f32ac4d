/**
 * `lontar check --format json` on a one-file workspace, for the tests of the plan's
 * findings (LON5106, LON5107): the file's text in, the exit code and the messages out.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, tempDir } from "./run.js";

/** One message of the JSON format, as these tests read it. */
export interface JsonMessage {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly severity: number;
  readonly message: string;
}

/** A temporary folder holding `ws/workspace.lontar` with `text`. */
export function workspace(text: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, "ws"));
  writeFileSync(path.join(dir, "ws", "workspace.lontar"), text);
  return dir;
}

/** The findings of `lontar check --format json` on `text` in `language`, and its exit code. */
export async function checkJson(text: string, language: "en" | "id"): Promise<{ code: number; messages: JsonMessage[] }> {
  const result = await run(["check", "--format", "json", "--lang", language, "ws"], workspace(text));
  return { code: result.code, messages: (JSON.parse(result.stdout) as { messages: JsonMessage[] }[]).flatMap((file) => file.messages) };
}

/** The 1-based line of `text` holding `words` (0 when none does). */
export const lineOf = (text: string, words: string): number => text.split("\n").findIndex((l) => l.includes(words)) + 1;
