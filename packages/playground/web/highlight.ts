import { StreamLanguage, type StringStream } from "@codemirror/language";

interface LineState {
  /** True until the first word of the line is read: that word is a keyword (`program`, `jadwal`, …). */
  lineStart: boolean;
}

/**
 * A light `.lontar` mode for the editor: comments, strings, dates, times and numbers, and
 * the first word of each line (a declaration or property keyword, in either language).
 * The language server's semantic tokens can replace it once the playground talks to it.
 */
export const lontarLanguage = StreamLanguage.define<LineState>({
  name: "lontar",
  startState: () => ({ lineStart: true }),
  token(stream: StringStream, state: LineState): string | null {
    if (stream.sol()) state.lineStart = true;
    if (stream.eatSpace()) return null;
    if (stream.match("//")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/) || stream.match(/^\d{1,2}:\d{2}/) || stream.match(/^\d+(\.\d+)?/)) {
      state.lineStart = false;
      return "number";
    }
    if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) {
      const keyword = state.lineStart;
      state.lineStart = false;
      return keyword ? "keyword" : "variableName";
    }
    stream.next();
    return "punctuation";
  },
  languageData: { commentTokens: { line: "//" } },
});
