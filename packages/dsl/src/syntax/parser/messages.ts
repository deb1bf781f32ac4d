/**
 * Parser error messages a planner can read: "expected a time like 09:00 after `at`".
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from "chevrotain";
import { KEYWORDS } from "../keywords.js";

const LABELS: Readonly<Record<string, string>> = {
  Name: "a name like `dispusip_solok`",
  Identifier: "a name like `dispusip_solok`",
  StringLiteral: 'a text in quotes like "Aula"',
  NumberLiteral: "a number like 20",
  Money: "an amount like `Rp 50.000`",
  DateLiteral: "a date like 2019-02-11",
  DateTimeLiteral: "a date and time like 2019-01-01T10:00",
  TimeLiteral: "a time like 09:00",
  CompactDuration: "a duration like 2h or 90m",
  RegexLiteral: "a pattern like /^kelas/",
  AnyWeekday: "a day like `mon` or `senin`",
  WeekdayName: "a day like `mon` or `senin`",
  AnyWeekUnit: "`week` or `minggu`",
  AnyPeriod: "a period like `week`, `month`, `semester` or `year`",
  AnyResourceKind: "a resource kind like `room`, `staff` or `vehicle`",
  MonthName: "a month like `may` or `mei`",
  Ordinal: "`first`, `second`, … or `last`",
  DotDot: "`..`", Dot: "`.`", Comma: "`,`", LBrace: "`{`", RBrace: "`}`", LParen: "`(`", RParen: "`)`",
  LBracket: "`[`", RBracket: "`]`", Minus: "`-`", Slash: "`/`", AndAnd: "`&&`", OrOr: "`||`",
  EqEq: "`==`", NotEq: "`!=`", Lt: "`<`", LtEq: "`<=`", Gt: "`>`", GtEq: "`>=`", MatchOp: "`=~`", Bang: "`!`",
  EOF: "the end of the file",
};

/** A short description of what a token type stands for. */
export function describeTokenType(type: TokenType): string {
  const label = LABELS[type.name];
  if (label !== undefined) return label;
  const entry = KEYWORDS.find((k) => k.token === type.name);
  if (entry !== undefined) {
    const spellings = [entry.en[0], entry.id[0]].filter((s): s is string => s !== undefined && s.length > 0);
    return [...new Set(spellings)].map((s) => `\`${s}\``).join(" or ");
  }
  return type.name;
}

/** How a found token reads in a message. */
export function describeToken(token: IToken): string {
  if (token.tokenType.name === "EOF") return "the end of the file";
  const image = token.image.length > 30 ? `${token.image.slice(0, 30)}…` : token.image;
  return `\`${image}\``;
}

function after(previous: IToken | undefined): string {
  return previous !== undefined && previous.tokenType.name !== "EOF" && previous.image.length > 0 ? ` after ${describeToken(previous)}` : "";
}

function firstTokens(paths: readonly (readonly (readonly TokenType[])[])[]): string {
  const seen = new Set<string>();
  for (const alt of paths) for (const path of alt) {
    const head = path[0];
    if (head !== undefined) seen.add(describeTokenType(head));
  }
  const list = [...seen];
  if (list.length > 10) return `${list.slice(0, 10).join(", ")}, …`;
  return list.length <= 1 ? (list[0] ?? "something else") : `${list.slice(0, -1).join(", ")} or ${list[list.length - 1] ?? ""}`;
}

/** How every "junk at the top level" message ends; `parse.ts` maps these to LON1104. */
export const TOP_LEVEL_EXPECTATION = "expected a declaration such as `library`, `program` or `agreement`, an `import` or a `horizon`";

const topLevel = (found: IToken): string => `unexpected ${describeToken(found)}: ${TOP_LEVEL_EXPECTATION}`;

/**
 * The token types the parser expected at its last error. The parser runs without
 * Chevrotain's own recovery (see items.ts), so each run stops at its first error and this
 * is that error's expectation; the typo suggestions read it.
 */
export const lastExpectation: { types: TokenType[] } = { types: [] };

function firstTypes(paths: readonly (readonly (readonly TokenType[])[])[]): TokenType[] {
  const seen = new Set<TokenType>();
  for (const alt of paths) for (const path of alt) if (path[0] !== undefined) seen.add(path[0]);
  return [...seen];
}

/** The message provider given to the parser. */
export const messages: IParserErrorMessageProvider = {
  // Expecting the end of the file means the top-level loop met something that starts no item.
  buildMismatchTokenMessage: ({ expected, actual, previous }) => {
    lastExpectation.types = [expected];
    if (expected.name === "EOF") return topLevel(actual);
    // A missing `}` usually means a line inside the braces that is not a property.
    if (expected.name === "RBrace") return `expected a property (such as \`name\`, \`schedule\` or \`capacity\`) or \`}\` to close the declaration, found ${describeToken(actual)}`;
    return `expected ${describeTokenType(expected)}${after(previous)}, found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage: ({ firstRedundant }) => topLevel(firstRedundant),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual, previous }) => {
    lastExpectation.types = firstTypes(expectedPathsPerAlt);
    return `expected ${firstTokens(expectedPathsPerAlt)}${after(previous)}, found ${actual[0] ? describeToken(actual[0]) : "nothing"}`;
  },
  buildEarlyExitMessage: ({ expectedIterationPaths, actual, previous }) => {
    lastExpectation.types = firstTypes([expectedIterationPaths]);
    return `expected at least one ${firstTokens([expectedIterationPaths])}${after(previous)}, found ${actual[0] ? describeToken(actual[0]) : "nothing"}`;
  },
};
