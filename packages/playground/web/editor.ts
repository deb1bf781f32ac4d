import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { HighlightStyle, syntaxHighlighting, bracketMatching } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Action, type Diagnostic as EditorDiagnostic } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import type { Diagnostic } from "@lontar/dsl";
import { lontarLanguage } from "./highlight.js";

const highlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: "var(--vp-c-brand-1)", fontWeight: "600" },
  { tag: tags.comment, color: "var(--vp-c-text-3)", fontStyle: "italic" },
  { tag: tags.string, color: "var(--vp-c-green-1, #2e7d32)" },
  { tag: tags.number, color: "var(--vp-c-purple-1, #8e24aa)" },
]);

/** The editor's extensions: the `.lontar` mode, history, line numbers, the lint gutter and `onChange`. */
export function editorExtensions(onChange: (text: string) => void): Extension[] {
  return [
    lineNumbers(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    bracketMatching(),
    lontarLanguage,
    syntaxHighlighting(highlightStyle),
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
    EditorView.theme({ "&": { height: "100%", fontSize: "13px" }, ".cm-scroller": { fontFamily: "var(--vp-font-family-mono)" } }),
  ];
}

/** A fresh editor state for a file's text. */
export function editorState(text: string, extensions: Extension[]): EditorState {
  return EditorState.create({ doc: text, extensions });
}

/**
 * Shows the language's diagnostics of one file in the editor: offsets clamped to the
 * text (the text may have changed since it was checked), and each suggestion with edits in
 * this file as a quick-fix action.
 */
export function showDiagnostics(view: EditorView, file: string, diagnostics: readonly Diagnostic[]): void {
  const length = view.state.doc.length;
  const clamp = (offset: number): number => Math.max(0, Math.min(length, offset));
  const marks = diagnostics
    .filter((diagnostic) => diagnostic.location.file === file)
    .map((diagnostic): EditorDiagnostic => {
      const from = clamp(diagnostic.location.range.start.offset);
      const to = Math.max(from, clamp(diagnostic.location.range.end.offset));
      return {
        from,
        to,
        severity: diagnostic.severity === "error" ? "error" : diagnostic.severity === "warning" ? "warning" : "info",
        source: diagnostic.code,
        message: diagnostic.message,
        actions: quickFixes(diagnostic, file),
      };
    });
  view.dispatch(setDiagnostics(view.state, marks));
}

function quickFixes(diagnostic: Diagnostic, file: string): Action[] {
  return diagnostic.suggestions
    .filter((suggestion) => suggestion.edits.length > 0 && suggestion.edits.every((edit) => edit.location.file === file))
    .map((suggestion) => ({
      name: suggestion.message,
      // `from`/`to` are the mark's place after any edit since the check: an edit of exactly
      // the marked text follows it; other edits keep the offsets of the checked text.
      apply: (view: EditorView, from: number, to: number) => {
        const length = view.state.doc.length;
        const { start, end } = diagnostic.location.range;
        const changes = suggestion.edits.map((edit) =>
          edit.location.range.start.offset === start.offset && edit.location.range.end.offset === end.offset
            ? { from, to, insert: edit.text }
            : { from: Math.min(length, edit.location.range.start.offset), to: Math.min(length, edit.location.range.end.offset), insert: edit.text },
        );
        view.dispatch({ changes });
      },
    }));
}
