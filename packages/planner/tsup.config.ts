import { lontarBuild } from "../../tsup.base.js";

// The worker entry is built beside the bundle (planWorkspaceInParallel starts dist/plan-worker.js).
export default lontarBuild({ index: "src/index.ts", node: "src/node.ts", report: "src/report.ts", "plan-worker": "src/plan-worker.ts" });
