/** The longest sheet name a workbook allows. */
const MAX_SHEET_NAME = 31;

/**
 * `text` within `max` characters: whole when it fits; else its first `headWords` words, an
 * ellipsis and as many of its last words as fit (`Perpustakaan … Kabupaten Alor`), since a
 * library's or a person's name tells itself apart at its end; else cut with an ellipsis.
 * Never cut mid-word as if whole (`…Kabupaten Alo`). Characters are counted as Excel counts
 * them, in UTF-16 units (an emoji is two: `.length`), and a cut never splits one.
 */
function shorten(text: string, max: number, headWords = 1): string {
  if (text.length <= max) return text;
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const head = `${words.slice(0, headWords).join(" ")} … `;
  let tail = "";
  for (let k = words.length - 1; k >= headWords; k--) {
    const longer = tail === "" ? (words[k] ?? "") : `${words[k] ?? ""} ${tail}`;
    if (head.length + longer.length > max) break;
    tail = longer;
  }
  if (tail !== "") return `${head}${tail}`;
  let cut = "";
  for (const character of text) {
    if (cut.length + character.length > max - 1) break;
    cut += character;
  }
  return `${cut.trimEnd()}…`;
}

/**
 * Sheet names for a workbook: characters Excel forbids (`[ ] : * ? / \`) replaced by a
 * space, at most 31 characters as Excel counts them (UTF-16 units: an emoji is two; a longer
 * name shortened with an ellipsis, its first and last words kept, or more of its first words
 * when that is taken), unique without regard to case
 * (a repeated name gets ` (2)`, ` (3)`…, shortened to fit).
 *
 * @example const name = sheetNames(); name("Dinas Perpustakaan dan Kearsipan Kabupaten Maluku Tengah") // "Dinas … Kabupaten Maluku Tengah"
 */
export function sheetNames(): (wanted: string) => string {
  const taken = new Set<string>();
  const wantedBefore = new Set<string>();
  return (wanted) => {
    const clean = wanted.replace(/[[\]:*?/\\]/g, " ").trim().replace(/^'+|'+$/g, "") || "Sheet";
    let name = shorten(clean, MAX_SHEET_NAME);
    // Two names (not one name twice) alike at both ends tell themselves apart by more of their first words ("Perpustakaan Desa … Kupang").
    const again = wantedBefore.has(clean.toLowerCase());
    wantedBefore.add(clean.toLowerCase());
    for (let h = 2; !again && taken.has(name.toLowerCase()) && h < clean.split(/\s+/).length; h++) name = shorten(clean, MAX_SHEET_NAME, h);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${shorten(clean, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}
