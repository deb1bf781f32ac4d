/** How many allowed values a message lists: every one when few, else some (the checker's nearest, the parser's first). */

/** At most this many allowed values are listed in full; above, the nearest ones. */
export const LISTED_IN_FULL = 12;
/** How many of the values are listed when there are too many to list. */
export const NEAREST = 5;
