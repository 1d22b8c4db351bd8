import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/volume-create.js
function kv(values, what) {
  const out = {};
  for (const v of values ?? []) {
    const eq = v.indexOf("=");
    if (eq <= 0 && what === "option")
      throw new UsageError(`invalid ${what} "${v}": expected key=value`);
    out[eq === -1 ? v : v.slice(0, eq)] = eq === -1 ? "" : v.slice(eq + 1);
  }
  return out;
}
var command = {
  name: "volume create",
  summary: "Create a volume",
  usage: "[OPTIONS] [VOLUME]",
  options: {
    driver: { type: "string", short: "d", description: "Specify volume driver name", valueName: "NAME", default: "local" },
    label: { type: "string", multiple: true, description: "Set metadata for a volume", valueName: "K=V" },
    opt: { type: "string", short: "o", multiple: true, description: "Set driver specific options", valueName: "K=V" },
    name: { type: "string", description: "Specify volume name", valueName: "NAME", hidden: true }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const name = ctx.args.positionals[0] ?? o.name;
    const v = await runtimeOf(ctx).volumes.create(name, { driver: o.driver, driverOpts: kv(o.opt, "option"), labels: kv(o.label, "label") });
    ctx.stdout.write(`${v.Name}
`);
    return 0;
  }
};
var volume_create_default = command;
export {
  volume_create_default as default
};
