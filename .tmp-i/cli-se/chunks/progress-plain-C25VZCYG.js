import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import "./chunk-YD7X3SCX.js";

// packages/cli/dist/render/progress-plain.js
function plainProgress(out) {
  return (e) => {
    if (e.status === "Waiting")
      return;
    const detail = e.detail ? ` ${e.detail}` : "";
    out.write(` ${e.resource}  ${e.status}${detail}
`);
  };
}
export {
  plainProgress
};
