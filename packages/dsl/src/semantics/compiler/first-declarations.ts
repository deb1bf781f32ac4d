import type { Declaration } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import type { SymbolInfo } from "../binder/symbols.js";

/**
 * Which declarations of a bound workspace the compiler compiles: the first of each name,
 * the one the symbol table holds (LON2001 reports the rest). Asked of each declaration in
 * the walk of the files in order, then source order. The binder fills the table in that
 * same walk, so each first declaration is the table's next entry and is known by two
 * identity checks, without a look-up by name (a tenth of a workspace's compilation); any
 * other declaration (a duplicate, or one met out of the table's order) is looked up by its
 * name, so the answer is the look-up's for any table.
 */
export class FirstDeclarations {
  private readonly names: readonly string[];
  private readonly symbols: readonly SymbolInfo[];
  private next = 0;

  /** The first declarations of `bound`'s symbol table, to be asked in walk order. */
  constructor(private readonly bound: BoundWorkspace) {
    this.names = [...bound.symbols.keys()];
    this.symbols = [...bound.symbols.values()];
  }

  /** Whether `item` is the declaration its name's symbol holds. */
  has(item: Declaration): boolean {
    const name = item.name.text;
    // A map's entry is what its key looks up: this name's symbol, declared by this item.
    if (this.names[this.next] === name && this.symbols[this.next]?.declaration === item) {
      this.next++;
      return true;
    }
    return this.bound.symbols.get(name)?.declaration === item;
  }

  /** The names of the workspace's libraries, in the symbol table's order. */
  libraryNames(): string[] {
    const names: string[] = [];
    for (const symbol of this.symbols) if (symbol.kind === "library") names.push(symbol.name);
    return names;
  }
}
