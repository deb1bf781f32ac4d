import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { HighlightStyle, syntaxHighlighting, bracketMatching } from "@codemirror/language";
import { lintGutter } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import type { SiteLang } from "../src/protocol.js";
import { lontarLanguage } from "./highlight.js";
import { editorPhrases } from "./lsp/phrases.js";

const highlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: "var(--vp-c-brand-1)", fontWeight: "600" },
  { tag: tags.comment, color: "var(--vp-c-text-3)", fontStyle: "italic" },
  { tag: tags.string, color: "var(--vp-c-green-1, #2e7d32)" },
  { tag: tags.number, color: "var(--vp-c-purple-1, #8e24aa)" },
]);

/**
 * The editor's own extensions: the `.lontar` mode, history, line numbers, the lint gutter
 * (the language server's diagnostics land there), the editor's words in `lang`, and
 * `onChange` with the new text. The language client's plugin is added per file.
 */
export function editorExtensions(lang: SiteLang, onChange: (text: string) => void): Extension[] {
  return [
    editorPhrases(lang),
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
export function editorState(text: string, extensions: readonly Extension[]): EditorState {
  return EditorState.create({ doc: text, extensions });
}
