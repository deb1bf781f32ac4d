import { lontarBuild } from "../../tsup.base.js";

export default lontarBuild({ index: "src/index.ts", words: "src/words.ts" });
