import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);

// packages/cli/dist/render/log-prefix.js
var COLORS = [36, 33, 32, 35, 34, 96, 93, 92, 95, 94];
var LogPrefixer = class {
  style;
  colorOf = /* @__PURE__ */ new Map();
  width = 0;
  constructor(style, sources = []) {
    this.style = style;
    for (const s of sources)
      this.width = Math.max(this.width, s.length);
  }
  format(service, source, text, time) {
    const body = (this.style.timestamps && time ? `${time} ` : "") + (text.endsWith("\n") ? text : `${text}
`);
    if (this.style.noPrefix)
      return body;
    this.width = Math.max(this.width, source.length);
    if (!this.colorOf.has(service))
      this.colorOf.set(service, COLORS[this.colorOf.size % COLORS.length]);
    const prefix = `${source.padEnd(this.width)}  | `;
    return this.style.noColor ? prefix + body : `\x1B[${this.colorOf.get(service)}m${prefix}\x1B[0m${body}`;
  }
};

export {
  LogPrefixer
};
