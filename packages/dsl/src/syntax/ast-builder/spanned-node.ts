/**
 * The base of the fast readers' node classes (node-classes.ts): a node that keeps where it
 * is, not a range object. It holds its file's token places (lexer/token-places.ts) and its
 * first and last token, and builds its {@link Range} each time `range` is read; a node built
 * elsewhere holds the range it was given. A tree's nodes are read far less often than they
 * are made and kept, and a range object per node was memory the collector copied (see
 * token-places.ts).
 *
 * `range` is an accessor, not an own field, so `toJSON` writes it where the object literals
 * of the other readers have it (after `kind`): a tree serialises to the same bytes whichever
 * reader built it (test/syntax/fast-property.test.ts compares them so). Copy a node with
 * {@link nodeFields} (`{ ...nodeFields(node), name }`): a spread copies own fields only.
 */
import type { Range } from "../../diagnostics/diagnostic.js";
import type { TokenPlaces } from "../lexer/token-places.js";

/** Where a node's range comes from: its file's token places (with its first and last token), or a range built already. */
export type RangeSource = TokenPlaces | Range;

/** A syntax node whose range is built when read. */
export abstract class SpannedNode {
  readonly #at: RangeSource;
  readonly #first: number;
  readonly #last: number;

  /**
   * @param at The file's token places, or the node's range.
   * @param first The node's first token; -1 when `at` is the range.
   * @param last The node's last token (the first when it is not after it).
   */
  constructor(at: RangeSource, first: number, last: number) {
    this.#at = at;
    this.#first = first;
    this.#last = last;
  }

  /** The node's source range (a new object on each read from token places). */
  get range(): Range {
    return this.#first < 0 ? (this.#at as Range) : (this.#at as TokenPlaces).span(this.#first, this.#last);
  }

  /** The node as the object literal it stands for: its own fields, with `range` after `kind`. */
  toJSON(): Record<string, unknown> {
    const own = this as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(own)) {
      out[key] = own[key];
      if (key === "kind") out["range"] = this.range;
    }
    return out;
  }
}

/**
 * A node's fields as a plain object, its `range` included where an object literal has it:
 * what to spread or walk when copying a node (`{ ...nodeFields(node), name }`), since a
 * spread or `Object.entries` of a `SpannedNode` misses its range. Other values are
 * returned as they are.
 */
export function nodeFields<T>(node: T): T {
  return node instanceof SpannedNode ? (node.toJSON() as T) : node;
}
