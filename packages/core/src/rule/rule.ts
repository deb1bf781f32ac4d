import { z } from "zod";
import { Condition } from "../condition/expression.js";
import { Identifier } from "../primitives/identifier.js";
import { SourceSpan } from "../primitives/source-span.js";

/** What a rule does to the occurrences its condition matches: forbid (hard), require (hard, the condition must hold), warn. */
export const RuleEffect = z.enum(["forbid", "require", "warn"]).describe("forbid, require or warn.");
/** See {@link RuleEffect}. */
export type RuleEffect = z.infer<typeof RuleEffect>;

/**
 * A rule over occurrences. `forbid`: an occurrence matching `when` is a hard violation;
 * `require`: an occurrence in `scope` not matching `when` is a hard violation; `warn`: a
 * matching occurrence is a soft finding.
 */
export const Rule = z
  .object({
    id: Identifier,
    when: Condition,
    scope: Condition.optional().describe("For require: which occurrences the rule applies to; else all."),
    effect: RuleEffect,
    message: z.string().min(1),
    source: SourceSpan.optional(),
  })
  .describe("A rule.");
/** See {@link Rule}. */
export type Rule = z.infer<typeof Rule>;
