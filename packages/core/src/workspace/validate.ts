import { inputDepthIssue } from "../primitives/depth.js";
import { fail, ok, parseWith, type Result } from "../primitives/result.js";
import { checkReferences } from "./references.js";
import { unknownKeyIssues } from "./unknown-keys.js";
import { Workspace } from "./workspace.js";

/**
 * Validates untrusted input as a {@link Workspace}: its keys (a key the model does not
 * declare is `CORE_UNKNOWN_KEY`, naming the nearest known key, never dropped silently),
 * its shape (zod) and then its references. Returns the parsed workspace with defaults
 * filled in, or every issue found. Never throws on user data.
 *
 * @example
 * const result = validateWorkspace(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.code, issue.path.join("."), issue.message);
 */
export function validateWorkspace(input: unknown): Result<Workspace> {
  const tooDeep = inputDepthIssue(input);
  if (tooDeep !== undefined) return fail([tooDeep]);
  const unknownKeys = unknownKeyIssues(Workspace, input);
  const parsed = parseWith(Workspace, input);
  if (!parsed.ok) return fail([...unknownKeys, ...parsed.issues]);
  const issues = [...unknownKeys, ...checkReferences(parsed.value)];
  return issues.length > 0 ? fail(issues) : ok(parsed.value);
}
