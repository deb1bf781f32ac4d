/** The zone clock lives in `@lontar/core` with the recurrence engine; re-exported for planner modules. */
export { zoneClock, zoneClocks, type ResolvedLocalTime, type ZoneClock } from "@lontar/core";
