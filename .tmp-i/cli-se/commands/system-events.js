import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  eventsOptions,
  streamEvents
} from "../chunks/chunk-NVK6QRLM.js";
import "../chunks/chunk-ZJQHQMR2.js";
import "../chunks/chunk-S7AXWW7H.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/system-events.js
var command = {
  name: "system events",
  summary: "Get real time events from the runtime",
  usage: "[OPTIONS]",
  options: eventsOptions,
  run: (ctx) => streamEvents(ctx)
};
var system_events_default = command;
export {
  system_events_default as default
};
