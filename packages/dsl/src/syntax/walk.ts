/**
 * The one walker of the tree: each node kind's child keys, typed against ast.ts, and a visit
 * of every node below a root, parents first, in source order.
 */
import type { NodeKind, NodeOfKind, SyntaxNode } from "./ast.js";

/** The keys of node `N` whose values are child nodes or lists of them. */
export type ChildKey<N> = {
  [K in keyof N]-?: NonNullable<N[K]> extends SyntaxNode | readonly SyntaxNode[] ? K : never;
}[keyof N];

/**
 * Every node kind's child keys, in source order. The type requires each child key of each
 * kind to be listed and nothing else, so a node field added to ast.ts fails to compile until
 * it is listed here.
 */
export const CHILD_KEYS: { readonly [K in NodeKind]: { readonly [C in ChildKey<NodeOfKind<K>>]-?: number } } = {
  File: { items: 0 },
  Import: { path: 0 },
  Horizon: { dates: 0 },
  Declaration: { name: 0, at: 1, properties: 2, broken: 3 },
  Broken: { keyword: 0 },
  Keyword: {},
  Property: { value: 0 },
  Name: {}, String: {}, Number: {}, Date: {}, Time: {}, Duration: {}, Money: {}, Weekday: {}, Reference: {}, DayGroup: {},
  DateRange: { from: 0, to: 1 },
  TimeRange: { start: 0, end: 1 },
  DaySet: { items: 0 },
  DayRange: { from: 0, to: 1 },
  WeeklyWindow: { days: 0, time: 1 },
  EverySchedule: { on: 0, at: 1, duration: 2, from: 3, until: 4, count: 5, except: 6, also: 7 },
  OnceSchedule: { date: 0, at: 1, duration: 2, from: 3, until: 4, count: 5, except: 6, also: 7 },
  RangeSchedule: { dates: 0, daily: 1 },
  RRuleSchedule: { rule: 0, starting: 1, at: 2, duration: 3, from: 4, until: 5, count: 6, except: 7, also: 8 },
  FlexibleSchedule: { count: 0, windows: 1, duration: 2, from: 3, until: 4 },
  Days: { days: 0 },
  NthWeekday: { weekday: 0 },
  MonthDay: { day: 0 },
  YearDate: { day: 0 },
  Literal: {}, TimeValue: {}, Fact: {},
  Not: { operand: 0 },
  Binary: { left: 0, right: 1 },
  Compare: { left: 0, right: 1 },
  Match: { subject: 0 },
  In: { subject: 0, collection: 1 },
  ListExpr: { items: 0 },
  Call: { args: 0 },
  Paren: { inner: 0 },
  List: { items: 0 },
  RegionPath: { parts: 0 },
  Windows: { windows: 0 },
  Closed: { dates: 0, reason: 1 },
  OpenOnCollectiveLeave: {},
  Capacity: { amount: 0 },
  Audience: { group: 0, level: 1 },
  Route: { sites: 0 },
  Needs: { needs: 0 },
  Need: { quantity: 0, resource: 1, role: 2, skill: 3, features: 4, minCapacity: 5, preferred: 6 },
  Cost: { amount: 0, budget: 1 },
  Precedence: { program: 0, gap: 1 },
  Between: { library: 0, partner: 1 },
  Effect: { message: 0 },
  HoursCap: { hours: 0 },
  BudgetCap: { amount: 0 },
  Expr: { expr: 0 },
  Provides: { resource: 0, quantity: 1, to: 2, recipient: 3 },
  Hosts: { program: 0 },
  Sessions: { count: 0, program: 1, sites: 2 },
  BudgetShare: { amount: 0, program: 1, budget: 2 },
  Indicator: { name: 0, weight: 1, target: 2 },
};

const ORDERED_KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(CHILD_KEYS).map(([kind, keys]) => [kind, Object.entries(keys as Record<string, number>).sort((a, b) => a[1] - b[1]).map(([key]) => key)]),
);

/** The direct children of a node, in source order (by their child keys; lists item by item). */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const fields = node as unknown as Readonly<Record<string, SyntaxNode | readonly SyntaxNode[] | undefined>>;
  for (const key of ORDERED_KEYS.get(node.kind) ?? []) {
    const value = fields[key];
    if (value === undefined) continue;
    // Item by item: spreading a file's 150,000 declarations as arguments overflows the stack.
    if (Array.isArray(value)) for (const child of value as readonly SyntaxNode[]) out.push(child);
    else out.push(value as SyntaxNode);
  }
  // A node's children follow the source, whatever the order of its keys (a schedule's tail is written in any order).
  return out.every((c) => "range" in c) ? out.sort((a, b) => offsetOf(a) - offsetOf(b)) : out;
}

function offsetOf(node: SyntaxNode): number {
  return "range" in node ? node.range.start.offset : 0;
}

/**
 * Visits `root` and every node below it, parents first, in source order. Uses an explicit
 * stack, so deeply nested conditions cannot overflow the call stack.
 */
export function walkNodes(root: SyntaxNode | readonly SyntaxNode[], visit: (node: SyntaxNode) => void): void {
  const stack: SyntaxNode[] = Array.isArray(root) ? [...(root as readonly SyntaxNode[])].reverse() : [root as SyntaxNode];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) continue;
    visit(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
}
