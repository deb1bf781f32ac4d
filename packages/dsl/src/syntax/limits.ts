/** Largest file parsed: 5 MB (in UTF-16 code units). */
export const MAX_FILE_SIZE = 5 * 1024 * 1024;

/** At most this many parser diagnostics per file (the rest are usually echoes of the first): one LON1006 counts those past it. */
export const MAX_SYNTAX_DIAGNOSTICS = 100;
