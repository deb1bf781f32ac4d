import { lontarBuild } from "../../tsup.base.js";

// One build for both entries (two configs would race on cleaning dist/). The shebang
// lands in every output; Node ignores it in a module that is imported.
export default lontarBuild(
  { index: "src/index.ts", bin: "src/bin.ts" },
  { shims: true, banner: { js: "#!/usr/bin/env node" } },
);
