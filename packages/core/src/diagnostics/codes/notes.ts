import { L } from "../code-entry.js";

/** Messages of suggestions and related locations that several codes share, under the key `note.<id>`. */
export const NOTE_MESSAGES = {
  didYouMean: L("did you mean `{name}`?", "maksud Anda `{name}`?"),
  replaceWith: L("replace with `{text}`", "ganti dengan `{text}`"),
  deleteIt: L("delete it", "hapus"),
  removeImport: L("remove this import", "hapus impor ini"),
  moveBrace: L("move `}` after its last property", "pindahkan `}` ke setelah properti terakhirnya"),
  closeIt: L("add `}` to close `{head}`", "tambahkan `}` untuk menutup `{head}`"),
  putOnOwnLine: L("write `{text}` on a line of its own", "tulis `{text}` pada barisnya sendiri"),
  writeAsComment: L("write it as a comment, each line starting with `{text}`", "tulis sebagai komentar, setiap barisnya diawali `{text}`"),
  declaredHere: L("`{name}` is declared here", "`{name}` dideklarasikan di sini"),
  swapParties: L("write the library first: `between {library} and {partner}`", "tulis perpustakaannya lebih dulu: `antara {library} dan {partner}`"),
} as const;
