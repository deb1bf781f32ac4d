/** The names accepted by `--format`. */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "codequality"] as const;

/** One of {@link FORMAT_NAMES}. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Whether `name` is a known format. */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
