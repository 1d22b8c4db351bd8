import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-CICZZSE5.js";
import {
  UsageError,
  parseArgs
} from "./chunks/chunk-CYDFN6T3.js";
import "./chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/main.js
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// packages/cli/dist/render/error.js
function isCodedError(err) {
  return err instanceof Error && typeof err.code === "string" && ("exitCode" in err || "location" in err || "hint" in err);
}
function renderError(err, out, debug) {
  if (isCodedError(err)) {
    const loc = err.location;
    const where = loc ? `${loc.file}${loc.line !== void 0 ? `:${loc.line}` : ""}${loc.column !== void 0 ? `:${loc.column}` : ""}: ` : "";
    out.write(`Error: ${where}${err.message}
`);
    if (err.hint)
      out.write(`Hint: ${err.hint}
`);
    if (debug)
      out.write(`${err.stack ?? ""}
${err.cause ? `Caused by: ${String(err.cause.stack ?? err.cause)}
` : ""}`);
    return err.exitCode ?? 1;
  }
  const e = err;
  out.write(`Error: ${e?.message ?? String(err)}
`);
  if (debug && e?.stack)
    out.write(`${e.stack}
`);
  return 1;
}

// packages/cli/dist/main.js
var commandsDir = join(dirname(fileURLToPath(import.meta.url)), "commands");
var GROUPS = ["container", "image", "network", "volume", "system"];
var globalTable = {
  file: { type: "string", short: "f", multiple: true, description: "Compose configuration files", valueName: "FILE" },
  "project-name": { type: "string", short: "p", description: "Project name", valueName: "NAME" },
  "project-directory": { type: "string", description: "Alternate working directory (default: the first compose file's directory)", valueName: "DIR" },
  profile: { type: "string", multiple: true, description: "Profile to enable", valueName: "PROFILE" },
  "env-file": { type: "string", multiple: true, description: "Alternate environment file", valueName: "FILE" },
  "dry-run": { type: "boolean", description: "Print what would be done, do nothing" },
  root: { type: "string", description: "State root (default /var/lib/tsc-compose, or TSC_COMPOSE_ROOT)", valueName: "DIR" },
  debug: { type: "boolean", description: "Show stack traces and debug output" },
  version: { type: "boolean", short: "v", description: "Print version information and exit" },
  help: { type: "boolean", short: "h", description: "Print usage" }
};
function commandFile(name) {
  return join(commandsDir, `${name}.js`);
}
function resolveCommand(argv) {
  const [first, second] = argv;
  if (!first)
    return void 0;
  if (GROUPS.includes(first) && second && !second.startsWith("-")) {
    const name = `${first}-${second}`;
    if (existsSync(commandFile(name)))
      return { name, rest: argv.slice(2) };
  }
  if (existsSync(commandFile(first)))
    return { name: first, rest: argv.slice(1) };
  return void 0;
}
async function loadCommand(name) {
  const mod = await import(pathToFileURL(commandFile(name)).href);
  return mod.default;
}
function splitGlobal(argv) {
  const globalArgs = [];
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (!a.startsWith("-") || a === "-")
      break;
    globalArgs.push(a);
    const name = a.startsWith("--") ? a.slice(2).split("=")[0] : void 0;
    const short = !a.startsWith("--") ? a.slice(1) : void 0;
    const spec = name ? globalTable[name] : Object.values(globalTable).find((s) => s.short === short);
    if (spec && spec.type !== "boolean" && !a.includes("=") && (name || short?.length === 1)) {
      if (i + 1 < argv.length)
        globalArgs.push(argv[i + 1]);
      i += 2;
      continue;
    }
    i += 1;
  }
  return { globalArgs, rest: argv.slice(i) };
}
function toGlobal(opts, env) {
  return {
    root: opts.root ?? env.TSC_COMPOSE_ROOT,
    debug: Boolean(opts.debug),
    files: opts.file ?? [],
    projectName: opts["project-name"],
    projectDirectory: opts["project-directory"],
    profiles: opts.profile ?? [],
    envFiles: opts["env-file"] ?? [],
    dryRun: Boolean(opts["dry-run"])
  };
}
function formatOptions(table) {
  const rows = Object.entries(table).filter(([, s]) => !s.hidden).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : "    "}--${name}${s.type === "boolean" ? "" : ` ${s.valueName ?? s.type}`}`;
    return [flag, s.description + (s.default !== void 0 && s.default !== false ? ` (default ${String(s.default)})` : "")];
  });
  const width = Math.max(0, ...rows.map(([f]) => f.length));
  return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`).join("\n");
}
async function mainHelp() {
  const names = existsSync(commandsDir) ? readdirSync(commandsDir).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3)).sort() : [];
  const pairs = [];
  for (const name of names) {
    const cmd = await loadCommand(name);
    pairs.push([name.replace("-", " "), cmd.summary]);
  }
  const width = Math.max(0, ...pairs.map(([n]) => n.length));
  const top = pairs.filter(([n]) => !n.includes(" "));
  const grouped = pairs.filter(([n]) => n.includes(" "));
  return [
    "Usage:  tsc-compose [OPTIONS] COMMAND",
    "",
    "Define and run multi-container applications, on a container runtime of its own.",
    "",
    "Options:",
    formatOptions(globalTable),
    "",
    "Commands:",
    ...top.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`),
    "",
    "Runtime commands:",
    ...grouped.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`),
    "",
    "Run 'tsc-compose COMMAND --help' for more information on a command."
  ].join("\n");
}
function commandHelp(name, cmd) {
  return [
    `Usage:  tsc-compose ${name.replace("-", " ")} ${cmd.usage ?? "[OPTIONS]"}`,
    "",
    cmd.summary,
    "",
    "Options:",
    formatOptions(cmd.options)
  ].join("\n");
}
async function main(argv, env = process.env) {
  let debug = argv.includes("--debug");
  try {
    const { globalArgs, rest } = splitGlobal(argv);
    const parsedGlobal = parseArgs(globalArgs, globalTable);
    const global = toGlobal(parsedGlobal.options, env);
    debug = global.debug;
    if (parsedGlobal.options.version && rest.length === 0) {
      process.stdout.write(`tsc-compose version ${VERSION}
`);
      return 0;
    }
    if (parsedGlobal.options.help || rest.length === 0) {
      process.stdout.write(await mainHelp() + "\n");
      return 0;
    }
    const resolved = resolveCommand(rest);
    if (!resolved) {
      throw new UsageError(`unknown command: "${rest.slice(0, 2).join(" ")}"`, "run 'tsc-compose --help' for the list of commands");
    }
    const cmd = await loadCommand(resolved.name);
    if (resolved.rest.includes("--help") && !(cmd.stopAfterPositionals !== void 0 && resolved.rest.indexOf("--help") > 0 && !resolved.rest.slice(0, resolved.rest.indexOf("--help")).every((a) => a.startsWith("-")))) {
      process.stdout.write(commandHelp(resolved.name, cmd) + "\n");
      return 0;
    }
    const args = parseArgs(resolved.rest, cmd.options, cmd.stopAfterPositionals);
    const ctx = {
      args,
      global,
      env,
      cwd: process.cwd(),
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin
    };
    return await cmd.run(ctx);
  } catch (err) {
    return renderError(err, process.stderr, debug);
  }
}
export {
  formatOptions,
  main,
  resolveCommand
};
