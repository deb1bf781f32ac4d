import { inputDepthIssue } from "../primitives/depth.js";
import { fail, ok, parseWith, type Result } from "../primitives/result.js";
import { checkRecurrenceRules } from "./recurrence-rules.js";
import { checkReferences } from "./references.js";
import { inputKeys } from "./unknown-keys.js";
import { withoutUndefinedKeys } from "./without-undefined.js";
import { Workspace } from "./workspace.js";

/**
 * Validates untrusted input as a {@link Workspace}: its keys (a key the model does not
 * declare is `CORE_UNKNOWN_KEY`, naming the nearest known key, never dropped silently),
 * its shape (zod), then its references and its RRULEs (`CORE_INVALID_RRULE`). Returns the parsed workspace with defaults
 * filled in, or every issue found. Never throws on user data. An optional key the input
 * sets to `undefined` means the key is absent (as zod reads it), and the result leaves it
 * out, as it would a key not written: the model has no key holding `undefined`.
 *
 * @example
 * const result = validateWorkspace(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.code, issue.path.join("."), issue.message);
 * @throws TypeError when `input` is bytes (a Buffer, Uint8Array or ArrayBuffer: a file or body read and not parsed), which no JSON parses to.
 */
export function validateWorkspace(input: unknown): Result<Workspace> {
  expectNotBytes(input);
  // JSON text not yet parsed (a body read as text): "expected object, received string" did not say what to do (an SDK walk).
  if (typeof input === "string") return fail([NOT_PARSED]);
  const tooDeep = inputDepthIssue(input);
  if (tooDeep !== undefined) return fail([tooDeep]);
  const keys = inputKeys(Workspace, input);
  const unknownKeys = keys.unknown;
  const parsed = parseWith(Workspace, input);
  if (!parsed.ok) return fail([...unknownKeys, ...parsed.issues]);
  // Zod writes a key the input holds, undefined or not; one walk more only when one may.
  const value = keys.mayHoldUndefined ? withoutUndefinedKeys(parsed.value) : parsed.value;
  const issues = [...unknownKeys, ...checkReferences(value), ...checkRecurrenceRules(value)];
  return issues.length > 0 ? fail(issues) : ok(value);
}

/** The issue of a workspace given as a string: most likely JSON text, to parse first. */
const NOT_PARSED = {
  code: "CORE_SCHEMA",
  path: [],
  message: "the workspace is a string, not an object: is it JSON text not yet parsed? JSON.parse(text) gives the workspace",
  args: { detail: { en: "must be an object, not a string: JSON text is parsed first (JSON.parse(text))", id: "harus berupa objek, bukan teks: teks JSON diurai lebih dulu (JSON.parse(text))" } },
} as const;

/**
 * Throws a TypeError for bytes: JSON never parses to them, so they are a body or file read
 * and not parsed (the caller's mistake), which read as an object gave a hundred
 * `unknown key "0"` issues.
 */
function expectNotBytes(input: unknown): void {
  const shown = input instanceof ArrayBuffer ? "an ArrayBuffer" : ArrayBuffer.isView(input) ? `a ${input.constructor.name}` : undefined;
  if (shown !== undefined) throw new TypeError(`validateWorkspace: the input is ${shown}, not parsed JSON: decode and parse it first (JSON.parse(new TextDecoder().decode(bytes)))`);
}
