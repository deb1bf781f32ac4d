import { lontarBuild } from "../../tsup.base.js";

// The worker entry is built beside the bundle (planWorkspaceInParallel starts dist/plan-worker.js);
// shims give the CommonJS bundle an import.meta.url to find it.
export default lontarBuild({ index: "src/index.ts", "plan-worker": "src/plan-worker.ts" }, { shims: true });
