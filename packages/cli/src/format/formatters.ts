import { formatCodeQuality } from "./codequality.js";
import type { Formatter } from "./context.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatSarif } from "./sarif.js";
import type { FormatName } from "./format-names.js";
import { formatStylish } from "./stylish.js";

// The names live in their own module, so that the help texts load no formatter.
export { FORMAT_NAMES, isFormatName, type FormatName } from "./format-names.js";

/** Each output format by name. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  codequality: formatCodeQuality,
};
