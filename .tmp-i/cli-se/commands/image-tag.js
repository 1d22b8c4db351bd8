import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-tag.js
var command = {
  name: "image tag",
  summary: "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE",
  usage: "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
  options: {},
  async run(ctx) {
    const [source, target, ...extra] = ctx.args.positionals;
    if (!source || !target || extra.length > 0)
      throw new UsageError('"image tag" requires exactly 2 arguments', "usage: tsc-compose image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]");
    const { images } = await openRuntimeFor(ctx);
    await images.tag(source, target);
    return 0;
  }
};
var image_tag_default = command;
export {
  image_tag_default as default
};
