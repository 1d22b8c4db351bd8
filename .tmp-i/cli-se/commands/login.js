import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  stateRoot
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/login.js
async function readAll(stream) {
  const chunks = [];
  for await (const c of stream)
    chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString("utf8");
}
async function prompt(ctx, question, mute) {
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: ctx.stdin, output: ctx.stderr, terminal: true });
  if (mute) {
    const write = rl;
    write._writeToOutput = (s) => {
      if (s.includes(question))
        ctx.stderr.write(s);
    };
  }
  try {
    return await new Promise((resolve) => rl.question(question, resolve));
  } finally {
    rl.close();
    if (mute)
      ctx.stderr.write("\n");
  }
}
var command = {
  name: "login",
  summary: "Log in to a registry (credentials are kept in <root>/auth.json)",
  usage: "[OPTIONS] [SERVER]",
  options: {
    username: { type: "string", short: "u", description: "Username", valueName: "USER" },
    password: { type: "string", short: "p", description: "Password or personal access token", valueName: "PASSWORD" },
    "password-stdin": { type: "boolean", description: "Take the password or token from stdin" }
  },
  async run(ctx) {
    const [server, ...extra] = ctx.args.positionals;
    if (extra.length > 0)
      throw new UsageError('"login" accepts at most 1 argument', "usage: tsc-compose login [OPTIONS] [SERVER]");
    const o = ctx.args.options;
    let password = o.password;
    if (o["password-stdin"]) {
      if (password !== void 0)
        throw new UsageError("--password and --password-stdin are mutually exclusive");
      if (o.username === void 0)
        throw new UsageError("must provide --username with --password-stdin");
      password = (await readAll(ctx.stdin)).replace(/\r?\n$/, "");
    } else if (password !== void 0) {
      ctx.stderr.write("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n");
    }
    let username = o.username;
    if (username === void 0) {
      if (!ctx.stdin.isTTY)
        throw new UsageError("cannot prompt for a username: stdin is not a terminal", "use --username and --password-stdin");
      username = (await prompt(ctx, "Username: ", false)).trim();
    }
    if (password === void 0) {
      if (!ctx.stdin.isTTY)
        throw new UsageError("cannot prompt for a password: stdin is not a terminal", "use --password-stdin");
      password = await prompt(ctx, "Password: ", true);
    }
    if (!username || !password)
      throw new UsageError("username and password are both required");
    const { registryLogin } = await import("../chunks/dist-N6K6W2S7.js");
    const res = await registryLogin({ root: stateRoot(ctx), env: ctx.env, ...server ? { server } : {}, username, password });
    for (const m of res.messages)
      ctx.stdout.write(`${m}
`);
    return 0;
  }
};
var login_default = command;
export {
  login_default as default
};
