/** Floating wall-clock formatting lives in `@lontar/core` with the recurrence engine; re-exported for planner modules. */
export { floatingAt, floatingDateTime, formatOffset, parseFloating } from "@lontar/core";
