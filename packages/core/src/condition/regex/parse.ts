import { isLineTerminator, type AssertionKind, type CharTest, type RegexFlags, type RegexNode } from "./syntax.js";

/** The largest bound of a counted repetition (`{m,n}`) the engine accepts. */
export const MAX_REPEAT_BOUND = 1000;
/** The deepest nesting of groups the engine accepts. */
export const MAX_GROUP_DEPTH = 64;

/** A parsed pattern, or why the linear engine cannot express it. */
export type ParsedPattern = { readonly ok: true; readonly node: RegexNode } | { readonly ok: false; readonly reason: string };

class Refusal {
  constructor(readonly reason: string) {}
}

const CLASS_ESCAPES = new Set(["d", "D", "w", "W", "s", "S"]);
const CONTROL_ESCAPES = new Set(["t", "n", "r", "v", "f"]);
const NOT_LITERAL = new Set(["^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "|"]);

/**
 * Parses a JavaScript regular expression (already known to be valid for `RegExp`) into a
 * {@link RegexNode} for the linear-time engine: literals, classes, `.`, escapes of one
 * character, `^ $ \b \B`, groups, alternation and the quantifiers `? * + {m,n}` (n at most
 * {@link MAX_REPEAT_BOUND}). Backreferences, lookaround and anything else it does not know
 * are refused with a reason, never guessed at. Each one-character atom is tested by a
 * `RegExp` of that atom alone, so classes, escapes and case folding mean exactly what they
 * mean in JavaScript.
 */
export function parsePattern(pattern: string, flags: RegexFlags): ParsedPattern {
  try {
    const parser = new PatternParser(pattern, flags);
    return { ok: true, node: parser.parseAll() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    throw error;
  }
}

class PatternParser {
  private readonly chars: readonly string[];
  private index = 0;
  private depth = 0;
  private readonly atomFlags: string;
  private readonly tests = new Map<string, CharTest>();

  constructor(
    pattern: string,
    private readonly flags: RegexFlags,
  ) {
    this.chars = flags.unicode ? Array.from(pattern) : pattern.split("");
    this.atomFlags = `${flags.ignoreCase ? "i" : ""}${flags.dotAll ? "s" : ""}${flags.unicode ? "u" : ""}`;
  }

  parseAll(): RegexNode {
    const node = this.disjunction();
    if (this.index < this.chars.length) throw new Refusal(`unexpected \`${this.peek()}\``);
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.index + offset];
  }

  private disjunction(): RegexNode {
    const options = [this.alternative()];
    while (this.peek() === "|") {
      this.index += 1;
      options.push(this.alternative());
    }
    return options.length === 1 ? (options[0] ?? { kind: "empty" }) : { kind: "choice", options };
  }

  private alternative(): RegexNode {
    const items: RegexNode[] = [];
    for (let next = this.peek(); next !== undefined && next !== "|" && next !== ")"; next = this.peek()) items.push(this.term());
    return items.length === 0 ? { kind: "empty" } : items.length === 1 ? (items[0] ?? { kind: "empty" }) : { kind: "sequence", items };
  }

  private term(): RegexNode {
    const assertion = this.assertion();
    if (assertion !== undefined) {
      if (this.quantifierAhead()) throw new Refusal("a quantified assertion");
      return { kind: "assert", assertion };
    }
    const atom = this.atom();
    const bounds = this.quantifier();
    return bounds === undefined ? atom : { kind: "repeat", body: atom, min: bounds.min, max: bounds.max };
  }

  private assertion(): AssertionKind | undefined {
    const c = this.peek();
    const kind: AssertionKind | undefined =
      c === "^" ? "start" : c === "$" ? "end" : c === "\\" && this.peek(1) === "b" ? "word-boundary" : c === "\\" && this.peek(1) === "B" ? "not-word-boundary" : undefined;
    if (kind !== undefined) this.index += kind === "start" || kind === "end" ? 1 : 2;
    return kind;
  }

  private quantifierAhead(): boolean {
    const c = this.peek();
    return c === "*" || c === "+" || c === "?" || (c === "{" && this.readBraces(false) !== undefined);
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.peek();
    let bounds: { min: number; max: number } | undefined;
    if (c === "*") bounds = { min: 0, max: Infinity };
    else if (c === "+") bounds = { min: 1, max: Infinity };
    else if (c === "?") bounds = { min: 0, max: 1 };
    else if (c === "{") bounds = this.readBraces(true);
    if (bounds === undefined) return undefined;
    if (c !== "{") this.index += 1;
    if (this.peek() === "?") this.index += 1; // lazy or greedy: the same for whether it matches
    return bounds;
  }

  // `{m}`, `{m,}` or `{m,n}` at the current index; undefined when the text is not one
  // (a literal brace outside unicode mode). Consumes it only when `consume` is set.
  private readBraces(consume: boolean): { min: number; max: number } | undefined {
    // Only digits and commas can be inside, so the scan stops at the first other character.
    let end = this.index + 1;
    while (end < this.chars.length && /^[0-9,]$/.test(this.chars[end] ?? "")) end += 1;
    const body = this.chars.slice(this.index + 1, end).join("");
    const match = /^(\d+)(,(\d*))?$/.exec(body);
    if (this.chars[end] !== "}" || match === null) {
      if (this.flags.unicode) throw new Refusal("a brace that is not a quantifier");
      return undefined;
    }
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
    if (min > MAX_REPEAT_BOUND || (max !== Infinity && max > MAX_REPEAT_BOUND)) throw new Refusal(`a repetition bound above ${MAX_REPEAT_BOUND}`);
    if (max < min) throw new Refusal("a repetition whose bounds are out of order");
    if (consume) this.index = end + 1;
    return { min, max };
  }

  private atom(): RegexNode {
    const c = this.peek() ?? "";
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === ".") {
      this.index += 1;
      const dotAll = this.flags.dotAll;
      return { kind: "char", test: dotAll ? () => true : (char) => !isLineTerminator(char) };
    }
    if (c === "\\") return this.escape();
    if (NOT_LITERAL.has(c) || c === ")") throw new Refusal(`unexpected \`${c}\``);
    if (c === "{" && this.readBraces(false) !== undefined) throw new Refusal("a quantifier with nothing to repeat");
    if (this.flags.unicode && (c === "{" || c === "}" || c === "]")) throw new Refusal(`a lone \`${c}\``);
    this.index += 1;
    return this.literal(c);
  }

  private group(): RegexNode {
    this.index += 1;
    if (this.peek() === "?") {
      const kind = this.peek(1);
      if (kind === ":") this.index += 2;
      else if (kind === "<" && this.peek(2) !== "=" && this.peek(2) !== "!") this.skipGroupName();
      else throw new Refusal("lookaround or another special group");
    }
    if (this.depth >= MAX_GROUP_DEPTH) throw new Refusal(`groups nested more than ${MAX_GROUP_DEPTH} deep`);
    this.depth += 1;
    const body = this.disjunction();
    this.depth -= 1;
    if (this.peek() !== ")") throw new Refusal("an unclosed group");
    this.index += 1;
    return body;
  }

  private skipGroupName(): void {
    const close = this.chars.indexOf(">", this.index);
    if (close < 0) throw new Refusal("an unclosed group name");
    this.index = close + 1;
  }

  // The class ends at the first unescaped `]` (in JavaScript `[]` is empty and `[^]` is any).
  private charClass(): RegexNode {
    const start = this.index;
    let i = start + 1;
    if (this.chars[i] === "^") i += 1;
    while (i < this.chars.length && this.chars[i] !== "]") i += this.chars[i] === "\\" ? 2 : 1;
    if (i >= this.chars.length) throw new Refusal("an unclosed class");
    this.index = i + 1;
    return this.delegated(this.chars.slice(start, i + 1).join(""));
  }

  private escape(): RegexNode {
    const next = this.peek(1);
    if (next === undefined) throw new Refusal("a trailing backslash");
    const length = this.escapeLength(next);
    const source = this.chars.slice(this.index, this.index + length).join("");
    this.index += length;
    return this.delegated(source);
  }

  // How many characters (with the backslash) an escape of one character spans.
  private escapeLength(next: string): number {
    const hex = (count: number): boolean => this.chars.slice(this.index + 2, this.index + 2 + count).join("").match(/^[0-9a-fA-F]+$/)?.[0].length === count;
    if (CLASS_ESCAPES.has(next) || CONTROL_ESCAPES.has(next)) return 2;
    if (next === "0" && !/[0-9]/.test(this.peek(2) ?? "")) return 2;
    if (/[1-9]/.test(next) || next === "k") throw new Refusal("a backreference");
    if (next === "x" && hex(2)) return 4;
    if (next === "u" && hex(4)) {
      const unit = parseInt(this.chars.slice(this.index + 2, this.index + 6).join(""), 16);
      if (this.flags.unicode && unit >= 0xd800 && unit <= 0xdfff) throw new Refusal("a surrogate escape");
      return 6;
    }
    if (next === "u" && this.flags.unicode && this.peek(2) === "{") return this.braceEscapeLength();
    if ((next === "p" || next === "P") && this.flags.unicode && this.peek(2) === "{") return this.braceEscapeLength();
    if (next === "c" && /^[A-Za-z]$/.test(this.peek(2) ?? "")) return 3;
    if (/^[A-Za-z0-9]$/.test(next)) throw new Refusal(`the escape \`\\${next}\``);
    return 2;
  }

  private braceEscapeLength(): number {
    const close = this.chars.indexOf("}", this.index);
    if (close < 0) throw new Refusal("an unclosed escape");
    return close - this.index + 1;
  }

  private literal(char: string): RegexNode {
    if (!this.flags.ignoreCase) return { kind: "char", test: (input) => input === char };
    return this.delegated(/[\^$\\.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char);
  }

  // One character tested by a RegExp of the atom alone: linear in nothing, exact in meaning.
  private delegated(source: string): RegexNode {
    let test = this.tests.get(source);
    if (test === undefined) {
      let expression: RegExp;
      try {
        expression = new RegExp(`^(?:${source})$`, this.atomFlags);
      } catch {
        throw new Refusal(`\`${source}\` is not one character`);
      }
      test = (char) => expression.test(char);
      this.tests.set(source, test);
    }
    return { kind: "char", test };
  }
}
