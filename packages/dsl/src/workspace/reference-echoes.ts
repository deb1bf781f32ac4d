/**
 * A file's reference diagnostics without those that echo another mistake, so that one mistake
 * gives one error: a use of the wrong kind of a name declared twice (LON2001 says it), an
 * undeclared part of a name cut by a letter outside a-z (LON1001 says it), and a rename of a
 * declaration to a misspelt use's name where the declared name is used rightly.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { visitReferences } from "../semantics/binder/references.js";
import { RENAME_DECLARATION } from "../semantics/binder/resolve.js";
import type { DeclarationKind, FileNode } from "../syntax/ast.js";
import type { FastAnalysis } from "./pipeline.js";

/** `found`, the reference diagnostics of `file`, without those that echo another mistake of the workspace (see each filter). */
export function withoutEchoes(found: readonly Diagnostic[], fast: FastAnalysis, file: FileNode): readonly Diagnostic[] {
  return withoutFalseRenames(withoutCutNames(withoutDeclaredTwice(found, fast, file), fast, file), fast);
}

/**
 * `found` without the fixes that rename a declaration to a misspelt use's name where the declared
 * name is written by some reference of the workspace: there the use is the misspelt one, and
 * renaming the declaration would leave every other use undeclared (an editor walk:
 * `area_anakk` offered renaming `area_anak`, which another program used as declared).
 */
function withoutFalseRenames(found: readonly Diagnostic[], fast: FastAnalysis): readonly Diagnostic[] {
  if (!found.some((d) => d.code === "LON2002" && d.suggestions.some((s) => s.text?.key === RENAME_DECLARATION))) return found;
  const used = fast.referencedNames();
  return found.map((d) => {
    const kept = d.suggestions.filter((s) => s.text?.key !== RENAME_DECLARATION || !used.has(String(s.text.args?.["name"] ?? "")));
    return kept.length === d.suggestions.length ? d : { ...d, suggestions: kept };
  });
}

/** The names some file declares twice (LON2001, a name declared again), each with the kinds of all its declarations; once per analysis. */
const declaredTwice = new WeakMap<FastAnalysis, ReadonlyMap<string, ReadonlySet<DeclarationKind>>>();

/** Whether `d` says a use names a declaration of the wrong kind (LON2003, LON5001, LON5002). */
const wrongKind = (d: Diagnostic): boolean => d.text?.key.endsWith(".wrongKind") === true;

/** Each name declared twice in the workspace, with the kinds of its declarations (none when no name is). */
function kindsDeclaredTwice(fast: FastAnalysis): ReadonlyMap<string, ReadonlySet<DeclarationKind>> {
  let kinds = declaredTwice.get(fast);
  if (kinds === undefined) {
    const twice = new Set(fast.early.filter((d) => d.text?.key === "LON2001.alreadyDeclared").map((d) => String(d.text?.args["name"] ?? "")));
    const found = new Map<string, Set<DeclarationKind>>();
    if (twice.size > 0) {
      for (const loaded of fast.loaded.files) {
        for (const item of loaded.items) {
          if (item.kind !== "Declaration" || !twice.has(item.name.text)) continue;
          const set = found.get(item.name.text) ?? new Set<DeclarationKind>();
          set.add(item.declarationKind);
          found.set(item.name.text, set);
        }
      }
    }
    kinds = found;
    declaredTwice.set(fast, kinds);
  }
  return kinds;
}

/**
 * `found` without the uses of a name of the wrong kind (`perpustakaan x` where `x` is a
 * partner: LON2003, LON5001, LON5002) when the name is declared twice and one of its
 * declarations is of a kind the use takes: the use may mean that one, and LON2001 reports
 * the two (a walk of stop 59: a partner given a village library's name was three errors, two
 * of them at the library's right uses). A use that no declaration of the name fits keeps its
 * error (a review of stop 59: two partners of one name hid "a library is needed here").
 */
function withoutDeclaredTwice(found: readonly Diagnostic[], fast: FastAnalysis, file: FileNode): readonly Diagnostic[] {
  if (!found.some(wrongKind)) return found;
  const kinds = kindsDeclaredTwice(fast);
  if (!found.some((d) => wrongKind(d) && kinds.has(String(d.text?.args["name"] ?? "")))) return found;
  // What each use of such a name takes, by where it starts.
  const takes = new Map<number, readonly DeclarationKind[]>();
  visitReferences(file, { reference: (reference, expected) => void (kinds.has(reference.name) && takes.set(reference.range.start.offset, expected)) });
  const fits = (d: Diagnostic): boolean => {
    const declared = kinds.get(String(d.text?.args["name"] ?? ""));
    return declared !== undefined && (takes.get(d.location.range.start.offset) ?? []).some((k) => declared.has(k));
  };
  return found.filter((d) => !(wrongKind(d) && fits(d)));
}

/** LON1001's messages about a name with a letter outside a-z (`bumdes_ñoñó`): the whole name is theirs. */
const CUT_NAME_KEYS: ReadonlySet<string> = new Set(["LON1001.name", "LON1001.nameAscii"]);

/**
 * `found` without the undefined names (LON2002) that are part of a name LON1001 already
 * reports for a letter outside a-z: `mitra bumdes_ñoñó` was also "`bumdes_` is not declared",
 * offered declared as `bumdes_` (a review of stop 58). The name its fix writes is checked once it is.
 */
function withoutCutNames(found: readonly Diagnostic[], fast: FastAnalysis, file: FileNode): readonly Diagnostic[] {
  if (!found.some((d) => d.code === "LON2002")) return found;
  const cut = fast.byFile().get(file.path)?.early.filter((d) => CUT_NAME_KEYS.has(d.text?.key ?? "")).map((d) => d.location.range) ?? [];
  if (cut.length === 0) return found;
  const inCut = (d: Diagnostic): boolean => cut.some((r) => r.start.offset <= d.location.range.start.offset && d.location.range.end.offset <= r.end.offset);
  return found.filter((d) => d.code !== "LON2002" || !inCut(d));
}
