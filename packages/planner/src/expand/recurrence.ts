/**
 * Recurrence-set expansion lives in `@lontar/core` (one RFC 5545 engine for the DSL
 * checker and the planner); re-exported here so planner modules keep their imports.
 */
export { expandRecurrence, type RecurrenceInput, type RecurrenceResult, type RecurrenceStart } from "@lontar/core";
