import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  indexOption,
  openProjectContext
} from "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/port.js
function portsOf(inspect) {
  const out = [];
  const live = inspect.NetworkSettings.Ports ?? {};
  const requested = inspect.HostConfig?.PortBindings ?? {};
  const source = Object.keys(live).length ? live : requested;
  for (const [key, bindings] of Object.entries(source)) {
    const [port, protocol = "tcp"] = key.split("/");
    for (const b of bindings ?? [])
      out.push({ privatePort: Number(port), protocol, ip: b.HostIp || "0.0.0.0", publicPort: Number(b.HostPort || 0) });
  }
  return out;
}
var command = {
  name: "port",
  summary: "Print the public port for a port binding",
  usage: "[OPTIONS] SERVICE PRIVATE_PORT",
  options: {
    index: { type: "number", description: "Index of the container if service has multiple replicas", valueName: "N" },
    protocol: { type: "string", description: "tcp or udp", valueName: "PROTO", default: "tcp" }
  },
  async run(ctx) {
    const [service, privatePort] = ctx.args.positionals;
    if (!service || !privatePort || ctx.args.positionals.length > 2)
      throw new UsageError('"port" requires exactly 2 arguments: SERVICE PRIVATE_PORT');
    const port = Number(privatePort);
    if (!/^\d+$/.test(privatePort) || port > 65535)
      throw new UsageError(`invalid private port "${privatePort}": expected a number from 0 to 65535`);
    const protocol = String(ctx.args.options.protocol);
    const { rt, compose, containers } = await openProjectContext(ctx, [service]);
    const target = compose.pickServiceContainer(containers, { service, index: indexOption(ctx.args.options.index) });
    const ports = portsOf(rt.containers.inspect(target.id));
    const hit = ports.find((p) => p.privatePort === port && p.protocol === protocol && p.publicPort > 0);
    if (!hit) {
      const listed = ports.map((p) => `${p.publicPort}/${p.protocol}`).join(", ");
      throw new compose.ComposeExecutionError("COMPOSE_NO_PORT", `no port ${port}/${protocol} for container ${target.name}: ${listed}`, { exitCode: 1 });
    }
    ctx.stdout.write(`${hit.ip}:${hit.publicPort}
`);
    return 0;
  }
};
var port_default = command;
export {
  port_default as default
};
