import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  stateRoot
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/logout.js
var command = {
  name: "logout",
  summary: "Log out from a registry",
  usage: "[SERVER]",
  options: {},
  async run(ctx) {
    const [server, ...extra] = ctx.args.positionals;
    if (extra.length > 0)
      throw new UsageError('"logout" accepts at most 1 argument', "usage: tsc-compose logout [SERVER]");
    const { registryLogout } = await import("../chunks/dist-N6K6W2S7.js");
    const { domain, removed } = registryLogout(stateRoot(ctx), server);
    ctx.stdout.write(removed ? `Removing login credentials for ${domain}
` : `Not logged in to ${domain}
`);
    return 0;
  }
};
var logout_default = command;
export {
  logout_default as default
};
