import packageJson from "../package.json" with { type: "json" };

/** The version of the lontar command, from its package.json. */
export const TOOL_VERSION: string = packageJson.version;
