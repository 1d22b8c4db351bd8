import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  VERSION
} from "../chunks/chunk-CICZZSE5.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/version.js
var command = {
  name: "version",
  summary: "Show the tsc-compose version information",
  options: {
    format: { type: "string", short: "f", description: "Format the output: pretty or json", valueName: "FORMAT", default: "pretty" },
    short: { type: "boolean", description: "Show only the version number" }
  },
  async run(ctx) {
    const { format, short } = ctx.args.options;
    if (short)
      ctx.stdout.write(`${VERSION}
`);
    else if (format === "json")
      ctx.stdout.write(JSON.stringify({ version: VERSION }) + "\n");
    else
      ctx.stdout.write(`tsc-compose version ${VERSION}
`);
    return 0;
  }
};
var version_default = command;
export {
  version_default as default
};
