/**
 * The diagnostics of a document that only the whole analysis gives (schedules, workspace-wide
 * checks, core's validation), carried over the edits made since it ran. After an edit the
 * server publishes the edited document's fast diagnostics at once and the whole analysis a
 * moment later; without these, every keystroke would clear the document's workspace-wide
 * errors and the next analysis would bring them back, so the problem count would flicker.
 * A carried diagnostic moves with the text around it; one an edit touches is dropped, since
 * what it says may no longer hold. The next whole analysis replaces them all.
 */
import type { Diagnostic, Position, Range } from "vscode-languageserver";

/** An editor's change: a range replaced by text, or (without a range) the whole text. */
export interface EditorChange {
  /** The range replaced, in the text before the change; absent for a whole new text. */
  readonly range?: Range;
  /** The text put in its place. */
  readonly text: string;
}

/** Per document, the whole analysis's diagnostics its fast diagnostics do not give. */
export class CarriedDiagnostics {
  private readonly byUri = new Map<string, Diagnostic[]>();

  /** After a whole analysis: keeps what `whole` holds beyond `fast` (each diagnostic counted as often as it occurs). */
  set(uri: string, whole: readonly Diagnostic[], fast: readonly Diagnostic[]): void {
    const fastCount = new Map<string, number>();
    for (const d of fast) fastCount.set(keyOf(d), (fastCount.get(keyOf(d)) ?? 0) + 1);
    const slow: Diagnostic[] = [];
    for (const d of whole) {
      const left = fastCount.get(keyOf(d)) ?? 0;
      if (left > 0) fastCount.set(keyOf(d), left - 1);
      else slow.push(d);
    }
    if (slow.length === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, slow);
  }

  /** Moves the diagnostics of `uri` through `changes` (in order, as the editor applied them), dropping those a change touches. */
  edit(uri: string, changes: readonly EditorChange[]): void {
    let carried = this.byUri.get(uri);
    for (const change of changes) {
      if (carried === undefined || carried.length === 0) break;
      const range = change.range;
      carried = range === undefined ? [] : carried.flatMap((d) => movedThrough(d, range, change.text));
    }
    if (carried === undefined || carried.length === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, carried);
  }

  /** The diagnostics carried for `uri`. */
  of(uri: string): readonly Diagnostic[] {
    return this.byUri.get(uri) ?? [];
  }

  /** Forgets `uri` (a closed document). */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

const keyOf = (d: Diagnostic): string => JSON.stringify(d);

/** Whether `a` comes strictly before `b`. */
function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** `d` after `range` was replaced by `text`: itself when wholly before, moved when wholly after, none when touched. */
function movedThrough(d: Diagnostic, range: Range, text: string): Diagnostic[] {
  if (isBefore(d.range.end, range.start)) return [d];
  if (!isBefore(range.end, d.range.start)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? "";
  const endLine = range.start.line + lines.length - 1;
  const endCharacter = lines.length === 1 ? range.start.character + last.length : last.length;
  const move = (p: Position): Position =>
    p.line === range.end.line ? { line: endLine, character: endCharacter + p.character - range.end.character } : { line: p.line + endLine - range.end.line, character: p.character };
  return [{ ...d, range: { start: move(d.range.start), end: move(d.range.end) } }];
}
