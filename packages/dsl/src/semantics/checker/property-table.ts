/** What the checker knows of properties, read from the language table (language/). */
export { OBLIGATION_KINDS, SCHEDULE_KINDS } from "../../language/value-shapes.js";
