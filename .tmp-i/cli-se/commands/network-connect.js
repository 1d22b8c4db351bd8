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

// packages/cli/dist/commands/network-connect.js
var command = {
  name: "network connect",
  summary: "Connect a container to a network",
  usage: "[OPTIONS] NETWORK CONTAINER",
  options: {
    alias: { type: "string", multiple: true, description: "Add network-scoped alias for the container", valueName: "ALIAS" },
    ip: { type: "string", description: 'IPv4 address (e.g., "172.30.100.104")', valueName: "IP" },
    "mac-address": { type: "string", description: "MAC address of the container on this network", valueName: "MAC" }
  },
  async run(ctx) {
    const [network, container, ...extra] = ctx.args.positionals;
    if (!network || !container || extra.length > 0)
      throw new UsageError('"network connect" requires exactly 2 arguments: NETWORK CONTAINER');
    const info = runtimeOf(ctx).containers.inspect(container);
    const o = ctx.args.options;
    await networksOf(ctx).connect(network, { id: info.Id, name: info.Name.replace(/^\//, "") }, {
      aliases: o.alias ?? [],
      ipv4Address: o.ip,
      macAddress: o["mac-address"]
    });
    return 0;
  }
};
var network_connect_default = command;
export {
  network_connect_default as default
};
