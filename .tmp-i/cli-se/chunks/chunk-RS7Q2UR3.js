import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-CYDFN6T3.js";
import {
  resolveRoot
} from "./chunk-XNDFLBB4.js";
import {
  Networks
} from "./chunk-T5UK2L7C.js";

// packages/cli/dist/commands/network-create.js
import { createHash } from "node:crypto";
function networksOf(ctx) {
  return new Networks({ root: resolveRoot(ctx.global.root, ctx.env) });
}
function keyValues(values) {
  const out = {};
  for (const s of values ?? []) {
    const eq = s.indexOf("=");
    out[eq === -1 ? s : s.slice(0, eq)] = eq === -1 ? "" : s.slice(eq + 1);
  }
  return out;
}
function inspectShape(n) {
  const prefix = n.subnet.split("/")[1];
  const containers = {};
  for (const e of Object.values(n.endpoints)) {
    if (!e.active)
      continue;
    containers[e.containerId] = {
      Name: e.containerName,
      EndpointID: createHash("sha256").update(`${n.id}/${e.containerId}`).digest("hex"),
      MacAddress: e.active.mac,
      IPv4Address: `${e.active.ip}/${prefix}`,
      IPv6Address: ""
    };
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: n.created,
    Scope: "local",
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: "default",
      Options: {},
      Config: [{ Subnet: n.subnet, Gateway: n.gateway, ...n.ipRange ? { IPRange: n.ipRange } : {} }]
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: false,
    ConfigFrom: { Network: "" },
    ConfigOnly: false,
    Containers: containers,
    Options: { "com.docker.network.bridge.name": n.bridge, ...n.options },
    Labels: { ...n.labels }
  };
}
var command = {
  name: "network create",
  summary: "Create a network",
  usage: "[OPTIONS] NETWORK",
  options: {
    driver: { type: "string", short: "d", description: "Driver to manage the Network (only bridge)", valueName: "DRIVER", default: "bridge" },
    subnet: { type: "string", description: "Subnet in CIDR format that represents a network segment", valueName: "CIDR" },
    gateway: { type: "string", description: "IPv4 Gateway for the master subnet", valueName: "IP" },
    "ip-range": { type: "string", description: "Allocate container ip from a sub-range", valueName: "CIDR" },
    internal: { type: "boolean", description: "Restrict external access to the network" },
    attachable: { type: "boolean", description: "Enable manual container attachment" },
    label: { type: "string", multiple: true, description: "Set metadata on a network", valueName: "KEY=VALUE" },
    opt: { type: "string", short: "o", multiple: true, description: "Set driver specific options", valueName: "KEY=VALUE" }
  },
  async run(ctx) {
    const [name, ...extra] = ctx.args.positionals;
    if (!name || extra.length > 0)
      throw new UsageError('"network create" requires exactly 1 argument: NETWORK');
    const o = ctx.args.options;
    const rec = await networksOf(ctx).create({
      name,
      driver: o.driver,
      subnet: o.subnet,
      gateway: o.gateway,
      ipRange: o["ip-range"],
      internal: Boolean(o.internal),
      attachable: Boolean(o.attachable),
      labels: keyValues(o.label),
      options: keyValues(o.opt)
    });
    ctx.stdout.write(`${rec.id}
`);
    return 0;
  }
};
var network_create_default = command;

export {
  networksOf,
  keyValues,
  inspectShape,
  network_create_default
};
