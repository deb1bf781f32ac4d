import type { z } from "zod";
import type { MessageArgs } from "../diagnostics/diagnostic.js";
import { inputDepthIssue } from "./depth.js";
import { zodIssueDetail } from "./zod-detail.js";

/** A problem found in user data: a stable code, where it is, and what is wrong. */
export interface Issue {
  /** Stable code, e.g. `CORE_SCHEMA` or `CORE_UNKNOWN_REFERENCE`. */
  readonly code: string;
  /** Where in the input: object keys and array indices from the root. */
  readonly path: readonly (string | number)[];
  /** What is wrong, for a person (English). */
  readonly message: string;
  /** The values of the message, to render it in either language from the issue's template (see `coreIssueDiagnosticKey`). */
  readonly args?: MessageArgs;
}

/**
 * The outcome of an operation on user data: the value, or the issues that stop it.
 * Core and planner APIs return this rather than throwing.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** A successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed {@link Result}. */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

/** Turns zod's issues into Lontar issues with the code `CORE_SCHEMA`. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    code: "CORE_SCHEMA",
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
    args: { detail: zodIssueDetail(issue) },
  }));
}

/**
 * Parses `input` with `schema`, returning a {@link Result} and never throwing. Input
 * nested too deeply (or cyclic) gives the issue `CORE_TOO_DEEP` before zod sees it.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const tooDeep = inputDepthIssue(input);
  if (tooDeep !== undefined) return fail([tooDeep]);
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(issuesFromZod(parsed.error));
}
