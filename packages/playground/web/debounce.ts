/** How long the playground waits after a keystroke before it checks and plans. */
export const DEBOUNCE_MS = 250;
