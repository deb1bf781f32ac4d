import type { AssertionKind, CharTest, RegexNode } from "./syntax.js";

/** The most instructions a compiled pattern may have (counted repetitions are copied out). */
export const MAX_PROGRAM_SIZE = 10_000;

/**
 * One instruction of a Thompson NFA: `char` consumes a character that passes its test,
 * `assert` checks a zero-width condition, `split` forks, `jump` goes on elsewhere, `match`
 * accepts. `char` and `assert` continue at the next instruction.
 */
export type Instruction =
  | { readonly op: "char"; readonly test: CharTest }
  | { readonly op: "assert"; readonly assertion: AssertionKind }
  | { readonly op: "split"; readonly first: number; readonly second: number }
  | { readonly op: "jump"; readonly to: number }
  | { readonly op: "match" };

/** A compiled pattern, or undefined when it would exceed {@link MAX_PROGRAM_SIZE}. */
export function compileProgram(node: RegexNode): readonly Instruction[] | undefined {
  if (sizeOf(node) + 1 > MAX_PROGRAM_SIZE) return undefined;
  const program: Instruction[] = [];
  emit(node, program);
  program.push({ op: "match" });
  return program;
}

// An upper bound of the instructions `emit` writes, computed without emitting them.
function sizeOf(node: RegexNode): number {
  switch (node.kind) {
    case "empty":
      return 0;
    case "char":
    case "assert":
      return 1;
    case "sequence":
      return node.items.reduce((sum, item) => sum + sizeOf(item), 0);
    case "choice":
      return node.options.reduce((sum, option) => sum + sizeOf(option) + 2, 0);
    case "repeat": {
      const body = sizeOf(node.body) + 2;
      const copies = node.max === Infinity ? node.min + 1 : node.max;
      return Math.min(body * copies, MAX_PROGRAM_SIZE + 1);
    }
  }
}

// Forward splits and jumps, whose targets are filled in once known.
type OpenSplit = { op: "split"; first: number; second: number };
type OpenJump = { op: "jump"; to: number };

function emit(node: RegexNode, program: Instruction[]): void {
  switch (node.kind) {
    case "empty":
      return;
    case "char":
      program.push({ op: "char", test: node.test });
      return;
    case "assert":
      program.push({ op: "assert", assertion: node.assertion });
      return;
    case "sequence":
      for (const item of node.items) emit(item, program);
      return;
    case "choice":
      emitChoice(node.options, program);
      return;
    case "repeat":
      emitRepeat(node.body, node.min, node.max, program);
      return;
  }
}

function emitChoice(options: readonly RegexNode[], program: Instruction[]): void {
  const exits: OpenJump[] = [];
  options.forEach((option, index) => {
    const last = index === options.length - 1;
    const split: OpenSplit = { op: "split", first: program.length + 1, second: 0 };
    if (!last) program.push(split);
    emit(option, program);
    if (!last) {
      const exit: OpenJump = { op: "jump", to: 0 };
      exits.push(exit);
      program.push(exit);
      split.second = program.length;
    }
  });
  for (const exit of exits) exit.to = program.length;
}

function emitRepeat(body: RegexNode, min: number, max: number, program: Instruction[]): void {
  for (let copy = 0; copy < min; copy++) emit(body, program);
  if (max === Infinity) {
    const loop = program.length;
    const split: OpenSplit = { op: "split", first: loop + 1, second: 0 };
    program.push(split);
    emit(body, program);
    program.push({ op: "jump", to: loop });
    split.second = program.length;
    return;
  }
  // Each optional copy may be skipped to the end: the same language as nested optionals.
  const skips: OpenSplit[] = [];
  for (let copy = min; copy < max; copy++) {
    const split: OpenSplit = { op: "split", first: program.length + 1, second: 0 };
    skips.push(split);
    program.push(split);
    emit(body, program);
  }
  for (const split of skips) split.second = program.length;
}
