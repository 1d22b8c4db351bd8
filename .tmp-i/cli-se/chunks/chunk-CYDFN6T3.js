import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);

// packages/cli/dist/args.js
var UsageError = class extends Error {
  hint;
  code = "CLI_USAGE";
  exitCode = 125;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "UsageError";
  }
};
function store(out, name, spec, raw) {
  let value = raw;
  if (spec.type === "number") {
    const n = Number(raw);
    if (typeof raw !== "string" || raw.trim() === "" || !Number.isFinite(n)) {
      throw new UsageError(`invalid value "${String(raw)}" for --${name}: expected a number`);
    }
    value = n;
  }
  if (spec.multiple) {
    const prev = out[name] ?? [];
    out[name] = [...prev, value];
  } else {
    out[name] = value;
  }
}
function parseBool(name, raw) {
  if (raw === "true" || raw === "1")
    return true;
  if (raw === "false" || raw === "0")
    return false;
  throw new UsageError(`invalid value "${raw}" for --${name}: expected true or false`);
}
function parseArgs(argv, table, stopAfterPositionals) {
  const options = {};
  const positionals = [];
  const byShort = /* @__PURE__ */ new Map();
  for (const [name, spec] of Object.entries(table))
    if (spec.short)
      byShort.set(spec.short, name);
  const lookup = (name) => {
    const spec = table[name];
    if (!spec)
      throw new UsageError(`unknown flag: --${name}`, "see --help for the flags this command takes");
    return spec;
  };
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (stopAfterPositionals !== void 0 && positionals.length >= stopAfterPositionals) {
      positionals.push(...argv.slice(i));
      break;
    }
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--") && arg.length > 2) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const spec = lookup(name);
      if (spec.type === "boolean") {
        store(options, name, spec, eq === -1 ? true : parseBool(name, arg.slice(eq + 1)));
        i += 1;
        continue;
      }
      if (eq !== -1) {
        store(options, name, spec, arg.slice(eq + 1));
        i += 1;
        continue;
      }
      if (i + 1 >= argv.length)
        throw new UsageError(`flag needs an argument: --${name}`);
      store(options, name, spec, argv[i + 1]);
      i += 2;
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1 && arg !== "-") {
      let j = 1;
      while (j < arg.length) {
        const ch = arg[j];
        const name = byShort.get(ch);
        if (!name)
          throw new UsageError(`unknown shorthand flag: '${ch}' in ${arg}`, "see --help for the flags this command takes");
        const spec = table[name];
        if (spec.type === "boolean") {
          store(options, name, spec, true);
          j += 1;
          continue;
        }
        let value = arg.slice(j + 1);
        if (value.startsWith("="))
          value = value.slice(1);
        if (value === "") {
          if (i + 1 >= argv.length)
            throw new UsageError(`flag needs an argument: '${ch}' in -${ch}`);
          value = argv[i + 1];
          i += 1;
        }
        store(options, name, spec, value);
        break;
      }
      i += 1;
      continue;
    }
    positionals.push(arg);
    i += 1;
  }
  for (const [name, spec] of Object.entries(table)) {
    if (options[name] === void 0 && spec.default !== void 0)
      options[name] = spec.default;
  }
  return { options, positionals };
}

export {
  UsageError,
  parseArgs
};
