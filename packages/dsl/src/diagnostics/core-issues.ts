/**
 * The LON code of each issue @lontar/core's validation can raise on a compiled workspace.
 * Each is reachable from what a user writes, so each has its own code; LON3999 is left for
 * an issue this table does not know, which would be a fault of the compiler.
 */
const CODE_OF_CORE_ISSUE: Readonly<Record<string, string>> = {
  CORE_DUPLICATE_ID: "LON2001",
  CORE_UNKNOWN_REFERENCE: "LON2002",
  CORE_WRONG_KIND: "LON2003",
  CORE_UNKNOWN_STAGE: "LON3005",
  CORE_UNKNOWN_TIME_ZONE: "LON3010",
  CORE_SCHEMA: "LON3011",
  CORE_TOO_DEEP: "LON1010",
};

/** The LON code for a core issue code: its own code, or LON3999 (internal) for one not in the table. */
export function codeOfCoreIssue(coreCode: string): string {
  return CODE_OF_CORE_ISSUE[coreCode] ?? "LON3999";
}
