import { expectLanguage, type Language } from "../primitives/labels.js";
import { described } from "../primitives/described.js";
import type { Issue } from "../primitives/result.js";
import type { MessageRef } from "./diagnostic.js";
import { renderMessage } from "./render.js";
import type { DiagnosticMessageKey } from "./table.js";

/**
 * The message key (and so the LON code) of each issue core's validation raises. Each is
 * reachable from what a user writes, so each has its own code; LON3999 is left for an
 * issue this table does not know, which would be a fault of Lontar.
 */
const KEY_OF_CORE_ISSUE: Readonly<Record<string, DiagnosticMessageKey>> = {
  CORE_DUPLICATE_ID: "LON2001.coreDuplicate",
  CORE_UNKNOWN_REFERENCE: "LON2002.coreUnknown",
  CORE_WRONG_KIND: "LON2003.coreWrongKind",
  CORE_UNKNOWN_STAGE: "LON3005.coreUnknownStage",
  CORE_UNKNOWN_TIME_ZONE: "LON3010.coreNoZone",
  CORE_UNKNOWN_PROVINCE: "LON3010.coreNearProvince",
  CORE_SCHEMA: "LON3011.coreSchema",
  CORE_UNKNOWN_KEY: "LON3012.coreUnknownKey",
  CORE_TOO_DEEP: "LON1010.coreTooDeep",
  CORE_INVALID_RRULE: "LON4002.coreInvalid",
  // A TPBIS stage move (checkStageTransition) is an app's call, not a .lontar file's: an
  // unknown stage is LON3005's, a move the model does not allow (or lacks evidence for) LON3011's.
  TPBIS_UNKNOWN_STAGE: "LON3005.coreUnknownStage",
  TPBIS_TRANSITION_NOT_ALLOWED: "LON3011.coreSchema",
  TPBIS_MISSING_EVIDENCE: "LON3011.coreSchema",
};

/**
 * The message key for a core issue: its own (`LON2001.coreDuplicate` for
 * `CORE_DUPLICATE_ID`), or `LON3999.internal` for an issue without arguments to fill it.
 * The key's template takes the issue's `args` plus `where` and `coreCode`.
 *
 * @example coreIssueDiagnosticKey({ code: "CORE_UNKNOWN_REFERENCE", path: [], message: "x is not declared", args: { id: "x" } }) // "LON2002.coreUnknown"
 */
export function coreIssueDiagnosticKey(issue: Issue): DiagnosticMessageKey {
  const key = KEY_OF_CORE_ISSUE[issue.code];
  if (key === undefined || issue.args === undefined) return "LON3999.internal";
  if (key === "LON3012.coreUnknownKey" && issue.args["nearest"] !== undefined) return "LON3012.coreUnknownKeyNear";
  // An id declared twice as one kind names the kind once ("as library", not "as library and library").
  if (key === "LON2001.coreDuplicate" && JSON.stringify(issue.args["first"]) === JSON.stringify(issue.args["second"])) return "LON2001.coreDuplicateSameKind";
  return key;
}

/**
 * The message of a core issue, as a diagnostic's: its key ({@link coreIssueDiagnosticKey}),
 * its arguments, where it is in the input (`(at programs.0.library)`, `(di …)`) and its core
 * code. Render it with `renderMessage` in either language, or use {@link localizeIssue}.
 *
 * @example renderMessage(coreIssueMessage({ code: "CORE_UNKNOWN_REFERENCE", path: ["programs", 0, "library"], message: "", args: { id: "x" } }), "id") // "x tidak dideklarasikan (di programs.0.library) [CORE_UNKNOWN_REFERENCE]"
 */
export function coreIssueMessage(issue: Issue): MessageRef & { readonly key: DiagnosticMessageKey } {
  const key = coreIssueDiagnosticKey(issue);
  const at = issue.path.join(".");
  const where = at === "" ? "" : { en: ` (at ${at})`, id: ` (di ${at})` };
  return { key, args: { ...(key === "LON3999.internal" ? { detail: issue.message } : issue.args), where, coreCode: issue.code } };
}

/**
 * A core issue's message in English or Bahasa Indonesia, as `lontar check` would print it.
 *
 * @example
 * const result = validateWorkspace(input);
 * if (!result.ok) for (const issue of result.issues) console.log(localizeIssue(issue, "id"));
 * @throws RangeError when `language` is not `"en"` or `"id"` (a locale such as `"id-ID"`: see localeLanguage).
 * @throws TypeError when `issue` is not an issue.
 */
export function localizeIssue(issue: Issue, language: Language): string {
  expectLanguage(language, "localizeIssue");
  const shape = issue as Partial<Issue> | null | undefined;
  if (typeof shape !== "object" || shape === null || typeof shape.code !== "string" || !Array.isArray(shape.path)) {
    throw new TypeError(`localizeIssue: issue must be an issue of a failed result ({ code, path, message }), not ${described(issue)}`);
  }
  return renderMessage(coreIssueMessage(issue), language) ?? issue.message;
}
