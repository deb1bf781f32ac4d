import { lontarBuild } from "../../tsup.base.js";

export default lontarBuild({ index: "src/index.ts", node: "src/node.ts", browser: "src/browser.ts" });
