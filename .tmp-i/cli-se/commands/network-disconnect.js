import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  networksOf
} from "../chunks/chunk-RS7Q2UR3.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/network-disconnect.js
var command = {
  name: "network disconnect",
  summary: "Disconnect a container from a network",
  usage: "[OPTIONS] NETWORK CONTAINER",
  options: {
    force: { type: "boolean", short: "f", description: "Force the container to disconnect from a network" }
  },
  async run(ctx) {
    const [network, container, ...extra] = ctx.args.positionals;
    if (!network || !container || extra.length > 0)
      throw new UsageError('"network disconnect" requires exactly 2 arguments: NETWORK CONTAINER');
    let id = container;
    try {
      id = runtimeOf(ctx).containers.inspect(container).Id;
    } catch (err) {
      if (!ctx.args.options.force)
        throw err;
    }
    await networksOf(ctx).disconnect(network, id, { force: Boolean(ctx.args.options.force) });
    return 0;
  }
};
var network_disconnect_default = command;
export {
  network_disconnect_default as default
};
