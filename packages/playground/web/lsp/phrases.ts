import { EditorState, type Extension } from "@codemirror/state";
import type { SiteLang } from "../../src/protocol.js";

/** The editor's own words (CodeMirror's and lsp-client's phrases) in Bahasa Indonesia; English is CodeMirror's default. */
const INDONESIAN: Readonly<Record<string, string>> = {
  "New name": "Nama baru",
  rename: "ganti nama",
  close: "tutup",
  Completions: "Pelengkapan",
  Diagnostics: "Diagnostik",
  "No diagnostics": "Tidak ada diagnostik",
  "Reference list": "Daftar rujukan",
  "Control character": "Karakter kontrol",
  "Formatting request failed": "Permintaan format gagal",
  "Rename request failed": "Permintaan ganti nama gagal",
  "Find definition failed": "Mencari definisi gagal",
  "Finding references failed": "Mencari rujukan gagal",
  "Quick fix failed": "Perbaikan cepat gagal",
};

/** The editor's phrases in the page's language. */
export function editorPhrases(lang: SiteLang): Extension {
  return lang === "id" ? EditorState.phrases.of(INDONESIAN) : [];
}
