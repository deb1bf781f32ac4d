import type { Instruction } from "./compile.js";
import { isLineTerminator, type AssertionKind, type RegexFlags } from "./syntax.js";

/**
 * Whether `program` matches anywhere in `text`, by simulating every NFA thread in lock step
 * (Pike's VM without captures): each input character is looked at once per instruction,
 * so the time is at most the text's length times the program's size, whatever the pattern.
 */
export function runProgram(program: readonly Instruction[], flags: RegexFlags, text: string): boolean {
  const chars = flags.unicode ? Array.from(text) : text.split("");
  const isWord = wordTest(flags);
  const seen = new Int32Array(program.length).fill(-1);
  const stack: number[] = [];

  const holds = (assertion: AssertionKind, at: number): boolean => {
    const before = chars[at - 1];
    const after = chars[at];
    switch (assertion) {
      case "start":
        return before === undefined || (flags.multiline && isLineTerminator(before));
      case "end":
        return after === undefined || (flags.multiline && isLineTerminator(after));
      case "word-boundary":
        return isWord(before) !== isWord(after);
      case "not-word-boundary":
        return isWord(before) === isWord(after);
    }
  };

  // Adds the threads reachable from `pc` without consuming input; true when one matches.
  const follow = (pc: number, at: number, threads: number[]): boolean => {
    stack.push(pc);
    // Bounded: each instruction enters the stack at most once per position (`seen`).
    while (stack.length > 0) {
      const current = stack.pop() ?? 0;
      if (seen[current] === at) continue;
      seen[current] = at;
      const instruction = program[current];
      if (instruction === undefined) continue;
      switch (instruction.op) {
        case "match":
          stack.length = 0;
          return true;
        case "char":
          threads.push(current);
          break;
        case "assert":
          if (holds(instruction.assertion, at)) stack.push(current + 1);
          break;
        case "jump":
          stack.push(instruction.to);
          break;
        case "split":
          stack.push(instruction.second, instruction.first);
          break;
      }
    }
    return false;
  };

  let threads: number[] = [];
  if (follow(0, 0, threads)) return true;
  for (let at = 0; at < chars.length; at++) {
    const char = chars[at] ?? "";
    const next: number[] = [];
    for (const pc of threads) {
      const instruction = program[pc];
      if (instruction?.op === "char" && instruction.test(char) && follow(pc + 1, at + 1, next)) return true;
    }
    // A match may also start at the next position.
    if (follow(0, at + 1, next)) return true;
    threads = next;
  }
  return false;
}

function wordTest(flags: RegexFlags): (char: string | undefined) => boolean {
  // `\w` itself, so that `iu` case folding (ſ, K) counts exactly as in JavaScript.
  const word = new RegExp("^\\w$", `${flags.ignoreCase ? "i" : ""}${flags.unicode ? "u" : ""}`);
  return (char) => char !== undefined && word.test(char);
}
