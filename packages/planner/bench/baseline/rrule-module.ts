import * as rruleNamespace from "rrule";

type RRuleModule = typeof rruleNamespace;

/**
 * rrule 2.8 ships a UMD `main` and an ESM `module` without an `exports` map: Node's ESM
 * loader sees only a CommonJS default export, bundlers see named exports. Accept both.
 */
const rruleModule: RRuleModule =
  "RRule" in rruleNamespace ? rruleNamespace : (rruleNamespace as unknown as { readonly default: RRuleModule }).default;

/** rrule's `RRule` class, whichever way the package was loaded. */
export const RRule = rruleModule.RRule;
/** See {@link RRule}. */
export type RRule = rruleNamespace.RRule;
/** rrule's `Frequency` enum values. */
export const Frequency = rruleModule.Frequency;
