/** The longest sheet name a workbook allows. */
const MAX_SHEET_NAME = 31;

/**
 * Sheet names for a workbook: characters Excel forbids (`[ ] : * ? / \`) replaced by a
 * space, at most 31 characters, unique without regard to case (a repeated name gets
 * ` (2)`, ` (3)`…, shortened to fit).
 *
 * @example const name = sheetNames(); name("Perpustakaan Desa Oelnasi: Kupang") // "Perpustakaan Desa Oelnasi  Kupa"
 */
export function sheetNames(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const clean = wanted.replace(/[[\]:*?/\\]/g, " ").trim().replace(/^'+|'+$/g, "") || "Sheet";
    let name = clean.slice(0, MAX_SHEET_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}
