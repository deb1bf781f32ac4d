import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import Playground from "./Playground.vue";
import "./playground.css";

/** The default theme, with the playground component for docs/playground.md and docs/id/playground.md. */
// eslint-disable-next-line no-restricted-syntax -- VitePress reads the theme from the default export.
export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("LontarPlayground", Playground);
  },
} satisfies Theme;
