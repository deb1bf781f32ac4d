import type { Issue } from "../primitives/result.js";
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
  CORE_SCHEMA: "LON3011.coreSchema",
  CORE_UNKNOWN_KEY: "LON3012.coreUnknownKey",
  CORE_TOO_DEEP: "LON1010.coreTooDeep",
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
  return key;
}
