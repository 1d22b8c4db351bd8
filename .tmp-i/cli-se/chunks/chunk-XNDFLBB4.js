import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  KernelError,
  MNT_DETACH,
  RuntimeError,
  S_IFBLK,
  S_IFCHR,
  S_IFIFO,
  fromSystemError,
  isKernelError,
  isTscError,
  loadBinding,
  lockFile,
  nativeFs,
  runtimeFile,
  supervisorPath
} from "./chunk-T5UK2L7C.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-YD7X3SCX.js";

// node_modules/.pnpm/events-universal@1.0.1/node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/.pnpm/events-universal@1.0.1/node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/.pnpm/b4a@1.9.0/node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/.pnpm/b4a@1.9.0/node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit2 = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit2 && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit2 = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit2 && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough2(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline8(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve3, reject) {
              promiseResolve = resolve3;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve3, reject) => {
            if (stream._duplexState & DESTROYED) return resolve3({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable3 = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve3) => {
          state.drains.push({ writes, resolve: resolve3 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform6 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough2 = class extends Transform6 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve3, reject) => {
        return pipeline8(...streams, (err) => {
          if (err) return reject(err);
          resolve3();
        });
      });
    }
    function pipeline8(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable3.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline8,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable: Writable3,
      Readable: Readable2,
      Duplex,
      Transform: Transform6,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough2
    };
  }
});

// node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag2) {
      switch (flag2) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag2) {
      switch (flag2) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num2, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num2) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num2, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num2 & 255;
        num2 = Math.floor(num2 / 256);
      }
    }
    function encodeSize(num2, buf, off) {
      if (num2.toString(8).length > 11) {
        encodeSizeBin(num2, buf, off);
      } else {
        b4a.write(buf, encodeOct(num2, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str2) {
      const len = b4a.byteLength(str2);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str2;
    }
  }
});

// node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable: Writable3, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable3 {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract3 = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve3, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve3({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve3;
          promiseReject = reject;
          consumeCallback(null);
          if (extract3._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract3.destroy(err);
          consumeCallback(err);
          return new Promise((resolve3, reject) => {
            if (extract3.destroyed) return resolve3({ value: void 0, done: true });
            extract3.once("close", function() {
              if (err) reject(err);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract3(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable: Writable3, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable3 {
      constructor(pack3, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack3;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack3(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.1/node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// packages/runtime/dist/util/invalid.js
function invalidValue(code, message, hint) {
  return new RuntimeError(code, message, { exitCode: 125, hint });
}
var INVALID_SIZE = "INVALID_SIZE";
var INVALID_DURATION = "INVALID_DURATION";
var INVALID_CPUS = "INVALID_CPUS";
var INVALID_ULIMIT = "INVALID_ULIMIT";
var INVALID_SIGNAL = "INVALID_SIGNAL";

// packages/runtime/dist/util/bytes.js
var SIZE = /^(\d+(?:\.\d+)*) ?([kmgtp])?i?b?$/i;
var UNIT = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
function parseBytes(value, what = "memory size") {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value >= 0)
      return value;
    throw invalidValue(INVALID_SIZE, `invalid ${what} ${value}: expected a non-negative whole number of bytes`);
  }
  const m = SIZE.exec(value.trim());
  const n = m ? Number(m[1]) : NaN;
  if (!m || !Number.isFinite(n)) {
    throw invalidValue(INVALID_SIZE, `invalid ${what} ${JSON.stringify(value)}: expected a number with an optional unit b, k, m, g`, "for example 512m or 1.5g");
  }
  const bytes = Math.floor(n * UNIT[(m[2] ?? "").toLowerCase()]);
  if (!Number.isSafeInteger(bytes))
    throw invalidValue(INVALID_SIZE, `invalid ${what} ${JSON.stringify(value)}: too large`);
  return bytes;
}
function parseMemorySwap(value) {
  if (value === -1 || typeof value === "string" && value.trim() === "-1")
    return -1;
  return parseBytes(value, "memory-swap size");
}
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(2).replace(/\.?0+$/, "")}${units[i]}`;
}

// packages/runtime/dist/util/duration.js
var UNIT_MS = {
  ns: 1e-6,
  us: 1e-3,
  "\xB5s": 1e-3,
  // U+00B5 micro sign
  "\u03BCs": 1e-3,
  // U+03BC Greek mu
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5
};
var PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
function parseDuration(value) {
  const bad4 = () => invalidValue(INVALID_DURATION, `invalid duration ${JSON.stringify(value)}: expected numbers with units ns, us, ms, s, m, h`, "for example 1m30s or 500ms");
  let s = value.trim();
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-")
      sign = -1;
    s = s.slice(1);
  }
  if (s === "0")
    return 0;
  if (s === "")
    throw bad4();
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < s.length) {
    const m = PART.exec(s);
    if (!m)
      throw bad4();
    total += Number(m[1]) * UNIT_MS[m[2]];
  }
  return sign * Math.round(total * 1e6) / 1e6 || 0;
}
function formatDuration(ms) {
  if (ms === 0)
    return "0s";
  const neg = ms < 0;
  let rest = Math.abs(ms);
  if (rest < 1e3)
    return `${neg ? "-" : ""}${+rest.toFixed(6)}ms`;
  const h = Math.floor(rest / 36e5);
  rest -= h * 36e5;
  const m = Math.floor(rest / 6e4);
  rest -= m * 6e4;
  const s = +(rest / 1e3).toFixed(9);
  return `${neg ? "-" : ""}${h ? `${h}h` : ""}${h || m ? `${m}m` : ""}${s}s`;
}

// packages/runtime/dist/util/cpus.js
var DECIMAL = /^(\d*)(?:\.(\d*))?$/;
var RATIO = /^(\d+)\/(\d+)$/;
function parseCpus(value) {
  const text2 = String(value).trim();
  const bad4 = (why) => invalidValue(INVALID_CPUS, `invalid cpus ${JSON.stringify(String(value))}: ${why}`, "for example 0.5 or 2");
  let nanos;
  const r = RATIO.exec(text2);
  const d = DECIMAL.exec(text2);
  if (r) {
    const den = BigInt(r[2]);
    if (den === 0n)
      throw bad4("division by zero");
    const num2 = BigInt(r[1]) * 1000000000n;
    if (num2 % den !== 0n)
      throw bad4("value is too precise (at most 9 decimals)");
    nanos = num2 / den;
  } else if (d && (d[1] || d[2])) {
    const frac = d[2] ?? "";
    if (frac.length > 9 && /[1-9]/.test(frac.slice(9)))
      throw bad4("value is too precise (at most 9 decimals)");
    nanos = BigInt(d[1] || "0") * 1000000000n + BigInt((frac.slice(0, 9) || "0").padEnd(9, "0"));
  } else {
    throw bad4("expected a non-negative number of CPUs");
  }
  if (nanos > BigInt(Number.MAX_SAFE_INTEGER))
    throw bad4("too large");
  return Number(nanos);
}
var CPU_PERIOD_US = 1e5;
function nanoCpusToQuota(nanoCpus, periodUs = CPU_PERIOD_US) {
  return Math.floor(nanoCpus * periodUs / 1e9);
}

// packages/runtime/dist/util/ulimit.js
var RLIMITS = {
  cpu: 0,
  fsize: 1,
  data: 2,
  stack: 3,
  core: 4,
  rss: 5,
  nproc: 6,
  nofile: 7,
  memlock: 8,
  locks: 10,
  sigpending: 11,
  msgqueue: 12,
  nice: 13,
  rtprio: 14,
  rttime: 15
};
var INT = /^-?\d+$/;
function parseUlimit(value) {
  const bad4 = (why) => invalidValue(INVALID_ULIMIT, `invalid ulimit ${JSON.stringify(value)}: ${why}`, "for example nofile=1024:2048");
  const eq = value.indexOf("=");
  if (eq < 0)
    throw bad4("expected <type>=<soft limit>[:<hard limit>]");
  const name = value.slice(0, eq).trim().toLowerCase();
  const resource = RLIMITS[name];
  if (resource === void 0)
    throw bad4(`unknown type "${name}" (expected one of ${Object.keys(RLIMITS).join(", ")})`);
  const parts = value.slice(eq + 1).split(":");
  if (parts.length > 2 || parts.some((p) => !INT.test(p.trim())))
    throw bad4("limits must be integers (-1 = unlimited)");
  const soft = Number(parts[0]);
  const hard = parts.length === 2 ? Number(parts[1]) : soft;
  for (const n of [soft, hard])
    if (n < -1 || !Number.isSafeInteger(n))
      throw bad4(`limit ${n} is out of range`);
  const rank = (n) => n === -1 ? Infinity : n;
  if (rank(soft) > rank(hard))
    throw bad4(`soft limit ${soft} is greater than hard limit ${hard}`);
  return { name, resource, soft, hard };
}
function formatUlimit(u) {
  return `${u.name}=${u.soft}:${u.hard}`;
}

// packages/runtime/dist/util/signals.js
var SIGNALS = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  IOT: 6,
  BUS: 7,
  FPE: 8,
  KILL: 9,
  USR1: 10,
  SEGV: 11,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  STKFLT: 16,
  CHLD: 17,
  CLD: 17,
  CONT: 18,
  STOP: 19,
  TSTP: 20,
  TTIN: 21,
  TTOU: 22,
  URG: 23,
  XCPU: 24,
  XFSZ: 25,
  VTALRM: 26,
  PROF: 27,
  WINCH: 28,
  IO: 29,
  POLL: 29,
  PWR: 30,
  SYS: 31
};
var SIGRTMIN = 34;
var SIGRTMAX = 64;
var CANONICAL = /* @__PURE__ */ new Map();
for (const [name, n] of Object.entries(SIGNALS))
  if (!CANONICAL.has(n))
    CANONICAL.set(n, name);
function signalName(n) {
  const base = CANONICAL.get(n);
  if (base)
    return `SIG${base}`;
  if (n === SIGRTMIN)
    return "SIGRTMIN";
  if (n === SIGRTMAX)
    return "SIGRTMAX";
  if (n > SIGRTMIN && n < SIGRTMAX)
    return `SIGRTMIN+${n - SIGRTMIN}`;
  return `SIG${n}`;
}
function parseSignal(value) {
  const bad4 = () => invalidValue(INVALID_SIGNAL, `invalid signal ${JSON.stringify(String(value))}: expected a name like SIGTERM or a number 1-64`);
  const trimmed = String(value).trim();
  const raw = /^SIG\d+$/i.test(trimmed) ? trimmed.slice(3) : trimmed;
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    if (n < 1 || n > SIGRTMAX)
      throw bad4();
    return { number: n, name: signalName(n) };
  }
  const up = raw.toUpperCase().replace(/^SIG/, "");
  const base = SIGNALS[up];
  if (base !== void 0)
    return { number: base, name: signalName(base) };
  const rt = /^RT(MIN|MAX)(?:([+-])(\d+))?$/.exec(up);
  if (rt) {
    const off = rt[3] ? Number(rt[3]) * (rt[2] === "-" ? -1 : 1) : 0;
    const n = (rt[1] === "MIN" ? SIGRTMIN : SIGRTMAX) + off;
    if (n >= SIGRTMIN && n <= SIGRTMAX)
      return { number: n, name: signalName(n) };
  }
  throw bad4();
}

// packages/runtime/dist/images/store.js
import { existsSync as existsSync6, mkdirSync as mkdirSync5, readFileSync as readFileSync6, readdirSync as readdirSync6, renameSync as renameSync5, rmSync as rmSync7, writeFileSync as writeFileSync4 } from "node:fs";

// packages/runtime/dist/images/blobs.js
import { createHash as createHash2, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, fsyncSync, openSync, closeSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// packages/runtime/dist/images/digest.js
import { createHash } from "node:crypto";

// packages/runtime/dist/images/errors.js
var errors_exports = {};
__export(errors_exports, {
  IMAGE_AMBIGUOUS: () => IMAGE_AMBIGUOUS,
  IMAGE_CONFLICT: () => IMAGE_CONFLICT,
  IMAGE_DIGEST_MISMATCH: () => IMAGE_DIGEST_MISMATCH,
  IMAGE_INVALID_ARCHIVE: () => IMAGE_INVALID_ARCHIVE,
  IMAGE_INVALID_CHANGE: () => IMAGE_INVALID_CHANGE,
  IMAGE_INVALID_INPUT: () => IMAGE_INVALID_INPUT,
  IMAGE_INVALID_REFERENCE: () => IMAGE_INVALID_REFERENCE,
  IMAGE_IN_USE: () => IMAGE_IN_USE,
  IMAGE_NOT_FOUND: () => IMAGE_NOT_FOUND,
  IMAGE_UNSAFE_PATH: () => IMAGE_UNSAFE_PATH,
  IMAGE_UNSUPPORTED: () => IMAGE_UNSUPPORTED,
  imageError: () => imageError
});
var IMAGE_NOT_FOUND = "IMAGE_NOT_FOUND";
var IMAGE_INVALID_REFERENCE = "IMAGE_INVALID_REFERENCE";
var IMAGE_AMBIGUOUS = "IMAGE_AMBIGUOUS";
var IMAGE_IN_USE = "IMAGE_IN_USE";
var IMAGE_CONFLICT = "IMAGE_CONFLICT";
var IMAGE_DIGEST_MISMATCH = "IMAGE_DIGEST_MISMATCH";
var IMAGE_INVALID_ARCHIVE = "IMAGE_INVALID_ARCHIVE";
var IMAGE_UNSAFE_PATH = "IMAGE_UNSAFE_PATH";
var IMAGE_UNSUPPORTED = "IMAGE_UNSUPPORTED";
var IMAGE_INVALID_CHANGE = "IMAGE_INVALID_CHANGE";
var IMAGE_INVALID_INPUT = "IMAGE_INVALID_INPUT";
function imageError(code, message, options) {
  return new RuntimeError(code, message, options);
}

// packages/runtime/dist/images/digest.js
var DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function isDigest(s) {
  return typeof s === "string" && DIGEST_RE.test(s);
}
function checkDigest(s, what) {
  if (!isDigest(s))
    throw imageError(IMAGE_INVALID_INPUT, `invalid ${what} digest ${JSON.stringify(s)} (want sha256:<64 hex>)`);
  return s;
}
function sha256(data) {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}
function hexOf(d) {
  return d.slice("sha256:".length);
}
function chainIds(diffIds) {
  const out = [];
  for (const d of diffIds) {
    const prev = out[out.length - 1];
    out.push(prev === void 0 ? d : sha256(`${prev} ${d}`));
  }
  return out;
}
function shortId(d) {
  return d.replace(/^sha256:/, "").slice(0, 12);
}

// packages/runtime/dist/images/blobs.js
var HashingPassThrough = class extends Transform {
  hash = createHash2("sha256");
  size = 0;
  _transform(chunk, _enc, cb) {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.push(chunk);
    cb();
  }
  digest() {
    return `sha256:${this.hash.digest("hex")}`;
  }
};
function tmpName(prefix) {
  return `${prefix}-${process.pid}-${randomBytes(6).toString("hex")}`;
}
async function hashFile(path) {
  const h = new HashingPassThrough();
  await pipeline(createReadStream(path), h, async function* (src) {
    for await (const _ of src) {
    }
  });
  return { digest: h.digest(), size: h.size };
}
function fsyncPath(path) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
var BlobStore = class {
  paths;
  constructor(paths) {
    this.paths = paths;
  }
  path(d) {
    return this.paths.blob(d);
  }
  has(d) {
    return existsSync(this.paths.blob(d));
  }
  async ensureDirs() {
    await mkdir(this.paths.blobsDir, { recursive: true });
    await mkdir(this.paths.ingestDir, { recursive: true });
  }
  /**
   * Streams `src` (through `transforms`, e.g. a decompressor) into the store, hashing on
   * the way; with `expected`, a mismatch throws
   * and nothing is added. fsync before rename so a crash never leaves a truncated blob
   * under a valid name.
   */
  async write(src, expected, transforms = []) {
    await this.ensureDirs();
    const tmp = join(this.paths.ingestDir, tmpName("blob"));
    const h = new HashingPassThrough();
    try {
      await pipeline([src, ...transforms, h, createWriteStream(tmp)]);
      const digest = h.digest();
      if (expected && digest !== expected) {
        throw imageError(IMAGE_DIGEST_MISMATCH, `content digest mismatch: expected ${expected}, got ${digest}`);
      }
      this.adoptFile(tmp, digest);
      return { digest, size: h.size };
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  async writeBuffer(data) {
    const buf = typeof data === "string" ? Buffer.from(data) : data;
    const digest = sha256(buf);
    if (!this.has(digest)) {
      const { Readable: Readable2 } = await import("node:stream");
      await this.write(Readable2.from([buf]), digest);
    }
    return { digest, size: buf.length };
  }
  /** Moves an already verified file (on the same filesystem) into place. */
  adoptFile(file, digest) {
    const dest = this.paths.blob(digest);
    if (existsSync(dest)) {
      rmSync(file, { force: true });
      return;
    }
    fsyncPath(file);
    try {
      renameSync(file, dest);
    } catch (err) {
      throw fromSystemError(err, "rename", dest);
    }
  }
  read(d) {
    try {
      return readFileSync(this.paths.blob(d));
    } catch (err) {
      if (err.code === "ENOENT")
        throw imageError(IMAGE_NOT_FOUND, `blob ${d} is missing from the store`);
      throw fromSystemError(err, "open", this.paths.blob(d));
    }
  }
  readJson(d) {
    return JSON.parse(this.read(d).toString("utf8"));
  }
  size(d) {
    return statSync(this.paths.blob(d)).size;
  }
  stream(d) {
    return createReadStream(this.paths.blob(d));
  }
  list() {
    if (!existsSync(this.paths.blobsDir))
      return [];
    return readdirSync(this.paths.blobsDir).map((h) => `sha256:${h}`).filter(isDigest);
  }
  remove(d) {
    rmSync(this.paths.blob(d), { force: true });
  }
};

// packages/runtime/dist/images/build.js
import { createReadStream as createReadStream2, statSync as statSync2 } from "node:fs";

// packages/runtime/dist/images/changes.js
import { posix } from "node:path";
var CHANGE_INSTRUCTIONS = ["CMD", "ENTRYPOINT", "ENV", "EXPOSE", "LABEL", "ONBUILD", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"];
function fail(line, why) {
  throw imageError(IMAGE_INVALID_CHANGE, `invalid change "${line}": ${why}`);
}
function splitWords(s) {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote)
        quote = void 0;
      else if (c === "\\" && quote === '"' && i + 1 < s.length)
        cur += s[++i];
      else
        cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < s.length) {
      cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord)
        out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote)
    throw imageError(IMAGE_INVALID_CHANGE, `unterminated quote in "${s}"`);
  if (inWord)
    out.push(cur);
  return out;
}
function commandForm(line, rest) {
  if (rest.startsWith("[")) {
    try {
      const v = JSON.parse(rest);
      if (Array.isArray(v) && v.every((x) => typeof x === "string"))
        return v;
    } catch {
    }
  }
  if (rest === "")
    fail(line, "missing command");
  return ["/bin/sh", "-c", rest];
}
function keyValues(line, rest, legacySpace) {
  const words = splitWords(rest);
  if (words.length === 0)
    fail(line, "missing arguments");
  if (legacySpace && !words[0].includes("=")) {
    const m = /^(\S+)\s+(.*)$/.exec(rest);
    if (!m)
      fail(line, "ENV needs a value");
    return [[m[1], m[2]]];
  }
  return words.map((w) => {
    const i = w.indexOf("=");
    if (i <= 0)
      fail(line, `"${w}" is not KEY=VALUE`);
    return [w.slice(0, i), w.slice(i + 1)];
  });
}
function applyChanges(config, lines) {
  const c = structuredClone(config);
  let cmdSetHere = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#"))
      continue;
    const m = /^(\S+)\s*(.*)$/s.exec(line);
    const instr = m[1].toUpperCase();
    const rest = m[2].trim();
    switch (instr) {
      case "CMD":
        c.Cmd = commandForm(line, rest);
        cmdSetHere = true;
        break;
      case "ENTRYPOINT":
        c.Entrypoint = commandForm(line, rest);
        if (!cmdSetHere && c.Cmd)
          c.Cmd = null;
        break;
      case "ENV": {
        const env = [...c.Env ?? []];
        for (const [k, v] of keyValues(line, rest, true)) {
          const i = env.findIndex((e) => e.split("=")[0] === k);
          if (i >= 0)
            env[i] = `${k}=${v}`;
          else
            env.push(`${k}=${v}`);
        }
        c.Env = env;
        break;
      }
      case "LABEL":
        c.Labels = { ...c.Labels ?? {}, ...Object.fromEntries(keyValues(line, rest, false)) };
        break;
      case "EXPOSE": {
        const ports = { ...c.ExposedPorts ?? {} };
        for (const p of splitWords(rest)) {
          const pm = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(p);
          if (!pm)
            fail(line, `invalid port "${p}"`);
          const from = Number(pm[1]);
          const to = pm[2] ? Number(pm[2]) : from;
          if (from < 1 || to > 65535 || to < from)
            fail(line, `invalid port range "${p}"`);
          for (let port = from; port <= to; port++)
            ports[`${port}/${(pm[3] ?? "tcp").toLowerCase()}`] = {};
        }
        c.ExposedPorts = ports;
        break;
      }
      case "USER":
        if (rest === "")
          fail(line, "USER needs a user");
        c.User = rest;
        break;
      case "WORKDIR":
        if (rest === "")
          fail(line, "WORKDIR needs a path");
        c.WorkingDir = posix.resolve(c.WorkingDir || "/", rest);
        break;
      case "VOLUME": {
        const vols = { ...c.Volumes ?? {} };
        let list;
        try {
          list = rest.startsWith("[") ? JSON.parse(rest) : splitWords(rest);
        } catch {
          list = splitWords(rest);
        }
        if (list.length === 0)
          fail(line, "VOLUME needs a path");
        for (const v of list)
          vols[v] = {};
        c.Volumes = vols;
        break;
      }
      case "ONBUILD":
        if (rest === "")
          fail(line, "ONBUILD needs an instruction");
        c.OnBuild = [...c.OnBuild ?? [], rest];
        break;
      case "STOPSIGNAL":
        if (rest === "")
          fail(line, "STOPSIGNAL needs a signal");
        c.StopSignal = rest;
        break;
      default:
        throw imageError(IMAGE_INVALID_CHANGE, `"${m[1]}" is not a valid change command`, {
          hint: `allowed: ${CHANGE_INSTRUCTIONS.join(", ")}`
        });
    }
  }
  return c;
}

// packages/runtime/dist/images/decompress.js
import { Transform as Transform2 } from "node:stream";
import * as zlib from "node:zlib";
function sniffCompression(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139)
    return "gzip";
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216)
    return "zstd";
  return "none";
}
var zstdFactory = zlib.createZstdDecompress;
var AutoDecompress = class extends Transform2 {
  what;
  head = [];
  headLen = 0;
  inner;
  compression;
  constructor(what) {
    super();
    this.what = what;
  }
  decide(head) {
    this.compression = sniffCompression(head);
    if (this.compression === "none") {
      this.inner = null;
      return;
    }
    if (this.compression === "zstd" && !zstdFactory) {
      throw imageError(IMAGE_UNSUPPORTED, `${this.what} is zstd-compressed, which needs Node >= 22.15 (running ${process.version})`, {
        hint: "recompress the layer with gzip, or run tsc-compose on a newer Node"
      });
    }
    const inner = this.compression === "gzip" ? zlib.createGunzip() : zstdFactory();
    inner.on("data", (d) => this.push(d));
    inner.on("error", (e) => this.destroy(imageError(IMAGE_UNSUPPORTED, `${this.what}: cannot decompress ${this.compression}: ${e.message}`, { cause: e })));
    this.inner = inner;
  }
  feed(buf, cb) {
    if (!this.inner) {
      if (buf.length > 0)
        this.push(buf);
      cb();
      return;
    }
    if (this.inner.write(buf))
      cb();
    else
      this.inner.once("drain", () => cb());
  }
  _transform(chunk, _enc, cb) {
    if (this.inner !== void 0) {
      this.feed(chunk, cb);
      return;
    }
    this.head.push(chunk);
    this.headLen += chunk.length;
    if (this.headLen < 4) {
      cb();
      return;
    }
    const buf = Buffer.concat(this.head);
    this.head = [];
    try {
      this.decide(buf);
    } catch (err) {
      cb(err);
      return;
    }
    this.feed(buf, cb);
  }
  _flush(cb) {
    if (this.inner === void 0) {
      const buf = Buffer.concat(this.head);
      this.head = [];
      try {
        this.decide(buf);
      } catch (err) {
        cb(err);
        return;
      }
      this.feed(buf, () => this.finish(cb));
      return;
    }
    this.finish(cb);
  }
  finish(cb) {
    const inner = this.inner;
    if (!inner) {
      cb();
      return;
    }
    inner.once("end", () => cb());
    inner.end();
  }
};

// packages/runtime/dist/images/oci.js
var MT = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayer: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayer: "application/vnd.docker.image.rootfs.diff.tar",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip"
};
var INDEX_TYPES = [MT.ociIndex, MT.dockerManifestList];
var MANIFEST_TYPES = [MT.ociManifest, MT.dockerManifest];
var ANNOTATION_REF_NAME = "org.opencontainers.image.ref.name";
var ANNOTATION_IMAGE_NAME = "io.containerd.image.name";
var ANNOTATION_REFERENCE_TYPE = "vnd.docker.reference.type";
function hostArchitecture() {
  const map = { x64: "amd64", arm64: "arm64", arm: "arm", ia32: "386", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
  return map[process.arch] ?? process.arch;
}

// packages/runtime/dist/images/pack.js
var tar = __toESM(require_tar_stream());
import { once } from "node:events";
import { closeSync as closeSync2, lstatSync, openSync as openSync2, readSync, readdirSync as readdirSync2, readlinkSync } from "node:fs";
import { join as join2 } from "node:path";

// packages/runtime/dist/images/pax-xattrs.js
import { Transform as Transform3 } from "node:stream";

// packages/runtime/dist/images/whiteout.js
var WHITEOUT_PREFIX = ".wh.";
var WHITEOUT_OPAQUE = ".wh..wh..opq";
var OPAQUE_XATTR = "trusted.overlay.opaque";
var OVERLAY_XATTR_PREFIX = "trusted.overlay.";
var XATTR_PAX_PREFIX = "SCHILY.xattr.";
function devMajor(rdev) {
  const lo = rdev % 2 ** 32;
  const hi = Math.floor(rdev / 2 ** 32);
  return (lo >>> 8 & 4095 | hi & 4294963200) >>> 0;
}
function devMinor(rdev) {
  const lo = rdev % 2 ** 32;
  const hi = Math.floor(rdev / 2 ** 32);
  return (lo & 255 | lo >>> 12 & 1048320 | hi << 20 & 4293918720) >>> 0;
}

// packages/runtime/dist/images/pax-xattrs.js
var XATTR64_PREFIX = "TSC.xattr64.";
var LIBARCHIVE_PREFIX = "LIBARCHIVE.xattr.";
var BLOCK = 512;
var TYPE_PAX = 120;
var TYPE_PAX_GLOBAL = 103;
var TYPE_DIR = 53;
function parseSize(field2) {
  if (field2[0] & 128) {
    let n = 0;
    for (let i = 1; i < field2.length; i++)
      n = n * 256 + field2[i];
    return n;
  }
  const s = field2.toString("ascii").replace(/[\0 ]+/g, " ").trim();
  return s === "" ? 0 : parseInt(s, 8);
}
function checksum(header) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++)
    sum += i >= 148 && i < 156 ? 32 : header[i];
  return sum;
}
function record(key, value) {
  const body = Buffer.concat([Buffer.from(` ${key}=`, "utf8"), value, Buffer.from("\n")]);
  let digits = String(body.length).length;
  if (body.length + digits >= 10 ** digits)
    digits++;
  return Buffer.concat([Buffer.from(String(body.length + digits)), body]);
}
function rewritePaxBody(body, direction) {
  const out = [];
  let changed = false;
  let rest = body;
  while (rest.length > 0) {
    const sp = rest.indexOf(32);
    const len = sp > 0 ? parseInt(rest.subarray(0, sp).toString("ascii"), 10) : NaN;
    if (!(len > sp + 1) || len > rest.length) {
      out.push(rest);
      break;
    }
    const rec = rest.subarray(0, len);
    rest = rest.subarray(len);
    const kv = rec.subarray(sp + 1, len - 1);
    const eq = kv.indexOf(61);
    const key = eq === -1 ? "" : kv.subarray(0, eq).toString("utf8");
    const value = kv.subarray(eq + 1);
    if (direction === "decode" && key.startsWith(XATTR_PAX_PREFIX)) {
      out.push(record(XATTR64_PREFIX + key.slice(XATTR_PAX_PREFIX.length), Buffer.from(value.toString("base64"))));
      changed = true;
    } else if (direction === "decode" && key.startsWith(LIBARCHIVE_PREFIX)) {
      const name = decodeURIComponent(key.slice(LIBARCHIVE_PREFIX.length));
      out.push(record(XATTR64_PREFIX + name, Buffer.from(value.toString("ascii").trim())));
      changed = true;
    } else if (direction === "encode" && key.startsWith(XATTR64_PREFIX)) {
      out.push(record(XATTR_PAX_PREFIX + key.slice(XATTR64_PREFIX.length), Buffer.from(value.toString("ascii"), "base64")));
      changed = true;
    } else {
      out.push(rec);
    }
  }
  return changed ? Buffer.concat(out) : void 0;
}
var PaxXattrRewriter = class extends Transform3 {
  direction;
  buf = Buffer.alloc(0);
  /** Bytes of the current entry's body (padded) still to pass through unchanged. */
  passing = 0;
  constructor(direction) {
    super();
    this.direction = direction;
  }
  _transform(chunk, _enc, cb) {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    this.drain();
    cb();
  }
  _flush(cb) {
    if (this.buf.length > 0)
      this.push(this.buf);
    this.buf = Buffer.alloc(0);
    cb();
  }
  drain() {
    for (; ; ) {
      if (this.passing > 0) {
        const n = Math.min(this.passing, this.buf.length);
        if (n === 0)
          return;
        this.push(this.buf.subarray(0, n));
        this.buf = this.buf.subarray(n);
        this.passing -= n;
        continue;
      }
      if (this.buf.length < BLOCK)
        return;
      const header = this.buf.subarray(0, BLOCK);
      const type = header[156];
      const size = parseSize(header.subarray(124, 136));
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      if (type !== TYPE_PAX && type !== TYPE_PAX_GLOBAL) {
        this.push(header);
        this.buf = this.buf.subarray(BLOCK);
        this.passing = type === TYPE_DIR ? 0 : padded;
        continue;
      }
      if (this.buf.length < BLOCK + padded)
        return;
      const body = this.buf.subarray(BLOCK, BLOCK + size);
      const rewritten = rewritePaxBody(body, this.direction);
      if (!rewritten) {
        this.push(this.buf.subarray(0, BLOCK + padded));
      } else {
        const h = Buffer.from(header);
        h.write(`${rewritten.length.toString(8).padStart(11, "0")}\0`, 124, "ascii");
        h.write(`${checksum(h).toString(8).padStart(6, "0")}\0 `, 148, "ascii");
        const pad = Buffer.alloc((BLOCK - rewritten.length % BLOCK) % BLOCK);
        this.push(Buffer.concat([h, rewritten, pad]));
      }
      this.buf = this.buf.subarray(BLOCK + padded);
    }
  }
};

// packages/runtime/dist/images/pack.js
var CHUNK = 1 << 20;
function isCharDevice00(st) {
  return st.isCharacterDevice() && st.rdev === 0;
}
function sortedNames(dir) {
  return readdirSync2(dir).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
function packDir(dir, opts) {
  const pack3 = tar.pack();
  const inodes = /* @__PURE__ */ new Map();
  const isWhiteout2 = opts.isWhiteout ?? isCharDevice00;
  const xattrs = (path) => {
    let names2;
    try {
      names2 = opts.fs.llistxattr(path);
    } catch (err) {
      if (isKernelError(err, "ENOTSUP"))
        return void 0;
      throw err;
    }
    const out2 = {};
    for (const n of names2) {
      if (n.startsWith(OVERLAY_XATTR_PREFIX))
        continue;
      const v = opts.fs.lgetxattr(path, n);
      if (v !== void 0)
        out2[XATTR64_PREFIX + n] = v.toString("base64");
    }
    return Object.keys(out2).length > 0 ? out2 : void 0;
  };
  const add = async (header, body) => {
    await new Promise((resolve3, reject) => {
      pack3.entry(header, body ?? Buffer.alloc(0), (err) => err ? reject(err) : resolve3());
    });
  };
  const addFile = async (header, path, size) => {
    let fd;
    try {
      fd = openSync2(path, "r");
    } catch (err) {
      throw fromSystemError(err, "open", path);
    }
    try {
      if (size <= CHUNK) {
        const buf = Buffer.alloc(size);
        readSync(fd, buf, 0, size, 0);
        await add(header, buf);
        return;
      }
      let done = () => {
      };
      const finished = new Promise((resolve3, reject) => {
        done = (err) => err ? reject(err) : resolve3();
      });
      const sink = pack3.entry(header, done);
      let pos = 0;
      while (pos < size) {
        const buf = Buffer.alloc(Math.min(CHUNK, size - pos));
        readSync(fd, buf, 0, buf.length, pos);
        pos += buf.length;
        if (!sink.write(buf))
          await once(sink, "drain");
      }
      sink.end(void 0);
      await finished;
    } finally {
      closeSync2(fd);
    }
  };
  const walk = async (abs2, rel) => {
    for (const name of sortedNames(abs2)) {
      const path = join2(abs2, name);
      const relPath = rel === "" ? name : `${rel}/${name}`;
      const st = lstatSync(path);
      const base = {
        name: relPath,
        mode: st.mode & 4095,
        uid: st.uid,
        gid: st.gid,
        mtime: st.mtime
      };
      if (opts.overlayWhiteouts && isWhiteout2(st, path)) {
        const wh = rel === "" ? `${WHITEOUT_PREFIX}${name}` : `${rel}/${WHITEOUT_PREFIX}${name}`;
        await add({ ...base, name: wh, type: "file", mode: 0, size: 0 });
        continue;
      }
      const pax = st.isSocket() ? void 0 : xattrs(path);
      const header = pax ? { ...base, pax } : base;
      if (st.isDirectory()) {
        await add({ ...header, type: "directory" });
        if (opts.overlayWhiteouts && opts.fs.lgetxattr(path, OPAQUE_XATTR)?.toString() === "y") {
          await add({ ...base, name: `${relPath}/${WHITEOUT_OPAQUE}`, type: "file", mode: 0, size: 0 });
        }
        await walk(path, relPath);
      } else if (st.isFile()) {
        const key = `${st.dev}:${st.ino}`;
        const first = st.nlink > 1 ? inodes.get(key) : void 0;
        if (first !== void 0) {
          await add({ ...header, type: "link", linkname: first, size: 0 });
          continue;
        }
        if (st.nlink > 1)
          inodes.set(key, relPath);
        await addFile({ ...header, type: "file", size: st.size }, path, st.size);
      } else if (st.isSymbolicLink()) {
        await add({ ...header, type: "symlink", linkname: readlinkSync(path) });
      } else if (st.isCharacterDevice() || st.isBlockDevice()) {
        await add({ ...header, type: st.isCharacterDevice() ? "character-device" : "block-device", devmajor: devMajor(st.rdev), devminor: devMinor(st.rdev) });
      } else if (st.isFIFO()) {
        await add({ ...header, type: "fifo" });
      }
    }
  };
  const out = new PaxXattrRewriter("encode");
  const packed = pack3;
  packed.on("error", (err) => out.destroy(err));
  packed.pipe(out);
  walk(dir, "").then(() => pack3.finalize(), (err) => pack3.destroy(err));
  return out;
}

// packages/runtime/dist/images/reference.js
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var OFFICIAL_PREFIX = "library/";
var DEFAULT_TAG = "latest";
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
var REFERENCE_RE = new RegExp(`^((?:${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
var TAG_RE = new RegExp(`^${TAG}$`);
var HEX64_RE = /^[a-f0-9]{64}$/;
var NAME_MAX = 255;
function invalid(input, why) {
  throw imageError(IMAGE_INVALID_REFERENCE, `invalid reference format${why ? `: ${why}` : ""}: "${input}"`);
}
function splitDomain(name) {
  const i = name.indexOf("/");
  let domain;
  let rest;
  const first = i === -1 ? "" : name.slice(0, i);
  if (i === -1 || !/[.:]/.test(first) && first !== "localhost" && first.toLowerCase() === first) {
    domain = DEFAULT_DOMAIN;
    rest = name;
  } else {
    domain = first;
    rest = name.slice(i + 1);
  }
  if (domain === LEGACY_DEFAULT_DOMAIN)
    domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !rest.includes("/"))
    rest = OFFICIAL_PREFIX + rest;
  return [domain, rest];
}
function parseReference(input) {
  if (input === "")
    invalid(input, "empty reference");
  if (HEX64_RE.test(input)) {
    throw imageError(IMAGE_INVALID_REFERENCE, `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`);
  }
  const [domain, rest] = splitDomain(input);
  const remote = rest.split("@")[0].replace(/:[^/]*$/, "");
  if (remote.toLowerCase() !== remote) {
    throw imageError(IMAGE_INVALID_REFERENCE, `invalid reference format: repository name (${remote}) must be lowercase: "${input}"`);
  }
  const m = REFERENCE_RE.exec(`${domain}/${rest}`);
  if (!m)
    invalid(input);
  const path = m[2];
  if (domain.length + 1 + path.length > NAME_MAX)
    invalid(input, `repository name must not be more than ${NAME_MAX} characters`);
  const digest = m[4];
  if (digest !== void 0 && !/^sha256:[a-f0-9]{64}$/.test(digest))
    invalid(input, `unsupported digest ${digest}`);
  return { domain, path, ...m[3] !== void 0 ? { tag: m[3] } : {}, ...digest !== void 0 ? { digest } : {} };
}
function withDefaultTag(ref) {
  return ref.tag === void 0 && ref.digest === void 0 ? { ...ref, tag: DEFAULT_TAG } : ref;
}
function normalizeReference(input) {
  return withDefaultTag(parseReference(input));
}
function fullName(ref) {
  return `${ref.domain}/${ref.path}`;
}
function familiarName(ref) {
  if (ref.domain !== DEFAULT_DOMAIN)
    return fullName(ref);
  if (ref.path.startsWith(OFFICIAL_PREFIX) && ref.path.indexOf("/", OFFICIAL_PREFIX.length) === -1) {
    return ref.path.slice(OFFICIAL_PREFIX.length);
  }
  return ref.path;
}
function suffix(ref) {
  return `${ref.tag !== void 0 ? `:${ref.tag}` : ""}${ref.digest !== void 0 ? `@${ref.digest}` : ""}`;
}
function referenceString(ref) {
  return fullName(ref) + suffix(ref);
}
function familiarString(ref) {
  return familiarName(ref) + suffix(ref);
}
function idPrefixOf(input) {
  const m = /^(?:sha256:)?([a-f0-9]{1,64})$/.exec(input);
  return m ? m[1] : void 0;
}

// packages/runtime/dist/images/build.js
function refsFrom(input) {
  return input === void 0 || input === "" ? [] : [normalizeReference(input)];
}
async function addLayer(store2, tar5, chainId, what) {
  const before = new Set(store2.blobs.list());
  const { digest: diffId, size } = await store2.blobs.write(tar5, void 0, [new AutoDecompress(what)]);
  try {
    await store2.snapshots.ensure(chainId ? chainId(diffId) : diffId, diffId, () => store2.blobs.stream(diffId), what);
  } catch (err) {
    if (!before.has(diffId))
      store2.blobs.remove(diffId);
    throw err;
  }
  return { diffId, size };
}
function openSource(src) {
  if (typeof src !== "string")
    return { kind: "stream", stream: src, label: "-" };
  if (src === "-")
    return { kind: "stream", stream: process.stdin, label: "-" };
  let isDir;
  try {
    isDir = statSync2(src).isDirectory();
  } catch (err) {
    const why = err.code === "ENOENT" ? "no such file or directory" : err.message;
    throw imageError(IMAGE_INVALID_INPUT, `cannot read "${src}": ${why}`, { cause: err });
  }
  return isDir ? { kind: "dir", path: src } : { kind: "stream", stream: createReadStream2(src), label: "-" };
}
async function importRootfs(store2, src, opts) {
  const refs = refsFrom(opts.ref);
  const containerConfig = applyChanges({}, opts.changes ?? []);
  const source = openSource(src);
  return store2.withLock(async () => {
    const tar5 = source.kind === "dir" ? packDir(source.path, { fs: store2.fs, overlayWhiteouts: false }) : source.stream;
    const label = source.kind === "dir" ? source.path : source.label;
    const { diffId, size } = await addLayer(store2, tar5, void 0, `rootfs ${label}`);
    const created = (/* @__PURE__ */ new Date()).toISOString();
    const comment = opts.message ?? `Imported from ${label}`;
    const config = {
      architecture: opts.platform?.architecture ?? hostArchitecture(),
      os: opts.platform?.os ?? "linux",
      ...opts.platform?.variant ? { variant: opts.platform.variant } : {},
      config: containerConfig,
      created,
      comment,
      history: [{ created, comment }],
      rootfs: { type: "layers", diff_ids: [diffId] }
    };
    const { id } = await store2.addImage(Buffer.from(JSON.stringify(config)), [{ mediaType: MT.ociLayer, digest: diffId, size }], refs);
    return { id, ...refs[0] ? { ref: familiarString(refs[0]) } : {} };
  });
}
async function commitImage(store2, opts) {
  const refs = refsFrom(opts.ref);
  return store2.withLock(async () => {
    const { id: baseId } = store2.find(opts.baseRef);
    const base = store2.config(baseId);
    const baseManifest = store2.manifest(baseId);
    await store2.ensureSnapshots(baseId);
    const tar5 = packDir(opts.upperDir, { fs: store2.fs, overlayWhiteouts: true });
    const top2 = (d) => chainIds([...base.rootfs.diff_ids, d]).at(-1);
    const { diffId, size } = await addLayer(store2, tar5, top2, `commit of ${opts.upperDir}`);
    const diffIds = [...base.rootfs.diff_ids, diffId];
    const created = (/* @__PURE__ */ new Date()).toISOString();
    const { container: _c, container_config: _cc, author: _a, comment: _m, ...rest } = base;
    const config = {
      ...rest,
      created,
      ...opts.author ? { author: opts.author } : {},
      config: applyChanges(opts.config ?? base.config ?? {}, opts.changes ?? []),
      rootfs: { type: "layers", diff_ids: diffIds },
      history: [
        ...base.history ?? [],
        { created, ...opts.author ? { author: opts.author } : {}, ...opts.createdBy ? { created_by: opts.createdBy } : {}, ...opts.message ? { comment: opts.message } : {} }
      ],
      ...opts.message ? { comment: opts.message } : {}
    };
    const json2 = JSON.stringify(config);
    const { id } = await store2.addImage(Buffer.from(json2), [...baseManifest.layers, { mediaType: MT.ociLayer, digest: diffId, size }], refs);
    return { id, ...refs[0] ? { ref: familiarString(refs[0]) } : {} };
  });
}

// packages/runtime/dist/images/diff.js
import { lstatSync as lstatSync2, readdirSync as readdirSync3 } from "node:fs";
import { join as join3, posix as posix2 } from "node:path";
function lstatOrUndefined(p) {
  try {
    return lstatSync2(p);
  } catch {
    return void 0;
  }
}
var isWhiteout = (st) => st.isCharacterDevice() && st.rdev === 0;
function diffUpper(upperDir, lowerDirs, fs) {
  const changes = [];
  const changedDirs = /* @__PURE__ */ new Set();
  const inLower = (path) => {
    for (const lower of lowerDirs) {
      const st = lstatOrUndefined(join3(lower, path));
      if (st)
        return isWhiteout(st) ? void 0 : st;
    }
    return void 0;
  };
  const visit = (path, st) => {
    let kind;
    const opaqueReplaced = st.isDirectory() && fs.lgetxattr(join3(upperDir, path), OPAQUE_XATTR)?.toString() === "y" && inLower(path) !== void 0;
    if (isWhiteout(st) || opaqueReplaced) {
      kind = "D";
    } else {
      kind = "A";
      const below = inLower(path);
      if (below) {
        const sameDir = below.isDirectory() && st.isDirectory() && below.size === st.size && below.mode === st.mode && Math.floor(below.mtimeMs) === Math.floor(st.mtimeMs);
        if (sameDir)
          return;
        kind = "C";
      }
    }
    if (st.isDirectory())
      changedDirs.add(path);
    if (kind !== "C") {
      const parent = posix2.dirname(path);
      if (parent !== "/" && !changedDirs.has(parent)) {
        changes.push({ kind: "C", path: parent });
        changedDirs.add(parent);
      }
    }
    changes.push({ kind, path });
  };
  const walk = (rel) => {
    const abs2 = join3(upperDir, rel);
    const names2 = readdirSync3(abs2).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names2) {
      const path = posix2.join(rel, name);
      const st = lstatSync2(join3(upperDir, path));
      visit(path, st);
      if (st.isDirectory())
        walk(path);
    }
  };
  walk("/");
  return changes;
}

// packages/runtime/dist/images/inspect.js
function dockerConfig(c) {
  const cfg = c ?? {};
  return {
    Hostname: "",
    Domainname: "",
    User: cfg.User ?? "",
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ...cfg.ExposedPorts ? { ExposedPorts: cfg.ExposedPorts } : {},
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: cfg.Env ?? null,
    Cmd: cfg.Cmd ?? null,
    ...cfg.Healthcheck ? { Healthcheck: cfg.Healthcheck } : {},
    ...cfg.ArgsEscaped ? { ArgsEscaped: cfg.ArgsEscaped } : {},
    Image: "",
    Volumes: cfg.Volumes ?? null,
    WorkingDir: cfg.WorkingDir ?? "",
    Entrypoint: cfg.Entrypoint ?? null,
    OnBuild: cfg.OnBuild ?? null,
    Labels: cfg.Labels ?? null,
    ...cfg.StopSignal ? { StopSignal: cfg.StopSignal } : {},
    ...cfg.Shell ? { Shell: cfg.Shell } : {}
  };
}
function toInspect(i) {
  const c = i.config;
  const history = c.history ?? [];
  const lastComment = history.length > 0 ? history[history.length - 1].comment : void 0;
  return {
    Id: i.id,
    RepoTags: i.repoTags,
    RepoDigests: i.repoDigests,
    Parent: "",
    Comment: (typeof c.comment === "string" ? c.comment : lastComment) ?? "",
    Created: c.created ?? "0001-01-01T00:00:00Z",
    DockerVersion: typeof c.docker_version === "string" ? c.docker_version : "",
    Author: c.author ?? "",
    Config: dockerConfig(c.config),
    Architecture: c.architecture,
    ...c.variant ? { Variant: c.variant } : {},
    Os: c.os,
    Size: i.size,
    GraphDriver: {
      Name: "overlay",
      Data: i.lowerDirs.length > 0 ? { LowerDir: i.lowerDirs.join(":") } : null
    },
    RootFS: { Type: "layers", Layers: c.rootfs.diff_ids },
    Metadata: { LastTagTime: i.lastTagTime ?? "0001-01-01T00:00:00Z" }
  };
}
function unixSeconds(iso) {
  if (!iso)
    return 0;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : Math.floor(t / 1e3);
}
function toHistory(id, config, layerSizes, tags) {
  const entries = config.history && config.history.length > 0 ? config.history : config.rootfs.diff_ids.map(() => ({}));
  let layer = 0;
  const rows = entries.map((h) => {
    const size = h.empty_layer ? 0 : layerSizes[layer++] ?? 0;
    return {
      Id: "<missing>",
      Created: unixSeconds(h.created),
      CreatedBy: h.created_by ?? "",
      Tags: null,
      Size: size,
      Comment: h.comment ?? ""
    };
  });
  rows.reverse();
  if (rows.length > 0)
    rows[0] = { ...rows[0], Id: id, Tags: tags.length > 0 ? tags : null };
  return rows;
}

// packages/runtime/dist/images/archive-load.js
import { createReadStream as createReadStream4, mkdirSync as mkdirSync2, openSync as openSync3, readSync as readSync2, closeSync as closeSync3, readFileSync as readFileSync3, rmSync as rmSync2 } from "node:fs";
import { join as join5 } from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";

// packages/runtime/dist/images/archive-stage.js
var tar2 = __toESM(require_tar_stream());
import { createReadStream as createReadStream3, createWriteStream as createWriteStream2, existsSync as existsSync2, linkSync, lstatSync as lstatSync4, mkdirSync, readFileSync as readFileSync2, symlinkSync } from "node:fs";
import { join as join4, posix as posix4 } from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";

// packages/runtime/dist/images/tar-path.js
import { lstatSync as lstatSync3, readlinkSync as readlinkSync2 } from "node:fs";
import { posix as posix3 } from "node:path";
var MAX_SYMLINKS = 40;
function cleanEntryName(name) {
  const stripped = name.replace(/^\/+/, "");
  if (stripped === "" || stripped === "." || stripped === "./")
    return "";
  const n = posix3.normalize(stripped).replace(/\/+$/, "");
  if (n === ".." || n.startsWith("../")) {
    throw imageError(IMAGE_UNSAFE_PATH, `archive entry "${name}" points outside the extraction directory`);
  }
  return n === "." ? "" : n;
}
function resolveInRoot(root, rel, followLast) {
  const stack = [];
  let queue = rel.split("/").filter((c) => c !== "" && c !== ".");
  let links = 0;
  while (queue.length > 0) {
    const c = queue.shift();
    if (c === "..") {
      stack.pop();
      continue;
    }
    const candidate = posix3.join(root, ...stack, c);
    if (queue.length === 0 && !followLast) {
      stack.push(c);
      break;
    }
    let target;
    try {
      const st = lstatSync3(candidate);
      if (st.isSymbolicLink())
        target = readlinkSync2(candidate);
    } catch {
    }
    if (target === void 0) {
      stack.push(c);
      continue;
    }
    if (++links > MAX_SYMLINKS) {
      throw imageError(IMAGE_UNSAFE_PATH, `too many levels of symbolic links resolving "${rel}" in ${root}`);
    }
    if (target.startsWith("/"))
      stack.length = 0;
    queue = [...target.split("/").filter((x) => x !== "" && x !== "."), ...queue];
  }
  return posix3.join(root, ...stack);
}

// packages/runtime/dist/images/archive-stage.js
async function stageArchive(input, dir) {
  let src;
  if (typeof input === "string") {
    if (!existsSync2(input))
      throw imageError(IMAGE_INVALID_ARCHIVE, `cannot read archive "${input}": no such file or directory`);
    src = createReadStream3(input);
  } else {
    src = input;
  }
  const extract3 = tar2.extract();
  const feeding = pipeline2(src, new AutoDecompress("image archive"), extract3);
  feeding.catch(() => {
  });
  let entries = 0;
  try {
    for await (const entry of extract3) {
      const h = entry.header;
      const name = cleanEntryName(h.name);
      const stream = entry;
      if (name === "") {
        for await (const _ of stream) {
        }
        continue;
      }
      entries++;
      const parent = resolveInRoot(dir, posix4.dirname(name), true);
      mkdirSync(parent, { recursive: true });
      const target = join4(parent, posix4.basename(name));
      if (h.type === "file" || h.type === "contiguous-file") {
        await pipeline2(stream, createWriteStream2(target));
        continue;
      }
      for await (const _ of stream) {
      }
      if (h.type === "directory")
        mkdirSync(target, { recursive: true });
      else if (h.type === "symlink")
        symlinkSync(h.linkname, target);
      else if (h.type === "link")
        linkSync(resolveInRoot(dir, cleanEntryName(h.linkname), true), target);
    }
    await feeding;
  } catch (err) {
    extract3.destroy();
    if (err.code?.startsWith("IMAGE_"))
      throw err;
    throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive${typeof input === "string" ? ` "${input}"` : ""}: ${err.message}`, { cause: err });
  }
  if (entries === 0)
    throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive${typeof input === "string" ? ` "${input}"` : ""}: it is empty or not a tar archive`);
}
function stagedPath(dir, name) {
  const p = resolveInRoot(dir, cleanEntryName(name), true);
  let ok = false;
  try {
    ok = lstatSync4(p).isFile();
  } catch {
    ok = false;
  }
  if (!ok)
    throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive: "${name}" is missing`);
  return p;
}
function readStagedJson(dir, name) {
  const p = stagedPath(dir, name);
  try {
    return JSON.parse(readFileSync2(p, "utf8"));
  } catch (err) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive: "${name}" is not valid JSON: ${err.message}`, { cause: err });
  }
}
function hasStaged(dir, name) {
  try {
    stagedPath(dir, name);
    return true;
  } catch {
    return false;
  }
}

// packages/runtime/dist/images/archive-load.js
var BLOB_NAME_RE = /(?:^|\/)(?:blobs\/sha256\/)?([a-f0-9]{64})(?:\.json)?$/;
function digestInName(name) {
  const m = BLOB_NAME_RE.exec(name);
  return m ? `sha256:${m[1]}` : void 0;
}
function fromDockerManifest(dir) {
  const entries = readStagedJson(dir, "manifest.json");
  if (!Array.isArray(entries))
    throw imageError(IMAGE_INVALID_ARCHIVE, "invalid image archive: manifest.json is not a list");
  return entries.map((e, i) => {
    if (typeof e.Config !== "string" || !Array.isArray(e.Layers) || !e.Layers.every((l) => typeof l === "string")) {
      throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive: manifest.json entry ${i} needs Config and Layers`);
    }
    const tags = Array.isArray(e.RepoTags) ? e.RepoTags.filter((t) => typeof t === "string") : [];
    const cfgDigest = digestInName(e.Config);
    return {
      configPath: stagedPath(dir, e.Config),
      ...cfgDigest ? { configDigest: cfgDigest } : {},
      layers: e.Layers.map((l) => {
        const d = l.startsWith("blobs/") ? digestInName(l) : void 0;
        return { path: stagedPath(dir, l), ...d ? { digest: d } : {} };
      }),
      refs: tags.map((t) => normalizeReference(t))
    };
  });
}
function blobPath(dir, d, what) {
  const digest = checkDigest(d.digest, what);
  return stagedPath(dir, `blobs/sha256/${digest.slice(7)}`);
}
function readVerifiedJson(dir, d, what) {
  const p = blobPath(dir, d, what);
  const bytes = readFileSync3(p);
  const actual = sha256(bytes);
  if (actual !== d.digest)
    throw imageError(IMAGE_DIGEST_MISMATCH, `${what} ${d.digest}: content digest is ${actual}`);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (err) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `${what} ${d.digest} is not valid JSON`, { cause: err });
  }
}
function refsOf(d) {
  const a = d.annotations ?? {};
  const full = a[ANNOTATION_IMAGE_NAME];
  if (full)
    return [normalizeReference(full)];
  const refName = a[ANNOTATION_REF_NAME];
  if (refName && /[:/]/.test(refName))
    return [withTagOnly(parseReference(refName))];
  return [];
}
function withTagOnly(r) {
  return normalizeReference(familiarString(r));
}
function isAttestation(d) {
  return d.annotations?.[ANNOTATION_REFERENCE_TYPE] === "attestation-manifest" || d.platform?.os === "unknown";
}
function manifestFor(dir, d, depth2 = 0) {
  if (depth2 > 4)
    throw imageError(IMAGE_INVALID_ARCHIVE, "invalid image archive: indexes nested too deep");
  const doc = readVerifiedJson(dir, d, "manifest");
  const isIndex = INDEX_TYPES.includes(d.mediaType) || INDEX_TYPES.includes(doc.mediaType ?? "") || Array.isArray(doc.manifests) && !doc.config;
  if (!isIndex)
    return { manifest: doc, descriptor: d };
  const arch = hostArchitecture();
  const candidates = doc.manifests.filter((m) => !isAttestation(m));
  const match = candidates.find((m) => !m.platform || m.platform.os === "linux" && m.platform.architecture === arch);
  if (!match)
    throw imageError(IMAGE_INVALID_ARCHIVE, `no matching manifest for linux/${arch} in the archive's index ${d.digest}`);
  return manifestFor(dir, match, depth2 + 1);
}
function fromOciLayout(dir) {
  const index = readStagedJson(dir, "index.json");
  if (!Array.isArray(index.manifests))
    throw imageError(IMAGE_INVALID_ARCHIVE, "invalid image archive: index.json has no manifests");
  return index.manifests.filter((d) => !isAttestation(d)).map((d) => {
    const { manifest } = manifestFor(dir, d);
    if (!manifest.config || !Array.isArray(manifest.layers))
      throw imageError(IMAGE_INVALID_ARCHIVE, `manifest ${d.digest} has no config or layers`);
    return {
      configPath: blobPath(dir, manifest.config, "config"),
      configDigest: checkDigest(manifest.config.digest, "config"),
      layers: manifest.layers.map((l) => ({ path: blobPath(dir, l, "layer"), digest: checkDigest(l.digest, "layer"), size: l.size, mediaType: l.mediaType })),
      refs: refsOf(d)
    };
  });
}
function sniffFile(path) {
  const fd = openSync3(path, "r");
  try {
    const head = Buffer.alloc(4);
    const n = readSync2(fd, head, 0, 4, 0);
    return sniffCompression(head.subarray(0, n));
  } finally {
    closeSync3(fd);
  }
}
async function uncompressedDigest(path) {
  const h = new HashingPassThrough();
  await pipeline3(createReadStream4(path), new AutoDecompress(path), h, async function* (src) {
    for await (const _ of src) {
    }
  });
  return h.digest();
}
function parseConfig(bytes, id) {
  let config;
  try {
    config = JSON.parse(bytes.toString("utf8"));
  } catch (err) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `image config ${id} is not valid JSON`, { cause: err });
  }
  if (!config.rootfs || !Array.isArray(config.rootfs.diff_ids) || !config.rootfs.diff_ids.every(isDigest)) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `image config ${id} has no valid rootfs.diff_ids`);
  }
  return config;
}
async function loadArchive(store2, input) {
  return store2.withLock(async () => {
    await store2.blobs.ensureDirs();
    const staging = join5(store2.paths.ingestDir, tmpName("load"));
    mkdirSync2(staging, { recursive: true });
    const newSnapshots = [];
    try {
      await stageArchive(input, staging);
      const candidates = hasStaged(staging, "manifest.json") ? fromDockerManifest(staging) : hasStaged(staging, "index.json") ? fromOciLayout(staging) : (() => {
        throw imageError(IMAGE_INVALID_ARCHIVE, "invalid image archive: it has neither manifest.json (docker save) nor index.json (OCI layout)");
      })();
      const infos = /* @__PURE__ */ new Map();
      const info = async (path) => {
        let i = infos.get(path);
        if (!i) {
          i = { ...await hashFile(path), compression: sniffFile(path) };
          infos.set(path, i);
        }
        return i;
      };
      const prepared = [];
      for (const c of candidates) {
        const configBytes = readFileSync3(c.configPath);
        const id = sha256(configBytes);
        if (c.configDigest && c.configDigest !== id)
          throw imageError(IMAGE_DIGEST_MISMATCH, `image config ${c.configDigest}: content digest is ${id}`);
        const config = parseConfig(configBytes, id);
        const diffIds = config.rootfs.diff_ids;
        if (diffIds.length !== c.layers.length) {
          throw imageError(IMAGE_INVALID_ARCHIVE, `image ${shortId(id)}: the config lists ${diffIds.length} layers, the archive ${c.layers.length}`);
        }
        const chains = chainIds(diffIds);
        const layers = [];
        const files = [];
        for (let i = 0; i < c.layers.length; i++) {
          const l = c.layers[i];
          const what = `layer ${i + 1} of image ${shortId(id)}`;
          const fi = await info(l.path);
          if (l.digest && l.digest !== fi.digest)
            throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: blob ${l.digest} has content digest ${fi.digest}`);
          if (l.size !== void 0 && l.size !== fi.size)
            throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: blob ${fi.digest} is ${fi.size} bytes, the manifest says ${l.size}`);
          if (await store2.snapshots.ensure(chains[i], diffIds[i], () => createReadStream4(l.path), what)) {
            newSnapshots.push(chains[i]);
          } else {
            const actual = fi.compression === "none" ? fi.digest : await uncompressedDigest(l.path);
            if (actual !== diffIds[i])
              throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: wrong diff id: the config says ${diffIds[i]}, the layer content is ${actual}`);
          }
          const mediaType = l.mediaType ?? (fi.compression === "gzip" ? MT.ociLayerGzip : fi.compression === "zstd" ? MT.ociLayerZstd : MT.ociLayer);
          layers.push({ mediaType, digest: fi.digest, size: fi.size });
          files.push([l.path, fi.digest]);
        }
        prepared.push({ id, configBytes, layers, files, refs: c.refs });
      }
      const images = [];
      const messages = [];
      for (const p of prepared) {
        for (const [path, digest] of p.files)
          if (!store2.blobs.has(digest))
            store2.blobs.adoptFile(path, digest);
        const added = await store2.addImage(p.configBytes, p.layers, p.refs);
        messages.push(...added.messages);
        const refs = p.refs.map(familiarString);
        images.push({ id: p.id, refs });
        if (refs.length === 0)
          messages.push(`Loaded image ID: ${p.id}`);
        else
          for (const r of refs)
            messages.push(`Loaded image: ${r}`);
      }
      return { images, messages };
    } catch (err) {
      for (const c of newSnapshots)
        store2.snapshots.remove(c);
      throw err;
    } finally {
      rmSync2(staging, { recursive: true, force: true });
    }
  });
}

// packages/runtime/dist/images/archive-save.js
var tar3 = __toESM(require_tar_stream());
import { createWriteStream as createWriteStream3, renameSync as renameSync2, rmSync as rmSync3 } from "node:fs";
import { dirname, join as join6, basename } from "node:path";
import { pipeline as pipeline4 } from "node:stream/promises";
var EPOCH = /* @__PURE__ */ new Date(0);
function addTo(store2, into, id, names2) {
  const existing = into.get(id);
  if (existing) {
    for (const n of names2)
      if (!existing.tags.some((t) => familiarString(t) === familiarString(n)))
        existing.tags.push(n);
    return;
  }
  const rec = store2.record(id);
  if (!rec)
    throw imageError(IMAGE_INVALID_INPUT, `image ${id} has no record`);
  const manifestBytes = store2.blobs.read(rec.manifest);
  const manifest = JSON.parse(manifestBytes.toString("utf8"));
  into.set(id, {
    id,
    manifest: { mediaType: MT.ociManifest, digest: rec.manifest, size: manifestBytes.length },
    layers: manifest.layers,
    tags: [...names2]
  });
}
function select(store2, arg2, into) {
  let parsed;
  try {
    parsed = parseReference(arg2);
  } catch {
    parsed = void 0;
  }
  if (parsed && parsed.tag === void 0 && parsed.digest === void 0) {
    const repo = familiarName(parsed);
    const all = store2.tags().entries().map(([r, id]) => [normalizeReference(r), id]);
    const inRepo = all.filter(([r]) => familiarName(r) === repo && r.tag !== void 0 && r.digest === void 0);
    if (inRepo.length > 0) {
      for (const [r, id] of inRepo)
        addTo(store2, into, id, [r]);
      return;
    }
  }
  const found = store2.find(arg2);
  addTo(store2, into, found.id, found.ref && found.ref.tag !== void 0 && found.ref.digest === void 0 ? [found.ref] : []);
}
function json(v) {
  return Buffer.from(JSON.stringify(v));
}
async function saveArchive(store2, args, out, opts) {
  if (args.length === 0)
    throw imageError(IMAGE_INVALID_INPUT, "image save needs at least one image");
  const images = /* @__PURE__ */ new Map();
  for (const a of args)
    select(store2, a, images);
  const format = opts.format ?? "docker";
  const pack3 = tar3.pack();
  const dest = typeof out === "string" ? join6(dirname(out), `.${basename(out)}.${tmpName("save")}`) : void 0;
  const sink = dest ? createWriteStream3(dest, { mode: 384 }) : out;
  const writing = pipeline4(pack3, sink);
  writing.catch(() => {
  });
  const add = (name, body, type = "file") => new Promise((resolve3, reject) => {
    pack3.entry({ name, type, mode: type === "directory" ? 493 : 420, mtime: EPOCH, ...type === "file" ? { size: body.length } : {} }, type === "file" ? body : Buffer.alloc(0), (err) => err ? reject(err) : resolve3());
  });
  const addBlob = async (d) => {
    const size = store2.blobs.size(d);
    await new Promise((resolve3, reject) => {
      const entry = pack3.entry({ name: `blobs/sha256/${hexOf(d)}`, size, mode: 420, mtime: EPOCH }, (err) => err ? reject(err) : resolve3());
      pipeline4(store2.blobs.stream(d), entry).catch(reject);
    });
  };
  try {
    await add("blobs/", Buffer.alloc(0), "directory");
    await add("blobs/sha256/", Buffer.alloc(0), "directory");
    const written = /* @__PURE__ */ new Set();
    for (const img of images.values()) {
      for (const d of [img.manifest.digest, img.id, ...img.layers.map((l) => l.digest)]) {
        if (written.has(d))
          continue;
        written.add(d);
        await addBlob(d);
      }
    }
    await add("oci-layout", json({ imageLayoutVersion: "1.0.0" }));
    const index = {
      schemaVersion: 2,
      mediaType: MT.ociIndex,
      manifests: [...images.values()].flatMap((img) => img.tags.length === 0 ? [img.manifest] : img.tags.map((t) => ({ ...img.manifest, annotations: { [ANNOTATION_IMAGE_NAME]: referenceString(t), [ANNOTATION_REF_NAME]: t.tag } })))
    };
    await add("index.json", json(index));
    if (format === "docker") {
      const manifest = [...images.values()].map((img) => ({
        Config: `blobs/sha256/${hexOf(img.id)}`,
        RepoTags: img.tags.length > 0 ? img.tags.map(familiarString) : null,
        Layers: img.layers.map((l) => `blobs/sha256/${hexOf(l.digest)}`)
      }));
      await add("manifest.json", json(manifest));
      const repos = {};
      for (const img of images.values()) {
        const top2 = img.layers.at(-1);
        if (!top2)
          continue;
        for (const t of img.tags)
          (repos[familiarName(t)] ??= {})[t.tag] = hexOf(top2.digest);
      }
      if (Object.keys(repos).length > 0)
        await add("repositories", json(repos));
    }
    pack3.finalize();
    await writing;
    if (dest)
      renameSync2(dest, out);
  } catch (err) {
    pack3.destroy(err);
    if (dest)
      rmSync3(dest, { force: true });
    throw err;
  }
}

// packages/runtime/dist/images/paths.js
import { join as join7 } from "node:path";
var StorePaths = class {
  root;
  base;
  constructor(root) {
    this.root = root;
    this.base = join7(root, "images");
  }
  get blobsDir() {
    return join7(this.base, "blobs", "sha256");
  }
  get ingestDir() {
    return join7(this.base, "ingest");
  }
  get snapshotsDir() {
    return join7(this.base, "snapshots");
  }
  get metaDir() {
    return join7(this.base, "meta");
  }
  get repositories() {
    return join7(this.base, "repositories.json");
  }
  get lock() {
    return join7(this.base, "lock");
  }
  blob(d) {
    return join7(this.blobsDir, hexOf(d));
  }
  snapshot(chainId) {
    return join7(this.snapshotsDir, hexOf(chainId));
  }
  /** The directory mounted as an overlay lowerdir. */
  snapshotFs(chainId) {
    return join7(this.snapshot(chainId), "fs");
  }
  meta(id) {
    return join7(this.metaDir, `${hexOf(id)}.json`);
  }
};

// packages/runtime/dist/images/snapshots.js
import { existsSync as existsSync3, mkdirSync as mkdirSync4, readFileSync as readFileSync4, readdirSync as readdirSync4, renameSync as renameSync3, rmSync as rmSync5, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join9 } from "node:path";

// packages/runtime/dist/images/unpack.js
var tar4 = __toESM(require_tar_stream());
import { createWriteStream as createWriteStream4, linkSync as linkSync2, lchownSync, lstatSync as lstatSync5, lutimesSync, chmodSync, mkdirSync as mkdirSync3, rmSync as rmSync4, symlinkSync as symlinkSync2, utimesSync, writeFileSync } from "node:fs";
import { join as join8, posix as posix5 } from "node:path";
import { pipeline as pipeline5 } from "node:stream/promises";
var SMALL_FILE = 1 << 20;
function lstatOrUndefined2(p) {
  try {
    return lstatSync5(p);
  } catch {
    return void 0;
  }
}
function sys(syscall, path, fn) {
  try {
    return fn();
  } catch (err) {
    throw fromSystemError(err, syscall, path);
  }
}
async function readAll(entry) {
  const chunks = [];
  for await (const c of entry)
    chunks.push(c);
  return Buffer.concat(chunks);
}
async function drain(entry) {
  for await (const _ of entry) {
  }
}
function ensureDir(p) {
  sys("mkdir", p, () => mkdirSync3(p, { recursive: true, mode: 493 }));
}
async function unpackLayer(src, dest, opts) {
  const what = opts.what ?? "layer";
  const nfs = opts.fs;
  const dirTimes = [];
  let size = 0;
  const hasher = new HashingPassThrough();
  const extract3 = tar4.extract();
  const feeding = pipeline5(src, new AutoDecompress(what), hasher, new PaxXattrRewriter("decode"), extract3);
  feeding.catch(() => {
  });
  const applyMeta = (path, header, isLink) => {
    sys("lchown", path, () => lchownSync(path, header.uid, header.gid));
    if (!isLink)
      sys("chmod", path, () => chmodSync(path, header.mode & 4095));
    const pax = header.pax ?? {};
    for (const [key, value] of Object.entries(pax)) {
      if (!key.startsWith(XATTR64_PREFIX))
        continue;
      const name = key.slice(XATTR64_PREFIX.length);
      try {
        nfs.lsetxattr(path, name, Buffer.from(value, "base64"));
      } catch (err) {
        if (!isKernelError(err, "ENOTSUP") && !isKernelError(err, "EOPNOTSUPP"))
          throw err;
      }
    }
  };
  const applyEntry = async (header, entry) => {
    const name = cleanEntryName(header.name);
    if (name === "")
      return drain(entry);
    const base = posix5.basename(name);
    const parent = resolveInRoot(dest, posix5.dirname(name), true);
    if (!parent.startsWith(dest))
      throw imageError(IMAGE_UNSAFE_PATH, `archive entry "${header.name}" escapes ${dest}`);
    const target = join8(parent, base);
    if (base.startsWith(WHITEOUT_PREFIX)) {
      await drain(entry);
      ensureDir(parent);
      if (base === WHITEOUT_OPAQUE) {
        nfs.lsetxattr(parent, OPAQUE_XATTR, Buffer.from("y"));
        return;
      }
      const hidden = join8(parent, base.slice(WHITEOUT_PREFIX.length));
      sys("rm", hidden, () => rmSync4(hidden, { recursive: true, force: true }));
      try {
        nfs.mknod(hidden, S_IFCHR, 0, 0);
        sys("lchown", hidden, () => lchownSync(hidden, header.uid, header.gid));
      } catch (err) {
        if (!isKernelError(err, "ENOTDIR"))
          throw err;
      }
      return;
    }
    ensureDir(parent);
    const existing = lstatOrUndefined2(target);
    if (existing && !(existing.isDirectory() && header.type === "directory")) {
      sys("rm", target, () => rmSync4(target, { recursive: true, force: true }));
    }
    const mode = header.mode & 4095;
    switch (header.type) {
      case "directory":
        if (!existing?.isDirectory())
          sys("mkdir", target, () => mkdirSync3(target, { mode: 493 }));
        await drain(entry);
        applyMeta(target, header, false);
        dirTimes.push([target, header.mtime]);
        return;
      case "file":
      case "contiguous-file":
        if (header.size <= SMALL_FILE) {
          const data = await readAll(entry);
          sys("open", target, () => writeFileSync(target, data, { mode: 384 }));
        } else {
          await pipeline5(entry, createWriteStream4(target, { mode: 384 }));
        }
        size += header.size;
        break;
      case "symlink":
        await drain(entry);
        sys("symlink", target, () => symlinkSync2(header.linkname, target));
        applyMeta(target, header, true);
        sys("lutimes", target, () => lutimesSync(target, header.mtime, header.mtime));
        return;
      case "link": {
        await drain(entry);
        const src2 = resolveInRoot(dest, cleanEntryName(header.linkname), false);
        const st = lstatOrUndefined2(src2);
        if (!st || st.isDirectory()) {
          throw imageError(IMAGE_INVALID_ARCHIVE, `${what}: hard link "${header.name}" points to missing or directory target "${header.linkname}"`);
        }
        sys("link", target, () => linkSync2(src2, target));
        return;
      }
      case "character-device":
      case "block-device":
      case "fifo": {
        await drain(entry);
        const type = header.type === "fifo" ? S_IFIFO : header.type === "block-device" ? S_IFBLK : S_IFCHR;
        nfs.mknod(target, type | mode, header.devmajor ?? 0, header.devminor ?? 0);
        break;
      }
      default:
        await drain(entry);
        return;
    }
    applyMeta(target, header, false);
    sys("utimes", target, () => utimesSync(target, header.mtime, header.mtime));
  };
  try {
    for await (const entry of extract3) {
      await applyEntry(entry.header, entry);
    }
    await feeding;
  } catch (err) {
    extract3.destroy();
    throw err;
  }
  for (const [dir, mtime] of dirTimes.reverse())
    sys("utimes", dir, () => utimesSync(dir, mtime, mtime));
  const diffId = hasher.digest();
  if (opts.expectedDiffId && diffId !== opts.expectedDiffId) {
    throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: wrong diff id: the config says ${opts.expectedDiffId}, the layer content is ${diffId}`);
  }
  return { diffId, size };
}

// packages/runtime/dist/images/snapshots.js
var Snapshots = class {
  paths;
  fs;
  constructor(paths, fs) {
    this.paths = paths;
    this.fs = fs;
  }
  has(chainId) {
    return existsSync3(join9(this.paths.snapshot(chainId), "meta.json"));
  }
  /** Unpacked size in bytes (regular files), 0 when unknown. */
  size(chainId) {
    try {
      return JSON.parse(readFileSync4(join9(this.paths.snapshot(chainId), "meta.json"), "utf8")).size;
    } catch {
      return 0;
    }
  }
  /**
   * Makes sure the snapshot exists, unpacking `open()` (the layer blob) when it does not;
   * the layer must hash to `diffId`. Returns true when this call created it.
   */
  async ensure(chainId, diffId, open, what) {
    if (this.has(chainId))
      return false;
    mkdirSync4(this.paths.ingestDir, { recursive: true });
    mkdirSync4(this.paths.snapshotsDir, { recursive: true });
    const tmp = join9(this.paths.ingestDir, tmpName("snap"));
    try {
      mkdirSync4(join9(tmp, "fs"), { recursive: true, mode: 493 });
      const { size } = await unpackLayer(open(), join9(tmp, "fs"), { fs: this.fs, expectedDiffId: diffId, what });
      const meta = { chainId, diffId, size };
      writeFileSync2(join9(tmp, "meta.json"), JSON.stringify(meta));
      try {
        renameSync3(tmp, this.paths.snapshot(chainId));
      } catch (err) {
        const code = err.code;
        if ((code === "ENOTEMPTY" || code === "EEXIST") && this.has(chainId))
          return false;
        throw fromSystemError(err, "rename", this.paths.snapshot(chainId));
      }
      return true;
    } finally {
      rmSync5(tmp, { recursive: true, force: true });
    }
  }
  list() {
    if (!existsSync3(this.paths.snapshotsDir))
      return [];
    return readdirSync4(this.paths.snapshotsDir).map((h) => `sha256:${h}`).filter(isDigest);
  }
  /** Renames out of snapshots/ first so a half-removed snapshot never looks complete. */
  remove(chainId) {
    const dir = this.paths.snapshot(chainId);
    if (!existsSync3(dir))
      return;
    const trash = join9(this.paths.ingestDir, tmpName(`rm-${hexOf(chainId).slice(0, 12)}`));
    mkdirSync4(this.paths.ingestDir, { recursive: true });
    renameSync3(dir, trash);
    rmSync5(trash, { recursive: true, force: true });
  }
};

// packages/runtime/dist/images/gc.js
import { existsSync as existsSync4, readdirSync as readdirSync5, rmSync as rmSync6 } from "node:fs";
import { join as join10 } from "node:path";
function collectGarbage(store2) {
  const blobs = /* @__PURE__ */ new Set();
  const chains = /* @__PURE__ */ new Set();
  for (const id of store2.imageIds()) {
    const rec = store2.record(id);
    if (!rec)
      continue;
    blobs.add(rec.manifest);
    blobs.add(id);
    try {
      const m = store2.blobs.readJson(rec.manifest);
      for (const l of m.layers)
        blobs.add(l.digest);
      for (const c of chainIds(store2.config(id).rootfs.diff_ids))
        chains.add(c);
    } catch {
    }
  }
  let reclaimed = 0;
  for (const c of store2.snapshots.list()) {
    if (chains.has(c))
      continue;
    reclaimed += store2.snapshots.size(c);
    store2.snapshots.remove(c);
  }
  for (const b of store2.blobs.list())
    if (!blobs.has(b))
      store2.blobs.remove(b);
  cleanIngest(store2.paths.ingestDir);
  return reclaimed;
}
function cleanIngest(dir) {
  if (!existsSync4(dir))
    return;
  for (const name of readdirSync5(dir)) {
    const pid = Number(/-(\d+)-[0-9a-f]+$/.exec(name)?.[1]);
    let alive2 = false;
    if (pid > 0) {
      try {
        process.kill(pid, 0);
        alive2 = true;
      } catch (err) {
        alive2 = err.code === "EPERM";
      }
    }
    if (!alive2)
      rmSync6(join10(dir, name), { recursive: true, force: true });
  }
}

// packages/runtime/dist/images/tags.js
import { existsSync as existsSync5, readFileSync as readFileSync5, renameSync as renameSync4, writeFileSync as writeFileSync3 } from "node:fs";
var TagIndex = class {
  file;
  repos = {};
  constructor(file) {
    this.file = file;
  }
  load() {
    if (!existsSync5(this.file)) {
      this.repos = {};
      return this;
    }
    let parsed;
    try {
      parsed = JSON.parse(readFileSync5(this.file, "utf8"));
    } catch (err) {
      throw imageError(IMAGE_INVALID_INPUT, `cannot read the tag index ${this.file}: ${err.message}`, { cause: err });
    }
    const repos = {};
    for (const [name, refs] of Object.entries(parsed.Repositories ?? {})) {
      for (const [ref, id] of Object.entries(refs))
        if (isDigest(id))
          (repos[name] ??= {})[ref] = id;
    }
    this.repos = repos;
    return this;
  }
  save() {
    const tmp = `${this.file}.${tmpName("tmp")}`;
    try {
      writeFileSync3(tmp, JSON.stringify({ Repositories: this.repos }));
      renameSync4(tmp, this.file);
    } catch (err) {
      throw fromSystemError(err, "write", this.file);
    }
  }
  get(ref) {
    return this.repos[familiarName(ref)]?.[familiarString(ref)];
  }
  set(ref, id) {
    const name = familiarName(ref);
    const key = familiarString(ref);
    const previous = this.repos[name]?.[key];
    (this.repos[name] ??= {})[key] = id;
    return previous;
  }
  delete(ref) {
    const name = familiarName(ref);
    const key = familiarString(ref);
    const refs = this.repos[name];
    if (!refs || !(key in refs))
      return false;
    delete refs[key];
    if (Object.keys(refs).length === 0)
      delete this.repos[name];
    return true;
  }
  /** Every (reference, id) pair, references in their familiar string form. */
  entries() {
    return Object.values(this.repos).flatMap((refs) => Object.entries(refs));
  }
  refsOf(id) {
    return this.entries().filter(([, v]) => v === id).map(([k]) => normalizeReference(k));
  }
};

// packages/runtime/dist/images/store.js
var ImageStore = class {
  paths;
  blobs;
  snapshots;
  fs;
  inUse;
  constructor(opts) {
    this.paths = new StorePaths(opts.root);
    this.fs = opts.fs ?? nativeFs();
    this.blobs = new BlobStore(this.paths);
    this.snapshots = new Snapshots(this.paths, this.fs);
    this.inUse = opts.inUse ?? (async () => []);
  }
  // ---- internals shared with build.ts / archive-*.ts --------------------------------
  /** Runs `fn` holding the store's exclusive lock. */
  async withLock(fn) {
    mkdirSync5(this.paths.base, { recursive: true });
    mkdirSync5(this.paths.metaDir, { recursive: true });
    const lock = await lockFile(this.paths.lock, "ex", this.fs);
    try {
      return await fn();
    } finally {
      lock.release();
    }
  }
  tags() {
    return new TagIndex(this.paths.repositories).load();
  }
  record(id) {
    try {
      return JSON.parse(readFileSync6(this.paths.meta(id), "utf8"));
    } catch {
      return void 0;
    }
  }
  writeRecord(rec) {
    mkdirSync5(this.paths.metaDir, { recursive: true });
    const tmp = `${this.paths.meta(rec.id)}.${tmpName("tmp")}`;
    writeFileSync4(tmp, JSON.stringify(rec));
    renameSync5(tmp, this.paths.meta(rec.id));
  }
  imageIds() {
    if (!existsSync6(this.paths.metaDir))
      return [];
    return readdirSync6(this.paths.metaDir).filter((f) => f.endsWith(".json")).map((f) => `sha256:${f.slice(0, -5)}`).filter(isDigest);
  }
  manifest(id) {
    const rec = this.record(id);
    if (!rec)
      throw imageError(IMAGE_NOT_FOUND, `No such image: ${id}`);
    return this.blobs.readJson(rec.manifest);
  }
  config(id) {
    return this.blobs.readJson(id);
  }
  /**
   * Records an image whose config and layer blobs are in the store and whose snapshots are
   * unpacked; writes its manifest and points `refs` at it. Caller holds the lock.
   * Returns "renamed" messages for tags moved away from another image, like docker load.
   */
  async addImage(configBytes, layers, refs, configMediaType = MT.ociConfig) {
    const cfg = await this.blobs.writeBuffer(configBytes);
    const manifest = {
      schemaVersion: 2,
      mediaType: MT.ociManifest,
      config: { mediaType: configMediaType === MT.dockerConfig ? MT.ociConfig : configMediaType, digest: cfg.digest, size: cfg.size },
      layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }))
    };
    const m = await this.blobs.writeBuffer(JSON.stringify(manifest));
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const previous = this.record(cfg.digest);
    this.writeRecord({ id: cfg.digest, manifest: m.digest, added: previous?.added ?? now, ...refs.length > 0 ? { lastTagTime: now } : previous?.lastTagTime ? { lastTagTime: previous.lastTagTime } : {} });
    const messages = [];
    if (refs.length > 0) {
      const tags = this.tags();
      for (const ref of refs) {
        const old = tags.set(ref, cfg.digest);
        if (old && old !== cfg.digest) {
          messages.push(`The image ${familiarString(ref)} already exists, renaming the old one with ID ${old} to empty string`);
        }
      }
      tags.save();
    }
    return { id: cfg.digest, messages };
  }
  /** Finds an image by reference, full ID, or unique ID prefix, like docker's GetImage. */
  find(input) {
    if (isDigest(input) && this.record(input))
      return { id: input };
    let ref;
    let refError;
    try {
      ref = normalizeReference(input);
    } catch (err) {
      refError = err;
    }
    if (ref) {
      const id = this.tags().get(ref);
      if (id && this.record(id))
        return { id, ref };
    }
    const prefix = idPrefixOf(input);
    if (prefix !== void 0) {
      const matches2 = this.imageIds().filter((id) => id.slice(7).startsWith(prefix));
      if (matches2.length === 1)
        return { id: matches2[0] };
      if (matches2.length > 1)
        throw imageError(IMAGE_AMBIGUOUS, `image ID prefix "${input}" is ambiguous: it matches ${matches2.length} images`);
    }
    if (refError && isTscError(refError, IMAGE_INVALID_REFERENCE))
      throw refError;
    throw imageError(IMAGE_NOT_FOUND, `No such image: ${ref ? familiarString(ref) : input}`);
  }
  repoTags(id) {
    return this.tags().refsOf(id).filter((r) => r.tag !== void 0 && r.digest === void 0).map(familiarString).sort();
  }
  repoDigests(id) {
    return this.tags().refsOf(id).filter((r) => r.digest !== void 0).map(familiarString).sort();
  }
  sizeOf(config) {
    return chainIds(config.rootfs.diff_ids).reduce((n, c) => n + this.snapshots.size(c), 0);
  }
  /** Unpacks any missing snapshot of the image (e.g. after a crash mid-load). */
  async ensureSnapshots(id) {
    const config = this.config(id);
    const manifest = this.manifest(id);
    const chains = chainIds(config.rootfs.diff_ids);
    for (let i = 0; i < chains.length; i++) {
      const layer = manifest.layers[i];
      await this.snapshots.ensure(chains[i], config.rootfs.diff_ids[i], () => this.blobs.stream(layer.digest), `layer ${i + 1} (${layer.digest})`);
    }
    return chains;
  }
  /** Removes blobs and snapshots no remaining image references. Caller holds the lock. */
  gc() {
    return collectGarbage(this);
  }
  // ---- public API ----------------------------------------------------------------------
  /** `docker import`: a rootfs tar (path, `-` = stdin, or a stream) or a directory. */
  async importRootfs(src, opts = {}) {
    return importRootfs(this, src, opts);
  }
  /** `docker commit`: the container's upper dir becomes a new layer over its image. */
  async commit(opts) {
    return commitImage(this, opts);
  }
  /** `docker load`: docker-save (legacy or 25+) and OCI image-layout archives. */
  async load(input) {
    return loadArchive(this, input);
  }
  /** `docker save`: an OCI layout with docker's manifest.json and repositories, as docker 25+ writes. */
  async save(refs, out, opts = {}) {
    return saveArchive(this, refs, out, opts);
  }
  async list() {
    const out = [];
    for (const id of this.imageIds()) {
      let config;
      try {
        config = this.config(id);
      } catch {
        continue;
      }
      out.push({
        Id: id,
        RepoTags: this.repoTags(id),
        RepoDigests: this.repoDigests(id),
        Created: unixSeconds(config.created),
        Size: this.sizeOf(config),
        Labels: config.config?.Labels ?? null,
        Containers: (await this.inUse(id)).length
      });
    }
    return out.sort((a, b) => b.Created - a.Created || a.Id.localeCompare(b.Id));
  }
  async inspect(ref) {
    const { id } = this.find(ref);
    const config = this.config(id);
    return toInspect({
      id,
      config,
      repoTags: this.repoTags(id),
      repoDigests: this.repoDigests(id),
      size: this.sizeOf(config),
      lowerDirs: chainIds(config.rootfs.diff_ids).reverse().map((c) => this.paths.snapshotFs(c)),
      ...this.record(id)?.lastTagTime ? { lastTagTime: this.record(id).lastTagTime } : {}
    });
  }
  async history(ref) {
    const { id } = this.find(ref);
    const config = this.config(id);
    const sizes = chainIds(config.rootfs.diff_ids).map((c) => this.snapshots.size(c));
    return toHistory(id, config, sizes, this.repoTags(id));
  }
  async resolve(ref) {
    const found = this.find(ref);
    const config = this.config(found.id);
    const chains = await this.ensureSnapshots(found.id);
    return {
      id: found.id,
      ...found.ref ? { ref: familiarString(found.ref) } : {},
      repoTags: this.repoTags(found.id),
      config,
      diffIds: config.rootfs.diff_ids,
      chainIds: chains,
      lowerDirs: [...chains].reverse().map((c) => this.paths.snapshotFs(c)),
      size: this.sizeOf(config)
    };
  }
  /** `docker tag SOURCE TARGET`. */
  async tag(source, target) {
    const ref = normalizeReference(target);
    if (ref.digest !== void 0)
      throw imageError(IMAGE_INVALID_REFERENCE, `refusing to create a tag with a digest reference: "${target}"`);
    await this.withLock(async () => {
      const { id } = this.find(source);
      const tags = this.tags();
      tags.set(ref, id);
      tags.save();
      const rec = this.record(id);
      if (rec)
        this.writeRecord({ ...rec, lastTagTime: (/* @__PURE__ */ new Date()).toISOString() });
    });
  }
  /**
   * `docker rmi`: a name untags; the image itself goes when its last name does. By ID, an
   * image with several names needs force. An image a container uses is never deleted:
   * without force that is an error, with force it is only untagged.
   */
  async remove(input, opts = {}) {
    return this.withLock(async () => {
      const found = this.find(input);
      const { id } = found;
      const tags = this.tags();
      const refs = tags.refsOf(id);
      const users = await this.inUse(id);
      const out = [];
      const byName = found.ref !== void 0;
      if (byName && refs.length > 1) {
        tags.delete(found.ref);
        tags.save();
        return [{ Untagged: familiarString(found.ref) }];
      }
      if (users.length > 0 && !opts.force) {
        const what = byName ? `repository reference "${familiarString(found.ref)}"` : shortId(id);
        throw imageError(IMAGE_IN_USE, `conflict: unable to delete ${what} (must be forced) - image ${shortId(id)} is being used by container ${shortId(users[0])}`);
      }
      if (!byName && refs.length > 1 && !opts.force) {
        throw imageError(IMAGE_CONFLICT, `conflict: unable to delete ${shortId(id)} (must be forced) - image is referenced in multiple repositories`);
      }
      for (const r of refs) {
        tags.delete(r);
        out.push({ Untagged: familiarString(r) });
      }
      tags.save();
      if (users.length > 0)
        return out;
      rmSync7(this.paths.meta(id), { force: true });
      out.push({ Deleted: id });
      this.gc();
      return out;
    });
  }
  /** `docker image prune [-a]`: dangling (or, with all, every unused) images. */
  async prune(opts = {}) {
    return this.withLock(async () => {
      const tags = this.tags();
      const deleted = [];
      const snapshotsBefore = new Map(this.snapshots.list().map((c) => [c, this.snapshots.size(c)]));
      for (const id of this.imageIds()) {
        const refs = tags.refsOf(id);
        if (refs.length > 0 && !opts.all)
          continue;
        if ((await this.inUse(id)).length > 0)
          continue;
        for (const r of refs) {
          tags.delete(r);
          deleted.push({ Untagged: familiarString(r) });
        }
        rmSync7(this.paths.meta(id), { force: true });
        deleted.push({ Deleted: id });
      }
      tags.save();
      this.gc();
      let reclaimed = 0;
      for (const [c, size] of snapshotsBefore)
        if (!this.snapshots.has(c))
          reclaimed += size;
      return { ImagesDeleted: deleted, SpaceReclaimed: reclaimed };
    });
  }
  /** `docker container diff` from a container's upper dir and its image's lower dirs. */
  diff(upperDir, lowerDirs) {
    return diffUpper(upperDir, lowerDirs, this.fs);
  }
};

// packages/runtime/dist/cgroups/manager.js
import { readFileSync as readFileSync8 } from "node:fs";

// packages/runtime/dist/cgroups/cgroup-fs.js
import { existsSync as existsSync7, mkdirSync as mkdirSync6, readFileSync as readFileSync7, readdirSync as readdirSync7, rmdirSync, writeFileSync as writeFileSync5 } from "node:fs";
function kernelError(err, syscall, path, detail) {
  const e = err;
  if (e && typeof e.code === "string" && /^E[A-Z0-9]+$/.test(e.code)) {
    return new KernelError(e.code, syscall, path, detail, { cause: err });
  }
  return err;
}
function errnoOf(err) {
  if (err instanceof KernelError)
    return err.errno;
  const code = err?.code;
  return typeof code === "string" ? code : void 0;
}
var nodeCgroupFs = {
  read(path) {
    try {
      return readFileSync7(path, "utf8");
    } catch (err) {
      throw kernelError(err, "read", path);
    }
  },
  write(path, value) {
    try {
      writeFileSync5(path, value);
    } catch (err) {
      throw kernelError(err, "write", path, value);
    }
  },
  exists: (path) => existsSync7(path),
  mkdir(path) {
    try {
      mkdirSync6(path);
    } catch (err) {
      throw kernelError(err, "mkdir", path);
    }
  },
  rmdir(path) {
    try {
      rmdirSync(path);
    } catch (err) {
      throw kernelError(err, "rmdir", path);
    }
  },
  subdirs(path) {
    try {
      return readdirSync7(path, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch (err) {
      throw kernelError(err, "readdir", path);
    }
  },
  kill(pid, signal) {
    try {
      process.kill(pid, signal);
    } catch (err) {
      throw kernelError(err, "kill", String(pid));
    }
  },
  sleep: (ms) => new Promise((r) => setTimeout(r, ms))
};

// packages/runtime/dist/cgroups/common.js
var INVALID_PATH = "CGROUP_INVALID_PATH";
var CGROUP_BUSY = "CGROUP_BUSY";
var CONTROLLER_MISSING = "CGROUP_CONTROLLER_MISSING";
var FREEZE_TIMEOUT = "CGROUP_FREEZE_TIMEOUT";
var NOT_MOUNTED = "CGROUP_NOT_MOUNTED";
var DEFAULT_CGROUP_PARENT = "tsc-compose";
var SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.:@-]*$/;
function checkPath(path) {
  const segs = path.split("/").filter(Boolean);
  if (segs.length === 0 || path.startsWith("/") || segs.some((s) => !SEGMENT.test(s))) {
    throw new RuntimeError(INVALID_PATH, `invalid cgroup path "${path}": expected relative names like tsc-compose/<id>`);
  }
  return segs;
}
function parseFlatKeyed(text2) {
  const out = {};
  if (!text2)
    return out;
  for (const line of text2.split("\n")) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v !== void 0 && v !== "")
      out[k] = Number(v);
  }
  return out;
}
function readOptional(fs, path) {
  try {
    return fs.read(path);
  } catch (err) {
    const code = errnoOf(err);
    if (code === "ENOENT" || code === "ENODEV" || code === "EOPNOTSUPP" || code === "ENOTSUP")
      return null;
    throw err;
  }
}
function numberOr(text2, fallback = 0) {
  if (text2 === null)
    return fallback;
  const n = Number(text2.trim());
  return Number.isFinite(n) ? n : fallback;
}
function parsePids(text2) {
  if (!text2)
    return [];
  return text2.split("\n").map((l) => l.trim()).filter(Boolean).map(Number);
}
async function removeTree(fs, dir, depth2 = 0) {
  if (depth2 > 32)
    throw new RuntimeError(CGROUP_BUSY, `cgroup tree too deep under ${dir}`);
  let children;
  try {
    children = fs.subdirs(dir);
  } catch (err) {
    if (errnoOf(err) === "ENOENT")
      return;
    throw err;
  }
  for (const c of children)
    await removeTree(fs, `${dir}/${c}`, depth2 + 1);
  let delay = 5;
  for (let attempt = 0; ; attempt++) {
    try {
      fs.rmdir(dir);
      return;
    } catch (err) {
      const code = errnoOf(err);
      if (code === "ENOENT")
        return;
      if (code !== "EBUSY" || attempt >= 12) {
        throw new RuntimeError(CGROUP_BUSY, `cannot remove cgroup ${dir}: ${code ?? String(err)}`, {
          cause: err,
          hint: code === "EBUSY" ? "processes are still in it: kill them first" : void 0
        });
      }
      await fs.sleep(delay);
      delay = Math.min(delay * 2, 200);
    }
  }
}
async function pollUntil(fs, done, timeoutMs, onRetry) {
  let waited = 0;
  let delay = 1;
  for (let i = 0; ; i++) {
    if (done())
      return true;
    if (waited >= timeoutMs)
      return false;
    onRetry?.(i);
    await fs.sleep(delay);
    waited += delay;
    delay = Math.min(delay * 2, 20);
  }
}
var SIGKILL = 9;

// packages/runtime/dist/cgroups/mountinfo.js
var unescape = (s) => s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
function parseMountinfo(text2) {
  const out = [];
  for (const line of text2.split("\n")) {
    if (!line.trim())
      continue;
    const f = line.split(" ");
    const sep = f.indexOf("-", 6);
    if (sep < 0 || f.length < sep + 3)
      continue;
    out.push({
      id: Number(f[0]),
      parentId: Number(f[1]),
      root: unescape(f[3]),
      mountPoint: unescape(f[4]),
      options: f[5],
      fsType: f[sep + 1],
      source: unescape(f[sep + 2]),
      superOptions: f[sep + 3] ?? ""
    });
  }
  return out;
}
var V1_CONTROLLERS = /* @__PURE__ */ new Set([
  "cpu",
  "cpuacct",
  "cpuset",
  "memory",
  "devices",
  "freezer",
  "net_cls",
  "blkio",
  "perf_event",
  "net_prio",
  "hugetlb",
  "pids",
  "rdma",
  "misc"
]);
function detectCgroupLayout(mounts) {
  const v1 = {};
  let unified = null;
  for (const m of mounts) {
    if (m.fsType === "cgroup2") {
      unified ??= m.mountPoint;
    } else if (m.fsType === "cgroup") {
      for (const opt of m.superOptions.split(",")) {
        if (!V1_CONTROLLERS.has(opt) && !opt.startsWith("name="))
          continue;
        v1[opt] ??= m.mountPoint;
      }
    }
  }
  const hasV1 = Object.keys(v1).some((k) => !k.startsWith("name="));
  const mode = hasV1 ? unified ? "hybrid" : "v1" : "v2";
  return { mode, v1, unified };
}

// packages/runtime/dist/cgroups/devices.js
var ANY = -1;
var rule = (allow2, type, major, minor, access = "rwm") => ({
  allow: allow2,
  type,
  major,
  minor,
  access
});
function dockerDeviceRules() {
  return [
    rule(false, "a", ANY, ANY),
    rule(true, "c", 1, 5),
    // /dev/zero
    rule(true, "c", 1, 3),
    // /dev/null
    rule(true, "c", 1, 9),
    // /dev/urandom
    rule(true, "c", 1, 8),
    // /dev/random
    rule(true, "c", 5, 0),
    // /dev/tty
    rule(true, "c", 5, 1),
    // /dev/console
    rule(false, "c", 10, 229),
    // /dev/fuse
    rule(true, "c", ANY, ANY, "m"),
    rule(true, "b", ANY, ANY, "m"),
    rule(true, "c", 136, ANY),
    // /dev/pts/*
    rule(true, "c", 5, 2),
    // /dev/ptmx
    rule(true, "c", 10, 200)
    // /dev/net/tun
  ];
}
function privilegedDeviceRules() {
  return [rule(true, "a", ANY, ANY)];
}
function formatDeviceRule(r) {
  if (r.type === "a")
    return "a";
  const n = (x) => x < 0 ? "*" : String(x);
  return `${r.type} ${n(r.major)}:${n(r.minor)} ${r.access}`;
}
function parseDeviceCgroupRule(text2) {
  const m = /^([acb]) (\d+|\*):(\d+|\*) ([rwm]{1,3})$/.exec(text2.trim());
  if (!m)
    return null;
  const n = (s) => s === "*" ? ANY : Number(s);
  return rule(true, m[1], n(m[2]), n(m[3]), m[4]);
}

// packages/runtime/dist/cgroups/resources.js
var INVALID_RESOURCES = "CGROUP_INVALID_RESOURCES";
var MIN_MEMORY = 6 * 1024 * 1024;
var bad = (message) => new RuntimeError(INVALID_RESOURCES, message, { exitCode: 125 });
function validateResources(r) {
  if (r.memory !== void 0 && r.memory > 0 && r.memory < MIN_MEMORY) {
    throw bad(`invalid memory limit ${r.memory}: minimum memory limit allowed is 6MB`);
  }
  if (r.memorySwap !== void 0 && r.memorySwap > 0 && !(r.memory && r.memory > 0)) {
    throw bad("you should always set the memory limit when using a memory-swap limit");
  }
  if (r.memorySwap !== void 0 && r.memorySwap > 0 && r.memory && r.memorySwap < r.memory) {
    throw bad(`invalid memory-swap ${r.memorySwap}: it must be larger than the memory limit ${r.memory}`);
  }
  if (r.memorySwappiness !== void 0 && r.memorySwappiness !== -1 && (r.memorySwappiness < 0 || r.memorySwappiness > 100)) {
    throw bad(`invalid memory-swappiness ${r.memorySwappiness}: expected 0 to 100`);
  }
  if (r.nanoCpus && (r.cpuQuota || r.cpuPeriod)) {
    throw bad("conflicting options: --cpus and --cpu-quota/--cpu-period cannot both be set");
  }
  if (r.nanoCpus !== void 0 && r.nanoCpus < 0)
    throw bad(`invalid cpus ${r.nanoCpus / 1e9}: must be positive`);
  if (r.cpuQuota && r.cpuQuota > 0 && r.cpuQuota < 1e3)
    throw bad(`invalid cpu-quota ${r.cpuQuota}: CPU cfs quota can not be less than 1ms (1000)`);
  if (r.cpuPeriod && (r.cpuPeriod < 1e3 || r.cpuPeriod > 1e6)) {
    throw bad(`invalid cpu-period ${r.cpuPeriod}: CPU cfs period can not be less than 1ms (1000) or larger than 1s (1000000)`);
  }
  if (r.blkioWeight && (r.blkioWeight < 10 || r.blkioWeight > 1e3)) {
    throw bad(`invalid blkio-weight ${r.blkioWeight}: range of blkio weight is from 10 to 1000`);
  }
  if (r.cpuShares !== void 0 && r.cpuShares < 0)
    throw bad(`invalid cpu-shares ${r.cpuShares}: must be positive`);
}
function effectiveMemorySwap(r) {
  if (!r.memory || r.memory <= 0)
    return r.memorySwap === -1 ? -1 : void 0;
  if (r.memorySwap === void 0 || r.memorySwap === 0)
    return r.memory * 2;
  return r.memorySwap;
}
function cpuQuota(r) {
  if (r.nanoCpus && r.nanoCpus > 0)
    return { quota: nanoCpusToQuota(r.nanoCpus), period: CPU_PERIOD_US };
  return { quota: r.cpuQuota || void 0, period: r.cpuPeriod || void 0 };
}
function pidsMax(r) {
  if (r.pidsLimit === void 0)
    return void 0;
  return r.pidsLimit > 0 ? String(r.pidsLimit) : "max";
}
function cpuSharesToWeight(shares) {
  if (shares === 0)
    return 0;
  if (shares <= 2)
    return 1;
  if (shares >= 262144)
    return 1e4;
  const l = Math.log2(shares);
  const exponent = (l * l + 125 * l) / 612 - 7 / 34;
  return Math.ceil(10 ** exponent);
}
function cpuWeightToShares(weight) {
  if (weight <= 1)
    return 2;
  if (weight >= 1e4)
    return 262144;
  const c = 612 * (Math.log10(weight) + 7 / 34);
  const l = (-125 + Math.sqrt(125 * 125 + 4 * c)) / 2;
  return Math.round(2 ** l);
}
function blkioToIoWeight(w) {
  return 1 + Math.floor((w - 10) * 9999 / 990);
}
function limitOrNull(text2) {
  if (text2 === null)
    return null;
  const t = text2.trim();
  if (t === "" || t === "max" || t === "-1")
    return null;
  const n = Number(t);
  return Number.isFinite(n) && n < 2 ** 62 ? n : null;
}

// packages/runtime/dist/cgroups/shared-ops.js
function makeStats(i) {
  const used = i.memoryInactiveFile < i.memoryUsage ? i.memoryUsage - i.memoryInactiveFile : i.memoryUsage;
  return { ...i, memoryUsed: used };
}
function killEach(fs, pids, signal) {
  let n = 0;
  for (const pid of pids) {
    try {
      fs.kill(pid, signal);
      n++;
    } catch (err) {
      if (errnoOf(err) !== "ESRCH")
        throw err;
    }
  }
  return n;
}

// packages/runtime/dist/cgroups/v1.js
var V1_CONTROLLERS2 = ["cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "pids"];
var CgroupV1 = class {
  version = "v1";
  parent;
  fs;
  mounts;
  unified;
  /** Distinct mount points (co-mounted controllers such as cpu,cpuacct share one). */
  hierarchies;
  constructor(opts) {
    this.fs = opts.fs;
    this.parent = opts.parent ?? DEFAULT_CGROUP_PARENT;
    checkPath(this.parent);
    this.mounts = {};
    for (const c of V1_CONTROLLERS2)
      if (opts.mounts[c])
        this.mounts[c] = opts.mounts[c];
    this.hierarchies = [...new Set(Object.values(this.mounts))];
    this.unified = opts.unified ?? null;
  }
  pathFor(id) {
    return `${this.parent}/${id}`;
  }
  dir(ctrl, path) {
    const m = this.mounts[ctrl];
    return m ? `${m}/${path}` : null;
  }
  need(ctrl, path, why) {
    const d = this.dir(ctrl, path);
    if (!d)
      throw new RuntimeError(CONTROLLER_MISSING, `cgroup v1 controller "${ctrl}" is not mounted (needed for ${why})`);
    return d;
  }
  dirs(path) {
    checkPath(path);
    const out = this.hierarchies.map((h) => `${h}/${path}`);
    if (this.unified)
      out.push(`${this.unified}/${path}`);
    return out;
  }
  create(path, r = {}) {
    validateResources(r);
    const segs = checkPath(path);
    const warnings = [];
    const created = [];
    try {
      for (const h of [...this.hierarchies, ...this.unified ? [this.unified] : []]) {
        for (let i = 1; i <= segs.length; i++) {
          const d = `${h}/${segs.slice(0, i).join("/")}`;
          if (this.fs.exists(d))
            continue;
          try {
            this.fs.mkdir(d);
            created.push(d);
          } catch (err) {
            if (errnoOf(err) !== "EEXIST")
              throw err;
          }
        }
      }
      this.initCpuset(segs);
      this.writeLimits(path, r, warnings);
    } catch (err) {
      for (const d of created.reverse()) {
        try {
          this.fs.rmdir(d);
        } catch {
        }
      }
      throw err;
    }
    return { warnings };
  }
  /**
   * A new v1 cpuset has empty cpus/mems and refuses every task until they are set, so each
   * level copies its parent's (runc's cpuset ensureParent does the same).
   */
  initCpuset(segs) {
    const root = this.mounts.cpuset;
    if (!root)
      return;
    for (let i = 1; i <= segs.length; i++) {
      const parent = i === 1 ? root : `${root}/${segs.slice(0, i - 1).join("/")}`;
      const d = `${root}/${segs.slice(0, i).join("/")}`;
      for (const f of ["cpuset.cpus", "cpuset.mems"]) {
        if ((readOptional(this.fs, `${d}/${f}`) ?? "x").trim() !== "")
          continue;
        const v = (readOptional(this.fs, `${parent}/${f}`) ?? "").trim();
        if (v)
          this.fs.write(`${d}/${f}`, v);
      }
    }
  }
  writeLimits(path, r, warnings) {
    const fs = this.fs;
    const swap = effectiveMemorySwap(r);
    if (r.memory && r.memory > 0 || swap !== void 0 && swap !== -1 || r.memoryReservation || (r.memorySwappiness ?? -1) >= 0) {
      const mem = this.need("memory", path, "--memory");
      const memsw = swap !== void 0 && fs.exists(`${mem}/memory.memsw.limit_in_bytes`);
      if (swap !== void 0 && !memsw && swap !== -1) {
        warnings.push("your kernel does not support swap limit capabilities or the cgroup is not mounted: memory limited without swap");
      }
      let memswDone = false;
      if (r.memory && r.memory > 0) {
        try {
          fs.write(`${mem}/memory.limit_in_bytes`, String(r.memory));
        } catch (err) {
          if (errnoOf(err) !== "EINVAL" || !memsw)
            throw err;
          fs.write(`${mem}/memory.memsw.limit_in_bytes`, String(swap));
          fs.write(`${mem}/memory.limit_in_bytes`, String(r.memory));
          memswDone = true;
        }
      }
      if (memsw && !memswDone)
        fs.write(`${mem}/memory.memsw.limit_in_bytes`, String(swap));
      if (r.memoryReservation)
        fs.write(`${mem}/memory.soft_limit_in_bytes`, String(r.memoryReservation));
      if ((r.memorySwappiness ?? -1) >= 0)
        fs.write(`${mem}/memory.swappiness`, String(r.memorySwappiness));
    }
    const { quota, period } = cpuQuota(r);
    if (r.cpuShares || quota || period) {
      const cpu = this.need("cpu", path, "--cpus/--cpu-shares");
      if (r.cpuShares)
        fs.write(`${cpu}/cpu.shares`, String(r.cpuShares));
      if (period) {
        try {
          fs.write(`${cpu}/cpu.cfs_period_us`, String(period));
        } catch (err) {
          if (errnoOf(err) !== "EINVAL" || !quota)
            throw err;
          fs.write(`${cpu}/cpu.cfs_quota_us`, String(quota));
          fs.write(`${cpu}/cpu.cfs_period_us`, String(period));
        }
      }
      if (quota)
        fs.write(`${cpu}/cpu.cfs_quota_us`, String(quota));
    }
    const pids = pidsMax(r);
    if (pids !== void 0)
      fs.write(`${this.need("pids", path, "--pids-limit")}/pids.max`, pids);
    if (r.cpusetCpus)
      fs.write(`${this.need("cpuset", path, "--cpuset-cpus")}/cpuset.cpus`, r.cpusetCpus);
    if (r.cpusetMems)
      fs.write(`${this.need("cpuset", path, "--cpuset-mems")}/cpuset.mems`, r.cpusetMems);
    if (r.blkioWeight) {
      const blk = this.need("blkio", path, "--blkio-weight");
      const file = ["blkio.weight", "blkio.bfq.weight"].find((f) => fs.exists(`${blk}/${f}`));
      if (file)
        fs.write(`${blk}/${file}`, String(r.blkioWeight));
      else
        warnings.push("your kernel does not support Block I/O weight: weight discarded");
    }
    const devices = this.dir("devices", path);
    if (devices) {
      const rules = r.privileged ? privilegedDeviceRules() : r.devices ?? dockerDeviceRules();
      for (const rule2 of rules)
        fs.write(`${devices}/${rule2.allow ? "devices.allow" : "devices.deny"}`, formatDeviceRule(rule2));
    }
  }
  procsFiles(path) {
    return this.dirs(path).map((d) => `${d}/cgroup.procs`);
  }
  memoryDir(path) {
    checkPath(path);
    return this.dir("memory", path);
  }
  freezerFile(path) {
    checkPath(path);
    const d = this.dir("freezer", path);
    return d ? `${d}/freezer.state` : null;
  }
  exists(path) {
    return this.dirs(path).some((d) => this.fs.exists(d));
  }
  pids(path) {
    const all = /* @__PURE__ */ new Set();
    for (const f of this.procsFiles(path))
      for (const p of parsePids(readOptional(this.fs, f)))
        all.add(p);
    return [...all].sort((a, b) => a - b);
  }
  isFrozen(path) {
    const f = this.freezerFile(path);
    return f ? (readOptional(this.fs, f) ?? "").trim() === "FROZEN" : false;
  }
  async freeze(path) {
    const f = this.freezerFile(path);
    if (!f)
      throw new RuntimeError(CONTROLLER_MISSING, 'cgroup v1 controller "freezer" is not mounted (needed to pause)');
    this.fs.write(f, "FROZEN");
    const ok = await pollUntil(this.fs, () => this.isFrozen(path), 2e3, (i) => {
      if (i % 25 === 24)
        this.fs.write(f, "FROZEN");
    });
    if (!ok) {
      this.fs.write(f, "THAWED");
      throw new RuntimeError(FREEZE_TIMEOUT, `cgroup ${path} did not freeze within 2s (state ${readOptional(this.fs, f)?.trim()})`);
    }
  }
  async thaw(path) {
    const f = this.freezerFile(path);
    if (!f)
      throw new RuntimeError(CONTROLLER_MISSING, 'cgroup v1 controller "freezer" is not mounted (needed to unpause)');
    this.fs.write(f, "THAWED");
    await pollUntil(this.fs, () => !this.isFrozen(path), 2e3);
  }
  async killAll(path, signal = SIGKILL) {
    const kill = this.unified ? `${this.unified}/${path}/cgroup.kill` : null;
    if (signal === SIGKILL && kill && this.fs.exists(kill)) {
      this.fs.write(kill, "1");
      await pollUntil(this.fs, () => this.pids(path).length === 0, 200);
      if (this.pids(path).length === 0)
        return -1;
    }
    const freeze = signal === SIGKILL && this.freezerFile(path) !== null && this.fs.exists(this.freezerFile(path));
    if (freeze)
      await this.freeze(path).catch(() => void 0);
    try {
      return killEach(this.fs, this.pids(path), signal);
    } finally {
      if (freeze)
        await this.thaw(path);
    }
  }
  input(path) {
    const read = (ctrl, file) => {
      const d = this.dir(ctrl, path);
      return d ? readOptional(this.fs, `${d}/${file}`) : null;
    };
    const cpuacct = parseFlatKeyed(read("cpuacct", "cpuacct.stat"));
    const cpu = parseFlatKeyed(read("cpu", "cpu.stat"));
    const memStat = parseFlatKeyed(read("memory", "memory.stat"));
    const oom = parseFlatKeyed(read("memory", "memory.oom_control"));
    const tick = 1e9 / 100;
    return {
      cpuUsageNs: numberOr(read("cpuacct", "cpuacct.usage")),
      cpuUserNs: (cpuacct.user ?? 0) * tick,
      cpuSystemNs: (cpuacct.system ?? 0) * tick,
      cpuPeriods: cpu.nr_periods ?? 0,
      cpuThrottledPeriods: cpu.nr_throttled ?? 0,
      cpuThrottledNs: cpu.throttled_time ?? 0,
      memoryUsage: numberOr(read("memory", "memory.usage_in_bytes")),
      memoryMaxUsage: limitOrNull(read("memory", "memory.max_usage_in_bytes")),
      memoryLimit: limitOrNull(read("memory", "memory.limit_in_bytes")),
      memoryInactiveFile: memStat.total_inactive_file ?? memStat.inactive_file ?? 0,
      memoryCache: memStat.total_cache ?? memStat.cache ?? 0,
      memoryStat: memStat,
      pidsCurrent: numberOr(read("pids", "pids.current")),
      pidsLimit: limitOrNull(read("pids", "pids.max")),
      oomKills: oom.oom_kill ?? 0
    };
  }
  stats(path) {
    checkPath(path);
    return makeStats(this.input(path));
  }
  limits(path) {
    checkPath(path);
    const read = (ctrl, file) => {
      const d = this.dir(ctrl, path);
      return d ? readOptional(this.fs, `${d}/${file}`) : null;
    };
    const quota = limitOrNull(read("cpu", "cpu.cfs_quota_us"));
    return {
      memory: limitOrNull(read("memory", "memory.limit_in_bytes")),
      memorySwap: limitOrNull(read("memory", "memory.memsw.limit_in_bytes")),
      cpuQuotaUs: quota,
      cpuPeriodUs: limitOrNull(read("cpu", "cpu.cfs_period_us")),
      cpuShares: limitOrNull(read("cpu", "cpu.shares")),
      cpuWeight: null,
      pidsLimit: limitOrNull(read("pids", "pids.max")),
      cpusetCpus: read("cpuset", "cpuset.cpus")?.trim() ?? null
    };
  }
  oomKilled(path) {
    return this.stats(path).oomKills > 0;
  }
  async remove(path) {
    for (const d of this.dirs(path))
      await removeTree(this.fs, d);
  }
  listUnder(parent = this.parent) {
    const out = /* @__PURE__ */ new Set();
    for (const d of this.dirs(parent)) {
      try {
        for (const c of this.fs.subdirs(d))
          out.add(`${parent}/${c}`);
      } catch (err) {
        if (errnoOf(err) !== "ENOENT")
          throw err;
      }
    }
    return [...out].sort();
  }
};

// packages/runtime/dist/cgroups/v2.js
var V2_CONTROLLERS = ["cpuset", "cpu", "io", "memory", "pids"];
var CgroupV2 = class {
  version = "v2";
  parent;
  fs;
  root;
  constructor(opts) {
    this.fs = opts.fs;
    this.root = opts.root;
    this.parent = opts.parent ?? DEFAULT_CGROUP_PARENT;
    checkPath(this.parent);
  }
  pathFor(id) {
    return `${this.parent}/${id}`;
  }
  dir(path) {
    checkPath(path);
    return `${this.root}/${path}`;
  }
  dirs(path) {
    return [this.dir(path)];
  }
  /** Controllers the root offers, e.g. only `hugetlb` on this hybrid host. */
  available() {
    return (readOptional(this.fs, `${this.root}/cgroup.controllers`) ?? "").trim().split(/\s+/).filter(Boolean);
  }
  needed(r) {
    const need = /* @__PURE__ */ new Set();
    const swap = effectiveMemorySwap(r);
    if (r.memory && r.memory > 0 || swap !== void 0 && swap !== -1 || r.memoryReservation)
      need.add("memory");
    const { quota, period } = cpuQuota(r);
    if (r.cpuShares || quota || period)
      need.add("cpu");
    if (pidsMax(r) !== void 0)
      need.add("pids");
    if (r.cpusetCpus || r.cpusetMems)
      need.add("cpuset");
    if (r.blkioWeight)
      need.add("io");
    return need;
  }
  create(path, r = {}) {
    validateResources(r);
    const segs = checkPath(path);
    const warnings = [];
    const avail = new Set(this.available());
    for (const c of this.needed(r)) {
      if (!avail.has(c)) {
        throw new RuntimeError(CONTROLLER_MISSING, `cgroup v2 controller "${c}" is not available at ${this.root} (cgroup.controllers: ${[...avail].join(" ") || "none"})`);
      }
    }
    const enable = V2_CONTROLLERS.filter((c) => avail.has(c));
    const created = [];
    try {
      for (let i = 0; i <= segs.length; i++) {
        const d = i === 0 ? this.root : `${this.root}/${segs.slice(0, i).join("/")}`;
        if (i > 0 && !this.fs.exists(d)) {
          try {
            this.fs.mkdir(d);
            created.push(d);
          } catch (err) {
            if (errnoOf(err) !== "EEXIST")
              throw err;
          }
        }
        if (i < segs.length && enable.length)
          this.enableControllers(d, enable);
      }
      this.writeLimits(this.dir(path), r, warnings);
    } catch (err) {
      for (const d of created.reverse()) {
        try {
          this.fs.rmdir(d);
        } catch {
        }
      }
      throw err;
    }
    return { warnings };
  }
  enableControllers(dir, want) {
    const on = new Set((readOptional(this.fs, `${dir}/cgroup.subtree_control`) ?? "").trim().split(/\s+/));
    const missing = want.filter((c) => !on.has(c));
    if (missing.length)
      this.fs.write(`${dir}/cgroup.subtree_control`, missing.map((c) => `+${c}`).join(" "));
  }
  writeLimits(d, r, warnings) {
    const fs = this.fs;
    const swap = effectiveMemorySwap(r);
    if (r.memory && r.memory > 0)
      fs.write(`${d}/memory.max`, String(r.memory));
    if (swap !== void 0 && (r.memory ?? 0) > 0) {
      const value = swap === -1 ? "max" : String(swap - r.memory);
      if (fs.exists(`${d}/memory.swap.max`))
        fs.write(`${d}/memory.swap.max`, value);
      else if (swap !== -1)
        warnings.push("your kernel does not support swap limit capabilities: memory limited without swap");
    }
    if (r.memoryReservation)
      fs.write(`${d}/memory.low`, String(r.memoryReservation));
    const { quota, period } = cpuQuota(r);
    if (quota || period)
      fs.write(`${d}/cpu.max`, `${quota ?? "max"} ${period ?? 1e5}`);
    if (r.cpuShares)
      fs.write(`${d}/cpu.weight`, String(cpuSharesToWeight(r.cpuShares)));
    const pids = pidsMax(r);
    if (pids !== void 0)
      fs.write(`${d}/pids.max`, pids);
    if (r.cpusetCpus)
      fs.write(`${d}/cpuset.cpus`, r.cpusetCpus);
    if (r.cpusetMems)
      fs.write(`${d}/cpuset.mems`, r.cpusetMems);
    if (r.blkioWeight) {
      if (fs.exists(`${d}/io.bfq.weight`))
        fs.write(`${d}/io.bfq.weight`, String(r.blkioWeight));
      else if (fs.exists(`${d}/io.weight`))
        fs.write(`${d}/io.weight`, `default ${blkioToIoWeight(r.blkioWeight)}`);
      else
        warnings.push("your kernel does not support Block I/O weight: weight discarded");
    }
  }
  procsFiles(path) {
    return [`${this.dir(path)}/cgroup.procs`];
  }
  memoryDir(path) {
    return this.dir(path);
  }
  freezerFile(path) {
    return `${this.dir(path)}/cgroup.freeze`;
  }
  exists(path) {
    return this.fs.exists(this.dir(path));
  }
  pids(path) {
    return parsePids(readOptional(this.fs, `${this.dir(path)}/cgroup.procs`)).sort((a, b) => a - b);
  }
  events(path) {
    return parseFlatKeyed(readOptional(this.fs, `${this.dir(path)}/cgroup.events`));
  }
  isFrozen(path) {
    return this.events(path).frozen === 1;
  }
  async freeze(path) {
    this.fs.write(this.freezerFile(path), "1");
    if (!await pollUntil(this.fs, () => this.isFrozen(path), 2e3)) {
      this.fs.write(this.freezerFile(path), "0");
      throw new RuntimeError(FREEZE_TIMEOUT, `cgroup ${path} did not freeze within 2s`);
    }
  }
  async thaw(path) {
    this.fs.write(this.freezerFile(path), "0");
    await pollUntil(this.fs, () => !this.isFrozen(path), 2e3);
  }
  async killAll(path, signal = SIGKILL) {
    const kill = `${this.dir(path)}/cgroup.kill`;
    if (signal === SIGKILL && this.fs.exists(kill)) {
      this.fs.write(kill, "1");
      await pollUntil(this.fs, () => this.events(path).populated !== 1, 200);
      return -1;
    }
    const freeze = signal === SIGKILL;
    if (freeze)
      await this.freeze(path).catch(() => void 0);
    try {
      return killEach(this.fs, this.pids(path), signal);
    } finally {
      if (freeze)
        await this.thaw(path);
    }
  }
  stats(path) {
    const d = this.dir(path);
    const read = (f) => readOptional(this.fs, `${d}/${f}`);
    const cpu = parseFlatKeyed(read("cpu.stat"));
    const mem = parseFlatKeyed(read("memory.stat"));
    const events = parseFlatKeyed(read("memory.events"));
    return makeStats({
      cpuUsageNs: (cpu.usage_usec ?? 0) * 1e3,
      cpuUserNs: (cpu.user_usec ?? 0) * 1e3,
      cpuSystemNs: (cpu.system_usec ?? 0) * 1e3,
      cpuPeriods: cpu.nr_periods ?? 0,
      cpuThrottledPeriods: cpu.nr_throttled ?? 0,
      cpuThrottledNs: (cpu.throttled_usec ?? 0) * 1e3,
      memoryUsage: numberOr(read("memory.current")),
      memoryMaxUsage: limitOrNull(read("memory.peak")),
      memoryLimit: limitOrNull(read("memory.max")),
      memoryInactiveFile: mem.inactive_file ?? 0,
      memoryCache: mem.file ?? 0,
      memoryStat: mem,
      pidsCurrent: numberOr(read("pids.current")),
      pidsLimit: limitOrNull(read("pids.max")),
      oomKills: events.oom_kill ?? 0
    });
  }
  limits(path) {
    const d = this.dir(path);
    const read = (f) => readOptional(this.fs, `${d}/${f}`);
    const memory = limitOrNull(read("memory.max"));
    const swapMax = read("memory.swap.max");
    const swap = limitOrNull(swapMax);
    const [q, p] = (read("cpu.max") ?? "").trim().split(/\s+/);
    const weight = limitOrNull(read("cpu.weight"));
    return {
      memory,
      memorySwap: memory !== null && swap !== null ? memory + swap : null,
      cpuQuotaUs: q ? limitOrNull(q) : null,
      cpuPeriodUs: p ? limitOrNull(p) : null,
      cpuShares: weight === null ? null : cpuWeightToShares(weight),
      cpuWeight: weight,
      pidsLimit: limitOrNull(read("pids.max")),
      cpusetCpus: read("cpuset.cpus")?.trim() ?? null
    };
  }
  oomKilled(path) {
    return this.stats(path).oomKills > 0;
  }
  async remove(path) {
    await removeTree(this.fs, this.dir(path));
  }
  listUnder(parent = this.parent) {
    try {
      return this.fs.subdirs(this.dir(parent)).map((c) => `${parent}/${c}`).sort();
    } catch (err) {
      if (errnoOf(err) === "ENOENT")
        return [];
      throw err;
    }
  }
};

// packages/runtime/dist/cgroups/manager.js
function createCgroupManager(opts = {}) {
  const layout = detectCgroupLayout(parseMountinfo(opts.mountinfo ?? readFileSync8("/proc/self/mountinfo", "utf8")));
  return managerForLayout(layout, opts);
}
function managerForLayout(layout, opts = {}) {
  const fs = opts.fs ?? nodeCgroupFs;
  const version = opts.version ?? (layout.mode === "v2" ? "v2" : "v1");
  if (version === "v2") {
    if (!layout.unified)
      throw new RuntimeError(NOT_MOUNTED, "no cgroup2 filesystem is mounted (see /proc/self/mountinfo)");
    return new CgroupV2({ fs, root: layout.unified, parent: opts.parent });
  }
  if (layout.mode === "v2")
    throw new RuntimeError(NOT_MOUNTED, "no cgroup v1 hierarchy is mounted (this host is cgroup v2 only)");
  return new CgroupV1({ fs, mounts: layout.v1, unified: layout.unified, parent: opts.parent });
}

// packages/runtime/dist/containers/security-planner.js
import { existsSync as existsSync10, readFileSync as readFileSync9, renameSync as renameSync7, rmSync as rmSync8, symlinkSync as symlinkSync3 } from "node:fs";
import { basename as basename2, join as join12 } from "node:path";
import { release } from "node:os";

// packages/runtime/dist/security/capabilities.js
var CAPABILITIES = [
  "CAP_CHOWN",
  // 0
  "CAP_DAC_OVERRIDE",
  "CAP_DAC_READ_SEARCH",
  "CAP_FOWNER",
  "CAP_FSETID",
  "CAP_KILL",
  // 5
  "CAP_SETGID",
  "CAP_SETUID",
  "CAP_SETPCAP",
  "CAP_LINUX_IMMUTABLE",
  "CAP_NET_BIND_SERVICE",
  // 10
  "CAP_NET_BROADCAST",
  "CAP_NET_ADMIN",
  "CAP_NET_RAW",
  "CAP_IPC_LOCK",
  "CAP_IPC_OWNER",
  // 15
  "CAP_SYS_MODULE",
  "CAP_SYS_RAWIO",
  "CAP_SYS_CHROOT",
  "CAP_SYS_PTRACE",
  "CAP_SYS_PACCT",
  // 20
  "CAP_SYS_ADMIN",
  "CAP_SYS_BOOT",
  "CAP_SYS_NICE",
  "CAP_SYS_RESOURCE",
  "CAP_SYS_TIME",
  // 25
  "CAP_SYS_TTY_CONFIG",
  "CAP_MKNOD",
  "CAP_LEASE",
  "CAP_AUDIT_WRITE",
  "CAP_AUDIT_CONTROL",
  // 30
  "CAP_SETFCAP",
  "CAP_MAC_OVERRIDE",
  "CAP_MAC_ADMIN",
  "CAP_SYSLOG",
  "CAP_WAKE_ALARM",
  // 35
  "CAP_BLOCK_SUSPEND",
  "CAP_AUDIT_READ",
  "CAP_PERFMON",
  "CAP_BPF",
  "CAP_CHECKPOINT_RESTORE"
  // 40
];
var CAP_LAST = CAPABILITIES.length - 1;
var NUMBER = new Map(CAPABILITIES.map((c, i) => [c, i]));
var DEFAULT_CAPABILITIES = [
  "CAP_CHOWN",
  "CAP_DAC_OVERRIDE",
  "CAP_FSETID",
  "CAP_FOWNER",
  "CAP_MKNOD",
  "CAP_NET_RAW",
  "CAP_SETGID",
  "CAP_SETUID",
  "CAP_SETFCAP",
  "CAP_SETPCAP",
  "CAP_NET_BIND_SERVICE",
  "CAP_SYS_CHROOT",
  "CAP_KILL",
  "CAP_AUDIT_WRITE"
];
var INVALID_CAPABILITY = "INVALID_CAPABILITY";
function capNumber(name) {
  const n = NUMBER.get(name);
  if (n === void 0)
    throw new RuntimeError(INVALID_CAPABILITY, `unknown capability "${name}"`, { exitCode: 125 });
  return n;
}
function normalizeCapability(raw, flag2 = "--cap-add") {
  const up = raw.trim().toUpperCase();
  if (up === "ALL")
    return "ALL";
  const name = up.startsWith("CAP_") ? up : `CAP_${up}`;
  if (!NUMBER.has(name)) {
    throw new RuntimeError(INVALID_CAPABILITY, `unknown capability "${raw}" in ${flag2}`, {
      exitCode: 125,
      hint: "capability names are like NET_ADMIN or CAP_NET_ADMIN (see capabilities(7)), or ALL"
    });
  }
  return name;
}
function capMask(names2) {
  let m = 0n;
  for (const n of names2)
    m |= 1n << BigInt(capNumber(n));
  return m;
}
function capNamesOf(mask2) {
  const out = [];
  for (let i = 0; i < CAPABILITIES.length; i++)
    if (mask2 & 1n << BigInt(i))
      out.push(CAPABILITIES[i]);
  return out;
}
function capMaskHex(mask2) {
  return mask2.toString(16).padStart(16, "0");
}
function resolveCapabilities(opts = {}) {
  const last = Math.min(opts.lastCap ?? CAP_LAST, CAP_LAST);
  const all = CAPABILITIES.slice(0, last + 1);
  const adds = (opts.capAdd ?? []).map((c) => normalizeCapability(c, "--cap-add"));
  const drops = (opts.capDrop ?? []).map((c) => normalizeCapability(c, "--cap-drop"));
  let names2;
  if (opts.privileged)
    names2 = [...all];
  else if (adds.includes("ALL"))
    names2 = all.filter((c) => !drops.includes(c));
  else if (drops.includes("ALL"))
    names2 = adds.filter((c) => c !== "ALL");
  else
    names2 = [...DEFAULT_CAPABILITIES.filter((c) => !drops.includes(c)), ...adds];
  names2 = [...new Set(names2)];
  const bounding = capMask(names2);
  const root = (opts.uid ?? 0) === 0;
  return {
    names: names2,
    bounding,
    effective: root ? bounding : 0n,
    permitted: root ? bounding : 0n,
    inheritable: 0n,
    ambient: 0n
  };
}

// packages/runtime/dist/security/defaults.js
var DEFAULT_SHM_SIZE = 67108864;
function defaultMounts(opts = {}) {
  const mounts = [
    { destination: "/proc", type: "proc", source: "proc", options: ["nosuid", "noexec", "nodev"] },
    { destination: "/dev", type: "tmpfs", source: "tmpfs", options: ["nosuid", "strictatime", "mode=755", "size=65536k"] },
    {
      destination: "/dev/pts",
      type: "devpts",
      source: "devpts",
      options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"]
    },
    // privileged containers get a writable /sys (docker clears the ro there too).
    { destination: "/sys", type: "sysfs", source: "sysfs", options: ["nosuid", "noexec", "nodev", opts.privileged ? "rw" : "ro"] },
    { destination: "/sys/fs/cgroup", type: "cgroup", source: "cgroup", options: [opts.privileged ? "rw" : "ro", "nosuid", "noexec", "nodev"] },
    { destination: "/dev/mqueue", type: "mqueue", source: "mqueue", options: ["nosuid", "noexec", "nodev"] }
  ];
  if (!opts.ipcNone) {
    mounts.push({
      destination: "/dev/shm",
      type: "tmpfs",
      source: "shm",
      options: ["nosuid", "noexec", "nodev", "mode=1777", `size=${opts.shmSize ?? DEFAULT_SHM_SIZE}`]
    });
  }
  return mounts;
}
var WRITABLE_WHEN_READ_ONLY = ["/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue"];
var DEFAULT_MASKED_PATHS = [
  "/proc/acpi",
  "/proc/asound",
  "/proc/interrupts",
  "/proc/kcore",
  "/proc/keys",
  "/proc/latency_stats",
  "/proc/sched_debug",
  "/proc/scsi",
  "/proc/timer_list",
  "/proc/timer_stats",
  "/sys/devices/virtual/powercap",
  "/sys/firmware"
];
var DEFAULT_READONLY_PATHS = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"];
function maskedPaths(opts = {}) {
  if (opts.privileged)
    return [];
  return [...DEFAULT_MASKED_PATHS, ...opts.thermalThrottle ?? []];
}
function readonlyPaths(opts = {}) {
  return opts.privileged ? [] : [...DEFAULT_READONLY_PATHS];
}
var DEFAULT_DEVICES = [
  { path: "/dev/null", type: "c", major: 1, minor: 3, mode: 438, uid: 0, gid: 0 },
  { path: "/dev/random", type: "c", major: 1, minor: 8, mode: 438, uid: 0, gid: 0 },
  { path: "/dev/full", type: "c", major: 1, minor: 7, mode: 438, uid: 0, gid: 0 },
  { path: "/dev/tty", type: "c", major: 5, minor: 0, mode: 438, uid: 0, gid: 0 },
  { path: "/dev/zero", type: "c", major: 1, minor: 5, mode: 438, uid: 0, gid: 0 },
  { path: "/dev/urandom", type: "c", major: 1, minor: 9, mode: 438, uid: 0, gid: 0 }
];
var DEFAULT_DEV_SYMLINKS = [
  ["/proc/self/fd", "/dev/fd"],
  ["/proc/self/fd/0", "/dev/stdin"],
  ["/proc/self/fd/1", "/dev/stdout"],
  ["/proc/self/fd/2", "/dev/stderr"],
  ["pts/ptmx", "/dev/ptmx"]
];
function defaultSysctls(opts) {
  if (!opts.privateNetns)
    return {};
  const out = { "net.ipv4.ip_unprivileged_port_start": "0" };
  if (!opts.userns)
    out["net.ipv4.ping_group_range"] = "0 2147483647";
  return out;
}

// packages/runtime/dist/security/thermal.js
import { existsSync as existsSync8, readdirSync as readdirSync8 } from "node:fs";
function listThermalThrottle(sysRoot = "/sys") {
  const base = `${sysRoot}/devices/system/cpu`;
  let names2;
  try {
    names2 = readdirSync8(base);
  } catch {
    return [];
  }
  return names2.filter((n) => /^cpu\d+$/.test(n) && existsSync8(`${base}/${n}/thermal_throttle`)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3))).map((n) => `/sys/devices/system/cpu/${n}/thermal_throttle`);
}

// packages/runtime/dist/security/security-opts.js
var INVALID_SECURITY_OPT = "INVALID_SECURITY_OPT";
var bad2 = (opt, why) => new RuntimeError(INVALID_SECURITY_OPT, `invalid --security-opt ${JSON.stringify(opt)}: ${why}`, { exitCode: 125 });
function bool(opt, v) {
  if (v === "" || v === "true")
    return true;
  if (v === "false")
    return false;
  throw bad2(opt, "expected true or false");
}
function parseSecurityOpts(opts = []) {
  let noNewPrivileges = false;
  let seccomp = { kind: "default" };
  let unconfinedSystemPaths = false;
  const notes = [];
  for (const opt of opts) {
    if (opt === "no-new-privileges") {
      noNewPrivileges = true;
      continue;
    }
    let i = opt.indexOf("=");
    if (i < 0)
      i = opt.indexOf(":");
    if (i < 0)
      throw bad2(opt, "expected key=value (no-new-privileges, seccomp, systempaths, label, apparmor)");
    const key = opt.slice(0, i);
    const value = opt.slice(i + 1);
    switch (key) {
      case "no-new-privileges":
        noNewPrivileges = bool(opt, value);
        break;
      case "seccomp":
        if (value === "unconfined")
          seccomp = { kind: "unconfined" };
        else if (value === "builtin" || value === "default")
          seccomp = { kind: "default" };
        else if (value === "")
          throw bad2(opt, "expected unconfined or the path of a JSON profile");
        else
          seccomp = { kind: "file", path: value };
        break;
      case "systempaths":
        if (value !== "unconfined")
          throw bad2(opt, "the only supported value is unconfined");
        unconfinedSystemPaths = true;
        break;
      case "label":
        notes.push(`--security-opt ${opt} ignored: SELinux labels are not supported`);
        break;
      case "apparmor":
        notes.push(`--security-opt ${opt} ignored: AppArmor profiles are not supported`);
        break;
      default:
        throw bad2(opt, `unknown option "${key}"`);
    }
  }
  return { noNewPrivileges, seccomp, unconfinedSystemPaths, notes };
}

// packages/runtime/dist/security/seccomp-default.js
var ALWAYS = `
accept accept4 access adjtimex alarm bind brk cachestat capget capset chdir chmod chown chown32
clock_adjtime clock_adjtime64 clock_getres clock_getres_time64 clock_gettime clock_gettime64
clock_nanosleep clock_nanosleep_time64 close close_range connect copy_file_range creat dup dup2 dup3
epoll_create epoll_create1 epoll_ctl epoll_ctl_old epoll_pwait epoll_pwait2 epoll_wait epoll_wait_old
eventfd eventfd2 execve execveat exit exit_group faccessat faccessat2 fadvise64 fadvise64_64 fallocate
fanotify_mark fchdir fchmod fchmodat fchmodat2 fchown fchown32 fchownat fcntl fcntl64 fdatasync
fgetxattr flistxattr flock fork fremovexattr fsetxattr fstat fstat64 fstatat64 fstatfs fstatfs64 fsync
ftruncate ftruncate64 futex futex_requeue futex_time64 futex_wait futex_waitv futex_wake futimesat
getcpu getcwd getdents getdents64 getegid getegid32 geteuid geteuid32 getgid getgid32 getgroups
getgroups32 getitimer getpeername getpgid getpgrp getpid getppid getpriority getrandom getresgid
getresgid32 getresuid getresuid32 getrlimit get_robust_list getrusage getsid getsockname getsockopt
get_thread_area gettid gettimeofday getuid getuid32 getxattr getxattrat inotify_add_watch inotify_init
inotify_init1 inotify_rm_watch io_cancel ioctl io_destroy io_getevents io_pgetevents
io_pgetevents_time64 ioprio_get ioprio_set io_setup io_submit ipc kill landlock_add_rule
landlock_create_ruleset landlock_restrict_self lchown lchown32 lgetxattr link linkat listen listmount
listxattr listxattrat llistxattr _llseek lremovexattr lseek lsetxattr lstat lstat64 madvise
map_shadow_stack membarrier memfd_create memfd_secret mincore mkdir mkdirat mknod mknodat mlock mlock2
mlockall mmap mmap2 mprotect mq_getsetattr mq_notify mq_open mq_timedreceive mq_timedreceive_time64
mq_timedsend mq_timedsend_time64 mq_unlink mremap mseal msgctl msgget msgrcv msgsnd msync munlock
munlockall munmap name_to_handle_at nanosleep newfstatat _newselect open openat openat2 pause
pidfd_open pidfd_send_signal pipe pipe2 pkey_alloc pkey_free pkey_mprotect poll ppoll ppoll_time64
prctl pread64 preadv preadv2 prlimit64 process_mrelease pselect6 pselect6_time64 pwrite64 pwritev
pwritev2 read readahead readlink readlinkat readv recv recvfrom recvmmsg recvmmsg_time64 recvmsg
remap_file_pages removexattr removexattrat rename renameat renameat2 restart_syscall riscv_hwprobe
rmdir rseq rt_sigaction rt_sigpending rt_sigprocmask rt_sigqueueinfo rt_sigreturn rt_sigsuspend
rt_sigtimedwait rt_sigtimedwait_time64 rt_tgsigqueueinfo sched_getaffinity sched_getattr
sched_getparam sched_get_priority_max sched_get_priority_min sched_getscheduler sched_rr_get_interval
sched_rr_get_interval_time64 sched_setaffinity sched_setattr sched_setparam sched_setscheduler
sched_yield seccomp select semctl semget semop semtimedop semtimedop_time64 send sendfile sendfile64
sendmmsg sendmsg sendto setfsgid setfsgid32 setfsuid setfsuid32 setgid setgid32 setgroups setgroups32
setitimer setpgid setpriority setregid setregid32 setresgid setresgid32 setresuid setresuid32 setreuid
setreuid32 setrlimit set_robust_list setsid setsockopt set_thread_area set_tid_address setuid setuid32
setxattr setxattrat shmat shmctl shmdt shmget shutdown sigaltstack signalfd signalfd4 sigprocmask
sigreturn socketcall socketpair splice stat stat64 statfs statfs64 statmount statx symlink symlinkat
sync sync_file_range syncfs sysinfo tee tgkill time timer_create timer_delete timer_getoverrun
timer_gettime timer_gettime64 timer_settime timer_settime64 timerfd_create timerfd_gettime
timerfd_gettime64 timerfd_settime timerfd_settime64 times tkill truncate truncate64 ugetrlimit umask
uname unlink unlinkat uretprobe utime utimensat utimensat_time64 utimes vfork vmsplice wait4 waitid
waitpid write writev
`;
var names = (s) => s.trim().split(/\s+/);
var allow = (n, extra = {}) => ({ names: names(n), action: "SCMP_ACT_ALLOW", ...extra });
var arg = (index, op, value, valueTwo = 0n) => ({ index, op, value, valueTwo });
var caps = (...c) => ({ includes: { caps: c } });
var AF_ALG = 38n;
var AF_VSOCK = 40n;
var CLONE_NAMESPACE_FLAGS = 0x7e020000n;
var ENOSYS = 38;
var EPERM = 1;
var DEFAULT_SECCOMP_PROFILE = {
  defaultAction: "SCMP_ACT_ERRNO",
  defaultErrnoRet: EPERM,
  archMap: [
    { architecture: "SCMP_ARCH_X86_64", subArchitectures: ["SCMP_ARCH_X86", "SCMP_ARCH_X32"] },
    { architecture: "SCMP_ARCH_AARCH64", subArchitectures: ["SCMP_ARCH_ARM"] },
    { architecture: "SCMP_ARCH_MIPS64", subArchitectures: ["SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64N32"] },
    { architecture: "SCMP_ARCH_MIPS64N32", subArchitectures: ["SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64"] },
    { architecture: "SCMP_ARCH_MIPSEL64", subArchitectures: ["SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64N32"] },
    { architecture: "SCMP_ARCH_MIPSEL64N32", subArchitectures: ["SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64"] },
    { architecture: "SCMP_ARCH_S390X", subArchitectures: ["SCMP_ARCH_S390"] },
    { architecture: "SCMP_ARCH_RISCV64", subArchitectures: [] },
    { architecture: "SCMP_ARCH_LOONGARCH64", subArchitectures: [] }
  ],
  syscalls: [
    allow(ALWAYS),
    allow("process_vm_readv process_vm_writev ptrace", { includes: { minKernel: "4.8" } }),
    allow("socket", { args: [arg(0, "SCMP_CMP_LT", AF_ALG)] }),
    allow("socket", { args: [arg(0, "SCMP_CMP_EQ", AF_ALG + 1n)] }),
    allow("socket", { args: [arg(0, "SCMP_CMP_GT", AF_VSOCK)] }),
    ...[0x0n, 0x8n, 0x20000n, 0x20008n, 0xffffffffn].map((v) => allow("personality", { args: [arg(0, "SCMP_CMP_EQ", v)] })),
    allow("sync_file_range2 swapcontext", { includes: { arches: ["ppc64le"] } }),
    allow("arm_fadvise64_64 arm_sync_file_range sync_file_range2 breakpoint cacheflush set_tls", {
      includes: { arches: ["arm", "arm64"] }
    }),
    allow("arch_prctl", { includes: { arches: ["amd64", "x32"] } }),
    allow("modify_ldt", { includes: { arches: ["amd64", "x32", "x86"] } }),
    allow("s390_pci_mmio_read s390_pci_mmio_write s390_runtime_instr", { includes: { arches: ["s390", "s390x"] } }),
    allow("riscv_flush_icache", { includes: { arches: ["riscv64"] } }),
    allow("open_by_handle_at", caps("CAP_DAC_READ_SEARCH")),
    allow(`bpf clone clone3 fanotify_init fsconfig fsmount fsopen fspick lookup_dcookie lsm_get_self_attr
       lsm_list_modules lsm_set_self_attr mount mount_setattr move_mount open_tree perf_event_open quotactl
       quotactl_fd setdomainname sethostname setns syslog umount umount2 unshare`, caps("CAP_SYS_ADMIN")),
    allow("clone", {
      args: [arg(0, "SCMP_CMP_MASKED_EQ", CLONE_NAMESPACE_FLAGS, 0n)],
      excludes: { caps: ["CAP_SYS_ADMIN"], arches: ["s390", "s390x"] }
    }),
    allow("clone", {
      args: [arg(1, "SCMP_CMP_MASKED_EQ", CLONE_NAMESPACE_FLAGS, 0n)],
      comment: "s390 parameter ordering for clone is different",
      includes: { arches: ["s390", "s390x"] },
      excludes: { caps: ["CAP_SYS_ADMIN"] }
    }),
    // glibc falls back from clone3 to clone on ENOSYS, where the flags can be checked.
    { names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet: ENOSYS, excludes: { caps: ["CAP_SYS_ADMIN"] } },
    allow("reboot", caps("CAP_SYS_BOOT")),
    allow("chroot", caps("CAP_SYS_CHROOT")),
    allow("delete_module init_module finit_module", caps("CAP_SYS_MODULE")),
    allow("acct", caps("CAP_SYS_PACCT")),
    allow("kcmp pidfd_getfd process_madvise process_vm_readv process_vm_writev ptrace", caps("CAP_SYS_PTRACE")),
    allow("iopl ioperm", caps("CAP_SYS_RAWIO")),
    allow("settimeofday stime clock_settime clock_settime64", caps("CAP_SYS_TIME")),
    allow("vhangup", caps("CAP_SYS_TTY_CONFIG")),
    allow("get_mempolicy mbind set_mempolicy set_mempolicy_home_node", caps("CAP_SYS_NICE")),
    allow("syslog", caps("CAP_SYSLOG")),
    allow("bpf", caps("CAP_BPF")),
    allow("perf_event_open", caps("CAP_PERFMON"))
  ]
};

// packages/runtime/dist/security/seccomp-parse.js
var INVALID_SECCOMP_PROFILE = "INVALID_SECCOMP_PROFILE";
var ACTIONS = /* @__PURE__ */ new Set([
  "SCMP_ACT_KILL",
  "SCMP_ACT_KILL_THREAD",
  "SCMP_ACT_KILL_PROCESS",
  "SCMP_ACT_TRAP",
  "SCMP_ACT_ERRNO",
  "SCMP_ACT_TRACE",
  "SCMP_ACT_ALLOW",
  "SCMP_ACT_LOG",
  "SCMP_ACT_NOTIFY"
]);
var OPS = /* @__PURE__ */ new Set([
  "SCMP_CMP_NE",
  "SCMP_CMP_LT",
  "SCMP_CMP_LE",
  "SCMP_CMP_EQ",
  "SCMP_CMP_GE",
  "SCMP_CMP_GT",
  "SCMP_CMP_MASKED_EQ"
]);
var U64_MAX = (1n << 64n) - 1n;
function parseSeccompProfile(text2, source = "seccomp profile") {
  const fail2 = (where, why) => new RuntimeError(INVALID_SECCOMP_PROFILE, `${source}: ${where}: ${why}`, { exitCode: 125 });
  let raw;
  try {
    raw = JSON.parse(text2.replace(/("value(?:Two)?"\s*:\s*)(\d{16,})/g, '$1"$2"'));
  } catch (err) {
    throw new RuntimeError(INVALID_SECCOMP_PROFILE, `${source}: not valid JSON (${err.message})`, { exitCode: 125, cause: err });
  }
  if (!isObject(raw))
    throw fail2("top level", "expected an object");
  const action = (v, where) => {
    if (typeof v !== "string" || !ACTIONS.has(v)) {
      throw fail2(where, `unknown action ${JSON.stringify(v)} (expected one of ${[...ACTIONS].join(", ")})`);
    }
    return v;
  };
  const errno = (v, where) => {
    if (v === void 0 || v === null)
      return void 0;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 4095)
      throw fail2(where, `errnoRet must be an errno number 0-4095, got ${JSON.stringify(v)}`);
    return v;
  };
  const strings = (v, where) => {
    if (v === void 0 || v === null)
      return void 0;
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string"))
      throw fail2(where, "expected a list of strings");
    return v;
  };
  const u64 = (v, where) => {
    let b;
    if (typeof v === "number" && Number.isInteger(v) && v >= 0)
      b = BigInt(v);
    else if (typeof v === "string" && /^\d+$/.test(v))
      b = BigInt(v);
    else if (v === void 0 || v === null)
      b = 0n;
    else
      throw fail2(where, `expected an unsigned 64-bit integer, got ${JSON.stringify(v)}`);
    if (b > U64_MAX)
      throw fail2(where, "value does not fit in 64 bits");
    return b;
  };
  const filter2 = (v, where) => {
    if (v === void 0 || v === null)
      return void 0;
    if (!isObject(v))
      throw fail2(where, "expected an object with arches, caps or minKernel");
    const minKernel = v.minKernel;
    if (minKernel !== void 0 && minKernel !== null && (typeof minKernel !== "string" || !/^\d+\.\d+/.test(minKernel))) {
      throw fail2(`${where}.minKernel`, `expected a kernel version like "4.8", got ${JSON.stringify(minKernel)}`);
    }
    return {
      arches: strings(v.arches, `${where}.arches`),
      caps: strings(v.caps, `${where}.caps`),
      minKernel: minKernel ?? void 0
    };
  };
  const defaultAction = action(raw.defaultAction, "defaultAction");
  const syscalls = [];
  const list = raw.syscalls ?? [];
  if (!Array.isArray(list))
    throw fail2("syscalls", "expected a list");
  list.forEach((s, i) => {
    const where = `syscalls[${i}]`;
    if (!isObject(s))
      throw fail2(where, "expected an object");
    const names2 = strings(s.names, `${where}.names`) ?? (typeof s.name === "string" ? [s.name] : []);
    if (names2.length === 0)
      throw fail2(where, 'needs "names" (a non-empty list of syscall names)');
    const args = s.args ?? [];
    if (!Array.isArray(args))
      throw fail2(`${where}.args`, "expected a list");
    if (args.length > 6)
      throw fail2(`${where}.args`, "a syscall has at most 6 arguments");
    syscalls.push({
      names: names2,
      action: action(s.action, `${where}.action`),
      errnoRet: errno(s.errnoRet, `${where}.errnoRet`),
      args: args.map((a, j) => {
        const aw = `${where}.args[${j}]`;
        if (!isObject(a))
          throw fail2(aw, "expected an object with index, value, op");
        if (typeof a.index !== "number" || !Number.isInteger(a.index) || a.index < 0 || a.index > 5) {
          throw fail2(`${aw}.index`, `expected 0-5, got ${JSON.stringify(a.index)}`);
        }
        if (typeof a.op !== "string" || !OPS.has(a.op)) {
          throw fail2(`${aw}.op`, `unknown operator ${JSON.stringify(a.op)} (expected one of ${[...OPS].join(", ")})`);
        }
        return { index: a.index, value: u64(a.value, `${aw}.value`), valueTwo: u64(a.valueTwo, `${aw}.valueTwo`), op: a.op };
      }),
      includes: filter2(s.includes, `${where}.includes`),
      excludes: filter2(s.excludes, `${where}.excludes`),
      comment: typeof s.comment === "string" ? s.comment : void 0
    });
  });
  const archMap = raw.archMap;
  if (archMap !== void 0 && archMap !== null && !Array.isArray(archMap))
    throw fail2("archMap", "expected a list");
  return {
    defaultAction,
    defaultErrnoRet: errno(raw.defaultErrnoRet, "defaultErrnoRet"),
    architectures: strings(raw.architectures, "architectures"),
    archMap: archMap?.map((m, i) => {
      if (!isObject(m) || typeof m.architecture !== "string")
        throw fail2(`archMap[${i}]`, "expected {architecture, subArchitectures}");
      return { architecture: m.architecture, subArchitectures: strings(m.subArchitectures, `archMap[${i}].subArchitectures`) ?? [] };
    }),
    syscalls
  };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// packages/runtime/dist/security/seccomp-resolve.js
var GOARCH = {
  x86_64: "amd64",
  x86: "386",
  x32: "x32",
  aarch64: "arm64",
  arm: "arm",
  ppc64le: "ppc64le",
  s390x: "s390x",
  s390: "s390",
  riscv64: "riscv64",
  loongarch64: "loong64",
  mips64: "mips64",
  mips64n32: "mips64n32",
  mipsel64: "mips64le"
};
var scmpArch = (a) => a.replace(/^SCMP_ARCH_/, "").toLowerCase();
function kernelAtLeast(kernel, min) {
  if (!kernel)
    return true;
  const [a = 0, b = 0] = kernel.split(/[.-]/).map(Number);
  const [c = 0, d = 0] = min.split(".").map(Number);
  return a > c || a === c && b >= d;
}
function toAction(name, errnoRet, where) {
  switch (name) {
    case "SCMP_ACT_ALLOW":
      return { action: "allow" };
    case "SCMP_ACT_ERRNO":
      return { action: "errno", value: errnoRet ?? EPERM };
    case "SCMP_ACT_TRACE":
      return { action: "trace", value: errnoRet ?? EPERM };
    case "SCMP_ACT_KILL":
    case "SCMP_ACT_KILL_THREAD":
      return { action: "kill_thread" };
    case "SCMP_ACT_KILL_PROCESS":
      return { action: "kill_process" };
    case "SCMP_ACT_TRAP":
      return { action: "trap" };
    case "SCMP_ACT_LOG":
      return { action: "log" };
    case "SCMP_ACT_NOTIFY":
      throw new RuntimeError(INVALID_SECCOMP_PROFILE, `${where}: SCMP_ACT_NOTIFY needs a seccomp listener, which is not supported`, {
        exitCode: 125
      });
  }
}
var sameAction = (a, b) => a.action === b.action && (a.value ?? 0) === (b.value ?? 0);
function resolveSeccomp(profile, caps2, arch = "x86_64", opts = {}) {
  const goarch = GOARCH[arch] ?? arch;
  const capSet = new Set(caps2);
  const applies = (f, include) => {
    if (!f)
      return include;
    if (include) {
      if (f.arches?.length && !f.arches.includes(goarch))
        return false;
      if (f.caps?.length && !f.caps.every((c) => capSet.has(c)))
        return false;
      if (f.minKernel && !kernelAtLeast(opts.kernel, f.minKernel))
        return false;
      return true;
    }
    if (f.arches?.includes(goarch))
      return true;
    if (f.caps?.some((c) => capSet.has(c)))
      return true;
    if (f.minKernel && kernelAtLeast(opts.kernel, f.minKernel))
      return true;
    return false;
  };
  let arches;
  const native = profile.archMap?.find((m) => scmpArch(m.architecture) === arch);
  if (profile.archMap?.length)
    arches = native ? [arch, ...native.subArchitectures.map(scmpArch)] : [arch];
  else if (profile.architectures?.length)
    arches = [arch, ...profile.architectures.map(scmpArch).filter((a) => a !== arch)];
  else
    arches = [arch];
  const defaultAction = toAction(profile.defaultAction, profile.defaultErrnoRet, "defaultAction");
  const rules = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (syscall, action, args) => {
    const key = `${syscall}|${action.action}|${action.value ?? ""}|${args.map((a) => `${a.index}${a.op}${a.value}/${a.valueTwo}`).join(",")}`;
    if (seen.has(key))
      return;
    seen.add(key);
    rules.push({ syscall, action, args });
  };
  profile.syscalls.forEach((rule2, i) => {
    if (!applies(rule2.includes, true) || applies(rule2.excludes, false))
      return;
    const action = toAction(rule2.action, rule2.errnoRet, `syscalls[${i}]`);
    if (sameAction(action, defaultAction))
      return;
    const args = rule2.args ?? [];
    const perIndex = /* @__PURE__ */ new Map();
    for (const a of args)
      perIndex.set(a.index, (perIndex.get(a.index) ?? 0) + 1);
    for (const name of rule2.names) {
      if (args.length === 0) {
        push(name, action, []);
        continue;
      }
      const together = [];
      for (const a of args) {
        if (perIndex.get(a.index) > 1)
          push(name, action, [a]);
        else
          together.push(a);
      }
      if (together.length)
        push(name, action, together);
    }
  });
  return { defaultAction, arches, rules };
}
function selectSeccompProfile(choice, opts = {}) {
  if (choice.kind === "unconfined" || opts.privileged)
    return null;
  if (choice.kind === "file") {
    if (opts.fileText === void 0) {
      throw new RuntimeError(INVALID_SECCOMP_PROFILE, `seccomp profile ${choice.path}: the file was not read`, { exitCode: 125 });
    }
    return parseSeccompProfile(opts.fileText, choice.path);
  }
  return DEFAULT_SECCOMP_PROFILE;
}
function allowedSyscalls(resolved) {
  return new Set(resolved.rules.filter((r) => r.action.action === "allow" && r.args.length === 0).map((r) => r.syscall));
}

// packages/runtime/dist/security/seccomp-cache.js
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync9, mkdirSync as mkdirSync7, renameSync as renameSync6, writeFileSync as writeFileSync6 } from "node:fs";
import { dirname as dirname2, join as join11 } from "node:path";

// packages/runtime/dist/security/seccomp-numbers.js
var X86_64_RECENT_SYSCALLS = {
  uretprobe: 335,
  statmount: 457,
  listmount: 458,
  lsm_get_self_attr: 459,
  lsm_set_self_attr: 460,
  lsm_list_modules: 461,
  mseal: 462,
  setxattrat: 463,
  getxattrat: 464,
  listxattrat: 465,
  removexattrat: 466
};
function recentSyscallNumber(name, arch) {
  return arch === "x86_64" ? X86_64_RECENT_SYSCALLS[name] : void 0;
}

// packages/runtime/dist/native/seccomp.js
var RET = { kill_process: 2147483648, kill_thread: 0, trap: 196608, errno: 327680, trace: 2146435072, log: 2147221504, allow: 2147418112 };
var OP = {
  SCMP_CMP_NE: 1,
  SCMP_CMP_LT: 2,
  SCMP_CMP_LE: 3,
  SCMP_CMP_EQ: 4,
  SCMP_CMP_GE: 5,
  SCMP_CMP_GT: 6,
  SCMP_CMP_MASKED_EQ: 7
};
function encodeAction(a) {
  const base = RET[a.action];
  return a.action === "errno" || a.action === "trace" ? (base | (a.value ?? 0) & 65535) >>> 0 : base;
}
function kernelErr(err) {
  const e = err;
  if (e && typeof e.code === "string" && /^E[A-Z0-9]+$/.test(e.code))
    return new KernelError(e.code, e.syscall ?? "seccomp", e.path, void 0, { cause: err });
  return err;
}
function compileArgs(resolved) {
  const native = resolved.arches[0] ?? "x86_64";
  const rules = resolved.rules.map((r) => ({
    name: r.syscall,
    nr: recentSyscallNumber(r.syscall, native) ?? -1,
    action: encodeAction(r.action),
    args: r.args.map((a) => ({ index: a.index, op: OP[a.op], value: a.value, valueTwo: a.valueTwo }))
  }));
  return [[...resolved.arches], encodeAction(resolved.defaultAction), rules];
}
function createSeccompNative(binding) {
  return {
    compile(resolved) {
      try {
        return binding.seccompCompile(...compileArgs(resolved));
      } catch (err) {
        throw kernelErr(err);
      }
    },
    compileAsync: (resolved) => binding.seccompCompileAsync(...compileArgs(resolved)).catch((err) => Promise.reject(kernelErr(err))),
    runUnderFilter: (bpf, argv) => binding.seccompRunUnderFilter(bpf, argv).catch((err) => Promise.reject(kernelErr(err))),
    version: () => binding.seccompVersion()
  };
}
var cached;
function seccompNative() {
  cached ??= createSeccompNative(loadBinding());
  return cached;
}

// packages/runtime/dist/security/seccomp-cache.js
function seccompKey(resolved) {
  const text2 = JSON.stringify(resolved, (_k, v) => typeof v === "bigint" ? v.toString() : v);
  return createHash3("sha256").update(text2).digest("hex");
}
function seccompBpfPath(stateRoot, resolved, native = seccompNative()) {
  const path = bpfPath(stateRoot, resolved);
  if (!existsSync9(path))
    store(path, native.compile(resolved).bpf);
  return path;
}
async function seccompBpfPathAsync(stateRoot, resolved, native = seccompNative()) {
  const path = bpfPath(stateRoot, resolved);
  if (!existsSync9(path))
    store(path, (await native.compileAsync(resolved)).bpf);
  return path;
}
function bpfPath(stateRoot, resolved) {
  return join11(stateRoot, "seccomp", `${seccompKey(resolved)}.bpf`);
}
function store(path, bpf) {
  const dir = dirname2(path);
  try {
    mkdirSync7(dir, { recursive: true, mode: 448 });
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync6(tmp, bpf, { mode: 384 });
    renameSync6(tmp, path);
  } catch (err) {
    throw fromSystemError(err, "write", path);
  }
}

// packages/runtime/dist/containers/security-planner.js
var ARCH = { x64: "x86_64", arm64: "aarch64" };
var DockerSecurity = class {
  stateRoot;
  thermal;
  constructor(stateRoot) {
    this.stateRoot = stateRoot;
  }
  /** Checked at create so a bad --cap-add or --security-opt leaves nothing behind. */
  validate(rec) {
    const h = rec.HostConfig;
    resolveCapabilities({ capAdd: h.CapAdd, capDrop: h.CapDrop, privileged: h.Privileged, uid: rec.Process.uid });
    const opts = parseSecurityOpts(h.SecurityOpt);
    if (opts.seccomp.kind === "file")
      selectSeccompProfile(opts.seccomp, { fileText: profileText(opts.seccomp.path) });
  }
  plan(rec, o) {
    const h = rec.HostConfig;
    const caps2 = resolveCapabilities({ capAdd: h.CapAdd, capDrop: h.CapDrop, privileged: h.Privileged, uid: rec.Process.uid });
    const opts = parseSecurityOpts(h.SecurityOpt);
    const profile = selectSeccompProfile(opts.seccomp, {
      privileged: h.Privileged,
      ...opts.seccomp.kind === "file" ? { fileText: profileText(opts.seccomp.path) } : {}
    });
    let seccompPath;
    if (profile) {
      const arch = ARCH[process.arch] ?? process.arch;
      const alias = opts.seccomp.kind === "default" ? join12(this.stateRoot, "seccomp", `default-${caps2.bounding.toString(16)}-${arch}-${release()}.bpf`) : void 0;
      if (alias && existsSync10(alias))
        seccompPath = alias;
      else {
        seccompPath = seccompBpfPath(this.stateRoot, resolveSeccomp(profile, caps2.names, arch, { kernel: release() }));
        if (alias)
          publishAlias(seccompPath, alias);
      }
    }
    const unconfinedPaths = h.Privileged || opts.unconfinedSystemPaths;
    this.thermal ??= listThermalThrottle();
    return {
      caps: { bounding: caps2.bounding, effective: caps2.effective, permitted: caps2.permitted, inheritable: caps2.inheritable, ambient: caps2.ambient },
      noNewPrivileges: opts.noNewPrivileges,
      ...seccompPath ? { seccompPath } : {},
      maskedPaths: maskedPaths({ privileged: unconfinedPaths, thermalThrottle: this.thermal }),
      readonlyPaths: readonlyPaths({ privileged: unconfinedPaths }),
      sysctls: { ...defaultSysctls({ privateNetns: o.privateNetns }), ...h.Sysctls }
    };
  }
};
function publishAlias(target, alias) {
  const tmp = `${alias}.${process.pid}.tmp`;
  try {
    symlinkSync3(basename2(target), tmp);
    renameSync7(tmp, alias);
  } catch {
    rmSync8(tmp, { force: true });
  }
}
function profileText(pathOrJson) {
  if (pathOrJson.trimStart().startsWith("{"))
    return pathOrJson;
  try {
    return readFileSync9(pathOrJson, "utf8");
  } catch {
    throw new RuntimeError("INVALID_SECURITY_OPT", `opening seccomp profile (${pathOrJson}) failed: no such file or directory`, { exitCode: 125 });
  }
}

// packages/runtime/dist/containers/containers.js
import { rmSync as rmSync10, readdirSync as readdirSync11, writeFileSync as writeFileSync9 } from "node:fs";
import { totalmem } from "node:os";
import { join as join20 } from "node:path";

// packages/runtime/dist/state/lock.js
import { closeSync as closeSync4, mkdirSync as mkdirSync8, openSync as openSync4, unlinkSync } from "node:fs";
async function withLock(paths, name, fn) {
  const path = paths.lock(name);
  let lock;
  try {
    lock = await lockFile(path, "ex");
  } catch (err) {
    if (err.errno !== "ENOENT")
      throw err;
    mkdirSync8(paths.locks, { recursive: true });
    lock = await lockFile(path, "ex");
  }
  try {
    return await fn();
  } finally {
    lock.release();
  }
}
function tryLock(paths, name) {
  mkdirSync8(paths.locks, { recursive: true });
  const fd = openSync4(paths.lock(name), "a", 384);
  if (!nativeFs().tryFlock(fd, "ex")) {
    closeSync4(fd);
    return void 0;
  }
  return () => closeSync4(fd);
}
function unlinkLock(paths, name) {
  try {
    unlinkSync(paths.lock(name));
  } catch {
  }
}

// packages/runtime/dist/state/ids.js
import { randomBytes as randomBytes2 } from "node:crypto";
var NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
var ID_RE = /^[0-9a-f]{64}$/;
function newId() {
  return randomBytes2(32).toString("hex");
}
function shortId2(id) {
  return id.slice(0, 12);
}
function isFullId(s) {
  return ID_RE.test(s);
}
function validateName(name, kind = "container") {
  const n = name.startsWith("/") ? name.slice(1) : name;
  if (!NAME_RE.test(n) || n.length > 253) {
    throw new RuntimeError("INVALID_NAME", `invalid ${kind} name "${name}": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, { exitCode: 125 });
  }
  return n;
}
var LEFT = ["admiring", "brave", "busy", "clever", "cool", "dreamy", "eager", "focused", "happy", "jolly", "keen", "loving", "nifty", "quirky", "relaxed", "sharp", "stoic", "sweet", "tender", "vibrant", "wizardly", "youthful", "zealous"];
var RIGHT = ["archimedes", "babbage", "curie", "darwin", "euclid", "fermat", "galileo", "hopper", "hypatia", "kepler", "knuth", "lamport", "lovelace", "mccarthy", "noether", "pascal", "ritchie", "shannon", "thompson", "torvalds", "turing", "wozniak"];
function randomName(attempt = 0) {
  const b = randomBytes2(3);
  const name = `${LEFT[b[0] % LEFT.length]}_${RIGHT[b[1] % RIGHT.length]}`;
  return attempt > 0 ? `${name}${b[2] % 10}${attempt}` : name;
}

// packages/runtime/dist/containers/record-store.js
import { readdirSync as readdirSync9 } from "node:fs";
import { join as join13 } from "node:path";

// packages/runtime/dist/state/atomic.js
import { readFileSync as readFileSync10, renameSync as renameSync8, writeFileSync as writeFileSync7 } from "node:fs";
import { randomBytes as randomBytes3 } from "node:crypto";
function writeJsonAtomic(path, value) {
  const tmp = `${path}.tmp-${randomBytes3(4).toString("hex")}`;
  try {
    writeFileSync7(tmp, JSON.stringify(value, null, 2) + "\n", { mode: 384 });
    renameSync8(tmp, path);
  } catch (err) {
    throw fromSystemError(err, "write", path);
  }
}
function readJsonIfExists(path) {
  let text2;
  try {
    text2 = readFileSync10(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT")
      return void 0;
    throw fromSystemError(err, "read", path);
  }
  return JSON.parse(text2);
}

// packages/runtime/dist/containers/record-store.js
var RECORD_FILE = "config.json";
var NO_SUCH_CONTAINER = "NO_SUCH_CONTAINER";
var RecordStore = class {
  paths;
  names;
  constructor(paths, names2) {
    this.paths = paths;
    this.names = names2;
  }
  dir(id) {
    return this.paths.container(id);
  }
  file(id, name) {
    return join13(this.paths.container(id), name);
  }
  get(id) {
    return readJsonIfExists(join13(this.paths.container(id), RECORD_FILE));
  }
  write(rec) {
    writeJsonAtomic(join13(this.paths.container(rec.Id), RECORD_FILE), rec);
  }
  /** Every container id with a directory (complete or not). */
  ids() {
    try {
      return readdirSync9(this.paths.containers).filter(isFullId);
    } catch {
      return [];
    }
  }
  all() {
    const out = [];
    for (const id of this.ids()) {
      const r = this.get(id);
      if (r)
        out.push(r);
    }
    return out;
  }
  /** docker's lookup order: full id, exact name, then a unique id prefix. */
  resolve(ref) {
    const r = this.find(ref);
    if (!r)
      throw new RuntimeError(NO_SUCH_CONTAINER, `no such container: ${ref}`, { exitCode: 1 });
    return r;
  }
  find(ref) {
    const key = ref.startsWith("/") ? ref.slice(1) : ref;
    if (isFullId(key)) {
      const r = this.get(key);
      if (r)
        return r;
    }
    const byName = this.names.lookup(key);
    if (byName) {
      const r = this.get(byName);
      if (r)
        return r;
    }
    if (/^[0-9a-f]{1,63}$/.test(key)) {
      const matches2 = this.ids().filter((id) => id.startsWith(key));
      if (matches2.length > 1)
        throw new RuntimeError("AMBIGUOUS_CONTAINER", `multiple containers found with the id prefix "${key}"`, { exitCode: 1 });
      if (matches2.length === 1)
        return this.get(matches2[0]);
    }
    return void 0;
  }
};

// packages/runtime/dist/containers/exec.js
import { spawn } from "node:child_process";
import { join as join15 } from "node:path";

// packages/runtime/dist/containers/image-config.js
function runtimeConfigOf(imageConfig) {
  const c = imageConfig;
  return c?.config ?? c?.Config ?? c ?? {};
}
var DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function mergeCommand(image, entrypoint, cmd) {
  let ep;
  let c;
  if (entrypoint !== void 0) {
    ep = entrypoint.length > 0 ? [...entrypoint] : null;
    c = cmd && cmd.length > 0 ? [...cmd] : null;
  } else {
    ep = image.Entrypoint && image.Entrypoint.length > 0 ? [...image.Entrypoint] : null;
    c = cmd && cmd.length > 0 ? [...cmd] : image.Cmd && image.Cmd.length > 0 ? [...image.Cmd] : null;
  }
  const argv = [...ep ?? [], ...c ?? []];
  if (argv.length === 0) {
    throw new RuntimeError("NO_COMMAND", "no command specified: the image has no CMD or ENTRYPOINT and none was given", { exitCode: 125 });
  }
  return { entrypoint: ep, cmd: c, argv };
}
function mergeEnv(imageEnv, extra, defaults) {
  const order = [];
  const values = /* @__PURE__ */ new Map();
  const put = (kv) => {
    const eq = kv.indexOf("=");
    const key = eq === -1 ? kv : kv.slice(0, eq);
    if (!values.has(key))
      order.push(key);
    values.set(key, kv);
  };
  for (const kv of defaults)
    put(kv);
  for (const kv of imageEnv ?? [])
    put(kv);
  for (const kv of extra)
    put(kv);
  return order.map((k) => values.get(k));
}
function mergeHealthcheck(image, flags) {
  const img = image.Healthcheck;
  const base = img?.Test ? { test: [...img.Test], interval: img.Interval, timeout: img.Timeout, retries: img.Retries, startPeriod: img.StartPeriod, startInterval: img.StartInterval } : void 0;
  if (!flags)
    return base;
  if (flags.test.length > 0 && flags.test[0] === "NONE")
    return { test: ["NONE"] };
  const test = flags.test.length > 0 ? flags.test : base?.test;
  if (!test || test.length === 0)
    return base;
  return {
    test,
    interval: flags.interval ?? base?.interval,
    timeout: flags.timeout ?? base?.timeout,
    retries: flags.retries ?? base?.retries,
    startPeriod: flags.startPeriod ?? base?.startPeriod,
    startInterval: flags.startInterval ?? base?.startInterval
  };
}

// packages/runtime/dist/containers/user.js
import { lstatSync as lstatSync6, readFileSync as readFileSync11 } from "node:fs";
import { join as join14 } from "node:path";
function readFromLowers(lowers, rel) {
  for (const dir of lowers) {
    const p = join14(dir, rel);
    let st;
    try {
      st = lstatSync6(p);
    } catch {
      continue;
    }
    if (st.isCharacterDevice() && st.rdev === 0)
      return void 0;
    if (!st.isFile())
      return void 0;
    return readFileSync11(p, "utf8");
  }
  return void 0;
}
function parsePasswd(text2) {
  const out = [];
  for (const line of (text2 ?? "").split("\n")) {
    const f = line.split(":");
    if (f.length < 4 || line.startsWith("#"))
      continue;
    out.push({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5] ?? "/" });
  }
  return out;
}
function parseGroup(text2) {
  const out = [];
  for (const line of (text2 ?? "").split("\n")) {
    const f = line.split(":");
    if (f.length < 3 || line.startsWith("#"))
      continue;
    out.push({ name: f[0], gid: Number(f[2]), members: (f[3] ?? "").split(",").filter(Boolean) });
  }
  return out;
}
var isNum = (s) => /^\d+$/.test(s);
function resolveUser(spec, passwdText, groupText, groupAdd = []) {
  const passwd = parsePasswd(passwdText);
  const groups = parseGroup(groupText);
  const [userPart = "", groupPart] = spec.split(":", 2);
  let uid = 0;
  let gid = 0;
  let home = "/";
  let userName;
  if (userPart === "") {
    const root = passwd.find((p) => p.uid === 0);
    userName = root?.name;
    home = root?.home ?? "/root";
  } else if (isNum(userPart)) {
    uid = Number(userPart);
    const e = passwd.find((p) => p.uid === uid);
    if (e) {
      gid = e.gid;
      home = e.home;
      userName = e.name;
    }
  } else {
    const e = passwd.find((p) => p.name === userPart);
    if (!e)
      throw new RuntimeError("USER_NOT_FOUND", `unable to find user ${userPart}: no matching entries in passwd file`, { exitCode: 125 });
    uid = e.uid;
    gid = e.gid;
    home = e.home;
    userName = e.name;
  }
  if (groupPart !== void 0 && groupPart !== "") {
    if (isNum(groupPart))
      gid = Number(groupPart);
    else {
      const g = groups.find((x) => x.name === groupPart);
      if (!g)
        throw new RuntimeError("GROUP_NOT_FOUND", `unable to find group ${groupPart}: no matching entries in group file`, { exitCode: 125 });
      gid = g.gid;
    }
  }
  const extra = /* @__PURE__ */ new Set();
  if (userName && groupPart === void 0) {
    for (const g of groups)
      if (g.members.includes(userName) && g.gid !== gid)
        extra.add(g.gid);
  }
  for (const ga of groupAdd) {
    if (isNum(ga))
      extra.add(Number(ga));
    else {
      const g = groups.find((x) => x.name === ga);
      if (!g)
        throw new RuntimeError("GROUP_NOT_FOUND", `unable to find group ${ga}: no matching entries in group file`, { exitCode: 125 });
      extra.add(g.gid);
    }
  }
  return { uid, gid, groups: [...extra], home };
}

// packages/runtime/dist/containers/exec.js
function execArgs(rec, dir, pid, o) {
  const args = ["exec", "--spec", join15(dir, "spec"), "--pid", String(pid)];
  if (o.tty)
    args.push("--tty");
  if (o.interactive)
    args.push("--interactive");
  if (o.user !== void 0 && o.user !== "") {
    const layers = [join15(dir, "upper"), ...rec.LowerDirs];
    const u = resolveUser(o.user, readFromLowers(layers, "etc/passwd"), readFromLowers(layers, "etc/group"));
    args.push("--user", [u.uid, u.gid, ...u.groups.length ? [u.groups.join(",")] : []].join(":"));
  }
  if (o.workdir)
    args.push("--cwd", o.workdir);
  for (const kv of mergeEnv(rec.Config.Env, o.env ?? [], []))
    args.push("--env", kv);
  args.push("--", ...o.cmd);
  return args;
}
function runExec(args, detach) {
  return new Promise((resolve3, reject) => {
    const child = spawn(supervisorPath(), args, {
      stdio: detach ? "ignore" : "inherit",
      detached: detach
    });
    child.once("error", reject);
    if (detach) {
      child.unref();
      resolve3(0);
      return;
    }
    child.once("exit", (code, signal) => resolve3(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}
function signalNumber(name) {
  const map = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 };
  return map[name] ?? 0;
}

// packages/runtime/dist/containers/inspect.js
import { join as join16 } from "node:path";

// packages/runtime/dist/containers/status.js
var PAUSED_FILE = "paused";
var ZERO_TIME = "0001-01-01T00:00:00Z";
function createdState() {
  return {
    status: "created",
    pid: 0,
    supervisorPid: 0,
    exitCode: 0,
    error: "",
    oomKilled: false,
    startedAt: ZERO_TIME,
    finishedAt: ZERO_TIME,
    restartCount: 0,
    supervised: false
  };
}
function effectiveState(s) {
  if (!s)
    return createdState();
  if (s.supervised || s.status === "created" || s.status === "exited" || s.status === "dead")
    return s;
  return { ...s, status: "exited", pid: 0, exitCode: s.exitCode || 255, error: s.error || "supervisor exited unexpectedly" };
}
function isRunning(s) {
  return s.status === "running" || s.status === "paused" || s.status === "restarting";
}
function humanStatus(s, now = Date.now()) {
  const ago = (iso) => humanDuration(now - Date.parse(iso));
  switch (s.status) {
    case "created":
      return "Created";
    case "running":
    case "paused": {
      const health = s.health ? ` (${s.health.Status === "starting" ? "health: starting" : s.health.Status})` : "";
      return `Up ${ago(s.startedAt)}${health}${s.status === "paused" ? " (Paused)" : ""}`;
    }
    case "restarting":
      return `Restarting (${s.exitCode}) ${ago(s.finishedAt)} ago`;
    case "removing":
      return "Removal In Progress";
    case "dead":
      return "Dead";
    default:
      return `Exited (${s.exitCode}) ${ago(s.finishedAt)} ago`;
  }
}
function humanDuration(ms) {
  const s = Math.floor(ms / 1e3);
  if (s < 1)
    return "Less than a second";
  if (s === 1)
    return "1 second";
  if (s < 60)
    return `${s} seconds`;
  const m = Math.floor(s / 60);
  if (m === 1)
    return "About a minute";
  if (m < 60)
    return `${m} minutes`;
  const h = Math.round(ms / 36e5);
  if (h === 1)
    return "About an hour";
  if (h < 48)
    return `${h} hours`;
  if (h < 24 * 7 * 2)
    return `${Math.round(h / 24)} days`;
  if (h < 24 * 30 * 2)
    return `${Math.round(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2)
    return `${Math.round(h / 24 / 30)} months`;
  return `${Math.round(h / 24 / 365)} years`;
}
function containerName(rec) {
  return rec.Name.startsWith("/") ? rec.Name.slice(1) : rec.Name;
}

// packages/runtime/dist/containers/inspect.js
function logPath(dir, id) {
  return join16(dir, `${id}-json.log`);
}
function toInspect2(rec, st, dir, network) {
  const running = st.status === "running" || st.status === "paused" || st.status === "restarting";
  const { Healthcheck, ...config } = rec.Config;
  return {
    Id: rec.Id,
    Created: rec.Created,
    Path: rec.Path,
    Args: rec.Args,
    State: {
      Status: st.status,
      Running: running,
      Paused: st.status === "paused",
      Restarting: st.status === "restarting",
      OOMKilled: st.oomKilled,
      Dead: st.status === "dead",
      Pid: running ? st.pid : 0,
      ExitCode: st.exitCode,
      Error: st.error,
      StartedAt: st.startedAt || ZERO_TIME,
      FinishedAt: st.finishedAt || ZERO_TIME,
      ...st.health ? { Health: st.health } : Healthcheck && Healthcheck.test[0] !== "NONE" && running ? { Health: { Status: "starting", FailingStreak: 0, Log: [] } } : {}
    },
    Image: rec.Image,
    ResolvConfPath: join16(dir, "resolv.conf"),
    HostnamePath: join16(dir, "hostname"),
    HostsPath: join16(dir, "hosts"),
    LogPath: logPath(dir, rec.Id),
    Name: rec.Name,
    RestartCount: st.restartCount,
    Driver: "overlay2",
    Platform: "linux",
    MountLabel: "",
    ProcessLabel: "",
    AppArmorProfile: "",
    HostConfig: {
      ...rec.HostConfig,
      Binds: rec.Mounts.filter((m) => m.Type === "bind").map((m) => `${m.Source}:${m.Destination}${m.RW ? "" : ":ro"}`),
      Tmpfs: Object.fromEntries(rec.Mounts.filter((m) => m.Type === "tmpfs").map((m) => [m.Destination, tmpfsOpts(m.TmpfsSize, m.TmpfsMode, m.RW)])),
      CgroupParent: rec.cgroupParent,
      Runtime: "tsc",
      IpcMode: "private",
      PidMode: "",
      UTSMode: "",
      Cgroupns: "host"
    },
    GraphDriver: {
      Name: "overlay2",
      Data: { LowerDir: rec.LowerDirs.join(":"), UpperDir: join16(dir, "upper"), WorkDir: join16(dir, "work"), MergedDir: join16(dir, "rootfs") }
    },
    Mounts: rec.Mounts.map((m) => ({
      Type: m.Type,
      ...m.Name ? { Name: m.Name } : {},
      Source: m.Source,
      Destination: m.Destination,
      ...m.Driver ? { Driver: m.Driver } : {},
      Mode: m.Mode,
      RW: m.RW,
      Propagation: m.Propagation
    })),
    Config: { ...config, ...Healthcheck ? { Healthcheck: dockerHealth(Healthcheck) } : {} },
    NetworkSettings: network ?? {
      Bridge: "",
      SandboxID: "",
      Ports: {},
      SandboxKey: "",
      IPAddress: "",
      Gateway: "",
      MacAddress: "",
      Networks: { [rec.HostConfig.NetworkMode]: { IPAddress: "", Gateway: "", MacAddress: "", Aliases: rec.NetworkAliases, NetworkID: rec.HostConfig.NetworkMode } }
    }
  };
}
function tmpfsOpts(size, mode, rw = true) {
  return [rw ? "rw" : "ro", ...size ? [`size=${size}`] : [], ...mode !== void 0 ? [`mode=${mode.toString(8)}`] : []].join(",");
}
function dockerHealth(h) {
  return {
    Test: h.test,
    ...h.interval ? { Interval: h.interval } : {},
    ...h.timeout ? { Timeout: h.timeout } : {},
    ...h.startPeriod ? { StartPeriod: h.startPeriod } : {},
    ...h.startInterval ? { StartInterval: h.startInterval } : {},
    ...h.retries ? { Retries: h.retries } : {}
  };
}

// packages/runtime/dist/containers/list.js
function matches(rec, st, key, value) {
  switch (key) {
    case "id":
      return rec.Id.startsWith(value);
    case "name":
      return new RegExp(value).test(containerName(rec));
    case "label": {
      const eq = value.indexOf("=");
      const labels = rec.Config.Labels;
      return eq === -1 ? value in labels : labels[value.slice(0, eq)] === value.slice(eq + 1);
    }
    case "status":
      return st.status === value;
    case "exited":
      return st.status === "exited" && st.exitCode === Number(value);
    case "ancestor":
      return rec.Config.Image === value || rec.Image === value || rec.Image === `sha256:${value}` || rec.Image.replace(/^sha256:/, "").startsWith(value);
    case "health":
      return (st.health?.Status ?? "none") === value;
    case "volume":
      return rec.Mounts.some((m) => m.Name === value || m.Destination === value);
    case "network":
      return rec.HostConfig.NetworkMode === value;
    case "before":
    case "since":
      return true;
    default:
      return false;
  }
}
function summarize(rec, st, now = Date.now()) {
  const cmd = [rec.Path, ...rec.Args].join(" ");
  const ports = Object.entries(rec.HostConfig.PortBindings).flatMap(([p, bs]) => bs.map((b) => b.HostPort ? `${b.HostIp || "0.0.0.0"}:${b.HostPort}->${p}` : p)).join(", ");
  return {
    ID: rec.Id.slice(0, 12),
    Names: containerName(rec),
    Image: rec.Config.Image,
    Command: JSON.stringify(cmd.length > 20 ? `${cmd.slice(0, 19)}\u2026` : cmd),
    CreatedAt: new Date(rec.Created).toISOString().replace("T", " ").replace(/\.\d+Z$/, " +0000 UTC"),
    RunningFor: `${humanStatus({ ...st, status: "running", startedAt: rec.Created, health: void 0 }, now).slice(3)} ago`,
    Status: humanStatus(st, now),
    State: st.status,
    Ports: ports,
    Labels: Object.entries(rec.Config.Labels).map(([k, v]) => `${k}=${v}`).join(","),
    Mounts: rec.Mounts.map((m) => m.Name ?? m.Source).join(","),
    Networks: rec.HostConfig.NetworkMode,
    Size: "0B",
    LocalVolumes: String(rec.Mounts.filter((m) => m.Type === "volume").length),
    id: rec.Id,
    labels: rec.Config.Labels,
    exitCode: st.exitCode,
    ...st.health ? { health: st.health.Status } : {}
  };
}
function filterContainers(entries, f) {
  const groups = /* @__PURE__ */ new Map();
  for (const { key, value } of f.filters ?? [])
    groups.set(key, [...groups.get(key) ?? [], value]);
  const showAll = f.all || groups.has("status") || groups.has("exited") || f.last !== void 0;
  let out = entries.filter(({ st }) => showAll || st.status === "running" || st.status === "paused" || st.status === "restarting").filter(({ rec, st }) => [...groups].every(([key, values]) => values.some((v) => matches(rec, st, key, v)))).sort((a, b) => Date.parse(b.rec.Created) - Date.parse(a.rec.Created));
  if (f.last !== void 0 && f.last >= 0)
    out = out.slice(0, f.last);
  return out;
}

// packages/runtime/dist/containers/manager.js
import { mkdirSync as mkdirSync9, renameSync as renameSync9, rmSync as rmSync9, writeFileSync as writeFileSync8, existsSync as existsSync12 } from "node:fs";
import { rm } from "node:fs/promises";
import { join as join18 } from "node:path";

// packages/runtime/dist/events/event-log.js
import { appendFileSync, closeSync as closeSync5, openSync as openSync5, readSync as readSync3, fstatSync, watch, existsSync as existsSync11 } from "node:fs";
function makeEvent(type, action, id, name, attributes, now = Date.now()) {
  const timeNano = now * 1e6 + Number(process.hrtime.bigint() % 1000000n);
  return { time: Math.floor(now / 1e3), timeNano, type, action, id, name, attributes: { ...attributes, name } };
}
function toDockerEvent(e) {
  return {
    ...e.type === "container" ? { status: e.action, id: e.id, from: e.attributes.image ?? "" } : {},
    Type: e.type,
    Action: e.action,
    Actor: { ID: e.id, Attributes: e.attributes },
    scope: "local",
    time: e.time,
    timeNano: e.timeNano
  };
}
function formatEventLine(e) {
  const ns = String(e.timeNano % 1e9).padStart(9, "0");
  const when = new Date(e.time * 1e3).toISOString().replace(/\.\d+Z$/, `.${ns}Z`);
  const attrs = Object.entries(e.attributes).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(", ");
  return `${when} ${e.type} ${e.action} ${e.id}${attrs ? ` (${attrs})` : ""}`;
}
function appendEvent(path, event) {
  try {
    appendFileSync(path, JSON.stringify(event) + "\n");
  } catch {
  }
}
function nameOf(e) {
  return e.name || (e.attributes.name ?? "");
}
function matchesEvent(e, f) {
  const t = e.timeNano / 1e9;
  if (f.since !== void 0 && t < f.since)
    return false;
  if (f.until !== void 0 && t > f.until)
    return false;
  const groups = /* @__PURE__ */ new Map();
  for (const { key, value } of f.filters ?? [])
    groups.set(key, [...groups.get(key) ?? [], value]);
  for (const [key, values] of groups) {
    const ok = values.some((v) => {
      switch (key) {
        case "container":
          return e.type === "container" && (e.id.startsWith(v) || nameOf(e) === v);
        case "volume":
          return e.type === "volume" && (e.id === v || nameOf(e) === v);
        case "network":
          return e.type === "network" && (e.id.startsWith(v) || nameOf(e) === v);
        case "image":
          return (e.attributes.image ?? "") === v;
        case "event":
        case "action":
          return e.action === v || e.action.split(":")[0] === v;
        case "type":
          return e.type === v;
        case "label": {
          const eq = v.indexOf("=");
          return eq === -1 ? v in e.attributes : e.attributes[v.slice(0, eq)] === v.slice(eq + 1);
        }
        default:
          return false;
      }
    });
    if (!ok)
      return false;
  }
  return true;
}
function parseLine(line) {
  if (!line)
    return void 0;
  try {
    const e = JSON.parse(line);
    return e && typeof e === "object" && typeof e.action === "string" ? e : void 0;
  } catch {
    return void 0;
  }
}
function readFrom(fd, offset) {
  const size = fstatSync(fd).size;
  if (size <= offset)
    return { events: [], next: offset };
  const buf = Buffer.alloc(size - offset);
  let got = 0;
  while (got < buf.length) {
    const n = readSync3(fd, buf, got, buf.length - got, offset + got);
    if (n <= 0)
      break;
    got += n;
  }
  const text2 = buf.subarray(0, got).toString("utf8");
  const lastNl = text2.lastIndexOf("\n");
  if (lastNl === -1)
    return { events: [], next: offset };
  const events = [];
  for (const line of text2.slice(0, lastNl).split("\n")) {
    const e = parseLine(line);
    if (e)
      events.push(e);
  }
  return { events, next: offset + Buffer.byteLength(text2.slice(0, lastNl + 1)) };
}
function readEvents(path, f = {}) {
  if (!existsSync11(path))
    return [];
  const fd = openSync5(path, "r");
  try {
    return readFrom(fd, 0).events.filter((e) => matchesEvent(e, f));
  } finally {
    closeSync5(fd);
  }
}
async function* followEvents(path, f, signal) {
  while (!existsSync11(path)) {
    if (signal?.aborted)
      return;
    appendFileSync(path, "");
  }
  const fd = openSync5(path, "r");
  let offset = f.since !== void 0 ? 0 : fstatSync(fd).size;
  let watcher;
  let wake;
  try {
    watcher = watch(path, () => wake?.());
    for (; ; ) {
      const { events, next } = readFrom(fd, offset);
      offset = next;
      for (const e of events)
        if (matchesEvent(e, f))
          yield e;
      if (signal?.aborted)
        return;
      if (f.until !== void 0 && Date.now() / 1e3 > f.until)
        return;
      await new Promise((resolve3) => {
        const timer = setTimeout(resolve3, 500);
        wake = () => {
          clearTimeout(timer);
          resolve3();
        };
        signal?.addEventListener("abort", () => wake?.(), { once: true });
      });
      wake = void 0;
    }
  } finally {
    watcher?.close();
    closeSync5(fd);
  }
}

// packages/runtime/dist/containers/build-record.js
import { statSync as statSync3 } from "node:fs";
import { hostname as osHostname } from "node:os";
var DEFAULT_NETWORK_MODE = "bridge";
var DEFAULT_SHM_SIZE2 = 64 * 1024 * 1024;
var DEFAULT_STOP_TIMEOUT = 10;
function propagationOf(m) {
  return m.bindPropagation ?? "rprivate";
}
async function buildRecord(id, name, opts, image, volumes, cgroupParent) {
  const img = runtimeConfigOf(image.config);
  const { entrypoint, cmd, argv } = mergeCommand(img, opts.entrypoint, opts.cmd);
  const netMode = opts.network?.mode || DEFAULT_NETWORK_MODE;
  const hostname = opts.hostname ?? (netMode === "host" ? osHostname() : shortId2(id));
  if (opts.hostname !== void 0 && !/^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,62})$/.test(opts.hostname)) {
    throw new RuntimeError("INVALID_HOSTNAME", `invalid hostname "${opts.hostname}"`, { exitCode: 125 });
  }
  const defaults = [DEFAULT_PATH, `HOSTNAME=${hostname}`, ...opts.tty ? ["TERM=xterm"] : []];
  const env = mergeEnv(img.Env, [`HOSTNAME=${hostname}`, ...opts.env ?? []], defaults);
  const userSpec = opts.user ?? img.User ?? "";
  const user = resolveUser(userSpec, readFromLowers(image.lowerDirs, "etc/passwd"), readFromLowers(image.lowerDirs, "etc/group"), opts.groupAdd);
  const workdir = opts.workdir ?? (img.WorkingDir || "/");
  if (!workdir.startsWith("/"))
    throw new RuntimeError("INVALID_WORKDIR", `the working directory "${workdir}" is invalid: it needs to be an absolute path`, { exitCode: 125 });
  const stopSignal2 = opts.stopSignal ?? img.StopSignal;
  if (stopSignal2 !== void 0)
    parseSignal(stopSignal2);
  const mounts = [];
  const targets = /* @__PURE__ */ new Set();
  for (const m of opts.mounts ?? []) {
    const target = m.target.replace(/\/+$/, "") || "/";
    if (targets.has(target))
      throw new RuntimeError("DUPLICATE_MOUNT", `duplicate mount point: ${target}`, { exitCode: 125 });
    targets.add(target);
    if (m.type === "bind") {
      const src = m.source;
      try {
        statSync3(src);
      } catch {
        throw new RuntimeError("BIND_SOURCE_MISSING", `invalid mount config for type "bind": bind source path does not exist: ${src}`, { exitCode: 125 });
      }
      mounts.push({ Type: "bind", Source: src, Destination: target, Mode: m.readOnly ? "ro" : "", RW: !m.readOnly, Propagation: propagationOf(m) });
    } else if (m.type === "tmpfs") {
      mounts.push({ Type: "tmpfs", Source: "", Destination: target, Mode: "", RW: !m.readOnly, Propagation: "", TmpfsSize: m.tmpfsSize, TmpfsMode: m.tmpfsMode });
    } else {
      mounts.push(await volumes({ ...m, target }, !m.source));
    }
  }
  for (const v of Object.keys(img.Volumes ?? {})) {
    const target = v.replace(/\/+$/, "") || "/";
    if (targets.has(target))
      continue;
    targets.add(target);
    mounts.push(await volumes({ type: "volume", target }, true));
  }
  const r = opts.resources ?? {};
  const restart = opts.restart ?? { name: "no", maximumRetryCount: 0 };
  if (opts.autoRemove && restart.name !== "no") {
    throw new RuntimeError("CONFLICT_OPTIONS", "conflicting options: cannot combine --restart and --rm", { exitCode: 125 });
  }
  const hostConfig = {
    AutoRemove: Boolean(opts.autoRemove),
    Privileged: Boolean(opts.privileged),
    ReadonlyRootfs: Boolean(opts.readOnly),
    CapAdd: [...opts.capAdd ?? []],
    CapDrop: [...opts.capDrop ?? []],
    SecurityOpt: [...opts.securityOpt ?? []],
    RestartPolicy: { Name: restart.name, MaximumRetryCount: restart.maximumRetryCount },
    NetworkMode: netMode,
    Init: Boolean(opts.init),
    Memory: r.memory ?? 0,
    MemorySwap: r.memorySwap ?? (r.memory ? 2 * r.memory : 0),
    MemoryReservation: r.memoryReservation ?? 0,
    NanoCpus: r.nanoCpus ?? 0,
    CpuShares: r.cpuShares ?? 0,
    CpuPeriod: r.cpuPeriod ?? 0,
    CpuQuota: r.cpuQuota ?? 0,
    CpusetCpus: r.cpusetCpus ?? "",
    PidsLimit: r.pidsLimit ?? null,
    Ulimits: [...r.ulimits ?? []],
    OomScoreAdj: r.oomScoreAdj ?? 0,
    ShmSize: opts.shmSize ?? DEFAULT_SHM_SIZE2,
    Sysctls: { ...opts.sysctls ?? {} },
    Dns: [...opts.network?.dns ?? []],
    DnsSearch: [...opts.network?.dnsSearch ?? []],
    DnsOptions: [...opts.network?.dnsOptions ?? []],
    ExtraHosts: [...opts.network?.extraHosts ?? []],
    PortBindings: portBindings(opts),
    PublishAllPorts: Boolean(opts.network?.publishAll),
    GroupAdd: [...opts.groupAdd ?? []],
    LogConfig: {
      Type: "json-file",
      Config: {
        ...opts.logMaxSize ? { "max-size": String(opts.logMaxSize) } : {},
        ...opts.logMaxFiles ? { "max-file": String(opts.logMaxFiles) } : {}
      }
    }
  };
  if (hostConfig.MemorySwap > 0 && hostConfig.Memory > 0 && hostConfig.MemorySwap < hostConfig.Memory) {
    throw new RuntimeError("INVALID_MEMORY_SWAP", `minimum memoryswap limit should be larger than memory limit (--memory-swap ${hostConfig.MemorySwap} < --memory ${hostConfig.Memory})`, { exitCode: 125 });
  }
  const exposed = { ...img.ExposedPorts ?? {} };
  for (const p of opts.network?.ports ?? [])
    exposed[`${p.containerPort}/${p.protocol}`] = {};
  const health = mergeHealthcheck(img, opts.healthcheck);
  return {
    Id: id,
    Name: `/${name}`,
    Created: (/* @__PURE__ */ new Date()).toISOString(),
    Image: image.id,
    Path: argv[0],
    Args: argv.slice(1),
    Config: {
      Hostname: hostname,
      Domainname: opts.domainname ?? "",
      User: userSpec,
      AttachStdin: Boolean(opts.openStdin),
      AttachStdout: true,
      AttachStderr: true,
      Tty: Boolean(opts.tty),
      OpenStdin: Boolean(opts.openStdin),
      StdinOnce: Boolean(opts.openStdin),
      Env: env,
      Cmd: cmd,
      Entrypoint: entrypoint,
      Image: opts.image,
      Volumes: img.Volumes ? { ...img.Volumes } : null,
      WorkingDir: workdir,
      Labels: { ...img.Labels ?? {}, ...opts.labels ?? {} },
      ...stopSignal2 ? { StopSignal: stopSignal2 } : {},
      ...opts.stopTimeout !== void 0 ? { StopTimeout: opts.stopTimeout } : {},
      ...health ? { Healthcheck: health } : {},
      ...Object.keys(exposed).length ? { ExposedPorts: exposed } : {}
    },
    HostConfig: hostConfig,
    Mounts: mounts,
    LowerDirs: [...image.lowerDirs],
    Process: { uid: user.uid, gid: user.gid, groups: user.groups },
    NetworkAliases: [...opts.network?.aliases ?? []],
    ...opts.network?.ipv4Address ? { NetworkIp: opts.network.ipv4Address } : {},
    cgroupParent
  };
}
function portBindings(opts) {
  const out = {};
  for (const p of opts.network?.ports ?? []) {
    const key = `${p.containerPort}/${p.protocol}`;
    (out[key] ??= []).push({ HostIp: p.hostIp ?? "", HostPort: p.hostPort ? String(p.hostPort) : "" });
  }
  return out;
}

// packages/runtime/dist/containers/etc-files.js
import { readFileSync as readFileSync12 } from "node:fs";
function hostsFile(rec, ip) {
  const lines = [
    "127.0.0.1	localhost",
    "::1	localhost ip6-localhost ip6-loopback",
    "fe00::	ip6-localnet",
    "ff00::	ip6-mcastprefix",
    "ff02::1	ip6-allnodes",
    "ff02::2	ip6-allrouters"
  ];
  for (const h of rec.HostConfig.ExtraHosts) {
    const m = /^([^:=]+)[:=](.+)$/.exec(h);
    if (m)
      lines.push(`${m[2]}	${m[1]}`);
  }
  if (ip)
    lines.push(`${ip}	${rec.Config.Hostname}`);
  return lines.join("\n") + "\n";
}
function resolvConf(rec, hostText) {
  const hc = rec.HostConfig;
  let host = hostText;
  if (host === void 0) {
    try {
      host = readFileSync12("/etc/resolv.conf", "utf8");
    } catch {
      host = "";
    }
  }
  const hostLines = host.split("\n").map((l) => l.trim());
  const isHostNet = hc.NetworkMode === "host";
  const ns = hc.Dns.length > 0 ? hc.Dns : hostLines.filter((l) => l.startsWith("nameserver")).map((l) => l.split(/\s+/)[1] ?? "").filter((a) => a && (isHostNet || !/^(127\.|::1$)/.test(a)));
  const search = hc.DnsSearch.length > 0 ? hc.DnsSearch : hostLines.filter((l) => l.startsWith("search")).flatMap((l) => l.split(/\s+/).slice(1));
  const options = hc.DnsOptions.length > 0 ? hc.DnsOptions : hostLines.filter((l) => l.startsWith("options")).flatMap((l) => l.split(/\s+/).slice(1));
  const out = ns.map((a) => `nameserver ${a}`);
  if (search.length)
    out.push(`search ${search.join(" ")}`);
  if (options.length)
    out.push(`options ${options.join(" ")}`);
  return out.join("\n") + "\n";
}
function hostnameFile(rec) {
  return `${rec.Config.Hostname}
`;
}

// packages/runtime/dist/containers/volume-mounts.js
import { execFileSync } from "node:child_process";
import { lstatSync as lstatSync7, readdirSync as readdirSync10 } from "node:fs";
import { join as join17 } from "node:path";
async function resolveVolumeMount(store2, m, anonymous, lowerDirs, created) {
  const name = anonymous ? newId() : m.source;
  let info = store2.get(name);
  if (!info) {
    info = await store2.create(name, { labels: m.volumeLabels, driverOpts: m.volumeDriverOpts, anonymous });
    created.push(name);
    const src2 = store2.mountSource(info);
    if (!m.noCopy && src2.kind === "dir")
      copyUp(lowerDirs, m.target, src2.source);
  }
  const src = store2.mountSource(info);
  return {
    Type: "volume",
    Name: info.Name,
    Source: src.kind === "tmpfs" ? "" : src.source,
    Destination: m.target,
    Driver: "local",
    Mode: m.readOnly ? "ro" : "z",
    RW: !m.readOnly,
    Propagation: "",
    ...anonymous ? { Anonymous: true } : {},
    VolumeKind: src.kind,
    ...src.options ? { VolumeOptions: src.options } : {}
  };
}
function copyUp(lowerDirs, target, dest) {
  const rel = target.replace(/^\/+/, "");
  for (const lower of lowerDirs) {
    const p = join17(lower, rel);
    let st;
    try {
      st = lstatSync7(p);
    } catch {
      continue;
    }
    if (!st.isDirectory())
      return;
    if (readdirSync10(p).length === 0)
      return;
    execFileSync("cp", ["-a", `${p}/.`, dest], { stdio: "ignore" });
    return;
  }
}

// packages/runtime/dist/containers/manager.js
var CONTAINER_NOT_RUNNING = "CONTAINER_NOT_RUNNING";
var CONTAINER_RUNNING = "CONTAINER_RUNNING";
var ContainerManager = class {
  d;
  records;
  constructor(d) {
    this.d = d;
    this.records = new RecordStore(d.paths, d.names);
  }
  lockName(id) {
    return `container-${id}`;
  }
  event(rec, action, extra = {}) {
    appendEvent(this.d.paths.events, makeEvent("container", action, rec.Id, containerName(rec), { ...rec.Config.Labels, image: rec.Config.Image, ...extra }));
  }
  state(rec) {
    const dir = this.records.dir(rec.Id);
    const st = effectiveState(this.d.supervisor.state(dir));
    if (st.status === "running" && existsSync12(join18(dir, PAUSED_FILE)))
      return { ...st, status: "paused" };
    return st;
  }
  /** Cgroup of an id whose record is gone (killed create or rm), under the default parent. */
  async reclaimCgroupOnly(id, parent = this.d.cgroupParent) {
    const cg = this.d.cgroups(parent);
    const path = cg.pathFor(id);
    if (!cg.exists(path))
      return;
    if (cg.pids(path).length > 0)
      await cg.killAll(path, 9).catch(() => void 0);
    await cg.remove(path);
  }
  cgroupsOf(rec) {
    return this.d.cgroups(rec.cgroupParent);
  }
  async create(opts) {
    const name = opts.name !== void 0 ? validateName(opts.name) : void 0;
    if (name !== void 0)
      this.checkNameFree(name);
    const network = opts.network?.mode || DEFAULT_NETWORK_MODE;
    if (!this.d.network && !builtinNetwork(network)) {
      throw new RuntimeError("NETWORK_UNSUPPORTED", `network "${network}" is not available (this runtime supports none and host)`, { exitCode: 125 });
    }
    const image = await this.d.images.resolve(opts.image);
    const id = newId();
    return withLock(this.d.paths, this.lockName(id), () => this.createLocked(id, name, opts, image));
  }
  async createLocked(id, name, opts, image) {
    const dir = this.d.paths.container(id);
    const createdVolumes = [];
    let claimed;
    try {
      mkdirSync9(this.d.paths.containers, { recursive: true });
      mkdirSync9(dir, { mode: 457 });
      const rec = await buildRecord(id, name ?? randomName(), opts, image, (m, anonymous) => resolveVolumeMount(this.d.volumes, m, anonymous, image.lowerDirs, createdVolumes), opts.cgroupParent ?? this.d.cgroupParent);
      this.cgroupsOf(rec);
      this.d.specs.validate?.(rec);
      for (const sub of ["upper", "work", "rootfs"])
        mkdirSync9(join18(dir, sub));
      this.records.write({ ...rec, LowerDirs: [ensureInitLayer(this.d.paths), ...rec.LowerDirs] });
      claimed = containerName(rec);
      this.claimName(claimed, id, name === void 0);
      this.event(rec, "create");
      return this.records.get(id);
    } catch (err) {
      if (claimed)
        this.d.names.releaseIf(claimed, id);
      rmSync9(dir, { recursive: true, force: true });
      for (const v of createdVolumes)
        await this.d.volumes.remove(v, { force: true }).catch(() => void 0);
      unlinkLock(this.d.paths, this.lockName(id));
      throw err;
    }
  }
  checkNameFree(name) {
    const holder = this.d.names.lookup(name);
    if (holder && existsSync12(this.d.paths.container(holder))) {
      throw new RuntimeError("NAME_IN_USE", `the container name "/${name}" is already in use by container "${shortId2(holder)}"`, {
        hint: "remove or rename that container to reuse the name",
        exitCode: 125
      });
    }
  }
  /** Generated names retry with a suffix on collision; explicit ones fail. */
  claimName(name, id, generated) {
    if (!generated)
      return this.d.names.claim(name, id);
    for (let i = 0; ; i++) {
      try {
        this.d.names.claim(i === 0 ? name : `${name}${i}`, id);
        if (i > 0) {
          const rec = this.records.get(id);
          this.records.write({ ...rec, Name: `/${name}${i}` });
        }
        return;
      } catch (err) {
        if (!isTscError(err, "NAME_IN_USE") || i > 20)
          throw err;
      }
    }
  }
  /**
   * Starts a created or exited container: network, /etc files, cgroup, spec, supervisor.
   * With `attach`, stdio is connected before the process runs (no output is lost).
   */
  async start(ref, attach) {
    const rec = this.records.resolve(ref);
    return withLock(this.d.paths, this.lockName(rec.Id), async () => {
      const st = this.state(rec);
      if (st.status === "paused")
        throw new RuntimeError("CONTAINER_PAUSED", `cannot start a paused container ${containerName(rec)}, try unpause instead`, { exitCode: 1 });
      if (isRunning(st))
        return { rec };
      const dir = this.records.dir(rec.Id);
      const cg = this.cgroupsOf(rec);
      const cgPath = cg.pathFor(rec.Id);
      let net = {};
      let cgroupMade = false;
      try {
        if (this.d.network && !builtinNetwork(rec.HostConfig.NetworkMode))
          net = await this.d.network.prepare(rec);
        writeFileSync8(join18(dir, "hostname"), net.hostname ? `${net.hostname}
` : hostnameFile(rec));
        writeFileSync8(join18(dir, "hosts"), net.hosts ?? hostsFile(rec));
        writeFileSync8(join18(dir, "resolv.conf"), net.resolvConf ?? resolvConf(rec));
        if (cg.exists(cgPath))
          await cg.remove(cgPath);
        cgroupMade = true;
        cg.create(cgPath, cgroupResources(rec));
        const specPath = join18(dir, "spec");
        await this.d.specs.write(specPath, rec, { cgroups: cg, cgroupPath: cgPath, netnsPath: net.netnsPath, dir, paths: this.d.paths, attached: attach !== void 0 });
        const { attached } = await this.d.supervisor.spawn(dir, specPath, { attach });
        return { rec, attached };
      } catch (err) {
        if (cgroupMade)
          await cg.remove(cgPath).catch(() => void 0);
        await this.releaseNetwork(rec);
        throw err;
      }
    });
  }
  async stop(ref, timeoutSeconds) {
    const rec = this.records.resolve(ref);
    const st = this.state(rec);
    if (!st.supervised)
      return rec;
    const t = timeoutSeconds ?? rec.Config.StopTimeout ?? DEFAULT_STOP_TIMEOUT;
    await this.d.supervisor.stop(this.records.dir(rec.Id), stopSignal(rec), t);
    await this.afterExit(rec);
    return rec;
  }
  async kill(ref, signal = "SIGKILL") {
    const rec = this.records.resolve(ref);
    const sig = parseSignal(signal);
    const st = this.state(rec);
    if (!st.supervised || !isRunning(st)) {
      throw new RuntimeError(CONTAINER_NOT_RUNNING, `cannot kill container: ${ref}: container ${shortId2(rec.Id)} is not running`, { exitCode: 1 });
    }
    await this.d.supervisor.kill(this.records.dir(rec.Id), sig.number);
    return rec;
  }
  /** Blocks until the container is not running; returns its exit code (docker wait). */
  async wait(ref, signal) {
    const rec = this.records.resolve(ref);
    const st = this.state(rec);
    if (!st.supervised)
      return st.exitCode;
    const end = await this.d.supervisor.waitExit(this.records.dir(rec.Id), signal);
    return end.exitCode;
  }
  async attach(ref, io) {
    const rec = this.records.resolve(ref);
    const st = this.state(rec);
    if (!st.supervised || !isRunning(st))
      throw new RuntimeError(CONTAINER_NOT_RUNNING, `you cannot attach to a stopped container, start it first`, { exitCode: 1 });
    return this.d.supervisor.attach(this.records.dir(rec.Id), io);
  }
  /** Network and cgroup of a container that stopped for good (supervisor gone). */
  async afterExit(rec) {
    await this.releaseNetwork(rec);
  }
  async releaseNetwork(rec) {
    if (this.d.network && !builtinNetwork(rec.HostConfig.NetworkMode))
      await this.d.network.release(rec).catch(() => void 0);
  }
  /**
   * Removes a container and everything it holds: processes (cgroup kill as a backstop for a
   * dead supervisor), cgroups, network, the state dir, the name, and with `volumes` its
   * anonymous volumes. The directory is renamed away before deletion so a killed rm leaves
   * either a removable container or garbage that prune reclaims.
   */
  async remove(ref, opts = {}) {
    const rec = this.records.resolve(ref);
    await withLock(this.d.paths, this.lockName(rec.Id), async () => {
      const dir = this.records.dir(rec.Id);
      if (!existsSync12(dir))
        return;
      const st = this.state(rec);
      if (isRunning(st) && st.supervised) {
        if (!opts.force) {
          throw new RuntimeError(CONTAINER_RUNNING, `cannot remove container "${containerName(rec)}": container is ${st.status}: stop the container before removing or force remove`, { exitCode: 1 });
        }
        await this.d.supervisor.stop(dir, 9, 0).catch(() => void 0);
      }
      if (st.supervisorPid > 0)
        await this.d.supervisor.waitGone(dir, 5e3);
      await this.reclaim(rec);
      unlinkLock(this.d.paths, this.lockName(rec.Id));
    });
    if (opts.volumes)
      await this.removeAnonymousVolumes(rec.Mounts);
    this.event(rec, "destroy");
    return rec;
  }
  /** Kernel objects and files of a container whose supervisor is gone. Idempotent. */
  async reclaim(rec) {
    const cg = this.cgroupsOf(rec);
    const path = cg.pathFor(rec.Id);
    if (cg.exists(path)) {
      if (cg.pids(path).length > 0)
        await cg.killAll(path, 9).catch(() => void 0);
      await cg.remove(path);
    }
    await this.releaseNetwork(rec);
    const dir = this.records.dir(rec.Id);
    const gone = join18(this.d.paths.containers, `.removing-${rec.Id}`);
    try {
      renameSync9(dir, gone);
    } catch (err) {
      if (err.code !== "ENOENT")
        throw err;
    }
    this.d.names.releaseIf(containerName(rec), rec.Id);
    await rm(gone, { recursive: true, force: true });
  }
  async removeAnonymousVolumes(mounts) {
    for (const m of mounts) {
      if (m.Type === "volume" && m.Anonymous && m.Name)
        await this.d.volumes.remove(m.Name, { force: true }).catch(() => void 0);
    }
  }
  /** Containers using a volume (for volume rm / prune). */
  volumeUsers(volume) {
    return this.records.all().filter((r) => r.Mounts.some((m) => m.Type === "volume" && m.Name === volume)).map((r) => r.Id);
  }
  /** Containers using an image id (the image store refuses to remove those). */
  imageInUse(imageId) {
    return this.records.all().some((r) => r.Image === imageId);
  }
};
var INIT_LAYER = "init-layer";
var initLayerChecked;
function ensureInitLayer(paths) {
  const dir = join18(paths.root, INIT_LAYER);
  if (initLayerChecked === dir || existsSync12(dir))
    return initLayerChecked = dir;
  const tmp = `${dir}.tmp-${newId().slice(0, 8)}`;
  for (const d of ["dev", "proc", "sys", "etc"])
    mkdirSync9(join18(tmp, d), { recursive: true, mode: 493 });
  for (const f of ["etc/hosts", "etc/hostname", "etc/resolv.conf"])
    writeFileSync8(join18(tmp, f), "", { mode: 420 });
  try {
    renameSync9(tmp, dir);
  } catch {
    rmSync9(tmp, { recursive: true, force: true });
  }
  return initLayerChecked = dir;
}
function builtinNetwork(mode) {
  return mode === "none" || mode === "host";
}
function stopSignal(rec) {
  return rec.Config.StopSignal ? parseSignal(rec.Config.StopSignal).number : 15;
}
function cgroupResources(rec) {
  const h = rec.HostConfig;
  return {
    memory: h.Memory || void 0,
    memorySwap: h.Memory ? h.MemorySwap || void 0 : void 0,
    memoryReservation: h.MemoryReservation || void 0,
    nanoCpus: h.NanoCpus || void 0,
    cpuQuota: h.CpuQuota || void 0,
    cpuPeriod: h.CpuPeriod || void 0,
    cpuShares: h.CpuShares || void 0,
    cpusetCpus: h.CpusetCpus || void 0,
    pidsLimit: h.PidsLimit ?? void 0,
    privileged: h.Privileged
  };
}

// packages/runtime/dist/containers/stats.js
import { readFileSync as readFileSync13 } from "node:fs";
import { cpus } from "node:os";
function systemCpuNs(statText = readFileSync13("/proc/stat", "utf8")) {
  const line = statText.split("\n").find((l) => l.startsWith("cpu "));
  if (!line)
    return 0;
  const ticks = line.trim().split(/\s+/).slice(1, 8).reduce((a, b) => a + Number(b), 0);
  return ticks * 1e9 / 100;
}
function cpuPercent(prev, cur, onlineCpus = cpus().length) {
  if (!prev)
    return 0;
  const cd = cur.containerNs - prev.containerNs;
  const sd = cur.systemNs - prev.systemNs;
  if (cd <= 0 || sd <= 0)
    return 0;
  return cd / sd * onlineCpus * 100;
}
function formatStats(id, name, s, cpu, hostMem, fmt) {
  const limit2 = s.memoryLimit && s.memoryLimit < hostMem ? s.memoryLimit : hostMem;
  return {
    ID: id.slice(0, 12),
    Name: name,
    CPUPerc: `${cpu.toFixed(2)}%`,
    MemUsage: `${fmt(s.memoryUsed)} / ${fmt(limit2)}`,
    MemPerc: `${limit2 > 0 ? (s.memoryUsed / limit2 * 100).toFixed(2) : "0.00"}%`,
    NetIO: "0B / 0B",
    BlockIO: "0B / 0B",
    PIDs: String(s.pidsCurrent),
    cpuPercent: cpu,
    memoryUsed: s.memoryUsed,
    memoryLimit: limit2,
    pids: s.pidsCurrent
  };
}

// packages/runtime/dist/containers/top.js
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function top(pids, psArgs = ["-ef"]) {
  let stdout;
  try {
    ;
    ({ stdout } = await run("ps", [...psArgs], { maxBuffer: 16 << 20 }));
  } catch (err) {
    throw new RuntimeError("TOP_FAILED", `ps ${psArgs.join(" ")} failed: ${err.message.split("\n")[0]}`, { exitCode: 1 });
  }
  const lines = stdout.split("\n").filter(Boolean);
  const titles = (lines[0] ?? "").trim().split(/\s+/);
  const pidCol = titles.indexOf("PID");
  if (pidCol === -1)
    throw new RuntimeError("TOP_FAILED", `couldn't find PID field in ps output`, { exitCode: 1 });
  const want = new Set(pids);
  const processes = [];
  for (const line of lines.slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (!want.has(Number(fields[pidCol])))
      continue;
    processes.push([...fields.slice(0, titles.length - 1), fields.slice(titles.length - 1).join(" ")]);
  }
  return { Titles: titles, Processes: processes };
}

// packages/runtime/dist/containers/log-reader.js
import { closeSync as closeSync6, existsSync as existsSync13, fstatSync as fstatSync2, openSync as openSync6, readSync as readSync4, statSync as statSync4, watch as watch2 } from "node:fs";
import { dirname as dirname3 } from "node:path";

// packages/runtime/dist/containers/state-file.js
import { readFileSync as readFileSync14 } from "node:fs";
import { join as join19 } from "node:path";
var STATE_FILE = "state.json";
var STATUSES = ["created", "running", "restarting", "exited", "dead"];
var HEALTH = ["none", "starting", "healthy", "unhealthy"];
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : 0;
var str = (v) => typeof v === "string" ? v : "";
function parseState(text2) {
  let raw;
  try {
    raw = JSON.parse(text2);
  } catch {
    return void 0;
  }
  if (!raw || typeof raw !== "object" || !STATUSES.includes(raw.status))
    return void 0;
  const h = raw.health && typeof raw.health === "object" ? raw.health : {};
  const log = Array.isArray(h.log) ? h.log : [];
  return {
    status: raw.status,
    pid: num(raw.pid),
    supervisorPid: num(raw.supervisorPid),
    exitCode: num(raw.exitCode),
    oomKilled: raw.oomKilled === true,
    error: str(raw.error),
    startedAt: str(raw.startedAt),
    finishedAt: str(raw.finishedAt),
    restartCount: num(raw.restartCount),
    manualStop: raw.manualStop === true,
    health: {
      status: HEALTH.includes(h.status) ? h.status : "none",
      failingStreak: num(h.failingStreak),
      log: log.map((e) => ({ start: str(e.start), end: str(e.end), exitCode: num(e.exitCode), output: str(e.output) }))
    }
  };
}
function isSupervisorAlive(pid, procRoot = "/proc") {
  if (!Number.isInteger(pid) || pid <= 0)
    return false;
  try {
    const stat = readFileSync14(`${procRoot}/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    if (state === "Z" || state === "X")
      return false;
    const cmdline = readFileSync14(`${procRoot}/${pid}/cmdline`, "utf8");
    return cmdline.split("\0")[0].endsWith("tsc-supervisor");
  } catch {
    return false;
  }
}
function readState(dir, options = {}) {
  let text2;
  try {
    text2 = readFileSync14(join19(dir, STATE_FILE), "utf8");
  } catch {
    return void 0;
  }
  const state = parseState(text2);
  if (!state)
    return void 0;
  if (state.status !== "running" && state.status !== "restarting")
    return state;
  const alive2 = (options.isAlive ?? ((pid) => isSupervisorAlive(pid)))(state.supervisorPid);
  if (alive2)
    return state;
  return {
    ...state,
    status: "dead",
    pid: 0,
    error: state.error || `the supervisor (pid ${state.supervisorPid}) exited unexpectedly`
  };
}

// packages/runtime/dist/containers/log-reader.js
function parseLogLine(line) {
  if (!line)
    return void 0;
  try {
    const r = JSON.parse(line);
    if (typeof r.log !== "string" || typeof r.time !== "string")
      return void 0;
    return { stream: r.stream === "stderr" ? "stderr" : "stdout", time: r.time, text: r.log };
  } catch {
    return void 0;
  }
}
function timeToNs(time) {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(time);
  if (!m) {
    const ms = Date.parse(time);
    if (Number.isNaN(ms))
      throw new RangeError(`invalid time "${time}"`);
    return BigInt(ms) * 1000000n;
  }
  const secs = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(secs))
    throw new RangeError(`invalid time "${time}"`);
  return BigInt(secs) * 1000000n + BigInt((m[2] ?? "").padEnd(9, "0") || "0");
}
function boundToNs(b) {
  if (typeof b === "bigint")
    return b;
  if (b instanceof Date)
    return BigInt(b.getTime()) * 1000000n;
  if (typeof b === "number")
    return BigInt(Math.round(b * 1e9));
  if (/^\d+(\.\d{1,9})?$/.test(b)) {
    const [s, f = ""] = b.split(".");
    return BigInt(s) * 1000000000n + BigInt(f.padEnd(9, "0") || "0");
  }
  return timeToNs(b);
}
function logFiles(path) {
  const rotated = [];
  for (let i = 1; existsSync13(`${path}.${i}`); i++)
    rotated.unshift(`${path}.${i}`);
  return existsSync13(path) ? [...rotated, path] : rotated;
}
function readLines(fd, offset, limit2, onLine) {
  const buf = Buffer.alloc(64 * 1024);
  let carry = Buffer.alloc(0);
  let pos = offset;
  while (pos < limit2) {
    const n = readSync4(fd, buf, 0, Math.min(buf.length, limit2 - pos), pos);
    if (n <= 0)
      break;
    pos += n;
    let chunk = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
    let nl;
    while ((nl = chunk.indexOf(10)) >= 0) {
      onLine(chunk.subarray(0, nl).toString("utf8"));
      chunk = chunk.subarray(nl + 1);
    }
    carry = Buffer.from(chunk);
  }
  return pos - carry.length;
}
function filter(opts) {
  const since2 = opts.since === void 0 ? void 0 : boundToNs(opts.since);
  const until = opts.until === void 0 ? void 0 : boundToNs(opts.until);
  if (since2 === void 0 && until === void 0)
    return () => true;
  return (e) => {
    let t;
    try {
      t = timeToNs(e.time);
    } catch {
      return false;
    }
    return (since2 === void 0 || t >= since2) && (until === void 0 || t < until);
  };
}
function present(e, opts) {
  return opts.timestamps ? { ...e, text: `${e.time} ${e.text}` } : e;
}
function readLogsUpTo(path, inode, offset) {
  const out = [];
  for (const file of logFiles(path)) {
    let fd;
    try {
      fd = openSync6(file, "r");
    } catch {
      continue;
    }
    try {
      const st = fstatSync2(fd);
      const hit = inode !== 0 && st.ino === inode;
      readLines(fd, 0, hit ? Math.min(offset, st.size) : st.size, (l) => {
        const e = parseLogLine(l);
        if (e)
          out.push(e);
      });
      if (hit)
        break;
    } finally {
      closeSync6(fd);
    }
  }
  return out;
}
function defaultIsRunning(opts, path) {
  const dir = opts.stateDir ?? dirname3(path);
  return () => {
    const s = readState(dir);
    return s !== void 0 && (s.status === "running" || s.status === "restarting");
  };
}
async function* readLogs(path, opts = {}) {
  const keep = filter(opts);
  const tail = opts.tail !== void 0 && opts.tail >= 0 ? opts.tail : void 0;
  const ring = [];
  let current;
  const files = logFiles(path);
  for (const file of files) {
    let fd;
    try {
      fd = openSync6(file, "r");
    } catch {
      continue;
    }
    const st = fstatSync2(fd);
    const offset = readLines(fd, 0, st.size, (l) => {
      const e = parseLogLine(l);
      if (!e || !keep(e))
        return;
      ring.push(e);
      if (tail !== void 0 && ring.length > tail)
        ring.shift();
    });
    if (file === path)
      current = { fd, ino: st.ino, offset };
    else
      closeSync6(fd);
  }
  for (const e of tail === 0 ? [] : ring)
    yield present(e, opts);
  if (!opts.follow) {
    if (current)
      closeSync6(current.fd);
    return;
  }
  const isRunning2 = opts.isRunning ?? defaultIsRunning(opts, path);
  const pollMs = opts.pollMs ?? 250;
  let wake;
  let watcher;
  try {
    watcher = watch2(dirname3(path), { persistent: false }, () => wake?.());
  } catch {
    watcher = void 0;
  }
  const onAbort = () => wake?.();
  opts.signal?.addEventListener("abort", onAbort);
  try {
    for (; ; ) {
      const batch = [];
      const collect = (l) => {
        const e = parseLogLine(l);
        if (e && keep(e))
          batch.push(e);
      };
      if (current)
        current.offset = readLines(current.fd, current.offset, fstatSync2(current.fd).size, collect);
      let ino;
      try {
        ino = statSync4(path).ino;
      } catch {
        ino = void 0;
      }
      if (ino !== void 0 && ino !== current?.ino) {
        if (current) {
          current.offset = readLines(current.fd, current.offset, fstatSync2(current.fd).size, collect);
          closeSync6(current.fd);
        }
        current = void 0;
        try {
          const fd = openSync6(path, "r");
          current = { fd, ino: fstatSync2(fd).ino, offset: 0 };
          current.offset = readLines(fd, 0, fstatSync2(fd).size, collect);
        } catch {
          current = void 0;
        }
      }
      for (const e of batch)
        yield present(e, opts);
      if (opts.signal?.aborted)
        return;
      if (!isRunning2()) {
        if (current) {
          const rest = [];
          current.offset = readLines(current.fd, current.offset, fstatSync2(current.fd).size, (l) => {
            const e = parseLogLine(l);
            if (e && keep(e))
              rest.push(e);
          });
          for (const e of rest)
            yield present(e, opts);
        }
        return;
      }
      await new Promise((resolve3) => {
        const t = setTimeout(resolve3, pollMs);
        wake = () => {
          clearTimeout(t);
          resolve3();
        };
      });
      wake = void 0;
    }
  } finally {
    watcher?.close();
    opts.signal?.removeEventListener("abort", onAbort);
    if (current)
      closeSync6(current.fd);
  }
}

// packages/runtime/dist/containers/containers.js
var Containers = class {
  m;
  paths;
  names;
  images;
  constructor(m, paths, names2, images) {
    this.m = m;
    this.paths = paths;
    this.names = names2;
    this.images = images;
  }
  create(opts) {
    return this.m.create(opts);
  }
  async start(ref) {
    return (await this.m.start(ref)).rec;
  }
  /**
   * docker run: create, start (attached unless detached), wait, and for --rm remove. A
   * start that fails removes the container (nothing is left behind on bad input).
   */
  async run(opts, r) {
    const rec = await this.m.create(opts);
    r.onCreated?.(rec.Id);
    let attached;
    try {
      ;
      ({ attached } = await this.m.start(rec.Id, r.detach ? void 0 : r.io));
    } catch (err) {
      await this.m.remove(rec.Id, { force: true, volumes: true }).catch(() => void 0);
      throw err;
    }
    if (r.detach)
      return { id: rec.Id, exitCode: 0 };
    const exitCode = attached ? await attached : await this.m.wait(rec.Id);
    if (opts.autoRemove)
      await this.m.remove(rec.Id, { force: true, volumes: true }).catch((e) => {
        if (process.env.TSC_DEBUG)
          console.error(e);
      });
    return { id: rec.Id, exitCode };
  }
  stop(ref, timeoutSeconds) {
    return this.m.stop(ref, timeoutSeconds);
  }
  async restart(ref, timeoutSeconds) {
    await this.m.stop(ref, timeoutSeconds);
    return this.start(ref);
  }
  kill(ref, signal) {
    return this.m.kill(ref, signal);
  }
  wait(ref, signal) {
    return this.m.wait(ref, signal);
  }
  attach(ref, io) {
    return this.m.attach(ref, io);
  }
  remove(ref, opts) {
    return this.m.remove(ref, opts);
  }
  get(ref) {
    return this.m.records.resolve(ref);
  }
  find(ref) {
    return this.m.records.find(ref);
  }
  state(ref) {
    return this.m.state(this.get(ref));
  }
  list(f = {}) {
    const entries = this.m.records.all().map((rec) => ({ rec, st: this.m.state(rec) }));
    return filterContainers(entries, f).map(({ rec, st }) => summarize(rec, st));
  }
  inspect(ref) {
    const rec = this.get(ref);
    return toInspect2(rec, this.m.state(rec), this.m.records.dir(rec.Id));
  }
  logPath(ref) {
    const rec = this.get(ref);
    return logPath(this.m.records.dir(rec.Id), rec.Id);
  }
  /** Log entries (follow: until the container stops for good or the signal aborts). */
  logs(ref, opts = {}) {
    const rec = this.get(ref);
    const dir = this.m.records.dir(rec.Id);
    return readLogs(logPath(dir, rec.Id), { ...opts, stateDir: dir });
  }
  /** docker exec; resolves with the exec'd process' exit code. */
  async exec(ref, o) {
    const rec = this.get(ref);
    const st = this.m.state(rec);
    if (!isRunning(st) || st.pid <= 0)
      throw new RuntimeError(CONTAINER_NOT_RUNNING, `container ${rec.Id.slice(0, 12)} is not running`, { exitCode: 1 });
    if (st.status === "paused")
      throw new RuntimeError("CONTAINER_PAUSED", `container ${rec.Id.slice(0, 12)} is paused, unpause the container before exec`, { exitCode: 1 });
    if (o.cmd.length === 0)
      throw new RuntimeError("NO_COMMAND", "no command specified for exec", { exitCode: 125 });
    const args = execArgs(rec, this.m.records.dir(rec.Id), st.pid, o);
    this.m.event(rec, `exec_start: ${o.cmd.join(" ")}`);
    const code = await runExec(args, Boolean(o.detach));
    if (!o.detach)
      this.m.event(rec, "exec_die", { exitCode: String(code) });
    return code;
  }
  /** docker diff: changes of the container's upper dir (A/C/D). */
  diff(ref) {
    const rec = this.get(ref);
    const kinds = { C: 0, A: 1, D: 2 };
    return this.images().diff(join20(this.m.records.dir(rec.Id), "upper"), rec.LowerDirs).map((c) => ({ Path: c.path, Kind: kinds[c.kind] }));
  }
  /** docker commit: the container's upper dir as a new layer over its image. */
  async commit(ref, o = {}) {
    const rec = this.get(ref);
    const st = this.m.state(rec);
    const cg = this.m.cgroupsOf(rec);
    const path = cg.pathFor(rec.Id);
    const pause = o.pause !== false && st.status === "running";
    if (pause)
      await cg.freeze(path);
    try {
      const c = rec.Config;
      const { id } = await this.images().commit({
        upperDir: join20(this.m.records.dir(rec.Id), "upper"),
        baseRef: rec.Image,
        config: {
          User: c.User,
          Env: c.Env,
          Entrypoint: c.Entrypoint,
          Cmd: c.Cmd,
          WorkingDir: c.WorkingDir,
          Labels: c.Labels,
          ...c.ExposedPorts ? { ExposedPorts: c.ExposedPorts } : {},
          ...c.Volumes ? { Volumes: c.Volumes } : {},
          ...c.StopSignal ? { StopSignal: c.StopSignal } : {}
        },
        ref: o.ref,
        message: o.message,
        author: o.author,
        changes: o.changes,
        createdBy: [rec.Path, ...rec.Args].join(" ")
      });
      return id;
    } finally {
      if (pause)
        await cg.thaw(path).catch(() => void 0);
    }
  }
  /** One stats sample per running container; pass the previous samples for CPU %. */
  stats(refs, prev) {
    const recs = refs.length > 0 ? refs.map((r) => this.get(r)) : this.m.records.all().filter((r) => isRunning(this.m.state(r)));
    const samples = /* @__PURE__ */ new Map();
    const out = [];
    const sys3 = systemCpuNs();
    const mem = totalmem();
    for (const rec of recs) {
      const cg = this.m.cgroupsOf(rec);
      const path = cg.pathFor(rec.Id);
      if (!isRunning(this.m.state(rec)) || !cg.exists(path)) {
        out.push({ ID: rec.Id.slice(0, 12), Name: containerName(rec), CPUPerc: "0.00%", MemUsage: "0B / 0B", MemPerc: "0.00%", NetIO: "0B / 0B", BlockIO: "0B / 0B", PIDs: "0", cpuPercent: 0, memoryUsed: 0, memoryLimit: 0, pids: 0 });
        continue;
      }
      const s = cg.stats(path);
      const cur = { containerNs: s.cpuUsageNs, systemNs: sys3 };
      samples.set(rec.Id, cur);
      out.push(formatStats(rec.Id, containerName(rec), s, cpuPercent(prev?.get(rec.Id), cur), mem, formatBytes));
    }
    return { stats: out, samples };
  }
  async top(ref, psArgs) {
    const rec = this.get(ref);
    const st = this.m.state(rec);
    if (!isRunning(st))
      throw new RuntimeError(CONTAINER_NOT_RUNNING, `container ${rec.Id.slice(0, 12)} is not running`, { exitCode: 1 });
    const cg = this.m.cgroupsOf(rec);
    return top(cg.pids(cg.pathFor(rec.Id)), psArgs && psArgs.length ? psArgs : void 0);
  }
  async pause(ref) {
    const rec = this.get(ref);
    await withLock(this.paths, this.m.lockName(rec.Id), async () => {
      const st = this.m.state(rec);
      if (st.status === "paused")
        throw new RuntimeError("CONTAINER_PAUSED", `container ${rec.Id.slice(0, 12)} is already paused`, { exitCode: 1 });
      if (st.status !== "running")
        throw new RuntimeError(CONTAINER_NOT_RUNNING, `container ${rec.Id.slice(0, 12)} is not running`, { exitCode: 1 });
      const cg = this.m.cgroupsOf(rec);
      await cg.freeze(cg.pathFor(rec.Id));
      writeFileSync9(join20(this.m.records.dir(rec.Id), PAUSED_FILE), "");
    });
    this.m.event(rec, "pause");
  }
  async unpause(ref) {
    const rec = this.get(ref);
    await withLock(this.paths, this.m.lockName(rec.Id), async () => {
      const st = this.m.state(rec);
      if (st.status !== "paused")
        throw new RuntimeError("CONTAINER_NOT_PAUSED", `container ${rec.Id.slice(0, 12)} is not paused`, { exitCode: 1 });
      const cg = this.m.cgroupsOf(rec);
      await cg.thaw(cg.pathFor(rec.Id));
      rmSync10(join20(this.m.records.dir(rec.Id), PAUSED_FILE), { force: true });
    });
    this.m.event(rec, "unpause");
  }
  async rename(ref, newName) {
    const rec = this.get(ref);
    const name = validateName(newName);
    const old = containerName(rec);
    if (name === old)
      throw new RuntimeError("NAME_UNCHANGED", `renaming a container with the same name as its current name`, { exitCode: 1 });
    await withLock(this.paths, this.m.lockName(rec.Id), () => {
      this.names.claim(name, rec.Id);
      try {
        const cur = this.m.records.get(rec.Id);
        this.m.records.write({ ...cur, Name: `/${name}` });
      } catch (err) {
        this.names.releaseIf(name, rec.Id);
        throw err;
      }
      this.names.releaseIf(old, rec.Id);
    });
    this.m.event({ ...rec, Name: `/${name}` }, "rename", { oldName: `/${old}` });
  }
  /**
   * Removes stopped containers, then garbage a killed CLI may have left: container dirs
   * without a record (killed create) or being removed (killed rm), and stale names.
   */
  async prune(o = {}) {
    const removed = [];
    for (const rec of this.m.records.all()) {
      const st = this.m.state(rec);
      if (isRunning(st) || st.supervised)
        continue;
      if (o.until !== void 0 && Date.parse(rec.Created) / 1e3 > o.until)
        continue;
      if (o.labelFilters && !o.labelFilters.every((f) => labelMatch(rec.Config.Labels, f)))
        continue;
      try {
        await this.m.remove(rec.Id, { volumes: false });
        removed.push(rec.Id);
      } catch {
      }
    }
    await this.reclaimGarbage();
    return { removed };
  }
  /** Partial state of killed CLIs: dirs without config.json, `.removing-*` dirs, stale names. */
  async reclaimGarbage() {
    let entries = [];
    try {
      entries = readdirSync11(this.paths.containers);
    } catch {
      return;
    }
    for (const e of entries) {
      const dir = join20(this.paths.containers, e);
      if (e.startsWith(".removing-")) {
        const id = e.slice(".removing-".length);
        const release3 = tryLock(this.paths, this.m.lockName(id));
        if (!release3)
          continue;
        try {
          const rec = readJsonIfExists(join20(dir, RECORD_FILE));
          await this.m.reclaimCgroupOnly(id, rec?.cgroupParent);
          rmSync10(dir, { recursive: true, force: true });
          unlinkLock(this.paths, this.m.lockName(id));
        } finally {
          release3();
        }
        continue;
      }
      if (!isFullId(e) || this.m.records.get(e))
        continue;
      const release2 = tryLock(this.paths, this.m.lockName(e));
      if (!release2)
        continue;
      try {
        if (this.m.records.get(e))
          continue;
        await this.m.reclaimCgroupOnly(e);
        rmSync10(dir, { recursive: true, force: true });
        unlinkLock(this.paths, this.m.lockName(e));
      } finally {
        release2();
      }
    }
    for (const { name, id } of this.names.entries())
      if (!this.m.records.get(id))
        this.names.releaseIf(name, id);
  }
};
function labelMatch(labels, f) {
  const neg = f.startsWith("!");
  const body = neg ? f.slice(1) : f;
  const eq = body.indexOf("=");
  const hit = eq === -1 ? body in labels : labels[body.slice(0, eq)] === body.slice(eq + 1);
  return neg ? !hit : hit;
}

// packages/runtime/dist/containers/spec-builder.js
import { statSync as statSync5, writeFileSync as writeFileSync11 } from "node:fs";
import { dirname as dirname4, join as join21 } from "node:path";

// packages/runtime/dist/mounts/linux-constants.js
var MS = {
  RDONLY: 1,
  NOSUID: 2,
  NODEV: 4,
  NOEXEC: 8,
  SYNCHRONOUS: 16,
  REMOUNT: 32,
  MANDLOCK: 64,
  DIRSYNC: 128,
  NOSYMFOLLOW: 256,
  NOATIME: 1024,
  NODIRATIME: 2048,
  BIND: 4096,
  MOVE: 8192,
  REC: 16384,
  SILENT: 32768,
  UNBINDABLE: 131072,
  PRIVATE: 262144,
  SLAVE: 524288,
  SHARED: 1048576,
  RELATIME: 2097152,
  STRICTATIME: 16777216,
  LAZYTIME: 33554432
};
var MOUNT_OPTION_FLAGS = {
  ro: { set: MS.RDONLY },
  rw: { clear: MS.RDONLY },
  nosuid: { set: MS.NOSUID },
  suid: { clear: MS.NOSUID },
  nodev: { set: MS.NODEV },
  dev: { clear: MS.NODEV },
  noexec: { set: MS.NOEXEC },
  exec: { clear: MS.NOEXEC },
  sync: { set: MS.SYNCHRONOUS },
  async: { clear: MS.SYNCHRONOUS },
  dirsync: { set: MS.DIRSYNC },
  noatime: { set: MS.NOATIME },
  atime: { clear: MS.NOATIME },
  nodiratime: { set: MS.NODIRATIME },
  diratime: { clear: MS.NODIRATIME },
  relatime: { set: MS.RELATIME },
  norelatime: { clear: MS.RELATIME },
  strictatime: { set: MS.STRICTATIME },
  nostrictatime: { clear: MS.STRICTATIME },
  bind: { set: MS.BIND },
  rbind: { set: MS.BIND | MS.REC },
  private: { set: MS.PRIVATE },
  rprivate: { set: MS.PRIVATE | MS.REC },
  slave: { set: MS.SLAVE },
  rslave: { set: MS.SLAVE | MS.REC },
  shared: { set: MS.SHARED },
  rshared: { set: MS.SHARED | MS.REC },
  unbindable: { set: MS.UNBINDABLE },
  runbindable: { set: MS.UNBINDABLE | MS.REC }
};
function splitMountOptions(options, initialFlags = 0) {
  let flags = initialFlags;
  const data = [];
  for (const o of options) {
    const f = MOUNT_OPTION_FLAGS[o];
    if (!f)
      data.push(o);
    else if ("set" in f)
      flags |= f.set;
    else
      flags &= ~f.clear;
  }
  return { flags: flags >>> 0, data: data.join(",") };
}
var RLIMIT = {
  CPU: 0,
  FSIZE: 1,
  DATA: 2,
  STACK: 3,
  CORE: 4,
  RSS: 5,
  NPROC: 6,
  NOFILE: 7,
  MEMLOCK: 8,
  AS: 9,
  LOCKS: 10,
  SIGPENDING: 11,
  MSGQUEUE: 12,
  NICE: 13,
  RTPRIO: 14,
  RTTIME: 15
};
var SIG = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  KILL: 9,
  USR1: 10,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  CHLD: 17,
  CONT: 18,
  STOP: 19,
  WINCH: 28
};

// packages/runtime/dist/containers/spec-file.js
import { writeFileSync as writeFileSync10 } from "node:fs";
var SPEC_KEYS = [
  "id",
  "name",
  "dir",
  "arg",
  "env",
  "cwd",
  "uid",
  "gid",
  "group",
  "tty",
  "stdin",
  "umask",
  "rootfs.lower",
  "rootfs.upper",
  "rootfs.work",
  "rootfs.target",
  "rootfs.readonly",
  "ns.net",
  "ns.ipc",
  "ns.uts",
  "ns.pid",
  "ns.cgroup",
  "ns.mnt",
  "mount",
  "device",
  "symlink",
  "masked",
  "readonly",
  "hostname",
  "domainname",
  "sysctl",
  "cgroup.procs",
  "cgroup.freezer",
  "rlimit",
  "oom_score_adj",
  "cap.bounding",
  "cap.effective",
  "cap.permitted",
  "cap.inheritable",
  "cap.ambient",
  "nnp",
  "seccomp",
  "pdeathsig",
  "log.path",
  "log.max_size",
  "log.max_files",
  "events.path",
  "restart",
  "restart.max",
  "health.arg",
  "health.interval_ms",
  "health.timeout_ms",
  "health.retries",
  "health.start_period_ms",
  "health.start_interval_ms",
  "stop.signal",
  "stop.timeout",
  "hook.exit"
];
var SPEC_FIELD_SEPARATOR = "";
var NS_KINDS = ["net", "ipc", "uts", "pid", "cgroup", "mnt"];
function invalid2(key, value, why) {
  return new RuntimeError("SPEC_INVALID", `spec: bad value for ${key}: ${JSON.stringify(String(value))} (${why})`);
}
function text(key, v) {
  if (v.includes("\0"))
    throw invalid2(key, v, "contains a NUL byte");
  return v;
}
function field(key, v) {
  if (v.includes(SPEC_FIELD_SEPARATOR))
    throw invalid2(key, v, "contains the \\x1f field separator");
  return text(key, v);
}
function abs(key, v) {
  if (!v.startsWith("/"))
    throw invalid2(key, v, "not an absolute path");
  return v;
}
function uint(key, v, max = 4294967295) {
  if (!Number.isSafeInteger(v) || v < 0 || v > max)
    throw invalid2(key, v, `expected an integer from 0 to ${max}`);
  return String(v);
}
function octal(key, v, max) {
  uint(key, v, max);
  return v.toString(8);
}
function limit(key, v) {
  const b = typeof v === "bigint" ? v : Number.isSafeInteger(v) ? BigInt(v) : NaN;
  if (typeof b !== "bigint" || b < -1n || b > 0xffffffffffffffffn)
    throw invalid2(key, v, "expected an integer, -1 = unlimited");
  return b;
}
function mask(key, v) {
  if (v < 0n || v > 0xffffffffffffffffn)
    throw invalid2(key, v, "expected a 64-bit mask");
  return v.toString(16);
}
function specRecords(spec) {
  const out = [];
  const put = (k, v) => out.push([k, v]);
  const join38 = (k, fields) => put(k, fields.map((f) => field(k, f)).join(SPEC_FIELD_SEPARATOR));
  put("id", text("id", spec.id));
  put("name", text("name", spec.name));
  if (spec.dir !== void 0)
    put("dir", abs("dir", text("dir", spec.dir)));
  if (spec.argv.length === 0)
    throw invalid2("arg", "", "the command is empty");
  for (const a of spec.argv)
    put("arg", text("arg", a));
  for (const e of spec.env) {
    if (!e.includes("="))
      throw invalid2("env", e, "expected K=V");
    put("env", text("env", e));
  }
  if (spec.cwd !== void 0)
    put("cwd", abs("cwd", text("cwd", spec.cwd)));
  put("uid", uint("uid", spec.uid, 4294967294));
  put("gid", uint("gid", spec.gid, 4294967294));
  for (const g of spec.groups ?? [])
    put("group", uint("group", g, 4294967294));
  if (spec.tty)
    put("tty", "1");
  if (spec.stdin)
    put("stdin", "1");
  if (spec.umask !== void 0)
    put("umask", octal("umask", spec.umask, 511));
  const r = spec.rootfs;
  if (r) {
    if (r.lower.length === 0)
      throw invalid2("rootfs.lower", "", "at least one lower directory is needed");
    if (r.upper === void 0 !== (r.work === void 0))
      throw invalid2("rootfs.work", r.work ?? "", "upper and work go together");
    for (const l of r.lower)
      put("rootfs.lower", abs("rootfs.lower", text("rootfs.lower", l)));
    if (r.upper !== void 0)
      put("rootfs.upper", abs("rootfs.upper", text("rootfs.upper", r.upper)));
    if (r.work !== void 0)
      put("rootfs.work", abs("rootfs.work", text("rootfs.work", r.work)));
    put("rootfs.target", abs("rootfs.target", text("rootfs.target", r.target)));
    if (r.readonly)
      put("rootfs.readonly", "1");
  }
  for (const kind of NS_KINDS) {
    const mode = spec.namespaces?.[kind];
    if (mode === void 0)
      continue;
    const key = `ns.${kind}`;
    if (mode !== "new" && mode !== "host" && !mode.startsWith("/"))
      throw invalid2(key, mode, "expected new, host or a path");
    put(key, text(key, mode));
  }
  for (const m of spec.mounts ?? []) {
    if (!m.target.startsWith("/") || m.target.split("/").includes(".."))
      throw invalid2("mount", m.target, "target must be absolute, without ..");
    join38("mount", [m.type, m.source, m.target, uint("mount", m.flags), m.data ?? "", m.kind]);
  }
  for (const d of spec.devices ?? []) {
    abs("device", d.path);
    join38("device", [
      d.path,
      d.type,
      uint("device", d.major, 1048575),
      uint("device", d.minor, 1048575),
      octal("device", d.mode, 4095),
      uint("device", d.uid),
      uint("device", d.gid)
    ]);
  }
  for (const l of spec.symlinks ?? [])
    join38("symlink", [l.target, abs("symlink", l.link)]);
  for (const p of spec.maskedPaths ?? [])
    put("masked", abs("masked", text("masked", p)));
  for (const p of spec.readonlyPaths ?? [])
    put("readonly", abs("readonly", text("readonly", p)));
  if (spec.hostname !== void 0)
    put("hostname", text("hostname", spec.hostname));
  if (spec.domainname !== void 0)
    put("domainname", text("domainname", spec.domainname));
  for (const [k, v] of spec.sysctls ?? []) {
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_*:-]+)*$/.test(k))
      throw invalid2("sysctl", k, "not a dotted sysctl name");
    join38("sysctl", [k, v]);
  }
  for (const p of spec.cgroupProcs ?? [])
    put("cgroup.procs", abs("cgroup.procs", text("cgroup.procs", p)));
  if (spec.cgroupFreezer !== void 0)
    put("cgroup.freezer", abs("cgroup.freezer", text("cgroup.freezer", spec.cgroupFreezer)));
  for (const l of spec.rlimits ?? []) {
    const soft = limit("rlimit", l.soft);
    const hard = limit("rlimit", l.hard);
    const rank = (n) => n === -1n ? 1n << 64n : n;
    if (rank(soft) > rank(hard))
      throw invalid2("rlimit", `${soft}:${hard}`, "soft limit above hard limit");
    join38("rlimit", [uint("rlimit", l.resource, 63), String(soft), String(hard)]);
  }
  if (spec.oomScoreAdj !== void 0) {
    if (!Number.isInteger(spec.oomScoreAdj) || spec.oomScoreAdj < -1e3 || spec.oomScoreAdj > 1e3)
      throw invalid2("oom_score_adj", spec.oomScoreAdj, "expected -1000..1000");
    put("oom_score_adj", String(spec.oomScoreAdj));
  }
  const c = spec.capabilities;
  if (c) {
    put("cap.bounding", mask("cap.bounding", c.bounding));
    put("cap.effective", mask("cap.effective", c.effective));
    put("cap.permitted", mask("cap.permitted", c.permitted));
    put("cap.inheritable", mask("cap.inheritable", c.inheritable));
    put("cap.ambient", mask("cap.ambient", c.ambient));
  }
  if (spec.noNewPrivileges)
    put("nnp", "1");
  if (spec.seccomp !== void 0)
    put("seccomp", abs("seccomp", text("seccomp", spec.seccomp)));
  if (spec.pdeathsig)
    put("pdeathsig", uint("pdeathsig", spec.pdeathsig, 64));
  if (spec.log) {
    put("log.path", abs("log.path", text("log.path", spec.log.path)));
    put("log.max_size", uint("log.max_size", spec.log.maxSize, Number.MAX_SAFE_INTEGER));
    put("log.max_files", uint("log.max_files", spec.log.maxFiles));
  }
  if (spec.eventsPath !== void 0)
    put("events.path", abs("events.path", text("events.path", spec.eventsPath)));
  if (spec.restart) {
    put("restart", spec.restart.policy);
    if (spec.restart.max !== void 0)
      put("restart.max", uint("restart.max", spec.restart.max));
  }
  const h = spec.health;
  if (h) {
    if (h.argv.length === 0)
      throw invalid2("health.arg", "", "the healthcheck command is empty");
    for (const a of h.argv)
      put("health.arg", text("health.arg", a));
    put("health.interval_ms", uint("health.interval_ms", h.intervalMs, Number.MAX_SAFE_INTEGER));
    put("health.timeout_ms", uint("health.timeout_ms", h.timeoutMs, Number.MAX_SAFE_INTEGER));
    put("health.retries", uint("health.retries", h.retries));
    put("health.start_period_ms", uint("health.start_period_ms", h.startPeriodMs, Number.MAX_SAFE_INTEGER));
    put("health.start_interval_ms", uint("health.start_interval_ms", h.startIntervalMs, Number.MAX_SAFE_INTEGER));
  }
  if (spec.stopSignal !== void 0) {
    if (spec.stopSignal < 1)
      throw invalid2("stop.signal", spec.stopSignal, "expected a signal number 1-64");
    put("stop.signal", uint("stop.signal", spec.stopSignal, 64));
  }
  if (spec.stopTimeout !== void 0)
    put("stop.timeout", uint("stop.timeout", spec.stopTimeout));
  for (const a of spec.exitHook ?? [])
    put("hook.exit", text("hook.exit", a));
  return out;
}
function serializeSpec(spec) {
  return Buffer.from(specRecords(spec).map(([k, v]) => `${k}=${v}\0`).join(""), "utf8");
}
function writeSpecFile(path, spec) {
  writeFileSync10(path, serializeSpec(spec), { mode: 384 });
}
function parseSpecRecords(data) {
  const s = typeof data === "string" ? data : data.toString("utf8");
  return s.split("\0").filter(Boolean).map((r) => {
    const eq = r.indexOf("=");
    return [r.slice(0, eq), r.slice(eq + 1)];
  });
}

// packages/runtime/dist/containers/spec-builder.js
var US = "";
var INIT_PATH = "/dev/init";
var DEFAULT_STOP_SIGNAL = 15;
var DEFAULT_LOG_MAX_FILES = 1;
function baseMounts(rec, ctx) {
  const h = rec.HostConfig;
  const out = [];
  for (const m of defaultMounts({ privileged: h.Privileged, readOnly: h.ReadonlyRootfs, shmSize: h.ShmSize })) {
    if (m.destination === "/sys/fs/cgroup") {
      out.push(...cgroupMounts(ctx, h.Privileged));
      continue;
    }
    const { flags, data } = splitMountOptions(m.options);
    out.push({ type: m.type, source: m.source, target: m.destination, flags, data, kind: "dir" });
  }
  return out;
}
var CGROUP_ROOT = "/sys/fs/cgroup";
function cgroupMounts(ctx, rw) {
  const ro = rw ? 0 : MS.RDONLY;
  const dirs = ctx.cgroups.dirs(ctx.cgroupPath);
  const bind = (source, target) => ({ type: "bind", source, target, flags: (MS.BIND | ro) >>> 0, data: "", kind: "dir" });
  if (ctx.cgroups.version === "v2")
    return dirs.length ? [bind(dirs[0], CGROUP_ROOT)] : [];
  const out = [{ type: "tmpfs", source: "tmpfs", target: CGROUP_ROOT, flags: (MS.NOSUID | MS.NODEV | MS.NOEXEC) >>> 0, data: "mode=755", kind: "dir" }];
  for (const d of dirs) {
    const mount = d.slice(0, d.length - ctx.cgroupPath.length - 1);
    if (!mount.startsWith(`${CGROUP_ROOT}/`))
      continue;
    out.push(bind(d, `${CGROUP_ROOT}/${mount.slice(CGROUP_ROOT.length + 1)}`));
  }
  return out;
}
function statKind(p) {
  try {
    return statSync5(p).isDirectory() ? "dir" : "file";
  } catch {
    return "dir";
  }
}
function userMount(mt) {
  const ro = mt.RW ? 0 : MS.RDONLY;
  if (mt.Type === "tmpfs" || mt.VolumeKind === "tmpfs") {
    const data = mt.Type === "tmpfs" ? [mt.TmpfsSize ? `size=${mt.TmpfsSize}` : "", mt.TmpfsMode !== void 0 ? `mode=${mt.TmpfsMode.toString(8)}` : ""].filter(Boolean).join(",") : mt.VolumeOptions ?? "";
    const flags = mt.Type === "tmpfs" ? MS.NOSUID | MS.NODEV | MS.NOEXEC : MS.NOSUID | MS.NODEV;
    return { type: "tmpfs", source: "tmpfs", target: mt.Destination, flags: (flags | ro) >>> 0, data, kind: "dir" };
  }
  return { type: "bind", source: mt.Source, target: mt.Destination, flags: (MS.BIND | MS.REC | ro) >>> 0, data: "", kind: statKind(mt.Source) };
}
var depth = (p) => p.split("/").filter(Boolean).length;
function buildSpec(rec, ctx, sec, extra) {
  const h = rec.HostConfig;
  const c = rec.Config;
  const dir = ctx.dir;
  const argv = [rec.Path, ...rec.Args];
  if (h.Init)
    argv.unshift(INIT_PATH, "--");
  const mounts = baseMounts(rec, ctx);
  if (h.Init && extra.initPath)
    mounts.push({ type: "bind", source: extra.initPath, target: INIT_PATH, flags: (MS.BIND | MS.RDONLY) >>> 0, kind: "file" });
  const users = [...rec.Mounts].sort((a, b) => depth(a.Destination) - depth(b.Destination));
  const covered = new Set(users.map((m) => m.Destination));
  for (const mt of users)
    mounts.push(userMount(mt));
  for (const name of ["resolv.conf", "hostname", "hosts"]) {
    if (covered.has(`/etc/${name}`))
      continue;
    mounts.push({ type: "bind", source: join21(dir, name), target: `/etc/${name}`, flags: (MS.BIND | (h.ReadonlyRootfs ? MS.RDONLY : 0)) >>> 0, kind: "file" });
  }
  const hc = c.Healthcheck;
  const lc = h.LogConfig.Config;
  const freezer = ctx.cgroups.freezerFile(ctx.cgroupPath);
  const ms = (ns, def) => ns ? Math.round(ns / 1e6) : def;
  return {
    id: rec.Id,
    name: containerName(rec),
    dir,
    argv,
    env: c.Env,
    cwd: c.WorkingDir || "/",
    uid: rec.Process.uid,
    gid: rec.Process.gid,
    groups: rec.Process.groups,
    tty: c.Tty,
    stdin: c.OpenStdin,
    rootfs: { lower: rec.LowerDirs, upper: join21(dir, "upper"), work: join21(dir, "work"), target: join21(dir, "rootfs"), readonly: h.ReadonlyRootfs },
    namespaces: { net: ctx.netnsPath ?? (h.NetworkMode === "host" ? "host" : "new"), ipc: "new", uts: "new", pid: "new" },
    mounts,
    devices: DEFAULT_DEVICES,
    symlinks: DEFAULT_DEV_SYMLINKS.map(([target, link]) => ({ target, link })),
    maskedPaths: sec.maskedPaths,
    readonlyPaths: sec.readonlyPaths,
    hostname: c.Hostname,
    ...c.Domainname ? { domainname: c.Domainname } : {},
    sysctls: Object.entries(sec.sysctls),
    cgroupProcs: ctx.cgroups.procsFiles(ctx.cgroupPath),
    ...freezer ? { cgroupFreezer: freezer } : {},
    rlimits: h.Ulimits.map((u) => ({ resource: u.resource, soft: u.soft, hard: u.hard })),
    ...h.OomScoreAdj ? { oomScoreAdj: h.OomScoreAdj } : {},
    capabilities: sec.caps,
    noNewPrivileges: sec.noNewPrivileges,
    ...sec.seccompPath ? { seccomp: sec.seccompPath } : {},
    log: { path: logPath(dir, rec.Id), maxSize: Number(lc["max-size"] ?? 0), maxFiles: Number(lc["max-file"] ?? DEFAULT_LOG_MAX_FILES) },
    eventsPath: ctx.paths.events,
    restart: { policy: h.RestartPolicy.Name, max: h.RestartPolicy.MaximumRetryCount },
    ...hc && hc.test.length > 0 && hc.test[0] !== "NONE" ? {
      health: {
        argv: hc.test[0] === "CMD-SHELL" ? ["/bin/sh", "-c", hc.test.slice(1).join(" ")] : hc.test[0] === "CMD" ? hc.test.slice(1) : [...hc.test],
        intervalMs: ms(hc.interval, 3e4),
        timeoutMs: ms(hc.timeout, 3e4),
        retries: hc.retries || 3,
        startPeriodMs: ms(hc.startPeriod, 0),
        startIntervalMs: ms(hc.startInterval, 5e3)
      }
    } : {},
    stopSignal: c.StopSignal ? parseSignal(c.StopSignal).number : DEFAULT_STOP_SIGNAL,
    stopTimeout: c.StopTimeout ?? 10,
    ...extra.exitHook ? { exitHook: extra.exitHook } : {}
  };
}
function supervisorExtras(rec, ctx) {
  const out = [];
  const field2 = (s) => s.replace(/[\0\x1f]/g, " ");
  if (rec.Config.OpenStdin)
    out.push(`stdin_once=${rec.Config.StdinOnce ? 1 : 0}`);
  const mem = ctx.cgroups.memoryDir(ctx.cgroupPath);
  if (mem)
    out.push(`cgroup.memory=${mem}`);
  out.push(`event.attr=image${US}${field2(rec.Config.Image)}`);
  for (const [k, v] of Object.entries(rec.Config.Labels))
    out.push(`event.attr=${field2(k)}${US}${field2(v)}`);
  return out.map((r) => `${r}\0`).join("");
}
function initBinaryPath() {
  return join21(dirname4(supervisorPath()), "tsc-init");
}
var RecordSpecBuilder = class {
  security;
  exitHook;
  constructor(security, exitHook) {
    this.security = security;
    this.exitHook = exitHook;
  }
  validate(rec) {
    this.security.validate?.(rec);
  }
  async write(specPath, rec, ctx) {
    const privateNetns = rec.HostConfig.NetworkMode !== "host";
    const sec = await this.security.plan(rec, { privateNetns });
    const spec = buildSpec(rec, ctx, sec, { initPath: rec.HostConfig.Init ? initBinaryPath() : void 0, exitHook: ctx.attached ? void 0 : this.exitHook(rec) });
    writeFileSync11(specPath, Buffer.concat([serializeSpec(spec), Buffer.from(supervisorExtras(rec, ctx), "utf8")]), { mode: 384 });
  }
};

// packages/runtime/dist/containers/supervisor-adapter.js
import { join as join24 } from "node:path";

// packages/runtime/dist/containers/supervisor-client.js
import { spawn as spawn2 } from "node:child_process";
import { closeSync as closeSync7, openSync as openSync7 } from "node:fs";
import { connect } from "node:net";
import { join as join22 } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";

// packages/runtime/dist/containers/attach-frames.js
var FRAME_STDOUT = 1;
var FRAME_STDERR = 2;
var FRAME_EXIT = 3;
function encodeFrame(stream, payload) {
  const body = typeof payload === "string" ? Buffer.from(payload) : payload;
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}
var FrameDecoder = class {
  pending = Buffer.alloc(0);
  push(chunk) {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames = [];
    let off = 0;
    while (this.pending.length - off >= 8) {
      const len = this.pending.readUInt32BE(off + 4);
      if (this.pending.length - off - 8 < len)
        break;
      frames.push({ stream: this.pending[off], payload: this.pending.subarray(off + 8, off + 8 + len) });
      off += 8 + len;
    }
    this.pending = this.pending.subarray(off);
    return frames;
  }
  /** Bytes of an incomplete frame still waiting for the rest. */
  get buffered() {
    return this.pending.length;
  }
};
function parseExitPayload(payload) {
  const m = /^exit (-?\d+)$/.exec(payload.toString("utf8"));
  return m ? Number(m[1]) : void 0;
}

// packages/runtime/dist/containers/supervisor-client.js
var CONTROL_SOCKET = "control.sock";
var START_CODES = {
  125: "CONTAINER_START_FAILED",
  126: "CONTAINER_CMD_NOT_EXECUTABLE",
  127: "CONTAINER_CMD_NOT_FOUND"
};
function parseHandshake(line) {
  const ok = /^ok (\d+)$/.exec(line);
  if (ok)
    return { ok: true, pid: Number(ok[1]) };
  const err = /^err (\d+) ?(.*)$/.exec(line);
  if (err)
    return { ok: false, exitCode: Number(err[1]), message: err[2] ?? "" };
  return { ok: false, exitCode: 125, message: `unexpected supervisor handshake "${line.slice(0, 80)}"` };
}
function spawnSupervisor(supervisorBin, specPath, containerDir, options = {}) {
  return new Promise((resolve3, reject) => {
    const child = spawn2(supervisorBin, ["run", specPath], {
      cwd: containerDir,
      detached: true,
      stdio: ["ignore", "ignore", "ignore", "pipe"],
      env: options.env ?? process.env
    });
    const report = child.stdio[3];
    let text2 = "";
    let settled = false;
    const timer = setTimeout(() => finish(new RuntimeError("SUPERVISOR_TIMEOUT", `the supervisor did not report the start of ${containerDir} in time`, { exitCode: 125 })), options.timeoutMs ?? 6e4);
    const finish = (result) => {
      if (settled)
        return;
      settled = true;
      clearTimeout(timer);
      report.destroy();
      child.unref();
      if (result instanceof Error)
        reject(result);
      else
        resolve3(result);
    };
    child.on("error", (err) => finish(new RuntimeError("SUPERVISOR_SPAWN_FAILED", `cannot run ${supervisorBin}: ${err.message}`, { cause: err, exitCode: 125 })));
    report.setEncoding("utf8");
    report.on("data", (chunk) => {
      text2 += chunk;
      const nl = text2.indexOf("\n");
      if (nl < 0)
        return;
      const h = parseHandshake(text2.slice(0, nl));
      if (h.ok)
        finish({ pid: h.pid, supervisorPid: child.pid });
      else
        finish(new RuntimeError(START_CODES[h.exitCode] ?? "CONTAINER_START_FAILED", h.message, { exitCode: h.exitCode }));
    });
    report.on("error", () => void 0);
    report.on("close", () => {
      if (settled)
        return;
      child.once("exit", (code, sig) => finish(new RuntimeError("SUPERVISOR_FAILED", `the supervisor exited (${sig ?? `code ${code}`}) without reporting the start of ${containerDir}`, {
        exitCode: 125
      })));
      if (child.exitCode !== null || child.signalCode !== null)
        child.emit("exit", child.exitCode, child.signalCode);
    });
  });
}
var GONE = /* @__PURE__ */ new Set(["ENOENT", "ECONNREFUSED", "ECONNRESET", "EPIPE"]);
var SupervisorClient = class _SupervisorClient {
  dir;
  constructor(dir) {
    this.dir = dir;
  }
  /** Connects to control.sock; paths past sun_path's 108 bytes go through /proc/self/fd. */
  connect() {
    const path = join22(this.dir, CONTROL_SOCKET);
    let dirFd;
    let target = path;
    if (Buffer.byteLength(path) > 100) {
      dirFd = openSync7(this.dir, "r");
      target = `/proc/self/fd/${dirFd}/${CONTROL_SOCKET}`;
    }
    return new Promise((resolve3, reject) => {
      const sock = connect({ path: target, allowHalfOpen: true });
      const done = () => {
        if (dirFd !== void 0)
          closeSync7(dirFd);
        dirFd = void 0;
      };
      sock.once("connect", () => {
        done();
        sock.removeAllListeners("error");
        resolve3(sock);
      });
      sock.once("error", (err) => {
        done();
        reject(this.wrap(err));
      });
    });
  }
  wrap(err) {
    if (err.code && GONE.has(err.code)) {
      return new RuntimeError("SUPERVISOR_GONE", `the supervisor of ${this.dir} is not running`, { cause: err });
    }
    return new RuntimeError("SUPERVISOR_UNREACHABLE", `cannot talk to the supervisor of ${this.dir}: ${err.message}`, { cause: err });
  }
  /** Sends one command line and resolves with the whole reply (without the final newline). */
  async request(line) {
    const sock = await this.connect();
    return new Promise((resolve3, reject) => {
      const chunks = [];
      sock.on("data", (c) => chunks.push(c));
      sock.on("error", (err) => reject(this.wrap(err)));
      sock.on("end", () => {
        sock.destroy();
        const reply = Buffer.concat(chunks).toString("utf8").replace(/\n$/, "");
        if (reply === "")
          reject(new RuntimeError("SUPERVISOR_GONE", `the supervisor of ${this.dir} closed without replying to "${line}"`));
        else
          resolve3(reply);
      });
      sock.write(`${line}
`);
    });
  }
  static check(reply) {
    if (reply.startsWith("err "))
      throw new RuntimeError("SUPERVISOR_REFUSED", reply.slice(4));
    return reply;
  }
  static exited(reply) {
    const m = /^exited (-?\d+)$/.exec(_SupervisorClient.check(reply));
    if (!m)
      throw new RuntimeError("SUPERVISOR_PROTOCOL", `unexpected supervisor reply "${reply.slice(0, 80)}"`);
    return Number(m[1]);
  }
  async state() {
    const s = parseState(await this.request("state"));
    if (!s)
      throw new RuntimeError("SUPERVISOR_PROTOCOL", `unreadable state from the supervisor of ${this.dir}`);
    return s;
  }
  /** Manual stop: signal, SIGKILL after timeoutSec (negative: never); resolves with the exit code. */
  async stop(signal, timeoutSec) {
    return _SupervisorClient.exited(await this.request(`stop ${signal} ${Math.trunc(timeoutSec)}`));
  }
  /** Resolves with the exit code of the container's current run (now when it is not running). */
  async wait() {
    return _SupervisorClient.exited(await this.request("wait"));
  }
  async kill(signal) {
    const reply = await this.request(`kill ${signal}`);
    if (reply.startsWith("err "))
      throw new RuntimeError("CONTAINER_NOT_RUNNING", `container ${this.dir} is not running`);
    _SupervisorClient.check(reply);
  }
  async resize(rows, cols) {
    _SupervisorClient.check(await this.request(`resize ${Math.trunc(rows)} ${Math.trunc(cols)}`));
  }
  /**
   * Attaches to the container's stdio. With `logs`, what the container printed before is
   * replayed first (from the log files up to the position the supervisor names, so nothing
   * is missed or doubled). When the supervisor is already gone, the log (with `logs`) and
   * the recorded exit code are all there is.
   */
  async attach(opts = {}) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let sock;
    try {
      sock = await this.connect();
    } catch (err) {
      if (!(err instanceof RuntimeError) || err.code !== "SUPERVISOR_GONE")
        throw err;
      return this.attachGone(opts, stdout, stderr);
    }
    const attached = new Promise((resolve3, reject) => {
      let head = Buffer.alloc(0);
      let tty = false;
      let waitTty;
      let exitCode;
      let resolveExit;
      const exit = new Promise((r) => resolveExit = r);
      const decoder = new FrameDecoder();
      const end = () => {
        stdout.end();
        stderr.end();
        if (exitCode !== void 0)
          return resolveExit(exitCode);
        void (waitTty ?? Promise.resolve(void 0)).then((code) => resolveExit(code ?? readState(this.dir)?.exitCode ?? 255));
      };
      const onLive = (chunk) => {
        if (tty) {
          if (!stdout.write(chunk))
            sock.pause();
          return;
        }
        for (const f of decoder.push(chunk)) {
          if (f.stream === FRAME_EXIT)
            exitCode = parseExitPayload(f.payload);
          else if (!(f.stream === FRAME_STDERR ? stderr : stdout).write(f.payload))
            sock.pause();
        }
      };
      stdout.on("drain", () => sock.resume());
      stderr.on("drain", () => sock.resume());
      const onHead = (chunk) => {
        head = Buffer.concat([head, chunk]);
        const nl = head.indexOf(10);
        if (nl < 0)
          return;
        const line = head.subarray(0, nl).toString("utf8");
        const rest = head.subarray(nl + 1);
        sock.off("data", onHead);
        const m = /^ok (\d+) (\d+) ([01]) ?(.*)$/.exec(line);
        if (!m) {
          sock.destroy();
          reject(new RuntimeError("SUPERVISOR_REFUSED", line.replace(/^err /, "")));
          return;
        }
        tty = m[3] === "1";
        if (tty)
          waitTty = this.wait().catch(() => void 0);
        if (opts.logs && m[4]) {
          for (const e of readLogsUpTo(m[4], Number(m[1]), Number(m[2]))) {
            ;
            (e.stream === "stderr" && !tty ? stderr : stdout).write(e.text);
          }
        }
        sock.on("data", onLive);
        if (rest.length)
          onLive(rest);
        resolve3({ stdout, stderr, stdin, exit, tty, close: () => sock.destroy() });
      };
      const stdin = new Writable({
        write(chunk, _enc, cb) {
          if (!opts.stdin || sock.destroyed)
            return cb();
          sock.write(chunk, () => cb());
        },
        final(cb) {
          if (opts.stdin && !sock.destroyed)
            sock.end();
          cb();
        }
      });
      sock.on("data", onHead);
      sock.on("error", () => sock.destroy());
      sock.on("end", () => sock.destroy());
      sock.on("close", end);
      sock.write(`attach ${opts.stdin ? "stdin" : "nostdin"} ${opts.logs ? "logs" : "nologs"}
`);
    });
    return attached;
  }
  attachGone(opts, stdout, stderr) {
    if (opts.logs && opts.logPath) {
      for (const e of readLogsUpTo(opts.logPath, 0, 0))
        (e.stream === "stderr" ? stderr : stdout).write(e.text);
    }
    stdout.end();
    stderr.end();
    const stdin = new Writable({ write: (_c, _e, cb) => cb() });
    const code = readState(this.dir)?.exitCode ?? 255;
    return { stdout, stderr, stdin, exit: Promise.resolve(code), tty: false, close: () => void 0 };
  }
};

// packages/runtime/dist/containers/attach-session.js
import { closeSync as closeSync8, openSync as openSync8 } from "node:fs";
import { connect as connect2 } from "node:net";
import { join as join23 } from "node:path";
function connectControl(dir) {
  const path = join23(dir, CONTROL_SOCKET);
  let dirFd;
  let target = path;
  if (Buffer.byteLength(path) > 100) {
    dirFd = openSync8(dir, "r");
    target = `/proc/self/fd/${dirFd}/${CONTROL_SOCKET}`;
  }
  return new Promise((resolve3, reject) => {
    const sock = connect2({ path: target, allowHalfOpen: true });
    const done = () => {
      if (dirFd !== void 0)
        closeSync8(dirFd);
      dirFd = void 0;
    };
    sock.once("connect", () => {
      done();
      sock.removeAllListeners("error");
      resolve3(sock);
    });
    sock.once("error", (err) => {
      done();
      reject(new RuntimeError("SUPERVISOR_GONE", `the supervisor of ${dir} is not running`, { cause: err }));
    });
  });
}
async function afterTheFact(dir, io, logPath2) {
  for (let i = 0; i < 400; i++) {
    const s = readState(dir, { isAlive: () => true });
    if (!s || s.status === "exited" || s.status === "dead" || !isSupervisorAlive(s.supervisorPid))
      break;
    await new Promise((r) => setTimeout(r, 5));
  }
  for (const e of readLogsUpTo(logPath2, 0, 0))
    (e.stream === "stderr" ? io.stderr : io.stdout).write(e.text);
  return readState(dir)?.exitCode ?? 255;
}
async function attachSession(dir, io, logPath2) {
  let sock;
  try {
    sock = await connectControl(dir);
  } catch {
    return afterTheFact(dir, io, logPath2);
  }
  return new Promise((resolve3, reject) => {
    let head = Buffer.alloc(0);
    let tty = false;
    let started = false;
    let exitCode;
    let finished = false;
    const decoder = new FrameDecoder();
    const onStdin = (chunk) => {
      if (!sock.destroyed)
        sock.write(chunk);
    };
    const onStdinEnd = () => {
      if (!sock.destroyed)
        sock.end();
    };
    const finish = () => {
      if (finished)
        return;
      finished = true;
      io.stdin?.off("data", onStdin);
      io.stdin?.off("end", onStdinEnd);
      sock.destroy();
      if (!started)
        return void afterTheFact(dir, io, logPath2).then(resolve3, reject);
      if (exitCode !== void 0)
        return resolve3(exitCode);
      void new SupervisorClient(dir).wait().catch(() => readState(dir)?.exitCode ?? 255).then(resolve3);
    };
    const write = (out, data) => {
      if (!out.write(data)) {
        sock.pause();
        out.once("drain", () => sock.resume());
      }
    };
    const onLive = (chunk) => {
      if (tty)
        return write(io.stdout, chunk);
      for (const f of decoder.push(chunk)) {
        if (f.stream === FRAME_EXIT)
          exitCode = parseExitPayload(f.payload);
        else
          write(f.stream === FRAME_STDERR ? io.stderr : io.stdout, f.payload);
      }
    };
    const onHead = (chunk) => {
      head = Buffer.concat([head, chunk]);
      const nl = head.indexOf(10);
      if (nl < 0)
        return;
      const line = head.subarray(0, nl).toString("utf8");
      const rest = head.subarray(nl + 1);
      sock.off("data", onHead);
      const m = /^ok (\d+) (\d+) ([01]) ?(.*)$/.exec(line);
      if (!m) {
        finished = true;
        sock.destroy();
        return reject(new RuntimeError("SUPERVISOR_REFUSED", `attach refused: ${line.replace(/^err /, "")}`));
      }
      started = true;
      tty = m[3] === "1";
      for (const e of readLogsUpTo(m[4] || logPath2, Number(m[1]), Number(m[2])))
        (e.stream === "stderr" && !tty ? io.stderr : io.stdout).write(e.text);
      sock.on("data", onLive);
      if (rest.length)
        onLive(rest);
      if (io.stdin) {
        io.stdin.on("data", onStdin);
        io.stdin.once("end", onStdinEnd);
        io.stdin.resume();
      }
      if (tty && io.onResize)
        io.onResize((rows, cols) => void new SupervisorClient(dir).resize(rows, cols).catch(() => void 0));
    };
    sock.on("data", onHead);
    sock.on("end", finish);
    sock.on("close", finish);
    sock.on("error", () => finish());
    sock.write(`attach ${io.stdin ? "stdin" : "nostdin"} logs
`);
  });
}

// packages/runtime/dist/containers/supervisor-adapter.js
function toRuntimeState(s) {
  const supervised = isSupervisorAlive(s.supervisorPid);
  return {
    status: s.status,
    pid: s.pid,
    supervisorPid: s.supervisorPid,
    exitCode: s.exitCode,
    error: s.error,
    oomKilled: s.oomKilled,
    startedAt: s.startedAt || ZERO_TIME,
    finishedAt: s.finishedAt || ZERO_TIME,
    restartCount: s.restartCount,
    ...s.health.status !== "none" ? {
      health: {
        Status: s.health.status,
        FailingStreak: s.health.failingStreak,
        Log: s.health.log.map((e) => ({ Start: e.start, End: e.end, ExitCode: e.exitCode, Output: e.output }))
      }
    } : {},
    supervised
  };
}
var NativeSupervisorPort = class {
  async spawn(dir, specPath, opts) {
    const { pid } = await spawnSupervisor(supervisorPath(), specPath, dir);
    if (!opts.attach)
      return { pid };
    return { pid, attached: this.attach(dir, opts.attach) };
  }
  state(dir) {
    const s = readState(dir);
    return s ? toRuntimeState(s) : void 0;
  }
  async stop(dir, signal, timeoutSeconds) {
    await new SupervisorClient(dir).stop(signal, timeoutSeconds);
  }
  async kill(dir, signal) {
    await new SupervisorClient(dir).kill(signal);
  }
  async attach(dir, io) {
    return attachSession(dir, io, logPath(dir, dir.split("/").pop()));
  }
  async waitGone(dir, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (; ; ) {
      const s = readState(dir, { isAlive: () => true });
      if (!s || !isSupervisorAlive(s.supervisorPid))
        return true;
      if (Date.now() > deadline)
        return false;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  async waitExit(dir, signal) {
    const wait = new SupervisorClient(dir).wait().catch(() => void 0);
    if (signal)
      await Promise.race([wait, new Promise((r) => signal.addEventListener("abort", r, { once: true }))]);
    else
      await wait;
    for (let i = 0; i < 100; i++) {
      const s2 = this.state(dir);
      if (!s2)
        break;
      if (s2.status !== "running" || !s2.supervised)
        return s2;
      await new Promise((r) => setTimeout(r, 2));
    }
    const s = this.state(dir);
    return s ?? await Promise.reject(new Error(`no state in ${join24(dir)}`));
  }
};

// packages/runtime/dist/events/events.js
var EventLog = class {
  paths;
  constructor(paths) {
    this.paths = paths;
  }
  get path() {
    return this.paths.events;
  }
  emit(type, action, id, name, attributes = {}) {
    appendEvent(this.paths.events, makeEvent(type, action, id, name, attributes));
  }
  read(f = {}) {
    return readEvents(this.paths.events, f);
  }
  follow(f = {}, signal) {
    return followEvents(this.paths.events, f, signal);
  }
};

// packages/runtime/dist/state/name-index.js
import { existsSync as existsSync14, linkSync as linkSync3, mkdirSync as mkdirSync10, readFileSync as readFileSync15, readdirSync as readdirSync12, unlinkSync as unlinkSync2, writeFileSync as writeFileSync12 } from "node:fs";
import { randomBytes as randomBytes4 } from "node:crypto";
var NameIndex = class {
  paths;
  constructor(paths) {
    this.paths = paths;
  }
  lookup(name) {
    try {
      return readFileSync15(this.paths.name(name), "utf8").trim() || void 0;
    } catch {
      return void 0;
    }
  }
  /** Claims name for id or throws NAME_IN_USE naming the holder. */
  claim(name, id) {
    const dir = this.paths.names;
    const tmp = `${dir}/.tmp-${randomBytes4(6).toString("hex")}`;
    try {
      writeFileSync12(tmp, id);
    } catch (err) {
      if (err.code !== "ENOENT")
        throw err;
      mkdirSync10(dir, { recursive: true });
      writeFileSync12(tmp, id);
    }
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          linkSync3(tmp, this.paths.name(name));
          return;
        } catch (err) {
          if (err.code !== "EEXIST")
            throw err;
        }
        const holder = this.lookup(name);
        if (holder === id)
          return;
        if (holder && existsSync14(this.paths.container(holder))) {
          throw new RuntimeError("NAME_IN_USE", `the container name "/${name}" is already in use by container "${shortId2(holder)}"`, {
            hint: "remove or rename that container to reuse the name",
            exitCode: 125
          });
        }
        this.releaseIf(name, holder);
      }
      throw new RuntimeError("NAME_IN_USE", `the container name "/${name}" is already in use`, { exitCode: 125 });
    } finally {
      try {
        unlinkSync2(tmp);
      } catch {
      }
    }
  }
  /** Drops name if it still maps to id (never someone else's fresh claim). */
  releaseIf(name, id) {
    if (id !== void 0 && this.lookup(name) !== id)
      return;
    try {
      unlinkSync2(this.paths.name(name));
    } catch {
    }
  }
  /** Every (name, id) pair, for prune and listing. */
  entries() {
    let files;
    try {
      files = readdirSync12(this.paths.names);
    } catch {
      return [];
    }
    const out = [];
    for (const f of files) {
      if (f.startsWith(".tmp-"))
        continue;
      const id = this.lookup(f);
      if (id)
        out.push({ name: f, id });
    }
    return out;
  }
};

// packages/runtime/dist/state/paths.js
import { join as join25 } from "node:path";
var DEFAULT_ROOT = "/var/lib/tsc-compose";
var ROOT_ENV = "TSC_COMPOSE_ROOT";
var StatePaths = class {
  root;
  constructor(root) {
    this.root = root;
  }
  get containers() {
    return join25(this.root, "containers");
  }
  container(id) {
    return join25(this.root, "containers", id);
  }
  get names() {
    return join25(this.root, "names");
  }
  name(name) {
    return join25(this.root, "names", name);
  }
  get volumes() {
    return join25(this.root, "volumes");
  }
  volume(name) {
    return join25(this.root, "volumes", name);
  }
  get locks() {
    return join25(this.root, "locks");
  }
  lock(name) {
    return join25(this.root, "locks", `${name}.lock`);
  }
  get events() {
    return join25(this.root, "events.log");
  }
};
function resolveRoot(root, env) {
  return root ?? env[ROOT_ENV] ?? DEFAULT_ROOT;
}

// packages/runtime/dist/volumes/volume-store.js
import { existsSync as existsSync15, mkdirSync as mkdirSync11, readdirSync as readdirSync13, rmSync as rmSync11, renameSync as renameSync10 } from "node:fs";
import { join as join26 } from "node:path";
var VOLUME_META = "volume.json";
var VOLUME_IN_USE = "VOLUME_IN_USE";
var VolumeStore = class {
  paths;
  inUse;
  constructor(paths, inUse) {
    this.paths = paths;
    this.inUse = inUse;
  }
  meta(name) {
    return join26(this.paths.volume(name), VOLUME_META);
  }
  validateOpts(name, driver, opts) {
    if (driver !== void 0 && driver !== "local") {
      throw new RuntimeError("VOLUME_DRIVER", `volume "${name}": driver "${driver}" is not supported (only "local")`, { exitCode: 125 });
    }
    for (const k of Object.keys(opts)) {
      if (!["type", "o", "device"].includes(k))
        throw new RuntimeError("VOLUME_OPTS", `volume "${name}": invalid option key "${k}" (local driver takes type, o, device)`, { exitCode: 125 });
    }
    const type = opts.type;
    if (type === "none" || type === void 0 && opts.device !== void 0) {
      if (!(opts.o ?? "").split(",").includes("bind") || !opts.device) {
        throw new RuntimeError("VOLUME_OPTS", `volume "${name}": type=none needs o=bind and device=<host path>`, { exitCode: 125 });
      }
      if (!existsSync15(opts.device))
        throw new RuntimeError("VOLUME_OPTS", `volume "${name}": device "${opts.device}" does not exist`, { exitCode: 125 });
    } else if (type !== void 0 && type !== "tmpfs") {
      throw new RuntimeError("VOLUME_OPTS", `volume "${name}": type "${type}" is not supported (tmpfs or none with o=bind)`, { exitCode: 125 });
    }
  }
  /** Creates the volume, or returns the existing one (docker: create is idempotent). */
  async create(name, opts = {}) {
    const n = name === void 0 || name === "" ? newId() : validateName(name, "volume");
    const driverOpts = { ...opts.driverOpts ?? {} };
    this.validateOpts(n, opts.driver, driverOpts);
    return withLock(this.paths, `volume-${n}`, () => {
      const existing = this.get(n);
      if (existing)
        return existing;
      const dir = this.paths.volume(n);
      const tmp = `${dir}.creating-${newId().slice(0, 8)}`;
      try {
        mkdirSync11(join26(tmp, "_data"), { recursive: true, mode: 493 });
        const info = {
          Name: n,
          Driver: "local",
          Mountpoint: join26(dir, "_data"),
          CreatedAt: (/* @__PURE__ */ new Date()).toISOString(),
          Labels: { ...opts.labels ?? {} },
          Options: driverOpts,
          Scope: "local",
          ...opts.anonymous ? { Anonymous: true } : {}
        };
        writeJsonAtomic(join26(tmp, VOLUME_META), info);
        renameSync10(tmp, dir);
        return info;
      } catch (err) {
        rmSync11(tmp, { recursive: true, force: true });
        throw fromSystemError(err, "mkdir", dir);
      }
    });
  }
  get(name) {
    return readJsonIfExists(this.meta(name));
  }
  inspect(name) {
    const v = this.get(name);
    if (!v)
      throw new RuntimeError("NO_SUCH_VOLUME", `no such volume: ${name}`, { exitCode: 1 });
    return v;
  }
  list() {
    let names2;
    try {
      names2 = readdirSync13(this.paths.volumes);
    } catch {
      return [];
    }
    const out = [];
    for (const n of names2) {
      if (n.includes(".creating-") || n.includes(".removing-"))
        continue;
      const v = this.get(n);
      if (v)
        out.push(v);
    }
    return out.sort((a, b) => a.Name.localeCompare(b.Name));
  }
  /** What a container mounts for this volume. */
  mountSource(v) {
    const o = v.Options;
    if (o.type === "tmpfs")
      return { kind: "tmpfs", source: "tmpfs", options: o.o ?? "" };
    if (o.device && (o.o ?? "").split(",").includes("bind"))
      return { kind: "bind", source: o.device };
    return { kind: "dir", source: v.Mountpoint };
  }
  /** Removes a volume; refuses one in use unless the caller already removed the users. */
  async remove(name, opts = {}) {
    await withLock(this.paths, `volume-${name}`, () => {
      if (!this.get(name)) {
        if (opts.force)
          return;
        throw new RuntimeError("NO_SUCH_VOLUME", `no such volume: ${name}`, { exitCode: 1 });
      }
      const users = this.inUse(name);
      if (users.length > 0) {
        throw new RuntimeError(VOLUME_IN_USE, `remove ${name}: volume is in use - [${users.join(", ")}]`, { exitCode: 1 });
      }
      const dir = this.paths.volume(name);
      const gone = `${dir}.removing-${newId().slice(0, 8)}`;
      renameSync10(dir, gone);
      rmSync11(gone, { recursive: true, force: true });
      unlinkLock(this.paths, `volume-${name}`);
    });
  }
  /** Removes unused volumes: anonymous ones only unless `all` (docker ≥ 23 semantics). */
  async prune(opts = {}) {
    const removed = [];
    this.cleanupPartial();
    for (const v of this.list()) {
      if (!opts.all && !v.Anonymous)
        continue;
      if (opts.labelFilters && !opts.labelFilters.every((f) => matchesLabel(v.Labels, f)))
        continue;
      if (this.inUse(v.Name).length > 0)
        continue;
      try {
        await this.remove(v.Name);
        removed.push(v.Name);
      } catch {
      }
    }
    return { removed };
  }
  /** Leftovers of a killed create/rm (`*.creating-*`, `*.removing-*`). */
  cleanupPartial() {
    let names2;
    try {
      names2 = readdirSync13(this.paths.volumes);
    } catch {
      return;
    }
    for (const n of names2)
      if (n.includes(".creating-") || n.includes(".removing-"))
        rmSync11(join26(this.paths.volumes, n), { recursive: true, force: true });
  }
};
function matchesLabel(labels, filter2) {
  const eq = filter2.indexOf("=");
  if (eq === -1)
    return filter2 in labels;
  return labels[filter2.slice(0, eq)] === filter2.slice(eq + 1);
}

// packages/runtime/dist/volumes/volumes.js
var Volumes = class {
  store;
  events;
  constructor(store2, events) {
    this.store = store2;
    this.events = events;
  }
  async create(name, opts = {}) {
    const existed = name ? this.store.get(name) : void 0;
    const v = await this.store.create(name, opts);
    if (!existed)
      this.events.emit("volume", "create", v.Name, v.Name, { driver: "local" });
    return v;
  }
  list() {
    return this.store.list();
  }
  get(name) {
    return this.store.get(name);
  }
  inspect(name) {
    return this.store.inspect(name);
  }
  async remove(name, opts = {}) {
    await this.store.remove(name, opts);
    this.events.emit("volume", "destroy", name, name, { driver: "local" });
  }
  async prune(opts = {}) {
    const r = await this.store.prune(opts);
    for (const n of r.removed)
      this.events.emit("volume", "destroy", n, n, { driver: "local" });
    return r;
  }
};

// packages/runtime/dist/runtime.js
var CGROUP_PARENT_ENV = "TSC_COMPOSE_CGROUP_PARENT";
var AUTO_REMOVE_MAIN = runtimeFile("dist/containers/auto-remove-main.js");
function lazyNetworks(root) {
  let loaded;
  const get = () => loaded ??= import("./networks-DXDUCPNT.js").then((m) => new m.Networks({ root }));
  return {
    get,
    attacher: {
      prepare: async (rec) => (await get()).prepare(rec),
      release: async (rec) => (await get()).release(rec)
    }
  };
}
function openRuntime(opts = {}) {
  const root = resolveRoot(opts.root, opts.env ?? process.env);
  const paths = new StatePaths(root);
  const names2 = new NameIndex(paths);
  const nets = lazyNetworks(root);
  const cgroupCache = /* @__PURE__ */ new Map();
  const cgroups = (parent) => {
    let m = cgroupCache.get(parent);
    if (!m)
      cgroupCache.set(parent, m = createCgroupManager({ parent }));
    return m;
  };
  let images;
  let manager;
  const volumeStore = new VolumeStore(paths, (name) => manager.volumeUsers(name));
  const exitHook = (rec) => rec.HostConfig.AutoRemove ? [process.execPath, AUTO_REMOVE_MAIN, root, rec.Id, rec.cgroupParent] : void 0;
  const imageStore = () => images ??= new ImageStore({ root, inUse: async (id) => manager.records.all().filter((r) => r.Image === id).map((r) => r.Id) });
  manager = new ContainerManager({
    paths,
    names: names2,
    images: { resolve: (ref) => imageStore().resolve(ref) },
    volumes: volumeStore,
    cgroups,
    cgroupParent: opts.cgroupParent ?? (opts.env ?? process.env)[CGROUP_PARENT_ENV] ?? DEFAULT_CGROUP_PARENT,
    supervisor: opts.supervisor ?? new NativeSupervisorPort(),
    specs: new RecordSpecBuilder(opts.security ?? new DockerSecurity(root), exitHook),
    network: opts.network ?? nets.attacher
  });
  const containers = new Containers(manager, paths, names2, imageStore);
  const events = new EventLog(paths);
  return {
    root,
    paths,
    get images() {
      return imageStore();
    },
    containers,
    volumes: new Volumes(volumeStore, events),
    events,
    networks: nets.get
  };
}

// packages/runtime/dist/containers/parse-flags.js
import { isAbsolute, resolve } from "node:path";
var bad3 = (code, message) => new RuntimeError(code, message, { exitCode: 125 });
var PROPAGATIONS = /* @__PURE__ */ new Set(["private", "rprivate", "shared", "rshared", "slave", "rslave"]);
function parseVolumeFlag(spec, cwd) {
  const parts = spec.split(":");
  if (parts.length === 0 || parts.length > 3 || parts.some((p, i) => p === "" && i < 2))
    throw bad3("INVALID_VOLUME", `invalid volume specification: "${spec}"`);
  if (parts.length === 1) {
    if (!isAbsolute(parts[0]))
      throw bad3("INVALID_VOLUME", `invalid volume specification: "${spec}": the mount destination must be an absolute path`);
    return { type: "volume", target: parts[0] };
  }
  const [src, dst, opts = ""] = parts;
  if (!isAbsolute(dst))
    throw bad3("INVALID_VOLUME", `invalid volume specification: "${spec}": the mount destination must be an absolute path`);
  let readOnly = false;
  let propagation;
  let noCopy = false;
  for (const o of opts.split(",").filter(Boolean)) {
    if (o === "ro")
      readOnly = true;
    else if (o === "rw")
      readOnly = false;
    else if (o === "z" || o === "Z")
      continue;
    else if (o === "nocopy")
      noCopy = true;
    else if (PROPAGATIONS.has(o))
      propagation = o;
    else
      throw bad3("INVALID_VOLUME", `invalid volume specification: "${spec}": unknown option "${o}"`);
  }
  const isPath = src.startsWith("/") || src.startsWith(".") || src.startsWith("~");
  if (isPath)
    return { type: "bind", source: resolve(cwd, src), target: dst, readOnly, bindPropagation: propagation };
  return { type: "volume", source: src, target: dst, readOnly, noCopy };
}
function parseMountFlag(spec, cwd) {
  let type;
  let source;
  let target;
  let readOnly = false;
  let propagation;
  let tmpfsSize;
  let tmpfsMode;
  let noCopy = false;
  const labels = {};
  const driverOpts = {};
  for (const field2 of spec.split(",")) {
    const eq = field2.indexOf("=");
    const key = (eq === -1 ? field2 : field2.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? void 0 : field2.slice(eq + 1);
    switch (key) {
      case "type":
        type = value;
        break;
      case "source":
      case "src":
        source = value;
        break;
      case "target":
      case "destination":
      case "dst":
        target = value;
        break;
      case "readonly":
      case "ro":
        readOnly = value === void 0 || value === "true" || value === "1";
        break;
      case "bind-propagation":
        propagation = value;
        break;
      case "tmpfs-size":
        tmpfsSize = parseBytes(value ?? "", "tmpfs size");
        break;
      case "tmpfs-mode":
        tmpfsMode = parseInt(value ?? "", 8);
        break;
      case "volume-nocopy":
        noCopy = value === void 0 || value === "true" || value === "1";
        break;
      case "volume-label": {
        const [k, v = ""] = (value ?? "").split("=");
        labels[k] = v;
        break;
      }
      case "volume-opt": {
        const i = (value ?? "").indexOf("=");
        driverOpts[(value ?? "").slice(0, i)] = (value ?? "").slice(i + 1);
        break;
      }
      case "consistency":
      case "bind-nonrecursive":
      case "volume-driver":
      case "volume-subpath":
        break;
      default:
        throw bad3("INVALID_MOUNT", `invalid mount "${spec}": unknown field "${key}"`);
    }
  }
  type ??= "volume";
  if (type !== "bind" && type !== "volume" && type !== "tmpfs")
    throw bad3("INVALID_MOUNT", `invalid mount "${spec}": unsupported type "${type}"`);
  if (!target || !isAbsolute(target))
    throw bad3("INVALID_MOUNT", `invalid mount "${spec}": target must be an absolute path`);
  if (tmpfsMode !== void 0 && Number.isNaN(tmpfsMode))
    throw bad3("INVALID_MOUNT", `invalid mount "${spec}": tmpfs-mode must be octal`);
  if (propagation !== void 0 && !PROPAGATIONS.has(propagation))
    throw bad3("INVALID_MOUNT", `invalid mount "${spec}": bad bind-propagation "${propagation}"`);
  if (type === "bind") {
    if (!source)
      throw bad3("INVALID_MOUNT", `invalid mount "${spec}": a bind mount needs a source`);
    return { type, source: resolve(cwd, source), target, readOnly, bindPropagation: propagation };
  }
  if (type === "tmpfs") {
    if (source)
      throw bad3("INVALID_MOUNT", `invalid mount "${spec}": a tmpfs mount takes no source`);
    return { type, target, readOnly, tmpfsSize, tmpfsMode };
  }
  return { type, source, target, readOnly, noCopy, volumeLabels: labels, volumeDriverOpts: driverOpts };
}
function parseTmpfsFlag(spec) {
  const colon = spec.indexOf(":");
  const target = colon === -1 ? spec : spec.slice(0, colon);
  if (!isAbsolute(target))
    throw bad3("INVALID_MOUNT", `invalid tmpfs "${spec}": the destination must be an absolute path`);
  let tmpfsSize;
  let tmpfsMode;
  let readOnly = false;
  for (const o of (colon === -1 ? "" : spec.slice(colon + 1)).split(",").filter(Boolean)) {
    const [k, v] = o.split("=", 2);
    if (k === "size")
      tmpfsSize = parseBytes(v ?? "", "tmpfs size");
    else if (k === "mode")
      tmpfsMode = parseInt(v ?? "", 8);
    else if (k === "ro")
      readOnly = true;
    else if (["rw", "exec", "noexec", "nosuid", "suid", "nodev", "dev"].includes(k))
      continue;
    else
      throw bad3("INVALID_MOUNT", `invalid tmpfs "${spec}": unknown option "${k}"`);
  }
  if (tmpfsMode !== void 0 && Number.isNaN(tmpfsMode))
    throw bad3("INVALID_MOUNT", `invalid tmpfs "${spec}": mode must be octal`);
  return { type: "tmpfs", target, readOnly, tmpfsSize, tmpfsMode };
}
function parsePortFlag(spec) {
  const slash = spec.lastIndexOf("/");
  const proto = slash === -1 ? "tcp" : spec.slice(slash + 1);
  if (!["tcp", "udp", "sctp"].includes(proto))
    throw bad3("INVALID_PORT", `invalid port "${spec}": unknown protocol "${proto}"`);
  const body = slash === -1 ? spec : spec.slice(0, slash);
  let hostIp;
  let rest = body;
  const bracket = /^\[([^\]]+)\]:(.*)$/.exec(body);
  if (bracket) {
    hostIp = bracket[1];
    rest = bracket[2];
  }
  const parts = rest.split(":");
  if (!bracket && parts.length === 3)
    hostIp = parts.shift();
  if (parts.length > 2 || parts.length === 0)
    throw bad3("INVALID_PORT", `invalid port "${spec}"`);
  const container = parts[parts.length - 1];
  const host = parts.length === 2 ? parts[0] : "";
  const range = (r) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(r);
    if (!m)
      throw bad3("INVALID_PORT", `invalid port "${spec}": "${r}" is not a port or range`);
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b > 65535 || b < a)
      throw bad3("INVALID_PORT", `invalid port "${spec}": port out of range`);
    return [a, b];
  };
  const [c0, c1] = range(container);
  const hr = host === "" ? void 0 : range(host);
  if (hr && hr[1] - hr[0] !== c1 - c0 && hr[0] !== hr[1])
    throw bad3("INVALID_PORT", `invalid port "${spec}": host and container ranges differ in size`);
  const out = [];
  for (let p = c0; p <= c1; p++) {
    const hostPort = hr ? hr[0] === hr[1] ? hr[0] : hr[0] + (p - c0) : void 0;
    out.push({ containerPort: p, protocol: proto, hostIp: hostIp || void 0, hostPort });
  }
  return out;
}
function parseRestartPolicy(spec) {
  const [name, count] = spec.split(":", 2);
  if (name === "on-failure") {
    if (count !== void 0 && !/^\d+$/.test(count))
      throw bad3("INVALID_RESTART_POLICY", `invalid restart policy "${spec}": the retry count must be a number`);
    return { name, maximumRetryCount: count ? Number(count) : 0 };
  }
  if (name === "no" || name === "always" || name === "unless-stopped") {
    if (count !== void 0)
      throw bad3("INVALID_RESTART_POLICY", `invalid restart policy "${spec}": maximum retry count can only be used with on-failure`);
    return { name, maximumRetryCount: 0 };
  }
  throw bad3("INVALID_RESTART_POLICY", `invalid restart policy "${spec}": expected no, always, on-failure[:N] or unless-stopped`);
}
function healthFromFlags(f) {
  if (f.none) {
    if (f.cmd)
      throw bad3("INVALID_HEALTHCHECK", "--no-healthcheck conflicts with --health-* options");
    return { test: ["NONE"] };
  }
  const ns = (v, flag2) => {
    if (v === void 0)
      return void 0;
    const ms = parseDuration(v);
    if (ms < 0)
      throw bad3("INVALID_HEALTHCHECK", `invalid ${flag2} "${v}": must not be negative`);
    return Math.round(ms * 1e6);
  };
  const h = {
    test: f.cmd !== void 0 ? ["CMD-SHELL", f.cmd] : [],
    interval: ns(f.interval, "--health-interval"),
    timeout: ns(f.timeout, "--health-timeout"),
    retries: f.retries,
    startPeriod: ns(f.startPeriod, "--health-start-period"),
    startInterval: ns(f.startInterval, "--health-start-interval")
  };
  if (h.retries !== void 0 && (!Number.isInteger(h.retries) || h.retries < 0))
    throw bad3("INVALID_HEALTHCHECK", `invalid --health-retries "${h.retries}"`);
  const any = f.cmd !== void 0 || Object.values(h).some((v, i) => i > 0 && v !== void 0);
  return any ? h : void 0;
}
function parseEnvFile(text2, file, lookup) {
  const out = [];
  text2.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\s+/, "");
    if (line === "" || line.startsWith("#"))
      return;
    const eq = line.indexOf("=");
    const key = eq === -1 ? line.trim() : line.slice(0, eq);
    if (key === "" || /\s/.test(key))
      throw new RuntimeError("INVALID_ENV_FILE", `${file}:${i + 1}: variable "${key}" contains whitespaces`, { exitCode: 125 });
    if (eq !== -1)
      out.push(line);
    else {
      const v = lookup(key);
      if (v !== void 0)
        out.push(`${key}=${v}`);
    }
  });
  return out;
}

// packages/runtime/dist/images/format.js
function humanSize(bytes) {
  const units = ["B", "kB", "MB", "GB", "TB", "PB"];
  let v = bytes;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${Number(v.toPrecision(3))}${units[i]}`;
}
function since(unixSeconds2, now = Date.now()) {
  return `${humanDuration(now - unixSeconds2 * 1e3)} ago`;
}
function goTime(unixSeconds2) {
  return `${new Date(unixSeconds2 * 1e3).toISOString().replace("T", " ").replace(/\.\d+Z$/, "")} +0000 UTC`;
}
function formatTable(headers, rows) {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  return all.map((r) => r.map((cell, c) => c === r.length - 1 ? cell : cell.padEnd(widths[c] + 3)).join("").trimEnd()).join("\n") + "\n";
}
function renderTemplate(template, row) {
  return template.replace(/\\t/g, "	").replace(/\\n/g, "\n").replace(/\{\{\s*json\s+\.\s*\}\}/g, () => JSON.stringify(row)).replace(/\{\{\s*json\s+\.(\w+)\s*\}\}/g, (_, k) => JSON.stringify(row[k] ?? null)).replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, k) => {
    const v = row[k];
    return v === void 0 || v === null ? "<no value>" : typeof v === "object" ? JSON.stringify(v) : String(v);
  });
}
function imageRows(images, opts = {}) {
  const rows = [];
  for (const img of images) {
    const base = {
      Containers: "N/A",
      CreatedAt: goTime(img.Created),
      CreatedSince: since(img.Created, opts.now),
      Digest: "<none>",
      ID: opts.noTrunc ? img.Id : shortId(img.Id),
      SharedSize: "N/A",
      Size: humanSize(img.Size),
      UniqueSize: "N/A",
      VirtualSize: humanSize(img.Size)
    };
    const row = (Repository, Tag) => ({
      Containers: base.Containers,
      CreatedAt: base.CreatedAt,
      CreatedSince: base.CreatedSince,
      Digest: base.Digest,
      ID: base.ID,
      Repository,
      SharedSize: base.SharedSize,
      Size: base.Size,
      Tag,
      UniqueSize: base.UniqueSize,
      VirtualSize: base.VirtualSize
    });
    if (img.RepoTags.length === 0) {
      rows.push(row("<none>", "<none>"));
      continue;
    }
    for (const t of img.RepoTags) {
      const i = t.lastIndexOf(":");
      rows.push(row(t.slice(0, i), t.slice(i + 1)));
    }
  }
  return rows;
}
function historyRows(items, opts = {}) {
  const human = opts.human ?? true;
  return items.map((h) => ({
    Comment: h.Comment,
    CreatedAt: human ? goTime(h.Created) : new Date(h.Created * 1e3).toISOString(),
    CreatedBy: !opts.noTrunc && h.CreatedBy.length > 45 ? `${h.CreatedBy.slice(0, 44)}\u2026` : h.CreatedBy,
    CreatedSince: human ? since(h.Created, opts.now) : new Date(h.Created * 1e3).toISOString(),
    ID: h.Id === "<missing>" || opts.noTrunc ? h.Id : shortId(h.Id),
    Size: human ? humanSize(h.Size) : String(h.Size)
  }));
}

// packages/runtime/dist/cgroups/fake-tree.js
import { existsSync as existsSync16, mkdirSync as mkdirSync12, readFileSync as readFileSync16, readdirSync as readdirSync14, rmSync as rmSync12, rmdirSync as rmdirSync2, writeFileSync as writeFileSync13 } from "node:fs";
import { join as join27 } from "node:path";
var V1 = ["cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "pids"];
var UNLIMITED_V1 = "9223372036854771712";
function v1Files(ctrl, opts) {
  switch (ctrl) {
    case "cpu":
      return { "cpu.shares": "1024", "cpu.cfs_period_us": "100000", "cpu.cfs_quota_us": "-1", "cpu.stat": "nr_periods 0\nnr_throttled 0\nthrottled_time 0\n" };
    case "cpuacct":
      return { "cpuacct.usage": "0", "cpuacct.stat": "user 0\nsystem 0\n" };
    case "cpuset":
      return { "cpuset.cpus": "", "cpuset.mems": "" };
    case "memory":
      return {
        "memory.limit_in_bytes": UNLIMITED_V1,
        "memory.soft_limit_in_bytes": UNLIMITED_V1,
        "memory.usage_in_bytes": "0",
        "memory.max_usage_in_bytes": "0",
        "memory.failcnt": "0",
        "memory.swappiness": "60",
        "memory.stat": "cache 0\nrss 0\ninactive_file 0\ntotal_cache 0\ntotal_inactive_file 0\n",
        "memory.oom_control": "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n",
        ...opts.memsw === false ? {} : { "memory.memsw.limit_in_bytes": UNLIMITED_V1, "memory.memsw.usage_in_bytes": "0" }
      };
    case "devices":
      return { "devices.allow": "", "devices.deny": "", "devices.list": "a *:* rwm\n" };
    case "freezer":
      return { "freezer.state": "THAWED" };
    case "blkio":
      return { "blkio.weight": "500" };
    case "pids":
      return { "pids.max": "max", "pids.current": "0" };
    default:
      return {};
  }
}
function v2Files(ctrl) {
  switch (ctrl) {
    case "memory":
      return {
        "memory.max": "max",
        "memory.current": "0",
        "memory.peak": "0",
        "memory.low": "0",
        "memory.swap.max": "max",
        "memory.swap.current": "0",
        "memory.stat": "anon 0\nfile 0\ninactive_file 0\n",
        "memory.events": "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n"
      };
    case "cpu":
      return { "cpu.max": "max 100000", "cpu.weight": "100" };
    case "pids":
      return { "pids.max": "max", "pids.current": "0" };
    case "cpuset":
      return { "cpuset.cpus": "", "cpuset.mems": "" };
    case "io":
      return { "io.weight": "default 100" };
    default:
      return {};
  }
}
var sysErr = (code, syscall, path, detail) => kernelError(Object.assign(new Error(code), { code }), syscall, path, detail);
var FakeCgroupFs = class {
  hierarchies;
  opts;
  writes = [];
  kills = [];
  busy;
  quirkArmed;
  /** mount dir → `v1:<ctrl>` or `v2`. */
  constructor(hierarchies, opts) {
    this.hierarchies = hierarchies;
    this.opts = opts;
    this.busy = opts.busyRmdirs ?? 0;
    this.quirkArmed = opts.periodQuirk ?? false;
  }
  kindOf(path) {
    for (const [root, kind] of Object.entries(this.hierarchies))
      if (path === root || path.startsWith(`${root}/`))
        return [root, kind];
    throw sysErr("ENOENT", "open", path);
  }
  read(path) {
    try {
      return readFileSync16(path, "utf8");
    } catch (err) {
      throw kernelError(err, "read", path);
    }
  }
  write(path, value) {
    const [, kind] = this.kindOf(path);
    if (!existsSync16(path))
      throw sysErr("ENOENT", "write", path, value);
    const file = path.slice(path.lastIndexOf("/") + 1);
    const dir = path.slice(0, path.lastIndexOf("/"));
    this.writes.push([path, value]);
    switch (file) {
      case "cgroup.procs":
      case "tasks": {
        if (!/^\d+$/.test(value.trim()))
          throw sysErr("EINVAL", "write", path, value);
        writeFileSync13(path, `${readFileSync16(path, "utf8")}${value.trim()}
`);
        if (kind === "v2")
          this.setEvent(dir, "populated", 1);
        return;
      }
      case "cgroup.kill": {
        for (const pid of this.pidsIn(dir))
          this.kill(pid, 9);
        return;
      }
      case "cgroup.freeze":
        writeFileSync13(path, value.trim());
        this.setEvent(dir, "frozen", value.trim() === "1" ? 1 : 0);
        return;
      case "cgroup.subtree_control": {
        const avail = new Set(this.read(`${dir}/cgroup.controllers`).trim().split(/\s+/));
        const on = new Set(this.read(path).trim().split(/\s+/).filter(Boolean));
        for (const tok of value.trim().split(/\s+/)) {
          const name = tok.slice(1);
          if (!avail.has(name))
            throw sysErr("ENOENT", "write", path, value);
          if (tok[0] === "+")
            on.add(name);
          else
            on.delete(name);
        }
        writeFileSync13(path, [...on].join(" "));
        return;
      }
      case "cpu.cfs_period_us":
        if (this.quirkArmed && this.read(`${dir}/cpu.cfs_quota_us`).trim() === "-1") {
          this.quirkArmed = false;
          throw sysErr("EINVAL", "write", path, value);
        }
        break;
      case "freezer.state":
        if (value !== "FROZEN" && value !== "THAWED")
          throw sysErr("EINVAL", "write", path, value);
        break;
    }
    writeFileSync13(path, value);
  }
  setEvent(dir, key, v) {
    const p = `${dir}/cgroup.events`;
    const ev = this.read(p).replace(new RegExp(`^${key} \\d+$`, "m"), `${key} ${v}`);
    writeFileSync13(p, ev);
  }
  pidsIn(dir) {
    const out = [];
    for (const c of this.subdirs(dir))
      out.push(...this.pidsIn(`${dir}/${c}`));
    out.push(...this.read(`${dir}/cgroup.procs`).split("\n").filter(Boolean).map(Number));
    return out;
  }
  exists(path) {
    return existsSync16(path);
  }
  mkdir(path) {
    const [root, kind] = this.kindOf(path);
    if (existsSync16(path))
      throw sysErr("EEXIST", "mkdir", path);
    try {
      mkdirSync12(path);
    } catch (err) {
      throw kernelError(err, "mkdir", path);
    }
    const files = { "cgroup.procs": "" };
    if (kind === "v2") {
      const parent = path.slice(0, path.lastIndexOf("/"));
      const ctrls = this.read(`${parent}/cgroup.subtree_control`).trim().split(/\s+/).filter(Boolean);
      Object.assign(files, {
        "cgroup.controllers": ctrls.join(" "),
        "cgroup.subtree_control": "",
        "cgroup.events": "populated 0\nfrozen 0\n",
        "cgroup.freeze": "0",
        "cgroup.type": "domain",
        "cpu.stat": "usage_usec 0\nuser_usec 0\nsystem_usec 0\nnr_periods 0\nnr_throttled 0\nthrottled_usec 0\n"
      });
      if (this.opts.cgroupKill !== false)
        files["cgroup.kill"] = "";
      for (const c of ctrls)
        Object.assign(files, v2Files(c));
    } else {
      Object.assign(files, { tasks: "", "notify_on_release": "0", "cgroup.clone_children": "0" });
      for (const c of kind.slice(3).split(","))
        Object.assign(files, v1Files(c, this.opts));
    }
    void root;
    for (const [f, v] of Object.entries(files))
      writeFileSync13(join27(path, f), v);
  }
  rmdir(path) {
    this.kindOf(path);
    if (!existsSync16(path))
      throw sysErr("ENOENT", "rmdir", path);
    if (this.subdirs(path).length || this.read(`${path}/cgroup.procs`).trim())
      throw sysErr("EBUSY", "rmdir", path);
    if (this.busy > 0) {
      this.busy--;
      throw sysErr("EBUSY", "rmdir", path);
    }
    for (const f of readdirSync14(path))
      rmSync12(join27(path, f));
    rmdirSync2(path);
  }
  subdirs(path) {
    try {
      return readdirSync14(path, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch (err) {
      throw kernelError(err, "readdir", path);
    }
  }
  /** Records the signal; SIGKILL/SIGTERM "exit" the process: it leaves every cgroup.procs. */
  kill(pid, signal) {
    this.kills.push([pid, signal]);
    if (signal !== 9 && signal !== 15)
      return;
    for (const [root, kind] of Object.entries(this.hierarchies))
      this.dropPid(root, kind, pid);
  }
  dropPid(dir, kind, pid) {
    const procs = `${dir}/cgroup.procs`;
    if (existsSync16(procs)) {
      const left = this.read(procs).split("\n").filter((l) => l && Number(l) !== pid);
      writeFileSync13(procs, left.map((l) => `${l}
`).join(""));
      if (kind === "v2" && left.length === 0 && existsSync16(`${dir}/cgroup.events`))
        this.setEvent(dir, "populated", 0);
    }
    for (const c of this.subdirs(dir))
      this.dropPid(`${dir}/${c}`, kind, pid);
  }
  sleep() {
    return new Promise((r) => setImmediate(r));
  }
  /** Test helper: put a fixture value into a cgroup file (bypasses the write rules). */
  set(path, value) {
    writeFileSync13(path, value);
  }
};
function makeFakeCgroupTree(base, mode, opts = {}) {
  const hierarchies = {};
  const roots = {};
  const lines = [];
  let id = 100;
  if (mode !== "v2") {
    for (const c of V1) {
      const dir = join27(base, "cgroup", c);
      mkdirSync12(dir, { recursive: true });
      hierarchies[dir] = `v1:${c}`;
      roots[c] = dir;
      const files = { "cgroup.procs": "", tasks: "", ...v1Files(c, opts) };
      if (c === "cpuset")
        Object.assign(files, { "cpuset.cpus": "0-3", "cpuset.mems": "0" });
      for (const [f, v] of Object.entries(files))
        writeFileSync13(join27(dir, f), v);
      lines.push(`${id++} 30 0:${id} / ${dir} rw,nosuid,nodev,noexec,relatime - cgroup cgroup rw,${c}`);
    }
  }
  if (mode !== "v1") {
    const dir = mode === "v2" ? join27(base, "cgroup2") : join27(base, "cgroup", "unified");
    mkdirSync12(dir, { recursive: true });
    hierarchies[dir] = "v2";
    roots.unified = dir;
    const ctrls = mode === "hybrid" ? ["hugetlb"] : opts.v2Controllers ?? ["cpuset", "cpu", "io", "memory", "pids"];
    writeFileSync13(join27(dir, "cgroup.controllers"), ctrls.join(" "));
    writeFileSync13(join27(dir, "cgroup.subtree_control"), "");
    writeFileSync13(join27(dir, "cgroup.procs"), "");
    lines.push(`${id++} 30 0:${id} / ${dir} rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw,nsdelegate`);
  }
  return { fs: new FakeCgroupFs(hierarchies, opts), mountinfo: `${lines.join("\n")}
`, roots };
}

// packages/runtime/dist/cgroups/docker-stats.js
function parseProcStat(text2) {
  let totalNs = 0;
  let onlineCpus = 0;
  for (const line of text2.split("\n")) {
    if (line.startsWith("cpu ")) {
      const f = line.trim().split(/\s+/).slice(1, 8).map(Number);
      totalNs = f.reduce((a, b) => a + b, 0) * (1e9 / 100);
    } else if (/^cpu\d+ /.test(line)) {
      onlineCpus++;
    }
  }
  return { totalNs, onlineCpus };
}
function cpuPercent2(prev, cur, prevSys, curSys) {
  const dc = cur.cpuUsageNs - prev.cpuUsageNs;
  const ds = curSys.totalNs - prevSys.totalNs;
  if (dc <= 0 || ds <= 0)
    return 0;
  return dc / ds * (curSys.onlineCpus || 1) * 100;
}
function memoryPercent(s, hostMemory) {
  const limit2 = s.memoryLimit ?? hostMemory;
  return limit2 > 0 ? s.memoryUsed / limit2 * 100 : 0;
}

// packages/runtime/dist/registry/pull.js
import { createReadStream as createReadStream5, mkdirSync as mkdirSync14, rmSync as rmSync13 } from "node:fs";
import { join as join30 } from "node:path";
import { pipeline as pipeline7 } from "node:stream/promises";

// packages/runtime/dist/registry/blob-download.js
import { createWriteStream as createWriteStream5 } from "node:fs";
import { createHash as createHash4 } from "node:crypto";
import { Transform as Transform4 } from "node:stream";
import { pipeline as pipeline6 } from "node:stream/promises";

// packages/runtime/dist/registry/errors.js
var errors_exports2 = {};
__export(errors_exports2, {
  REGISTRY_ABORTED: () => REGISTRY_ABORTED,
  REGISTRY_BAD_CREDENTIALS_FILE: () => REGISTRY_BAD_CREDENTIALS_FILE,
  REGISTRY_DENIED: () => REGISTRY_DENIED,
  REGISTRY_DIGEST_MISMATCH: () => REGISTRY_DIGEST_MISMATCH,
  REGISTRY_NOT_FOUND: () => REGISTRY_NOT_FOUND,
  REGISTRY_NO_PLATFORM: () => REGISTRY_NO_PLATFORM,
  REGISTRY_PROTOCOL: () => REGISTRY_PROTOCOL,
  REGISTRY_TOO_LARGE: () => REGISTRY_TOO_LARGE,
  REGISTRY_UNAUTHORIZED: () => REGISTRY_UNAUTHORIZED,
  REGISTRY_UNREACHABLE: () => REGISTRY_UNREACHABLE,
  REGISTRY_UNSUPPORTED: () => REGISTRY_UNSUPPORTED,
  registryError: () => registryError
});
var REGISTRY_UNREACHABLE = "REGISTRY_UNREACHABLE";
var REGISTRY_UNAUTHORIZED = "REGISTRY_UNAUTHORIZED";
var REGISTRY_DENIED = "REGISTRY_DENIED";
var REGISTRY_NOT_FOUND = "REGISTRY_NOT_FOUND";
var REGISTRY_PROTOCOL = "REGISTRY_PROTOCOL";
var REGISTRY_DIGEST_MISMATCH = "REGISTRY_DIGEST_MISMATCH";
var REGISTRY_TOO_LARGE = "REGISTRY_TOO_LARGE";
var REGISTRY_NO_PLATFORM = "REGISTRY_NO_PLATFORM";
var REGISTRY_UNSUPPORTED = "REGISTRY_UNSUPPORTED";
var REGISTRY_ABORTED = "REGISTRY_ABORTED";
var REGISTRY_BAD_CREDENTIALS_FILE = "REGISTRY_BAD_CREDENTIALS_FILE";
function registryError(code, message, options) {
  return new RuntimeError(code, message, options);
}

// packages/runtime/dist/registry/transport.js
import * as http from "node:http";
import * as https from "node:https";
var USER_AGENT = "tsc-compose";
function isConnectionError(err) {
  const code = err.cause?.code ?? err.code;
  return typeof code === "string" && /^(ECONNREFUSED|ECONNRESET|EPROTO|EHOSTUNREACH|ENETUNREACH|ERR_SSL_.*|EAI_AGAIN|ENOTFOUND)$/.test(code);
}
var Transport = class {
  httpAgent;
  httpsAgent;
  idleTimeoutMs;
  signal;
  constructor(opts = {}) {
    const maxSockets = opts.maxSockets ?? 8;
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets });
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets, rejectUnauthorized: !opts.skipTlsVerify });
    this.idleTimeoutMs = opts.idleTimeoutMs ?? 6e4;
    this.signal = opts.signal;
  }
  request(url, init) {
    if (this.signal?.aborted)
      return Promise.reject(registryError(REGISTRY_ABORTED, "aborted"));
    const lib = url.protocol === "https:" ? https : http;
    const agent = url.protocol === "https:" ? this.httpsAgent : this.httpAgent;
    const headers = { "user-agent": USER_AGENT, ...init.headers ?? {} };
    const body = typeof init.body === "function" ? init.body() : init.body;
    if (Buffer.isBuffer(body))
      headers["content-length"] = String(body.length);
    else if (init.contentLength !== void 0)
      headers["content-length"] = String(init.contentLength);
    return new Promise((resolve3, reject) => {
      const req = lib.request(url, { method: init.method, headers, agent });
      const onAbort = () => {
        req.destroy(registryError(REGISTRY_ABORTED, "aborted"));
      };
      this.signal?.addEventListener("abort", onAbort, { once: true });
      req.setTimeout(this.idleTimeoutMs, () => {
        req.destroy(registryError(REGISTRY_UNREACHABLE, `${init.method} ${url.origin}${url.pathname}: no answer for ${Math.round(this.idleTimeoutMs / 1e3)} s`));
      });
      req.on("error", (err) => {
        this.signal?.removeEventListener("abort", onAbort);
        reject(err);
      });
      req.on("response", (res) => {
        res.on("close", () => this.signal?.removeEventListener("abort", onAbort));
        resolve3({ status: res.statusCode ?? 0, headers: res.headers, body: res, url });
      });
      if (body === void 0)
        req.end();
      else if (Buffer.isBuffer(body))
        req.end(body);
      else {
        body.on("error", (err) => req.destroy(err));
        body.pipe(req);
      }
    });
  }
  close() {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
};
async function readBody(res, cap, what) {
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > cap) {
    res.body.destroy();
    throw registryError(REGISTRY_TOO_LARGE, `${what} is ${declared} bytes, more than the ${cap} allowed`);
  }
  const chunks = [];
  let n = 0;
  for await (const chunk of res.body) {
    n += chunk.length;
    if (n > cap) {
      res.body.destroy();
      throw registryError(REGISTRY_TOO_LARGE, `${what} is more than the ${cap} bytes allowed`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function discard(res) {
  res.body.resume();
}

// packages/runtime/dist/registry/blob-download.js
var VerifyingStream = class extends Transform4 {
  desc;
  what;
  onBytes;
  hash = createHash4("sha256");
  size = 0;
  constructor(desc, what, onBytes) {
    super();
    this.desc = desc;
    this.what = what;
    this.onBytes = onBytes;
  }
  _transform(chunk, _enc, cb) {
    this.size += chunk.length;
    if (this.size > this.desc.size) {
      cb(registryError(REGISTRY_TOO_LARGE, `${this.what}: the registry sent more than the ${this.desc.size} bytes the manifest declares`));
      return;
    }
    this.hash.update(chunk);
    this.onBytes?.(this.size);
    cb(null, chunk);
  }
  check() {
    const digest = `sha256:${this.hash.digest("hex")}`;
    if (this.size !== this.desc.size) {
      throw registryError(REGISTRY_DIGEST_MISMATCH, `${this.what}: got ${this.size} bytes, the manifest declares ${this.desc.size}`);
    }
    if (digest !== this.desc.digest) {
      throw registryError(REGISTRY_DIGEST_MISMATCH, `${this.what}: content digest is ${digest}, expected ${this.desc.digest}`);
    }
  }
};
function checkLength(declared, desc, what) {
  const n = Number(declared);
  if (declared !== void 0 && Number.isFinite(n) && n !== desc.size) {
    throw registryError(REGISTRY_DIGEST_MISMATCH, `${what}: the registry sends ${n} bytes, the manifest declares ${desc.size}`);
  }
}
async function downloadBlob(client, desc, file, what, onBytes) {
  const res = await client.getBlob(desc.digest);
  try {
    checkLength(res.headers["content-length"], desc, what);
  } catch (err) {
    res.body.destroy();
    throw err;
  }
  const verify = new VerifyingStream(desc, what, onBytes);
  await pipeline6(res.body, verify, createWriteStream5(file, { flags: "wx", mode: 420 }));
  verify.check();
}
async function fetchSmallBlob(client, desc, cap, what) {
  if (desc.size > cap)
    throw registryError(REGISTRY_TOO_LARGE, `${what} is ${desc.size} bytes, more than the ${cap} allowed`);
  const res = await client.getBlob(desc.digest);
  checkLength(res.headers["content-length"], desc, what);
  const bytes = await readBody(res, desc.size, what);
  const digest = sha256(bytes);
  if (bytes.length !== desc.size || digest !== desc.digest) {
    throw registryError(REGISTRY_DIGEST_MISMATCH, `${what}: content digest is ${digest} (${bytes.length} bytes), expected ${desc.digest} (${desc.size} bytes)`);
  }
  return bytes;
}

// packages/runtime/dist/registry/auth.js
var MAX_TOKEN_RESPONSE = 1 << 20;
var DEFAULT_EXPIRES_S = 60;
function parseWwwAuthenticate(header) {
  const text2 = Array.isArray(header) ? header.join(", ") : header ?? "";
  const out = [];
  let i = 0;
  const skip = () => {
    while (i < text2.length && /[\s,]/.test(text2[i]))
      i++;
  };
  const token = () => {
    const m = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+/.exec(text2.slice(i));
    if (!m)
      return "";
    i += m[0].length;
    return m[0];
  };
  while (i < text2.length) {
    skip();
    const start = i;
    const name = token();
    if (!name) {
      i++;
      continue;
    }
    while (i < text2.length && text2[i] === " ")
      i++;
    if (text2[i] === "=" && out.length > 0) {
      i++;
      while (text2[i] === " ")
        i++;
      let value = "";
      if (text2[i] === '"') {
        i++;
        while (i < text2.length && text2[i] !== '"') {
          if (text2[i] === "\\" && i + 1 < text2.length)
            i++;
          value += text2[i];
          i++;
        }
        i++;
      } else {
        value = token();
      }
      out[out.length - 1].params[name.toLowerCase()] = value;
      continue;
    }
    if (start === i)
      break;
    out.push({ scheme: name.toLowerCase(), params: {} });
  }
  return out;
}
function basic(c) {
  return `Basic ${Buffer.from(`${c.username ?? ""}:${c.password ?? ""}`).toString("base64")}`;
}
function basicAuthorization(c) {
  return c?.username !== void 0 && c.password !== void 0 ? basic(c) : void 0;
}
async function fetchToken(transport, challenge, scopes, creds, now = Date.now()) {
  if (creds?.registryToken)
    return { value: creds.registryToken, expiresAt: Number.POSITIVE_INFINITY };
  const realm = challenge.params.realm;
  let url;
  try {
    url = new URL(realm ?? "");
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw new Error("not http(s)");
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `the registry's bearer challenge has no usable realm: ${JSON.stringify(realm)}`);
  }
  const service = challenge.params.service;
  const res = creds?.identityToken ? await transport.request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: Buffer.from(new URLSearchParams({ grant_type: "refresh_token", refresh_token: creds.identityToken, client_id: "tsc-compose", ...service ? { service } : {}, scope: scopes.join(" ") }).toString())
  }) : await (() => {
    if (service)
      url.searchParams.set("service", service);
    for (const s of scopes)
      url.searchParams.append("scope", s);
    if (creds?.username)
      url.searchParams.set("account", creds.username);
    const auth = basicAuthorization(creds);
    return transport.request(url, { method: "GET", headers: auth ? { authorization: auth } : {} });
  })();
  const body = await readBody(res, MAX_TOKEN_RESPONSE, `the token answer of ${url.origin}`);
  if (res.status === 401 || res.status === 403) {
    throw registryError(REGISTRY_UNAUTHORIZED, `unauthorized: ${creds ? "incorrect username or password" : "authentication required"} (token server ${url.origin})`, {
      hint: creds ? "log in again with tsc-compose login" : "log in first with tsc-compose login"
    });
  }
  if (res.status !== 200)
    throw registryError(REGISTRY_PROTOCOL, `token server ${url.origin} answered ${res.status}`);
  let doc;
  try {
    doc = JSON.parse(body.toString("utf8"));
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `token server ${url.origin} answered something that is not JSON`);
  }
  const value = typeof doc.token === "string" && doc.token ? doc.token : typeof doc.access_token === "string" ? doc.access_token : "";
  if (!value)
    throw registryError(REGISTRY_PROTOCOL, `token server ${url.origin} answered no token`);
  const expiresIn = typeof doc.expires_in === "number" && doc.expires_in > 0 ? doc.expires_in : DEFAULT_EXPIRES_S;
  const issued = typeof doc.issued_at === "string" ? Date.parse(doc.issued_at) : Number.NaN;
  const from = Number.isFinite(issued) && Math.abs(issued - now) < 36e5 ? issued : now;
  return { value, expiresAt: from + expiresIn * 1e3 - 5e3 };
}

// packages/runtime/dist/registry/client.js
var MAX_ERROR_BODY = 64 << 10;
var workingScheme = /* @__PURE__ */ new Map();
var MAX_REDIRECTS = 5;
async function errorDetail(res) {
  try {
    const body = await readBody(res, MAX_ERROR_BODY, "error body");
    const doc = JSON.parse(body.toString("utf8"));
    const e = doc.errors?.[0];
    if (e)
      return { ...e.code ? { code: e.code } : {}, message: [e.code?.toLowerCase().replace(/_/g, " "), e.message].filter(Boolean).join(": ") };
  } catch {
  }
  return { message: `HTTP ${res.status}` };
}
var RegistryClient = class {
  opts;
  transport;
  base;
  challenge;
  token;
  tokenPromise;
  repository;
  scopes;
  constructor(opts) {
    this.opts = opts;
    this.transport = new Transport({ skipTlsVerify: opts.endpoint.skipTlsVerify, signal: opts.signal, idleTimeoutMs: opts.idleTimeoutMs, maxSockets: opts.maxSockets });
    this.repository = opts.repository;
    this.scopes = [...opts.repository ? [`repository:${opts.repository}:${opts.actions}`] : [], ...opts.extraScopes ?? []];
  }
  close() {
    this.transport.close();
  }
  /** `https://host/v2/` … as decided by the ping. */
  url(path) {
    if (!this.base)
      throw new Error("RegistryClient: ping() first");
    return new URL(path, this.base);
  }
  get origin() {
    return this.base?.origin ?? this.opts.endpoint.apiHost;
  }
  /** GET /v2/: picks the scheme and learns how the registry wants us to authenticate. */
  async ping() {
    if (this.base)
      return;
    const { endpoint } = this.opts;
    let lastErr;
    const known = workingScheme.get(endpoint.apiHost);
    const schemes = known && endpoint.schemes.includes(known) ? [known, ...endpoint.schemes.filter((x) => x !== known)] : endpoint.schemes;
    const firstBase = new URL(`${schemes[0]}://${endpoint.apiHost}/`);
    for (const scheme of schemes) {
      const base = new URL(`${scheme}://${endpoint.apiHost}/`);
      let res;
      try {
        res = await this.transport.request(new URL("/v2/", base), { method: "GET" });
      } catch (err) {
        lastErr = err;
        if (isConnectionError(err))
          continue;
        throw this.unreachable(base, err);
      }
      discard(res);
      if (res.status === 200 || res.status === 401) {
        this.base = base;
        workingScheme.set(endpoint.apiHost, scheme);
        if (res.status === 401)
          this.challenge = this.pickChallenge(res);
        return;
      }
      lastErr = registryError(REGISTRY_PROTOCOL, `${base.origin}/v2/ answered ${res.status}: not a registry (distribution API v2)`);
      if (res.status === 404)
        throw lastErr;
    }
    throw lastErr?.code === REGISTRY_PROTOCOL ? lastErr : this.unreachable(firstBase, lastErr);
  }
  unreachable(base, err) {
    const why = err.code ?? err?.message ?? String(err);
    return registryError(REGISTRY_UNREACHABLE, `cannot reach registry ${this.opts.endpoint.domain} at ${base.origin}: ${why}`, { cause: err });
  }
  pickChallenge(res) {
    const all = parseWwwAuthenticate(res.headers["www-authenticate"]);
    return all.find((c) => c.scheme === "bearer") ?? all.find((c) => c.scheme === "basic");
  }
  async authorization(forceNew) {
    const c = this.challenge;
    if (!c)
      return void 0;
    if (c.scheme === "basic")
      return basicAuthorization(this.opts.credentials);
    if (c.scheme !== "bearer")
      return void 0;
    if (!forceNew && this.token && this.token.expiresAt > Date.now())
      return `Bearer ${this.token.value}`;
    if (!this.tokenPromise || forceNew) {
      const scopes = [.../* @__PURE__ */ new Set([...this.scopes, ...c.params.scope ? c.params.scope.split(" ") : []])];
      this.tokenPromise = fetchToken(this.transport, c, scopes, this.opts.credentials).finally(() => {
        this.tokenPromise = void 0;
      });
      this.token = await this.tokenPromise;
    } else {
      this.token = await this.tokenPromise;
    }
    return `Bearer ${this.token.value}`;
  }
  /**
   * One authenticated request: on a 401 it takes the new challenge (or renews an expired
   * token) and tries once more. Redirects are returned, not followed.
   */
  async request(path, init) {
    await this.ping();
    const url = typeof path === "string" ? this.url(path) : path;
    let auth = await this.authorization(false);
    let res = await this.send(url, init, auth);
    if (res.status === 401) {
      const fresh = this.pickChallenge(res);
      discard(res);
      const hadAuth = auth !== void 0;
      if (fresh)
        this.challenge = fresh;
      auth = await this.authorization(true);
      if (auth === void 0 || hadAuth && this.challenge?.scheme === "basic") {
        throw this.unauthorized();
      }
      res = await this.send(url, init, auth);
      if (res.status === 401) {
        discard(res);
        throw this.unauthorized();
      }
    }
    return res;
  }
  unauthorized() {
    const creds = this.opts.credentials;
    return registryError(REGISTRY_UNAUTHORIZED, `unauthorized: ${creds ? "incorrect username or password for" : "authentication required by"} ${this.opts.endpoint.domain}`, {
      hint: `log in first: tsc-compose login ${this.opts.endpoint.domain}`
    });
  }
  async send(url, init, auth) {
    try {
      return await this.transport.request(url, { ...init, headers: { ...init.headers ?? {}, ...auth ? { authorization: auth } : {} } });
    } catch (err) {
      if (err.code?.startsWith("REGISTRY_"))
        throw err;
      throw this.unreachable(url, err);
    }
  }
  /** Turns a non-success answer into the error users should see, naming `what`. */
  async fail(res, what) {
    const detail = await errorDetail(res);
    if (res.status === 404 || detail.code === "MANIFEST_UNKNOWN" || detail.code === "NAME_UNKNOWN" || detail.code === "BLOB_UNKNOWN") {
      throw registryError(REGISTRY_NOT_FOUND, `${what} not found: ${detail.message}`);
    }
    if (res.status === 403 || detail.code === "DENIED") {
      throw registryError(REGISTRY_DENIED, `${what}: access denied: ${detail.message}`, { hint: `check the repository name and your login (tsc-compose login ${this.opts.endpoint.domain})` });
    }
    if (res.status === 401)
      throw this.unauthorized();
    throw registryError(REGISTRY_PROTOCOL, `${what}: the registry answered ${res.status}: ${detail.message}`);
  }
  /**
   * GET a blob, following redirects (to a CDN, typically) without forwarding the
   * registry's Authorization to another origin.
   */
  async getBlob(digest) {
    let res = await this.request(`/v2/${this.repository}/blobs/${digest}`, { method: "GET" });
    for (let hop = 0; hop < MAX_REDIRECTS && [301, 302, 303, 307, 308].includes(res.status); hop++) {
      const location = res.headers.location;
      discard(res);
      if (!location)
        throw registryError(REGISTRY_PROTOCOL, `blob ${digest}: redirect without a Location`);
      const next = new URL(location, res.url);
      res = next.origin === this.origin ? await this.request(next, { method: "GET" }) : await this.sendUnauthenticated(next);
    }
    if (res.status !== 200)
      return this.fail(res, `blob ${digest} of ${this.opts.endpoint.domain}/${this.repository}`);
    return res;
  }
  async sendUnauthenticated(url) {
    try {
      return await this.transport.request(url, { method: "GET" });
    } catch (err) {
      if (err.code?.startsWith("REGISTRY_"))
        throw err;
      throw registryError(REGISTRY_UNREACHABLE, `cannot download from ${url.origin} (redirected by ${this.opts.endpoint.domain}): ${err.code ?? err.message}`, { cause: err });
    }
  }
  /** HEAD a blob: true when the repository has it. */
  async hasBlob(digest) {
    const res = await this.request(`/v2/${this.repository}/blobs/${digest}`, { method: "HEAD" });
    discard(res);
    if (res.status === 200)
      return true;
    if (res.status === 404)
      return false;
    return this.fail(res, `blob ${digest}`);
  }
  /**
   * Starts an upload, or mounts `digest` from `mountFrom` on the same registry (api.md
   * "Cross Repository Blob Mount"). Returns 'mounted' or the upload location.
   */
  async startUpload(digest, mountFrom) {
    const query = mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : "";
    const res = await this.request(`/v2/${this.repository}/blobs/uploads/${query}`, { method: "POST", body: Buffer.alloc(0) });
    discard(res);
    if (res.status === 201 && mountFrom)
      return "mounted";
    if (res.status !== 202)
      return this.fail(res, `upload to ${this.opts.endpoint.domain}/${this.repository}`);
    const location = res.headers.location;
    if (!location)
      throw registryError(REGISTRY_PROTOCOL, `upload to ${this.repository}: the registry gave no Location`);
    return new URL(location, res.url);
  }
  /** Monolithic upload: PUT <location>?digest=… with the whole blob. */
  async finishUpload(location, digest, size, open) {
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    const res = await this.request(url, { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: open, contentLength: size });
    discard(res);
    if (res.status !== 201)
      return this.fail(res, `upload of blob ${digest}`);
  }
};

// packages/runtime/dist/registry/hosts.js
import { isIP } from "node:net";
var DOCKER_HUB_API = "registry-1.docker.io";
function splitHostPort(hostPort) {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort) ?? /^([^:]+)(?::(\d+))?$/.exec(hostPort);
  return m ? { host: m[1].toLowerCase(), ...m[2] ? { port: m[2] } : {} } : { host: hostPort.toLowerCase() };
}
function ipv4ToInt(ip) {
  return ip.split(".").reduce((n, o) => (n << 8) + Number(o), 0) >>> 0;
}
function inCidr(ip, cidr) {
  const [net, bits] = cidr.split("/");
  if (isIP(ip) !== 4 || isIP(net ?? "") !== 4)
    return false;
  const n = Number(bits);
  if (!Number.isInteger(n) || n < 0 || n > 32)
    return false;
  const mask2 = n === 0 ? 0 : ~0 << 32 - n >>> 0;
  return (ipv4ToInt(ip) & mask2) === (ipv4ToInt(net) & mask2);
}
function isInsecure(domain, insecureRegistries = []) {
  const { host } = splitHostPort(domain);
  if (host === "localhost" || host === "::1" || inCidr(host, "127.0.0.0/8"))
    return true;
  for (const entry of insecureRegistries) {
    const e = entry.replace(/^https?:\/\//, "").replace(/\/+$/, "").toLowerCase();
    if (e === domain.toLowerCase() || e === host)
      return true;
    if (e.includes("/") && inCidr(host, e))
      return true;
  }
  return false;
}
function isLoopback(domain) {
  const { host } = splitHostPort(domain);
  return host === "localhost" || host === "::1" || inCidr(host, "127.0.0.0/8");
}
function endpointFor(domain, insecureRegistries = []) {
  if (domain === DEFAULT_DOMAIN)
    return { domain, apiHost: DOCKER_HUB_API, schemes: ["https"], skipTlsVerify: false };
  const insecure = isInsecure(domain, insecureRegistries);
  const schemes = !insecure ? ["https"] : isLoopback(domain) ? ["http", "https"] : ["https", "http"];
  return { domain, apiHost: domain, schemes, skipTlsVerify: insecure };
}

// packages/runtime/dist/registry/manifest.js
import * as zlib2 from "node:zlib";
var MANIFEST_ACCEPT = [MT.dockerManifest, MT.dockerManifestList, MT.ociManifest, MT.ociIndex, "*/*"].join(", ");
var MAX_MANIFEST_BYTES = 4 * 1048 * 1048;
var MAX_CONFIG_BYTES = 16 << 20;
var SCHEMA1_TYPES = ["application/vnd.docker.distribution.manifest.v1+json", "application/vnd.docker.distribution.manifest.v1+prettyjws"];
var CONFIG_TYPES = [MT.ociConfig, MT.dockerConfig];
var LAYER_TYPES = [MT.ociLayer, MT.ociLayerGzip, MT.ociLayerZstd, MT.dockerLayer, MT.dockerLayerGzip];
var FOREIGN_LAYER_RE = /(nondistributable|foreign)/;
async function fetchManifest(client, reference, what) {
  const res = await client.request(`/v2/${client.repository}/manifests/${reference}`, { method: "GET", headers: { accept: MANIFEST_ACCEPT } });
  if (res.status !== 200)
    return client.fail(res, `manifest for ${what}`);
  const bytes = await readBody(res, MAX_MANIFEST_BYTES, `manifest for ${what}`);
  const digest = sha256(bytes);
  if (reference.startsWith("sha256:") && digest !== reference) {
    throw registryError(REGISTRY_DIGEST_MISMATCH, `manifest for ${what}: content digest is ${digest}, not the ${reference} asked for`);
  }
  let doc;
  try {
    doc = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `manifest for ${what} is not valid JSON`);
  }
  const header = String(res.headers["content-type"] ?? "").split(";")[0].trim();
  const mediaType = typeof doc.mediaType === "string" && doc.mediaType ? doc.mediaType : header;
  if (SCHEMA1_TYPES.includes(mediaType) || doc.schemaVersion === 1) {
    throw registryError(REGISTRY_UNSUPPORTED, `${what} is a Docker schema 1 manifest, which is deprecated and not supported`, { hint: "push the image again with a current client" });
  }
  const isIndex = INDEX_TYPES.includes(mediaType) || Array.isArray(doc.manifests) && !doc.config;
  const isManifest = MANIFEST_TYPES.includes(mediaType) || !!doc.config && Array.isArray(doc.layers);
  if (!isIndex && !isManifest)
    throw registryError(REGISTRY_UNSUPPORTED, `${what} has media type "${mediaType}": not a container image`);
  return { bytes, digest, mediaType: isIndex ? INDEX_TYPES.includes(mediaType) ? mediaType : MT.ociIndex : MANIFEST_TYPES.includes(mediaType) ? mediaType : MT.ociManifest, doc };
}
function isIndexType(mediaType) {
  return INDEX_TYPES.includes(mediaType);
}
function formatPlatform(p) {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}`;
}
function parsePlatform(s) {
  const [os, architecture, variant, ...rest] = s.split("/");
  if (!os || !architecture || rest.length > 0)
    throw registryError(REGISTRY_UNSUPPORTED, `invalid platform "${s}": want os/arch[/variant]`);
  return { os: os.toLowerCase(), architecture: architecture.toLowerCase(), ...variant ? { variant: variant.toLowerCase() } : {} };
}
function variantMatches(want, have) {
  if (!want.variant)
    return true;
  const v = have?.variant ?? (want.architecture === "arm64" ? "v8" : void 0);
  return v === want.variant;
}
function isAttestation2(d) {
  return d.annotations?.[ANNOTATION_REFERENCE_TYPE] === "attestation-manifest" || d.platform?.os === "unknown" && d.platform.architecture === "unknown";
}
function selectManifest(index, want, what) {
  if (!Array.isArray(index.manifests))
    throw registryError(REGISTRY_PROTOCOL, `index for ${what} has no manifests list`);
  const candidates = index.manifests.filter((d) => !isAttestation2(d) && (!d.mediaType || MANIFEST_TYPES.includes(d.mediaType) || INDEX_TYPES.includes(d.mediaType)));
  const match = candidates.find((d) => d.platform && d.platform.os === want.os && d.platform.architecture === want.architecture && variantMatches(want, d.platform));
  if (!match) {
    const have = candidates.map((d) => d.platform ? formatPlatform(d.platform) : "?").join(", ");
    throw registryError(REGISTRY_NO_PLATFORM, `no matching manifest for ${formatPlatform(want)} in the manifest list entries of ${what}${have ? ` (it has ${have})` : ""}`);
  }
  checkDigest(match.digest, "manifest");
  return match;
}
var zstdSupported = typeof zlib2.createZstdDecompress === "function";
function checkImageManifest(m, what) {
  if (!m.config || !Array.isArray(m.layers))
    throw registryError(REGISTRY_PROTOCOL, `manifest for ${what} has no config or layers`);
  checkDigest(m.config.digest, "config");
  if (m.config.mediaType && !CONFIG_TYPES.includes(m.config.mediaType)) {
    throw registryError(REGISTRY_UNSUPPORTED, `${what} is not a container image: its config has media type "${m.config.mediaType}"`);
  }
  for (const [i, l] of m.layers.entries()) {
    checkDigest(l.digest, `layer ${i + 1}`);
    if (!Number.isSafeInteger(l.size) || l.size < 0)
      throw registryError(REGISTRY_PROTOCOL, `manifest for ${what}: layer ${i + 1} has no valid size`);
    if (FOREIGN_LAYER_RE.test(l.mediaType ?? "")) {
      throw registryError(REGISTRY_UNSUPPORTED, `${what}: layer ${i + 1} is a foreign (non-distributable) layer (${l.mediaType}), which is not supported`);
    }
    if (l.mediaType && !LAYER_TYPES.includes(l.mediaType)) {
      throw registryError(REGISTRY_UNSUPPORTED, `${what}: layer ${i + 1} has media type "${l.mediaType}", not a filesystem layer`);
    }
    if (l.mediaType === MT.ociLayerZstd && !zstdSupported) {
      throw registryError(REGISTRY_UNSUPPORTED, `${what}: layer ${i + 1} is zstd-compressed, which needs Node >= 22.15 (running ${process.version})`, { hint: "use a gzip variant of the image, or run tsc-compose on a newer Node" });
    }
  }
}

// packages/runtime/dist/registry/progress.js
function formatProgressBytes(current, total) {
  const f = (n) => {
    if (n < 1e3)
      return `${n}B`;
    const units = ["kB", "MB", "GB", "TB"];
    let v = n / 1e3;
    let i = 0;
    while (v >= 1e3 && i < units.length - 1) {
      v /= 1e3;
      i++;
    }
    return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)}${units[i]}`;
  };
  return total ? `${f(current)}/${f(total)}` : f(current);
}
function limiter(limit2) {
  let running = 0;
  const queue = [];
  const next = () => {
    running--;
    queue.shift()?.();
  };
  const run2 = (fn) => new Promise((resolve3, reject) => {
    const start = () => {
      running++;
      fn().then(resolve3, reject).finally(next);
    };
    if (running < limit2)
      start();
    else
      queue.push(start);
  });
  return Object.assign(run2, { full: () => running >= limit2 });
}

// packages/runtime/dist/registry/settings.js
import { existsSync as existsSync18, readFileSync as readFileSync18 } from "node:fs";
import { join as join29 } from "node:path";

// packages/runtime/dist/registry/credentials.js
import { chmodSync as chmodSync2, existsSync as existsSync17, mkdirSync as mkdirSync13, readFileSync as readFileSync17, renameSync as renameSync11, writeFileSync as writeFileSync14 } from "node:fs";
import { dirname as dirname5, join as join28 } from "node:path";
import { randomBytes as randomBytes5 } from "node:crypto";
var HUB_ALIASES = /* @__PURE__ */ new Set([DEFAULT_DOMAIN, "index.docker.io", "registry-1.docker.io"]);
function keyHost(key) {
  const h = key.replace(/^[a-z]+:\/\//i, "").split("/")[0].toLowerCase();
  return HUB_ALIASES.has(h) ? DEFAULT_DOMAIN : h;
}
function authKey(domain) {
  return domain === DEFAULT_DOMAIN ? "https://index.docker.io/v1/" : domain;
}
function credentialFiles(root, env) {
  const files = [];
  if (root)
    files.push(join28(root, "auth.json"));
  if (env.DOCKER_CONFIG)
    files.push(join28(env.DOCKER_CONFIG, "config.json"));
  else if (env.HOME)
    files.push(join28(env.HOME, ".docker", "config.json"));
  return files;
}
function readAuthFile(file) {
  if (!existsSync17(file))
    return void 0;
  try {
    const parsed = JSON.parse(readFileSync17(file, "utf8"));
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
      throw new Error("not a JSON object");
    return parsed;
  } catch (err) {
    throw registryError(REGISTRY_BAD_CREDENTIALS_FILE, `cannot read credentials file ${file}: ${err.message}`, { cause: err });
  }
}
function fromEntry(entry, file, key) {
  let { username, password } = entry;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const i = decoded.indexOf(":");
    if (i < 0)
      throw registryError(REGISTRY_BAD_CREDENTIALS_FILE, `credentials file ${file}: the "auth" of "${key}" is not base64 of user:password`);
    username = decoded.slice(0, i);
    password = decoded.slice(i + 1);
  }
  const c = {
    ...username ? { username } : {},
    ...password ? { password } : {},
    ...entry.identitytoken ? { identityToken: entry.identitytoken } : {},
    ...entry.registrytoken ? { registryToken: entry.registrytoken } : {}
  };
  return Object.keys(c).length > 0 ? c : void 0;
}
function findCredentials(domain, files) {
  const want = keyHost(domain);
  for (const file of files) {
    const auths = readAuthFile(file)?.auths ?? {};
    for (const [key, entry] of Object.entries(auths)) {
      if (keyHost(key) !== want || !entry || typeof entry !== "object")
        continue;
      const c = fromEntry(entry, file, key);
      if (c)
        return c;
    }
  }
  return void 0;
}
function writeAuthFile(file, data) {
  mkdirSync13(dirname5(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${randomBytes5(4).toString("hex")}`;
  writeFileSync14(tmp, JSON.stringify(data, null, "	") + "\n", { mode: 384 });
  chmodSync2(tmp, 384);
  renameSync11(tmp, file);
}
function saveCredentials(file, domain, username, password) {
  const data = readAuthFile(file) ?? {};
  const auths = { ...data.auths ?? {} };
  for (const k of Object.keys(auths))
    if (keyHost(k) === keyHost(domain))
      delete auths[k];
  auths[authKey(domain)] = { auth: Buffer.from(`${username}:${password}`).toString("base64") };
  writeAuthFile(file, { ...data, auths });
}
function removeCredentials(file, domain) {
  const data = readAuthFile(file);
  if (!data?.auths)
    return false;
  const auths = { ...data.auths };
  const keys = Object.keys(auths).filter((k) => keyHost(k) === keyHost(domain));
  if (keys.length === 0)
    return false;
  for (const k of keys)
    delete auths[k];
  writeAuthFile(file, { ...data, auths });
  return true;
}

// packages/runtime/dist/registry/settings.js
var INSECURE_ENV = "TSC_COMPOSE_INSECURE_REGISTRIES";
function fileInsecure(root) {
  if (!root)
    return [];
  const file = join29(root, "registries.json");
  if (!existsSync18(file))
    return [];
  try {
    const doc = JSON.parse(readFileSync18(file, "utf8"));
    const list = doc["insecure-registries"];
    if (list === void 0)
      return [];
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string"))
      throw new Error('"insecure-registries" must be a list of strings');
    return list;
  } catch (err) {
    throw registryError(REGISTRY_BAD_CREDENTIALS_FILE, `cannot read ${file}: ${err.message}`, { cause: err });
  }
}
function registrySettings(input) {
  const env = input.env ?? {};
  const insecure = [
    ...input.insecureRegistries ?? [],
    ...(env[INSECURE_ENV] ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    ...fileInsecure(input.root)
  ];
  const files = credentialFiles(input.root, env);
  return {
    insecureRegistries: insecure,
    credentialsFor: (domain) => input.credentials ?? findCredentials(domain, files)
  };
}

// packages/runtime/dist/registry/pull.js
var PROGRESS_INTERVAL_MS = 100;
var DOWNLOAD_ATTEMPTS = 3;
var RETRY_DELAY_MS = 1e3;
function retryable(err) {
  const code = err.code;
  return code === REGISTRY_UNREACHABLE || code === "ECONNRESET" || code === "EPIPE" || code === "ETIMEDOUT" || code === "ERR_STREAM_PREMATURE_CLOSE";
}
function parseConfig2(bytes, layers, what) {
  let config;
  try {
    config = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `the image config of ${what} is not valid JSON`);
  }
  const ids = config?.rootfs?.diff_ids;
  if (!Array.isArray(ids) || !ids.every(isDigest))
    throw registryError(REGISTRY_PROTOCOL, `the image config of ${what} has no valid rootfs.diff_ids`);
  if (ids.length !== layers)
    throw registryError(REGISTRY_PROTOCOL, `${what}: the config lists ${ids.length} layers, the manifest ${layers}`);
  return config;
}
async function uncompressedDigest2(file, what) {
  const h = new HashingPassThrough();
  await pipeline7(createReadStream5(file), new AutoDecompress(what), h, async function* (src) {
    for await (const _ of src) {
    }
  });
  return h.digest();
}
function dropUnreferencedSnapshots(store2, created) {
  if (created.length === 0)
    return;
  const used = /* @__PURE__ */ new Set();
  for (const id of store2.imageIds()) {
    try {
      for (const c of chainIds(store2.config(id).rootfs.diff_ids))
        used.add(c);
    } catch {
    }
  }
  for (const c of created)
    if (!used.has(c))
      store2.snapshots.remove(c);
}
function presentByDigest(store2, ref) {
  if (!ref.digest)
    return void 0;
  const id = store2.tags().get({ domain: ref.domain, path: ref.path, digest: ref.digest });
  if (!id || !store2.record(id))
    return void 0;
  try {
    const m = store2.manifest(id);
    return m.layers.every((l) => store2.blobs.has(l.digest)) ? id : void 0;
  } catch {
    return void 0;
  }
}
async function pullImage(store2, input, opts = {}) {
  const parsed = normalizeReference(input);
  const ref = parsed.digest ? { domain: parsed.domain, path: parsed.path, digest: parsed.digest } : parsed;
  const what = familiarString(ref);
  const emit = opts.onProgress ?? (() => {
  });
  const platform = typeof opts.platform === "string" ? parsePlatform(opts.platform) : opts.platform ?? { os: "linux", architecture: hostArchitecture() };
  const already = presentByDigest(store2, ref);
  if (already) {
    return { id: already, reference: referenceString(ref), digest: ref.digest, upToDate: true, downloadedBytes: 0, messages: [`Digest: ${ref.digest}`, `Status: Image is up to date for ${what}`] };
  }
  const settings = registrySettings({ ...opts, root: opts.root ?? store2.paths.root });
  const ctl = new AbortController();
  const onAbort = () => ctl.abort();
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const client = new RegistryClient({
    endpoint: endpointFor(ref.domain, settings.insecureRegistries),
    repository: ref.path,
    actions: "pull",
    credentials: settings.credentialsFor(ref.domain),
    signal: ctl.signal
  });
  const ingest = join30(store2.paths.ingestDir, tmpName("pull"));
  const newSnapshots = [];
  try {
    emit({ status: `${ref.digest ?? ref.tag}: Pulling from ${ref.path}` });
    const top2 = await fetchManifest(client, ref.digest ?? ref.tag, what);
    let doc = top2;
    if (isIndexType(top2.mediaType)) {
      const chosen = selectManifest(top2.doc, platform, what);
      doc = await fetchManifest(client, chosen.digest, `${what} (${formatPlatform(platform)})`);
      if (isIndexType(doc.mediaType))
        throw registryError(REGISTRY_PROTOCOL, `${what}: the index for ${formatPlatform(platform)} points at another index`);
    }
    const manifest = doc.doc;
    checkImageManifest(manifest, what);
    const configBytes = store2.blobs.has(manifest.config.digest) ? store2.blobs.read(manifest.config.digest) : await fetchSmallBlob(client, manifest.config, MAX_CONFIG_BYTES, `the image config of ${what}`);
    if (sha256(configBytes) !== manifest.config.digest)
      throw registryError(REGISTRY_DIGEST_MISMATCH, `the image config of ${what} does not match ${manifest.config.digest}`);
    const config = parseConfig2(configBytes, manifest.layers.length, what);
    if (opts.platform !== void 0 && (config.os !== platform.os || config.architecture !== platform.architecture)) {
      throw registryError(REGISTRY_NO_PLATFORM, `image ${what} was found but its platform (${config.os}/${config.architecture}) does not match the specified platform (${formatPlatform(platform)})`);
    }
    const diffIds = config.rootfs.diff_ids;
    const chains = chainIds(diffIds);
    mkdirSync14(ingest, { recursive: true });
    const downloads = /* @__PURE__ */ new Map();
    const files = /* @__PURE__ */ new Map();
    let downloadedBytes = 0;
    const run2 = limiter(opts.concurrency ?? 3);
    const fetchLayer = (layer, id2) => {
      let p = downloads.get(layer.digest);
      if (p)
        return p;
      p = (async () => {
        if (store2.blobs.has(layer.digest))
          return void 0;
        if (run2.full())
          emit({ id: id2, status: "Waiting" });
        return run2(async () => {
          if (ctl.signal.aborted)
            throw registryError(REGISTRY_ABORTED, "aborted");
          const file = join30(ingest, hexOf(layer.digest));
          let last = 0;
          for (let attempt = 1; ; attempt++) {
            try {
              await downloadBlob(client, layer, file, `layer ${layer.digest} of ${what}`, (n) => {
                const now = Date.now();
                if (now - last >= PROGRESS_INTERVAL_MS || n === layer.size) {
                  last = now;
                  emit({ id: id2, status: "Downloading", current: n, total: layer.size });
                }
              });
              break;
            } catch (err) {
              rmSync13(file, { force: true });
              if (attempt >= DOWNLOAD_ATTEMPTS || ctl.signal.aborted || !retryable(err))
                throw err;
              emit({ id: id2, status: `Retrying in ${attempt} second${attempt > 1 ? "s" : ""}` });
              await new Promise((r) => setTimeout(r, attempt * RETRY_DELAY_MS));
            }
          }
          emit({ id: id2, status: "Verifying Checksum" });
          emit({ id: id2, status: "Download complete" });
          downloadedBytes += layer.size;
          files.set(layer.digest, file);
          return file;
        });
      })();
      downloads.set(layer.digest, p);
      return p;
    };
    const layerTasks = manifest.layers.map(async (layer, i) => {
      const id2 = shortId(layer.digest);
      if (store2.blobs.has(layer.digest) && store2.snapshots.has(chains[i])) {
        emit({ id: id2, status: "Already exists" });
        return;
      }
      emit({ id: id2, status: "Pulling fs layer" });
      const file = await fetchLayer(layer, id2);
      const lwhat = `layer ${i + 1} (${layer.digest}) of ${what}`;
      emit({ id: id2, status: "Extracting" });
      const open = file ? () => createReadStream5(file) : () => store2.blobs.stream(layer.digest);
      if (await store2.snapshots.ensure(chains[i], diffIds[i], open, lwhat)) {
        newSnapshots.push(chains[i]);
      } else if (file) {
        const actual = await uncompressedDigest2(file, lwhat);
        if (actual !== diffIds[i])
          throw registryError(REGISTRY_DIGEST_MISMATCH, `${lwhat}: wrong diff id: the config says ${diffIds[i]}, the layer content is ${actual}`);
      }
      emit({ id: id2, status: "Pull complete" });
    });
    const settled = await Promise.allSettled(layerTasks.map((t) => t.catch((err) => {
      ctl.abort();
      throw err;
    })));
    const failed = settled.find((s) => s.status === "rejected");
    if (failed)
      throw failed.reason;
    const tagRef = ref.digest ? void 0 : ref;
    const digestRef = { domain: ref.domain, path: ref.path, digest: top2.digest };
    await store2.blobs.ensureDirs();
    const { id, previous } = await store2.withLock(async () => {
      const adopted = [];
      try {
        for (const [d, file] of files) {
          if (store2.blobs.has(d))
            continue;
          store2.blobs.adoptFile(file, d);
          adopted.push(d);
        }
        for (const [i, layer] of manifest.layers.entries()) {
          if (!store2.blobs.has(layer.digest)) {
            throw registryError(REGISTRY_PROTOCOL, `layer ${layer.digest} was removed from the store while ${what} was being pulled: pull again`);
          }
          if (await store2.snapshots.ensure(chains[i], diffIds[i], () => store2.blobs.stream(layer.digest), `layer ${i + 1} of ${what}`))
            newSnapshots.push(chains[i]);
        }
        const previous2 = tagRef ? store2.tags().get(tagRef) : void 0;
        const layers = manifest.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }));
        const added = await store2.addImage(configBytes, layers, tagRef ? [tagRef, digestRef] : [digestRef], manifest.config.mediaType);
        return { id: added.id, previous: previous2 };
      } catch (err) {
        for (const d of adopted)
          store2.blobs.remove(d);
        throw err;
      }
    });
    const upToDate = previous === id;
    return {
      id,
      reference: referenceString(ref),
      digest: top2.digest,
      upToDate,
      downloadedBytes,
      messages: [`Digest: ${top2.digest}`, `Status: ${upToDate ? "Image is up to date" : "Downloaded newer image"} for ${what}`]
    };
  } catch (err) {
    if (newSnapshots.length > 0)
      await store2.withLock(async () => dropUnreferencedSnapshots(store2, newSnapshots));
    if (ctl.signal.aborted && opts.signal?.aborted)
      throw registryError(REGISTRY_ABORTED, `pull of ${what} aborted`, { cause: err });
    throw err;
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    client.close();
    rmSync13(ingest, { recursive: true, force: true });
  }
}

// packages/runtime/dist/registry/push.js
import { Transform as Transform5 } from "node:stream";
var TO_OCI_LAYER = {
  [MT.dockerLayer]: MT.ociLayer,
  [MT.dockerLayerGzip]: MT.ociLayerGzip
};
function manifestForPush(stored, configSize) {
  const docker = stored.layers.length > 0 && stored.layers.every((l) => l.mediaType === MT.dockerLayerGzip || l.mediaType === MT.dockerLayer);
  const layers = stored.layers.map((l) => ({ mediaType: docker ? l.mediaType : TO_OCI_LAYER[l.mediaType] ?? l.mediaType, size: l.size, digest: l.digest }));
  const mediaType = docker ? MT.dockerManifest : MT.ociManifest;
  const doc = {
    schemaVersion: 2,
    mediaType,
    config: { mediaType: docker ? MT.dockerConfig : MT.ociConfig, size: configSize, digest: stored.config.digest },
    layers
  };
  return { bytes: Buffer.from(JSON.stringify(doc)), mediaType };
}
var Counter = class extends Transform5 {
  onBytes;
  n = 0;
  constructor(onBytes) {
    super();
    this.onBytes = onBytes;
  }
  _transform(chunk, _enc, cb) {
    this.n += chunk.length;
    this.onBytes(this.n);
    cb(null, chunk);
  }
};
function mountSource(store2, id, ref) {
  return store2.tags().refsOf(id).find((r) => r.domain === ref.domain && r.path !== ref.path)?.path;
}
async function pushImage(store2, input, opts = {}) {
  const ref = normalizeReference(input);
  if (ref.digest)
    throw imageError(IMAGE_INVALID_REFERENCE, `cannot push a digest reference: "${input}"`, { hint: "push a tag (NAME[:TAG])" });
  const { id } = store2.find(input);
  const stored = store2.manifest(id);
  const configBytes = store2.blobs.read(id);
  const { bytes, mediaType } = manifestForPush(stored, configBytes.length);
  const digest = sha256(bytes);
  const emit = opts.onProgress ?? (() => {
  });
  const settings = registrySettings({ ...opts, root: opts.root ?? store2.paths.root });
  const from = mountSource(store2, id, ref);
  const client = new RegistryClient({
    endpoint: endpointFor(ref.domain, settings.insecureRegistries),
    repository: ref.path,
    actions: "pull,push",
    ...from ? { extraScopes: [`repository:${from}:pull`] } : {},
    credentials: settings.credentialsFor(ref.domain),
    signal: opts.signal
  });
  try {
    emit({ status: `The push refers to repository [${fullName(ref)}]` });
    const blobs = [
      ...stored.layers.map((l) => ({ ...l, layer: true })),
      { mediaType: MT.ociConfig, digest: id, size: configBytes.length, layer: false }
    ];
    for (const b of blobs)
      if (b.layer)
        emit({ id: shortId(b.digest), status: "Preparing" });
    const run2 = limiter(opts.concurrency ?? 5);
    const seen = /* @__PURE__ */ new Map();
    const pushBlob = (b) => {
      const existing = seen.get(b.digest);
      if (existing)
        return existing;
      const p = run2(async () => {
        const sid = shortId(b.digest);
        const say = (status, extra = {}) => {
          if (b.layer)
            emit({ id: sid, status, ...extra });
        };
        if (await client.hasBlob(b.digest)) {
          say("Layer already exists");
          return;
        }
        const started = await client.startUpload(b.digest, from);
        if (started === "mounted") {
          say(`Mounted from ${from}`);
          return;
        }
        let last = 0;
        const open = () => store2.blobs.stream(b.digest).pipe(new Counter((n) => {
          const now = Date.now();
          if (now - last >= 100 || n === b.size) {
            last = now;
            say("Pushing", { current: n, total: b.size });
          }
        }));
        await client.finishUpload(started, b.digest, b.size, open);
        say("Pushed");
      });
      seen.set(b.digest, p);
      return p;
    };
    await Promise.all(blobs.map(pushBlob));
    const tag = ref.tag;
    const res = await client.request(`/v2/${ref.path}/manifests/${tag}`, { method: "PUT", headers: { "content-type": mediaType }, body: bytes });
    res.body.resume();
    if (res.status !== 201 && res.status !== 200)
      return client.fail(res, `manifest ${familiarString(ref)}`);
    const said = res.headers["docker-content-digest"];
    if (typeof said === "string" && said !== digest) {
      throw registryError(REGISTRY_DIGEST_MISMATCH, `the registry stored manifest ${familiarString(ref)} as ${said}, but its content digest is ${digest}`);
    }
    await store2.withLock(async () => {
      const tags = store2.tags();
      tags.set({ domain: ref.domain, path: ref.path, digest }, id);
      tags.save();
    });
    return { digest, size: bytes.length, mediaType, messages: [`${tag}: digest: ${digest} size: ${bytes.length}`] };
  } finally {
    client.close();
  }
}

// packages/runtime/dist/registry/login.js
import { join as join31 } from "node:path";
function serverDomain(server) {
  if (!server)
    return DEFAULT_DOMAIN;
  const h = server.replace(/^[a-z]+:\/\//i, "").split("/")[0];
  return ["index.docker.io", "registry-1.docker.io", "docker.io"].includes(h.toLowerCase()) ? DEFAULT_DOMAIN : h;
}
function authFile(root) {
  return join31(root, "auth.json");
}
async function login(opts) {
  const domain = serverDomain(opts.server);
  const settings = registrySettings({ ...opts, credentials: { username: opts.username, password: opts.password } });
  const client = new RegistryClient({
    endpoint: endpointFor(domain, settings.insecureRegistries),
    repository: "",
    actions: "pull",
    credentials: { username: opts.username, password: opts.password },
    signal: opts.signal
  });
  try {
    const res = await client.request("/v2/", { method: "GET" });
    discard(res);
    if (res.status !== 200)
      throw registryError(REGISTRY_PROTOCOL, `login to ${domain}: GET /v2/ answered ${res.status}`);
  } finally {
    client.close();
  }
  saveCredentials(authFile(opts.root), domain, opts.username, opts.password);
  return { domain, messages: ["Login Succeeded"] };
}
function logout(root, server) {
  const domain = serverDomain(server);
  return { domain, removed: removeCredentials(authFile(root), domain) };
}

// packages/runtime/dist/build/builder.js
import { existsSync as existsSync21, readFileSync as readFileSync22, statSync as statSync8 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join37, resolve as resolve2 } from "node:path";
import { Writable as Writable2 } from "node:stream";

// packages/runtime/dist/build/cache.js
import { createHash as createHash5 } from "node:crypto";
import { mkdirSync as mkdirSync15, readFileSync as readFileSync19, renameSync as renameSync12, writeFileSync as writeFileSync15 } from "node:fs";
import { join as join32 } from "node:path";
var CACHE_VERSION = 1;
function cacheKey(parent, d) {
  return createHash5("sha256").update(JSON.stringify([CACHE_VERSION, parent, d.step, d.extra ?? null])).digest("hex");
}
var BuildCache = class {
  exists;
  dir;
  constructor(root, exists2) {
    this.exists = exists2;
    this.dir = join32(root, "build", "cache");
  }
  get(key) {
    let id;
    try {
      id = readFileSync19(join32(this.dir, key), "utf8").trim();
    } catch {
      return void 0;
    }
    return isDigest(id) && this.exists(id) ? id : void 0;
  }
  /** Atomic (rename): a concurrent build reads the old entry or the new one, never half. */
  set(key, id) {
    mkdirSync15(this.dir, { recursive: true });
    const tmp = join32(this.dir, `.${tmpName("tmp")}`);
    writeFileSync15(tmp, id);
    renameSync12(tmp, join32(this.dir, key));
  }
};
function recordParent(root, parent, child) {
  if (!isDigest(parent) || parent === child)
    return;
  const dir = join32(root, "build", "parents");
  mkdirSync15(dir, { recursive: true });
  writeFileSync15(join32(dir, child.slice("sha256:".length)), parent);
}
function intermediateImageIds(root, existing) {
  const out = /* @__PURE__ */ new Set();
  const dir = join32(root, "build", "parents");
  for (const id of existing) {
    try {
      out.add(readFileSync19(join32(dir, id.slice("sha256:".length)), "utf8").trim());
    } catch {
    }
  }
  return out;
}

// packages/runtime/dist/build/errors.js
var errors_exports3 = {};
__export(errors_exports3, {
  BUILD_BASE_NOT_FOUND: () => BUILD_BASE_NOT_FOUND,
  BUILD_CANCELED: () => BUILD_CANCELED,
  BUILD_CONTEXT_NOT_FOUND: () => BUILD_CONTEXT_NOT_FOUND,
  BUILD_DOCKERFILE_NOT_FOUND: () => BUILD_DOCKERFILE_NOT_FOUND,
  BUILD_INVALID_ARGUMENT: () => BUILD_INVALID_ARGUMENT,
  BUILD_NO_REGISTRY: () => BUILD_NO_REGISTRY,
  BUILD_REMOTE_SOURCE: () => BUILD_REMOTE_SOURCE,
  BUILD_RUN_FAILED: () => BUILD_RUN_FAILED,
  BUILD_SOURCE_NOT_FOUND: () => BUILD_SOURCE_NOT_FOUND,
  BUILD_SYNTAX: () => BUILD_SYNTAX,
  BUILD_TARGET_NOT_FOUND: () => BUILD_TARGET_NOT_FOUND,
  BUILD_UNKNOWN_INSTRUCTION: () => BUILD_UNKNOWN_INSTRUCTION,
  BUILD_UNSUPPORTED: () => BUILD_UNSUPPORTED,
  BuildError: () => BuildError,
  buildError: () => buildError,
  lineError: () => lineError
});
var BUILD_DOCKERFILE_NOT_FOUND = "BUILD_DOCKERFILE_NOT_FOUND";
var BUILD_CONTEXT_NOT_FOUND = "BUILD_CONTEXT_NOT_FOUND";
var BUILD_SYNTAX = "BUILD_SYNTAX";
var BUILD_UNKNOWN_INSTRUCTION = "BUILD_UNKNOWN_INSTRUCTION";
var BUILD_UNSUPPORTED = "BUILD_UNSUPPORTED";
var BUILD_BASE_NOT_FOUND = "BUILD_BASE_NOT_FOUND";
var BUILD_TARGET_NOT_FOUND = "BUILD_TARGET_NOT_FOUND";
var BUILD_RUN_FAILED = "BUILD_RUN_FAILED";
var BUILD_SOURCE_NOT_FOUND = "BUILD_SOURCE_NOT_FOUND";
var BUILD_REMOTE_SOURCE = "BUILD_REMOTE_SOURCE";
var BUILD_NO_REGISTRY = "BUILD_NO_REGISTRY";
var BUILD_INVALID_ARGUMENT = "BUILD_INVALID_ARGUMENT";
var BUILD_CANCELED = "BUILD_CANCELED";
var BuildError = class extends RuntimeError {
};
function buildError(code, message, options) {
  return new BuildError(code, message, options);
}
function lineError(code, file, line, message, options = {}) {
  const location = { file, line };
  return new BuildError(code, message, { ...options, location });
}

// packages/runtime/dist/build/dockerfile-parser.js
var INSTRUCTIONS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
];
var FLAGS = {
  FROM: { platform: "value" },
  RUN: { mount: "value", network: "value", security: "value" },
  COPY: { from: "value", chown: "value", chmod: "value", link: "bool", parents: "bool", exclude: "value" },
  ADD: { chown: "value", chmod: "value", link: "bool", checksum: "value", "keep-git-dir": "bool", exclude: "value" },
  HEALTHCHECK: { interval: "value", timeout: "value", "start-period": "value", "start-interval": "value", retries: "value" }
};
var DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
var KNOWN_DIRECTIVES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
function parseJsonArray(rest) {
  const t = rest.trim();
  if (!t.startsWith("["))
    return void 0;
  try {
    const v = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === "string") ? v : void 0;
  } catch {
    return void 0;
  }
}
function extractFlags(text2) {
  const flags = [];
  let rest = text2;
  for (; ; ) {
    const m = /^--([^\s=]*)(?:=(\S*))?(?:\s+|$)/.exec(rest);
    if (!m)
      break;
    rest = rest.slice(m[0].length);
    if (m[1] === "")
      break;
    flags.push({ name: m[1], value: m[2] ?? true });
  }
  return { flags, rest: rest.trim() };
}
var HEREDOC_RE = /(^|\s)<<-?\s*(["']?)[A-Za-z_][A-Za-z0-9_]*\2(\s|$)/;
function parseInstruction(text2, line, endLine, file, nested = false) {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text2);
  const word = m[1];
  const name = word.toUpperCase();
  if (!INSTRUCTIONS.includes(name)) {
    throw lineError(BUILD_UNKNOWN_INSTRUCTION, file, line, `unknown instruction: ${word}`, { hint: `instructions are ${INSTRUCTIONS.join(", ")}` });
  }
  if (name === "ONBUILD") {
    if (nested)
      throw lineError(BUILD_SYNTAX, file, line, "chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    const body = m[2].trim();
    if (body === "")
      throw lineError(BUILD_SYNTAX, file, line, "ONBUILD requires at least one argument");
    const inner = parseInstruction(body, line, endLine, file, true);
    if (inner.name === "FROM" || inner.name === "MAINTAINER")
      throw lineError(BUILD_SYNTAX, file, line, `${inner.name} isn't allowed as an ONBUILD trigger`);
    return { name, line, endLine, original: text2, flags: [], rest: body, inner };
  }
  const allowed = FLAGS[name] ?? {};
  const { flags, rest } = extractFlags(m[2]);
  for (const f of flags) {
    const kind = allowed[f.name];
    if (!kind)
      throw lineError(BUILD_SYNTAX, file, line, `unknown flag: --${f.name} on ${name}`, Object.keys(allowed).length ? { hint: `${name} takes ${Object.keys(allowed).map((k) => `--${k}`).join(", ")}` } : {});
    if (kind === "value" && f.value === true)
      throw lineError(BUILD_SYNTAX, file, line, `missing a value on flag: --${f.name}`);
  }
  if ((name === "RUN" || name === "COPY" || name === "ADD") && HEREDOC_RE.test(rest)) {
    throw lineError(BUILD_UNSUPPORTED, file, line, `heredocs (<<EOF) are not supported by this builder: ${name} ${rest.split("\n")[0]}`, {
      hint: "put the script in a file in the build context and COPY it, or use a RUN line with && and \\ continuations"
    });
  }
  const json2 = name === "RUN" || name === "CMD" || name === "ENTRYPOINT" || name === "SHELL" || name === "VOLUME" || name === "COPY" || name === "ADD" || name === "HEALTHCHECK" ? parseJsonArray(rest) : void 0;
  return { name, line, endLine, original: text2, flags, rest, ...json2 ? { json: json2 } : {} };
}
function parseDockerfile(text2, file = "Dockerfile") {
  const lines = text2.replace(/^\uFEFF/, "").split(/\r?\n/);
  const directives = {};
  const warnings = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const m = DIRECTIVE_RE.exec(lines[i].trim());
    if (!m || !lines[i].trim().startsWith("#"))
      break;
    const key = m[1].toLowerCase();
    if (!KNOWN_DIRECTIVES.has(key))
      break;
    if (key in directives)
      throw lineError(BUILD_SYNTAX, file, i + 1, `only one ${key} parser directive can be used`);
    directives[key] = m[2];
  }
  const escape = directives.escape ?? "\\";
  if (escape !== "\\" && escape !== "`")
    throw lineError(BUILD_SYNTAX, file, i, `invalid escape token '${escape}' does not match \` or \\`);
  const continuation = new RegExp(`${escape === "\\" ? "\\\\" : "`"}[ \\t]*$`);
  const isComment = (l) => /^\s*#/.test(l);
  const instructions = [];
  for (; i < lines.length; i++) {
    const first = lines[i];
    if (first.trim() === "" || isComment(first))
      continue;
    const start = i;
    let acc = "";
    let cur = first.replace(/^\s+/, "");
    let emptyInside = false;
    for (; ; ) {
      if (continuation.test(cur)) {
        acc += cur.replace(continuation, "");
        i++;
        while (i < lines.length && (isComment(lines[i]) || lines[i].trim() === "")) {
          if (lines[i].trim() === "")
            emptyInside = true;
          i++;
        }
        if (i >= lines.length)
          break;
        cur = lines[i];
        continue;
      }
      acc += cur;
      break;
    }
    if (emptyInside)
      warnings.push(`${file}:${start + 1}: empty continuation line`);
    const textLine = acc.trim();
    if (textLine === "")
      continue;
    instructions.push(parseInstruction(textLine, start + 1, Math.min(i, lines.length - 1) + 1, file));
  }
  if (instructions.length === 0)
    throw lineError(BUILD_SYNTAX, file, 1, "the Dockerfile has no instructions", { hint: "a Dockerfile starts with FROM (optionally after ARG lines)" });
  return { file, escape, directives, instructions, warnings };
}
function splitWordsKeepQuotes(s, escape = "\\") {
  const out = [];
  let cur = "";
  let quote;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!inWord && /\s/.test(c))
      continue;
    inWord = true;
    if (quote === void 0 && /\s/.test(c)) {
      out.push(cur);
      cur = "";
      inWord = false;
      continue;
    }
    if (c === escape && i + 1 < s.length && quote !== "'") {
      cur += c + s[++i];
      continue;
    }
    if (quote === void 0 && (c === '"' || c === "'"))
      quote = c;
    else if (quote === c)
      quote = void 0;
    cur += c;
  }
  if (inWord)
    out.push(cur);
  return out;
}

// packages/runtime/dist/build/sources.js
import { createHash as createHash6 } from "node:crypto";
import { existsSync as existsSync19, lstatSync as lstatSync8, readFileSync as readFileSync20, readdirSync as readdirSync15, readlinkSync as readlinkSync3, statSync as statSync6 } from "node:fs";
import { join as join33, posix as posix7 } from "node:path";

// packages/runtime/dist/build/dockerignore.js
import { posix as posix6 } from "node:path";
function parseDockerignore(text2) {
  const out = [];
  for (const raw of text2.split(/\r?\n/)) {
    if (raw.startsWith("#"))
      continue;
    let p = raw.trim();
    if (p === "")
      continue;
    const invert = p.startsWith("!");
    if (invert)
      p = p.slice(1).trim();
    if (p.length > 0) {
      p = posix6.normalize(p);
      if (p.length > 1 && p.endsWith("/"))
        p = p.slice(0, -1);
      if (p.length > 1 && p.startsWith("/"))
        p = p.slice(1);
    }
    out.push(invert ? `!${p}` : p);
  }
  return out;
}
var ESCAPE = /* @__PURE__ */ new Set([".", "+", "(", ")", "|", "{", "}", "$", "^"]);
function compilePattern(pattern) {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/")
          i++;
        re += i + 1 >= pattern.length ? ".*" : "(.*/)?";
      } else
        re += "[^/]*";
    } else if (c === "?")
      re += "[^/]";
    else if (c === "\\") {
      if (i + 1 < pattern.length)
        re += `\\${pattern[++i]}`;
      else
        re += "\\\\";
    } else if (c === "[") {
      let j = i + 1;
      let cls = "[";
      if (pattern[j] === "^" || pattern[j] === "!") {
        cls += "^";
        j++;
      }
      while (j < pattern.length && pattern[j] !== "]") {
        const d = pattern[j];
        cls += d === "\\" && j + 1 < pattern.length ? `\\${pattern[++j]}` : d === "[" ? "\\[" : d;
        j++;
      }
      if (j >= pattern.length)
        re += "\\[";
      else {
        re += `${cls}]`;
        i = j;
      }
    } else if (ESCAPE.has(c) || c === "]")
      re += `\\${c}`;
    else
      re += c;
  }
  return new RegExp(`${re}$`, "s");
}
var IgnoreMatcher = class {
  patterns;
  /** With no `!` exception, an excluded directory can be skipped whole. */
  hasExceptions;
  constructor(lines) {
    this.patterns = lines.map((l) => {
      const exclusion = l.startsWith("!");
      const source = exclusion ? l.slice(1) : l;
      return { source, exclusion, re: compilePattern(source) };
    });
    this.hasExceptions = this.patterns.some((p) => p.exclusion);
  }
  /** `rel` is slash-separated, relative to the context, without a leading `./`. */
  ignores(rel) {
    const parts = rel.split("/");
    let matched = false;
    for (const p of this.patterns) {
      if (p.exclusion !== matched)
        continue;
      let hit = p.re.test(rel);
      for (let i = 1; !hit && i < parts.length; i++)
        hit = p.re.test(parts.slice(0, i).join("/"));
      if (hit)
        matched = !p.exclusion;
    }
    return matched;
  }
};
function componentMatcher(pattern) {
  return compilePattern(pattern.replace(/\*\*/g, "*"));
}
function hasWildcard(p) {
  return /[*?[]/.test(p);
}

// packages/runtime/dist/build/sources.js
function loadIgnore(contextDir, dockerfilePath) {
  const candidates = [...dockerfilePath ? [`${dockerfilePath}.dockerignore`] : [], join33(contextDir, ".dockerignore")];
  for (const f of candidates) {
    if (existsSync19(f))
      return new IgnoreMatcher(parseDockerignore(readFileSync20(f, "utf8")));
  }
  return void 0;
}
function lstatMaybe(p) {
  try {
    return lstatSync8(p);
  } catch {
    return void 0;
  }
}
function sortBytes(names2) {
  return names2.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
function expandSource(root, src) {
  const clean = posix7.normalize(`/${src}`).slice(1).replace(/\/+$/, "");
  if (clean === "" || clean === ".")
    return [""];
  if (!hasWildcard(clean))
    return [clean];
  let found = [""];
  for (const comp of clean.split("/")) {
    const next = [];
    for (const base of found) {
      if (!hasWildcard(comp)) {
        next.push(base ? `${base}/${comp}` : comp);
        continue;
      }
      const dir = resolveInRoot(root, base, true);
      let names2;
      try {
        names2 = readdirSync15(dir);
      } catch {
        continue;
      }
      const re = componentMatcher(comp);
      for (const n of sortBytes(names2))
        if (re.test(n))
          next.push(base ? `${base}/${n}` : n);
    }
    found = next;
  }
  return found.filter((p) => lstatMaybe(resolveInRoot(root, p, true)) !== void 0);
}
function collectItem(root, path, ignore) {
  const abs2 = resolveInRoot(root, path, true);
  const st = lstatMaybe(abs2);
  if (!st)
    return void 0;
  if (path !== "" && ignore?.ignores(path))
    return void 0;
  const entries = [{ rel: "", abs: abs2, st }];
  if (!st.isDirectory())
    return { path, isDir: false, entries };
  const walk = (dirAbs, rel, ctxRel) => {
    for (const name of sortBytes(readdirSync15(dirAbs))) {
      const childAbs = join33(dirAbs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const childCtx = ctxRel ? `${ctxRel}/${name}` : name;
      const cst = lstatSync8(childAbs);
      const ignored = ignore?.ignores(childCtx) ?? false;
      if (ignored && !(cst.isDirectory() && ignore.hasExceptions))
        continue;
      if (cst.isDirectory()) {
        const before = entries.length;
        if (!ignored)
          entries.push({ rel: childRel, abs: childAbs, st: cst });
        walk(childAbs, childRel, childCtx);
        if (ignored && entries.length > before)
          entries.splice(before, 0, { rel: childRel, abs: childAbs, st: cst });
        continue;
      }
      if (ignored)
        continue;
      if (cst.isSymbolicLink())
        entries.push({ rel: childRel, abs: childAbs, st: cst, link: readlinkSync3(childAbs) });
      else if (cst.isFile())
        entries.push({ rel: childRel, abs: childAbs, st: cst });
    }
  };
  walk(abs2, "", path);
  return { path, isDir: true, entries };
}
var contentCache = /* @__PURE__ */ new Map();
function fileDigest(abs2, st) {
  const key = `${abs2}\0${st.size}\0${st.mtimeMs}\0${st.ino}`;
  let d = contentCache.get(key);
  if (!d) {
    d = createHash6("sha256").update(readFileSync20(abs2)).digest("hex");
    contentCache.set(key, d);
  }
  return d;
}
function hashItems(items) {
  const h = createHash6("sha256");
  for (const item of items) {
    h.update(`item\0${item.path}\0${item.isDir ? "d" : "f"}
`);
    for (const e of item.entries) {
      const st = e.st;
      const kind = st.isDirectory() ? "d" : st.isSymbolicLink() ? "l" : "f";
      h.update(`${e.rel}\0${kind}\0${(st.mode & 4095).toString(8)}\0`);
      if (kind === "l")
        h.update(e.link ?? "");
      else if (kind === "f") {
        const real = st.isFile() ? st : statSync6(e.abs);
        h.update(fileDigest(e.abs, real));
      }
      h.update("\n");
    }
  }
  return h.digest("hex");
}

// packages/runtime/dist/build/substitute.js
var SubstitutionError = class extends Error {
};
var Scanner = class {
  s;
  i = 0;
  constructor(s) {
    this.s = s;
  }
  peek() {
    return this.s[this.i];
  }
  next() {
    return this.s[this.i++];
  }
  eof() {
    return this.i >= this.s.length;
  }
};
function isNameChar(c) {
  return c !== void 0 && /[A-Za-z0-9_]/.test(c);
}
function processWord(word, lookup, escape = "\\") {
  const sc = new Scanner(word);
  return processUntil(sc, lookup, escape, void 0);
}
function processUntil(sc, lookup, escape, stop) {
  let out = "";
  while (!sc.eof()) {
    const c = sc.peek();
    if (stop !== void 0 && c === stop)
      return out;
    if (c === escape) {
      sc.next();
      const n = sc.next();
      if (n !== void 0)
        out += n;
      else
        out += escape;
      continue;
    }
    if (c === "'") {
      sc.next();
      out += singleQuoted(sc);
      continue;
    }
    if (c === '"') {
      sc.next();
      out += doubleQuoted(sc, lookup, escape);
      continue;
    }
    if (c === "$") {
      sc.next();
      out += dollar(sc, lookup, escape);
      continue;
    }
    out += sc.next();
  }
  if (stop !== void 0)
    throw new SubstitutionError(`missing '}' in "${sc.s}"`);
  return out;
}
function singleQuoted(sc) {
  let out = "";
  for (; ; ) {
    const c = sc.next();
    if (c === void 0)
      throw new SubstitutionError(`unexpected end of statement while looking for matching single-quote in "${sc.s}"`);
    if (c === "'")
      return out;
    out += c;
  }
}
function doubleQuoted(sc, lookup, escape) {
  let out = "";
  for (; ; ) {
    const c = sc.peek();
    if (c === void 0)
      throw new SubstitutionError(`unexpected end of statement while looking for matching double-quote in "${sc.s}"`);
    if (c === '"') {
      sc.next();
      return out;
    }
    if (c === "$") {
      sc.next();
      out += dollar(sc, lookup, escape);
      continue;
    }
    sc.next();
    if (c === escape) {
      const n = sc.peek();
      if (n === '"' || n === "$" || n === escape) {
        out += n;
        sc.next();
      } else
        out += c;
      continue;
    }
    out += c;
  }
}
function dollar(sc, lookup, escape) {
  const c = sc.peek();
  if (c === "{") {
    sc.next();
    let name = "";
    while (isNameChar(sc.peek()))
      name += sc.next();
    if (name === "")
      throw new SubstitutionError(`bad substitution in "${sc.s}": missing variable name`);
    const after = sc.next();
    if (after === "}")
      return lookup(name) ?? "";
    if (after === void 0)
      throw new SubstitutionError(`missing '}' in "${sc.s}"`);
    let colon = false;
    let op = after;
    if (op === ":") {
      colon = true;
      op = sc.next() ?? "";
    }
    if (op !== "-" && op !== "+" && op !== "?")
      throw new SubstitutionError(`unsupported modifier (${colon ? ":" : ""}${op}) in substitution of "${name}" in "${sc.s}"`);
    const word = processUntil(sc, lookup, escape, "}");
    sc.next();
    const value = lookup(name);
    const set = colon ? value !== void 0 && value !== "" : value !== void 0;
    switch (op) {
      case "-":
        return set ? value : word;
      case "+":
        return set ? word : "";
      default:
        if (!set)
          throw new SubstitutionError(`${name}: ${word || "is not allowed to be unset"}`);
        return value;
    }
  }
  if (isNameChar(c)) {
    let name = "";
    while (isNameChar(sc.peek()))
      name += sc.next();
    return lookup(name) ?? "";
  }
  return "$";
}

// packages/runtime/dist/build/stages.js
var STAGE_NAME_RE = /^[a-z][a-z0-9-_.]*$/;
function splitStages(df) {
  const metaArgs = [];
  const stages = [];
  for (const inst of df.instructions) {
    if (inst.name === "FROM") {
      const words = splitWordsKeepQuotes(inst.rest, df.escape);
      if (words.length !== 1 && !(words.length === 3 && words[1].toLowerCase() === "as")) {
        throw lineError(BUILD_SYNTAX, df.file, inst.line, "FROM requires either one or three arguments: FROM <image> [AS <name>]");
      }
      const name = words[2]?.toLowerCase();
      if (name !== void 0) {
        if (!STAGE_NAME_RE.test(name))
          throw lineError(BUILD_SYNTAX, df.file, inst.line, `invalid name for build stage: "${words[2]}", name can't start with a number or contain symbols`);
        if (stages.some((s) => s.name === name))
          throw lineError(BUILD_SYNTAX, df.file, inst.line, `duplicate stage name "${name}"`);
      }
      stages.push({ index: stages.length, ...name ? { name } : {}, from: inst, baseWord: words[0], body: [] });
      continue;
    }
    if (stages.length === 0) {
      if (inst.name !== "ARG")
        throw lineError(BUILD_SYNTAX, df.file, inst.line, `${inst.name} before the first FROM: only ARG may come before FROM`, { hint: "a Dockerfile starts with FROM (optionally after ARG lines)" });
      metaArgs.push(inst);
      continue;
    }
    stages.at(-1).body.push(inst);
  }
  if (stages.length === 0)
    throw lineError(BUILD_SYNTAX, df.file, df.instructions.at(-1).line, "no FROM instruction: a Dockerfile needs at least one build stage");
  return { metaArgs, stages };
}
function targetStage(staged, target) {
  if (target === void 0 || target === "")
    return staged.stages.at(-1);
  const t = staged.stages.find((s) => s.name === target.toLowerCase());
  if (!t) {
    const names2 = staged.stages.map((s) => s.name).filter(Boolean);
    throw buildError(BUILD_TARGET_NOT_FOUND, `target stage "${target}" could not be found`, names2.length ? { hint: `stages: ${names2.join(", ")}` } : {});
  }
  return t;
}
function stageRef(staged, word, before) {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) {
    const i = Number(w);
    return i < before ? staged.stages[i] : void 0;
  }
  return staged.stages.slice(0, before).find((s) => s.name === w);
}
function neededStages(staged, target, expandMeta) {
  const need = /* @__PURE__ */ new Set();
  const visit = (s) => {
    if (need.has(s.index))
      return;
    need.add(s.index);
    const base = stageRef(staged, expandMeta(s.baseWord), s.index);
    if (base)
      visit(base);
    for (const inst of s.body) {
      if (inst.name !== "COPY")
        continue;
      for (const f of inst.flags) {
        if (f.name !== "from" || f.value === true)
          continue;
        const dep = stageRef(staged, expandMeta(f.value), s.index);
        if (dep)
          visit(dep);
      }
    }
  };
  visit(target);
  return need;
}
function metaArgValues(staged, buildArgs, escape, builtins) {
  const values = /* @__PURE__ */ new Map();
  const lookup = (n) => values.get(n) ?? builtins[n];
  for (const inst of staged.metaArgs) {
    for (const w of splitWordsKeepQuotes(inst.rest, escape)) {
      const eq = w.indexOf("=");
      const name = eq === -1 ? w : w.slice(0, eq);
      const dflt = eq === -1 ? void 0 : processWord(w.slice(eq + 1), lookup, escape);
      values.set(name, name in buildArgs ? buildArgs[name] : dflt ?? builtins[name]);
    }
  }
  return values;
}

// packages/runtime/dist/build/stage-runner.js
import { join as join36 } from "node:path";

// packages/runtime/dist/build/copy-step.js
import { closeSync as closeSync9, createReadStream as createReadStream6, openSync as openSync9, readSync as readSync5 } from "node:fs";
import { posix as posix9 } from "node:path";
import { gunzipSync, constants as zc } from "node:zlib";

// packages/runtime/dist/build/copy.js
import { chmodSync as chmodSync3, copyFileSync, lchownSync as lchownSync2, lstatSync as lstatSync9, lutimesSync as lutimesSync2, mkdirSync as mkdirSync16, readFileSync as readFileSync21, rmSync as rmSync14, symlinkSync as symlinkSync4, utimesSync as utimesSync2 } from "node:fs";
import { posix as posix8 } from "node:path";
function sys2(syscall, path, fn) {
  try {
    return fn();
  } catch (err) {
    throw fromSystemError(err, syscall, path);
  }
}
function lstatMaybe2(p) {
  try {
    return lstatSync9(p);
  } catch {
    return void 0;
  }
}
function mkdirInRoot(root, dir, owner) {
  const parts = dir.split("/").filter((c) => c !== "" && c !== ".");
  let cur = "";
  let resolved = root;
  for (const p of parts) {
    cur = `${cur}/${p}`;
    resolved = resolveInRoot(root, cur, true);
    const st = lstatMaybe2(resolved);
    if (st?.isDirectory())
      continue;
    if (st)
      throw buildError(BUILD_INVALID_ARGUMENT, `cannot create directory ${cur}: a file with that name exists in the image`);
    sys2("mkdir", resolved, () => mkdirSync16(resolved, { mode: 493 }));
    if (owner)
      sys2("lchown", resolved, () => lchownSync2(resolved, owner.uid, owner.gid));
  }
  return resolved;
}
function isDirInRoot(root, p) {
  return lstatMaybe2(resolveInRoot(root, p, true))?.isDirectory() ?? false;
}
function copyItems(root, items, dest, destIsDir, o) {
  for (const item of items) {
    let base;
    if (item.isDir)
      base = dest;
    else
      base = destIsDir ? posix8.join(dest, posix8.basename(item.path) || posix8.basename(item.entries[0].abs)) : dest;
    const dirTimes = [];
    for (const e of item.entries) {
      if (item.isDir && e.rel === "") {
        mkdirInRoot(root, base, { uid: o.uid, gid: o.gid });
        continue;
      }
      const target = item.isDir ? posix8.join(base, e.rel) : base;
      mkdirInRoot(root, posix8.dirname(target));
      const hostPath = resolveInRoot(root, target, false);
      const existing = lstatMaybe2(hostPath);
      const st = e.st;
      if (st.isDirectory()) {
        if (existing && !existing.isDirectory())
          sys2("rm", hostPath, () => rmSync14(hostPath, { force: true }));
        if (!existing?.isDirectory())
          sys2("mkdir", hostPath, () => mkdirSync16(hostPath, { mode: 493 }));
        sys2("lchown", hostPath, () => lchownSync2(hostPath, o.uid, o.gid));
        sys2("chmod", hostPath, () => chmodSync3(hostPath, o.mode ?? st.mode & 4095));
        dirTimes.push([hostPath, st.mtime]);
        continue;
      }
      if (existing?.isDirectory()) {
        throw buildError(BUILD_INVALID_ARGUMENT, `cannot copy ${item.path || "."}${e.rel ? `/${e.rel}` : ""} to ${target}: it is a directory in the image`);
      }
      if (existing)
        sys2("rm", hostPath, () => rmSync14(hostPath, { force: true }));
      if (e.link !== void 0) {
        sys2("symlink", hostPath, () => symlinkSync4(e.link, hostPath));
        sys2("lchown", hostPath, () => lchownSync2(hostPath, o.uid, o.gid));
        sys2("lutimes", hostPath, () => lutimesSync2(hostPath, st.mtime, st.mtime));
        continue;
      }
      sys2("copyfile", hostPath, () => copyFileSync(e.abs, hostPath));
      sys2("lchown", hostPath, () => lchownSync2(hostPath, o.uid, o.gid));
      sys2("chmod", hostPath, () => chmodSync3(hostPath, o.mode ?? st.mode & 4095));
      sys2("utimes", hostPath, () => utimesSync2(hostPath, st.mtime, st.mtime));
    }
    for (const [p, t] of dirTimes.reverse())
      sys2("utimes", p, () => utimesSync2(p, t, t));
  }
}
function resolveChown(root, spec, what = `--chown=${spec}`) {
  if (!spec)
    return { uid: 0, gid: 0 };
  const read = (rel) => {
    const p = resolveInRoot(root, rel, true);
    try {
      return readFileSync21(p, "utf8");
    } catch {
      return void 0;
    }
  };
  const [user = "", group] = spec.split(":", 2);
  if (/^\d+$/.test(user) && group === void 0)
    return { uid: Number(user), gid: Number(user) };
  try {
    const r = resolveUser(group === void 0 ? user : `${user}:${group}`, read("/etc/passwd"), read("/etc/group"));
    return { uid: r.uid, gid: r.gid };
  } catch (err) {
    throw buildError(BUILD_INVALID_ARGUMENT, `${what}: ${err.message}`, { cause: err });
  }
}
function parseChmod(spec) {
  if (spec === void 0)
    return void 0;
  if (!/^[0-7]{3,4}$/.test(spec))
    throw buildError(BUILD_INVALID_ARGUMENT, `invalid --chmod=${spec}: want an octal mode like 755`);
  return parseInt(spec, 8);
}

// packages/runtime/dist/build/copy-step.js
function flagValue(inst, name) {
  const f = [...inst.flags].reverse().find((x) => x.name === name);
  return f === void 0 || f.value === true ? void 0 : f.value;
}
var URL_RE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
function planCopy(inst, file, words, root, workdir, ignore, fromHash) {
  if (words.length < 2)
    throw lineError(BUILD_SYNTAX, file, inst.line, `${inst.name} requires at least two arguments, but only one was provided. Destination could not be determined`);
  const srcs = words.slice(0, -1);
  const destWord = words.at(-1);
  for (const s of srcs) {
    if (URL_RE.test(s)) {
      throw lineError(BUILD_REMOTE_SOURCE, file, inst.line, `${inst.name} ${s}: remote sources are not supported: builds here never fetch from the network`, {
        hint: "download the file into the build context first, then COPY it"
      });
    }
  }
  if (inst.flags.some((f) => f.name === "parents" || f.name === "exclude" || f.name === "checksum" || f.name === "keep-git-dir")) {
    const f = inst.flags.find((x) => ["parents", "exclude", "checksum", "keep-git-dir"].includes(x.name));
    throw lineError(BUILD_UNSUPPORTED, file, inst.line, `${inst.name} --${f.name} is not supported by this builder`);
  }
  const items = [];
  for (const s of srcs) {
    const matches2 = expandSource(root, s);
    let found = 0;
    for (const m of matches2) {
      const item = collectItem(root, m, ignore);
      if (item) {
        items.push(item);
        found++;
      }
    }
    if (found === 0) {
      throw lineError(BUILD_SOURCE_NOT_FOUND, file, inst.line, `${inst.name} ${s}: not found${fromHash ? "" : " in the build context"}${ignore && !fromHash ? " (or excluded by .dockerignore)" : ""}`);
    }
  }
  const dirHint = destWord.endsWith("/") || destWord === "." || destWord.endsWith("/.");
  const dest = posix9.resolve(workdir || "/", destWord);
  if (items.length > 1 && !dirHint) {
    throw lineError(BUILD_INVALID_ARGUMENT, file, inst.line, `When using ${inst.name} with more than one source file, the destination must be a directory and end with a /`);
  }
  const chmod = parseChmod(flagValue(inst, "chmod"));
  const chown = flagValue(inst, "chown");
  return {
    items,
    sourceHash: fromHash ?? hashItems(items),
    dest,
    dirHint,
    ...chown ? { chown } : {},
    ...chmod !== void 0 ? { chmod } : {},
    createdBy: `${inst.name} ${inst.flags.map((f) => `--${f.name}${f.value === true ? "" : `=${f.value}`} `).join("")}${srcs.join(" ")} ${destWord}`
  };
}
function archiveKind(path) {
  const fd = openSync9(path, "r");
  const head = Buffer.alloc(65536);
  let n;
  try {
    n = readSync5(fd, head, 0, head.length, 0);
  } finally {
    closeSync9(fd);
  }
  const buf = head.subarray(0, n);
  const isTar = (b) => b.length >= 262 && b.subarray(257, 262).toString("latin1") === "ustar";
  if (buf[0] === 31 && buf[1] === 139) {
    try {
      return isTar(gunzipSync(buf, { finishFlush: zc.Z_SYNC_FLUSH })) ? "gzip" : void 0;
    } catch {
      return void 0;
    }
  }
  if (buf.subarray(0, 3).toString("latin1") === "BZh")
    return "bzip2";
  if (buf.subarray(0, 6).equals(Buffer.from([253, 55, 122, 88, 90, 0])))
    return "xz";
  return isTar(buf) ? "tar" : void 0;
}
async function applyCopy(inst, file, plan, imageRoot, fs) {
  const owner = resolveChown(imageRoot, plan.chown);
  const destIsDir = plan.dirHint || isDirInRoot(imageRoot, plan.dest);
  const plain2 = [];
  for (const item of plan.items) {
    const kind = inst.name === "ADD" && !item.isDir ? archiveKind(item.entries[0].abs) : void 0;
    if (kind === void 0) {
      plain2.push(item);
      continue;
    }
    if (kind === "bzip2" || kind === "xz") {
      throw lineError(BUILD_UNSUPPORTED, file, inst.line, `ADD ${item.path}: ${kind} archives are not supported (tar and tar.gz are)`, { hint: "recompress it with gzip, or COPY it and extract it with RUN" });
    }
    const destDir = mkdirInRoot(imageRoot, plan.dest);
    await unpackLayer(createReadStream6(item.entries[0].abs), destDir, { fs, what: `ADD ${item.path}` });
  }
  copyItems(imageRoot, plain2, plan.dest, destIsDir, { uid: owner.uid, gid: owner.gid, ...plan.chmod !== void 0 ? { mode: plan.chmod } : {} });
}

// packages/runtime/dist/build/image-writer.js
async function writeImage(store2, config, layers) {
  return store2.withLock(async () => {
    const { id } = await store2.addImage(Buffer.from(JSON.stringify(config)), layers, []);
    return { id, config, layers };
  });
}
async function writeLayerImage(store2, upperDir, layers, baseDiffIds, makeConfig) {
  return store2.withLock(async () => {
    const before = new Set(store2.blobs.list());
    const tar5 = packDir(upperDir, { fs: store2.fs, overlayWhiteouts: true });
    const { digest: diffId, size } = await store2.blobs.write(tar5);
    const existed = before.has(diffId);
    const chain = chainIds([...baseDiffIds, diffId]).at(-1);
    try {
      await store2.snapshots.ensure(chain, diffId, () => store2.blobs.stream(diffId), `build layer ${diffId}`);
    } catch (err) {
      if (!existed)
        store2.blobs.remove(diffId);
      throw err;
    }
    const config = makeConfig(diffId);
    const all = [...layers, { mediaType: MT.ociLayer, digest: diffId, size }];
    const { id } = await store2.addImage(Buffer.from(JSON.stringify(config)), all, []);
    return { id, config, layers: all };
  });
}

// packages/runtime/dist/build/instructions.js
import { posix as posix10 } from "node:path";
var DEFAULT_SHELL = ["/bin/sh", "-c"];
function expand(inst, word, ctx) {
  try {
    return processWord(word, ctx.lookup, ctx.escape);
  } catch (err) {
    if (err instanceof SubstitutionError)
      throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name}: ${err.message}`);
    throw err;
  }
}
function expandWords(inst, ctx) {
  if (inst.json)
    return inst.json.map((w) => expand(inst, w, ctx));
  return splitWordsKeepQuotes(inst.rest, ctx.escape).map((w) => expand(inst, w, ctx));
}
function keyValues2(inst, ctx) {
  const words = splitWordsKeepQuotes(inst.rest, ctx.escape);
  if (words.length === 0)
    throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} requires at least one argument`);
  if (!words[0].includes("=")) {
    const m = /^(\S+)\s+([\s\S]+)$/.exec(inst.rest);
    if (!m)
      throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} must have two arguments`);
    return [[expand(inst, m[1], ctx), expand(inst, m[2].trim(), ctx)]];
  }
  return words.map((w) => {
    const i = w.indexOf("=");
    if (i <= 0)
      throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} names can not be blank: "${w}" is not KEY=VALUE`);
    return [expand(inst, w.slice(0, i), ctx), expand(inst, w.slice(i + 1), ctx)];
  });
}
function commandLine(inst, shell) {
  return inst.json ? [...inst.json] : [...shell, inst.rest];
}
function setEnv(env, key, value) {
  const out = env.filter((e) => e.split("=", 1)[0] !== key);
  out.push(`${key}=${value}`);
  return out;
}
function envValue(env, key) {
  for (let i = (env ?? []).length - 1; i >= 0; i--) {
    const e = env[i];
    const eq = e.indexOf("=");
    if ((eq === -1 ? e : e.slice(0, eq)) === key)
      return eq === -1 ? "" : e.slice(eq + 1);
  }
  return void 0;
}
function duration(inst, ctx, name, v) {
  try {
    const ms = parseDuration(v);
    if (ms < 0)
      throw new Error("negative");
    return Math.round(ms * 1e6);
  } catch {
    throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `HEALTHCHECK --${name}=${v}: invalid duration`);
  }
}
function flag(inst, name) {
  const f = [...inst.flags].reverse().find((x) => x.name === name);
  return f === void 0 || f.value === true ? void 0 : f.value;
}
function applyMetadata(config, inst, ctx, flags) {
  const c = structuredClone(config);
  const shell = c.Shell ?? DEFAULT_SHELL;
  const need = () => {
    if (inst.rest === "")
      throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} requires at least one argument`);
  };
  switch (inst.name) {
    case "ENV": {
      const pairs = keyValues2(inst, ctx);
      let env = c.Env ?? [];
      for (const [k, v] of pairs)
        env = setEnv(env, k, v);
      c.Env = env;
      return { config: c, createdBy: `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(" ")}` };
    }
    case "LABEL": {
      const pairs = keyValues2(inst, ctx);
      c.Labels = { ...c.Labels ?? {}, ...Object.fromEntries(pairs) };
      return { config: c, createdBy: `LABEL ${pairs.map(([k, v]) => `${k}=${v}`).join(" ")}` };
    }
    case "EXPOSE": {
      need();
      const ports = { ...c.ExposedPorts ?? {} };
      const added = [];
      for (const p of expandWords(inst, ctx)) {
        const m = /^(?:[^:]*:)?(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(p);
        if (!m)
          throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `EXPOSE: invalid port "${p}"`);
        const from = Number(m[1]);
        const to = m[2] ? Number(m[2]) : from;
        if (from < 1 || to > 65535 || to < from)
          throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `EXPOSE: invalid port range "${p}"`);
        const proto = (m[3] ?? "tcp").toLowerCase();
        for (let port = from; port <= to; port++)
          ports[`${port}/${proto}`] = {};
        added.push(`${m[1]}${m[2] ? `-${m[2]}` : ""}/${proto}`);
      }
      c.ExposedPorts = ports;
      return { config: c, createdBy: `EXPOSE ${added.join(" ")}` };
    }
    case "VOLUME": {
      need();
      const vols = { ...c.Volumes ?? {} };
      const list = expandWords(inst, ctx);
      for (const v of list) {
        if (v.trim() === "")
          throw lineError(BUILD_SYNTAX, ctx.file, inst.line, "VOLUME specified can not be an empty string");
        vols[v] = {};
      }
      c.Volumes = vols;
      return { config: c, createdBy: `VOLUME [${list.join(" ")}]` };
    }
    case "USER": {
      need();
      c.User = expand(inst, inst.rest, ctx);
      return { config: c, createdBy: `USER ${c.User}` };
    }
    case "STOPSIGNAL": {
      need();
      c.StopSignal = expand(inst, inst.rest, ctx);
      return { config: c, createdBy: `STOPSIGNAL ${c.StopSignal}` };
    }
    case "WORKDIR": {
      need();
      c.WorkingDir = posix10.resolve(c.WorkingDir || "/", expand(inst, inst.rest, ctx));
      return { config: c, createdBy: `WORKDIR ${c.WorkingDir}` };
    }
    case "CMD": {
      need();
      c.Cmd = commandLine(inst, shell);
      flags.cmdSet = true;
      return { config: c, createdBy: `CMD ${JSON.stringify(c.Cmd)}` };
    }
    case "ENTRYPOINT": {
      need();
      c.Entrypoint = commandLine(inst, shell);
      if (!flags.cmdSet)
        c.Cmd = null;
      return { config: c, createdBy: `ENTRYPOINT ${JSON.stringify(c.Entrypoint)}` };
    }
    case "SHELL": {
      if (!inst.json || inst.json.length === 0)
        throw lineError(BUILD_SYNTAX, ctx.file, inst.line, 'SHELL requires the arguments to be in JSON form: SHELL ["executable", "parameters"]');
      c.Shell = [...inst.json];
      return { config: c, createdBy: `SHELL ${JSON.stringify(c.Shell)}` };
    }
    case "HEALTHCHECK":
      return { config: healthcheck(c, inst, ctx, shell), createdBy: inst.original.replace(/^\S+/, "HEALTHCHECK") };
    case "ONBUILD": {
      const trigger = `${inst.inner.name} ${inst.inner.original.replace(/^\S+\s*/, "")}`.trim();
      c.OnBuild = [...c.OnBuild ?? [], trigger];
      return { config: c, createdBy: `ONBUILD ${trigger}` };
    }
    case "MAINTAINER":
      need();
      return { config: c, createdBy: `MAINTAINER ${inst.rest}`, author: expand(inst, inst.rest, ctx) };
    default:
      return void 0;
  }
}
function healthcheck(c, inst, ctx, shell) {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(inst.rest);
  const kind = m?.[1]?.toUpperCase();
  if (kind === "NONE") {
    if (m[2].trim() !== "" || inst.flags.length > 0)
      throw lineError(BUILD_SYNTAX, ctx.file, inst.line, "HEALTHCHECK NONE takes no arguments or options");
    c.Healthcheck = { Test: ["NONE"] };
    return c;
  }
  if (kind !== "CMD")
    throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `HEALTHCHECK: unknown type "${m?.[1] ?? ""}": want CMD or NONE`);
  const body = m[2].trim();
  if (body === "")
    throw lineError(BUILD_SYNTAX, ctx.file, inst.line, "HEALTHCHECK CMD requires a command");
  let json2;
  if (body.startsWith("[")) {
    try {
      const v = JSON.parse(body);
      if (Array.isArray(v) && v.every((x) => typeof x === "string"))
        json2 = v;
    } catch {
    }
  }
  void shell;
  const h = { Test: json2 ? ["CMD", ...json2] : ["CMD-SHELL", body] };
  const interval = flag(inst, "interval");
  const timeout = flag(inst, "timeout");
  const startPeriod = flag(inst, "start-period");
  const startInterval = flag(inst, "start-interval");
  const retries = flag(inst, "retries");
  if (interval)
    h.Interval = duration(inst, ctx, "interval", interval);
  if (timeout)
    h.Timeout = duration(inst, ctx, "timeout", timeout);
  if (startPeriod)
    h.StartPeriod = duration(inst, ctx, "start-period", startPeriod);
  if (startInterval)
    h.StartInterval = duration(inst, ctx, "start-interval", startInterval);
  if (retries !== void 0) {
    if (!/^\d+$/.test(retries))
      throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `HEALTHCHECK --retries=${retries}: want a non-negative integer`);
    h.Retries = Number(retries);
  }
  c.Healthcheck = h;
  return c;
}

// packages/runtime/dist/build/run-step.js
import { createHash as createHash7 } from "node:crypto";
import { lstatSync as lstatSync10, mkdirSync as mkdirSync17, readdirSync as readdirSync16, rmdirSync as rmdirSync3, statSync as statSync7, unlinkSync as unlinkSync3 } from "node:fs";
import { join as join34, posix as posix11 } from "node:path";
var BUILD_CONTAINER_LABEL = "tsc-compose.build";
var BUILD_PID_LABEL = "tsc-compose.build.pid";
async function runBuildContainer(containers, r) {
  let id;
  const cancel = () => {
    if (id)
      void containers.remove(id, { force: true, volumes: true }).catch(() => void 0);
  };
  r.signal?.addEventListener("abort", cancel);
  try {
    const res = await containers.run({
      image: r.image,
      // The argv is the whole command: no image entrypoint in front of it.
      entrypoint: [],
      cmd: [...r.argv],
      env: [...r.env],
      ...r.user ? { user: r.user } : {},
      ...r.workdir ? { workdir: r.workdir } : {},
      network: { mode: r.network },
      // An inherited HEALTHCHECK must not run probes against a build step.
      healthcheck: { test: ["NONE"] },
      labels: { [BUILD_CONTAINER_LABEL]: "true", [BUILD_PID_LABEL]: String(process.pid) },
      mounts: [...r.mounts],
      ...r.cgroupParent ? { cgroupParent: r.cgroupParent } : {}
    }, {
      io: { stdout: r.sink, stderr: r.sink, tty: false },
      onCreated: (cid) => {
        id = cid;
        r.onStart?.(cid);
      }
    });
    return { id: res.id, exitCode: res.exitCode };
  } catch (err) {
    if (id)
      await containers.remove(id, { force: true, volumes: true }).catch(() => void 0);
    throw err;
  } finally {
    r.signal?.removeEventListener("abort", cancel);
  }
}
async function reclaimRunContainers(containers) {
  for (const c of containers.list({ all: true, filters: [{ key: "label", value: BUILD_PID_LABEL }] })) {
    const pid = Number(c.labels[BUILD_PID_LABEL]);
    if (!(pid > 0) || pidAlive(pid))
      continue;
    await containers.remove(c.id, { force: true, volumes: true }).catch(() => void 0);
  }
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function parseRunMount(spec, file, inst) {
  const kv = /* @__PURE__ */ new Map();
  for (const part of spec.split(",")) {
    const eq = part.indexOf("=");
    kv.set((eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase(), eq === -1 ? "true" : part.slice(eq + 1));
  }
  const type = kv.get("type") ?? "bind";
  const target = kv.get("target") ?? kv.get("dst") ?? kv.get("destination");
  if (type === "secret" || type === "ssh") {
    throw lineError(BUILD_UNSUPPORTED, file, inst.line, `RUN --mount=type=${type} is not supported by this builder`, { hint: "pass the value as a build arg, or COPY it in a stage that is not part of the final image" });
  }
  if (type !== "cache" && type !== "tmpfs" && type !== "bind")
    throw lineError(BUILD_SYNTAX, file, inst.line, `RUN --mount: unknown type "${type}"`);
  if (!target)
    throw lineError(BUILD_SYNTAX, file, inst.line, `RUN --mount=${spec}: target is required`);
  if (type === "bind" && kv.has("from")) {
    throw lineError(BUILD_UNSUPPORTED, file, inst.line, "RUN --mount=type=bind,from=... is not supported by this builder", { hint: "COPY --from the files you need first" });
  }
  const ro = kv.get("readonly") ?? kv.get("ro");
  const rw = kv.get("readwrite") ?? kv.get("rw");
  const readOnly = type === "bind" ? rw !== "true" : ro === "true";
  return { type, target, readOnly, ...kv.has("source") || kv.has("src") ? { source: kv.get("source") ?? kv.get("src") } : {}, ...kv.has("id") ? { id: kv.get("id") } : {} };
}
function toMountRequest(m, root, contextDir, workdir) {
  const target = posix11.resolve(workdir || "/", m.target);
  if (m.type === "tmpfs")
    return { type: "tmpfs", target };
  if (m.type === "cache") {
    const dir = join34(root, "build", "mounts", createHash7("sha256").update(m.id ?? target).digest("hex").slice(0, 32));
    mkdirSync17(dir, { recursive: true, mode: 493 });
    return { type: "bind", source: dir, target, readOnly: m.readOnly };
  }
  const source = resolveInRoot(contextDir, m.source ?? ".", true);
  return { type: "bind", source, target, readOnly: m.readOnly };
}
function removeMountStubs(upper, lowers, targets) {
  for (const t of targets) {
    let rel = t.replace(/^\/+/, "");
    while (rel !== "" && rel !== ".") {
      if (lowers.some((l) => exists(join34(l, rel))))
        break;
      const p = join34(upper, rel);
      try {
        const st = lstatSync10(p);
        if (st.isDirectory()) {
          if (readdirSync16(p).length > 0)
            break;
          rmdirSync3(p);
        } else if (st.isFile() && statSync7(p).size === 0)
          unlinkSync3(p);
        else
          break;
      } catch {
      }
      rel = posix11.dirname(rel);
    }
  }
}
function exists(p) {
  try {
    lstatSync10(p);
    return true;
  } catch {
    return false;
  }
}

// packages/runtime/dist/build/workspace.js
import { existsSync as existsSync20, mkdirSync as mkdirSync18, mkdtempSync, readdirSync as readdirSync17, rmSync as rmSync15 } from "node:fs";
import { join as join35 } from "node:path";
function esc(p) {
  return p.replace(/([\\:,])/g, "\\$1");
}
function openWorkspace(tmpBase, lowerDirs, fs, opts = {}) {
  mkdirSync18(tmpBase, { recursive: true, mode: 448 });
  const dir = mkdtempSync(join35(tmpBase, `ws-${process.pid}-`));
  const upper = join35(dir, "upper");
  const work = join35(dir, "work");
  const merged = join35(dir, "merged");
  mkdirSync18(upper, { mode: 493 });
  let mounted = false;
  try {
    if (lowerDirs.length > 0 && opts.readOnly && lowerDirs.length === 1) {
      return plain(dir, lowerDirs[0], upper);
    }
    if (lowerDirs.length > 0) {
      mkdirSync18(work);
      mkdirSync18(merged);
      const lower = `lowerdir=${lowerDirs.map(esc).join(":")}`;
      const data = opts.readOnly ? lower : `${lower},upperdir=${esc(upper)},workdir=${esc(work)}`;
      if (data.length + ",index=off".length >= 4096) {
        throw buildError(BUILD_UNSUPPORTED, `the image has too many layers (${lowerDirs.length}) for one overlay mount`, { hint: "merge RUN steps (&&) or COPY steps to make fewer layers" });
      }
      try {
        fs.mount("overlay", merged, "overlay", opts.readOnly ? 1 : 0, `${data},index=off`);
      } catch (err) {
        if (!isKernelError(err, "EINVAL"))
          throw err;
        fs.mount("overlay", merged, "overlay", opts.readOnly ? 1 : 0, data);
      }
      mounted = true;
    }
  } catch (err) {
    rmSync15(dir, { recursive: true, force: true });
    throw err;
  }
  const root = mounted ? merged : upper;
  const unmount = () => {
    if (!mounted)
      return;
    try {
      fs.umount2(merged, 0);
    } catch {
      fs.umount2(merged, MNT_DETACH);
    }
    mounted = false;
  };
  return {
    root,
    upper,
    unmount,
    dispose() {
      unmount();
      rmSync15(dir, { recursive: true, force: true });
    },
    isEmpty: () => readdirSync17(upper).length === 0
  };
}
function plain(dir, root, upper) {
  return {
    root,
    upper,
    unmount() {
    },
    dispose: () => rmSync15(dir, { recursive: true, force: true }),
    isEmpty: () => readdirSync17(upper).length === 0
  };
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function reclaimWorkspaces(tmpBase, fs) {
  if (!existsSync20(tmpBase))
    return;
  for (const name of readdirSync17(tmpBase)) {
    const pid = Number(/^ws-(\d+)-/.exec(name)?.[1]);
    if (!(pid > 0) || alive(pid))
      continue;
    const merged = join35(tmpBase, name, "merged");
    try {
      fs.umount2(merged, MNT_DETACH);
    } catch {
    }
    rmSync15(join35(tmpBase, name), { recursive: true, force: true });
  }
}

// packages/runtime/dist/build/stage-runner.js
var BUILD_COMMENT = "tsc-compose.dockerfile.v0";
function scratchConfig() {
  return { architecture: hostArchitecture(), os: "linux", config: {}, rootfs: { type: "layers", diff_ids: [] }, history: [] };
}
function baseConfig(c) {
  const { container: _c, container_config: _cc, docker_version: _d, comment: _m, ...rest } = c;
  return rest;
}
var StageRunner = class {
  c;
  image;
  config = scratchConfig();
  args = /* @__PURE__ */ new Map();
  flags = { cmdSet: false };
  constructor(c) {
    this.c = c;
  }
  async run() {
    await this.from(this.c.stage.from);
    const triggers = this.config.config?.OnBuild ?? [];
    if (triggers.length > 0) {
      this.config = { ...this.config, config: { ...this.config.config, OnBuild: null } };
      this.c.say(`# Executing ${triggers.length} build trigger${triggers.length === 1 ? "" : "s"}`);
      for (const t of triggers) {
        const inst = parseDockerfile(t, this.c.file).instructions[0];
        await this.instruction({ ...inst, line: this.c.stage.from.line, endLine: this.c.stage.from.line });
      }
    }
    for (const inst of this.c.stage.body) {
      this.checkCanceled();
      this.c.counter.step++;
      this.c.say(`Step ${this.c.counter.step}/${this.c.counter.total} : ${inst.original}`);
      await this.instruction(inst);
    }
    return { ...this.image ? { image: this.image } : {}, config: this.config };
  }
  checkCanceled() {
    if (this.c.signal?.aborted)
      throw buildError(BUILD_CANCELED, "build canceled", { exitCode: 130 });
  }
  get ctx() {
    const env = this.config.config?.Env;
    return {
      file: this.c.file,
      escape: this.c.escape,
      // ENV wins over an ARG of the same name (Dockerfile reference).
      lookup: (n) => envValue(env, n) ?? this.argValue(n)
    };
  }
  argValue(n) {
    return this.args.has(n) ? this.args.get(n) : void 0;
  }
  async from(inst) {
    const c = this.c;
    c.counter.step++;
    c.say(`Step ${c.counter.step}/${c.counter.total} : ${inst.original}`);
    const platform = inst.flags.find((f) => f.name === "platform")?.value;
    const name = processMeta(c, c.stage.baseWord);
    if (typeof platform === "string") {
      const p = processMeta(c, platform);
      if (p !== c.builtins.TARGETPLATFORM && p !== "linux" && p !== c.builtins.BUILDPLATFORM) {
        throw lineError(BUILD_UNSUPPORTED, c.file, inst.line, `FROM --platform=${p}: only this host's platform (${c.builtins.TARGETPLATFORM}) can be built here`);
      }
    }
    const stage = stageRef(c.staged, name, c.stage.index);
    if (stage) {
      const r = c.results.get(stage.index);
      this.image = r.image;
      this.config = r.config;
    } else if (name.toLowerCase() === "scratch") {
      this.image = void 0;
      this.config = scratchConfig();
    } else {
      const id = await this.baseImage(name, inst);
      const store2 = c.rt.images;
      await store2.ensureSnapshots(id);
      this.config = baseConfig(store2.config(id));
      this.image = { id, config: this.config, layers: store2.manifest(id).layers };
    }
    c.say(` ---> ${this.image ? shortId(this.image.id) : "scratch"}`);
  }
  async baseImage(name, inst) {
    const c = this.c;
    if (c.pull) {
      if (!c.pullImage) {
        throw lineError(BUILD_NO_REGISTRY, c.file, inst.line, `--pull: cannot pull "${name}": no registry client is available to this build`, { hint: "import or load the base image, then build without --pull" });
      }
      await c.pullImage(name);
    }
    try {
      return c.rt.images.find(name).id;
    } catch (err) {
      if (!isTscError(err, IMAGE_NOT_FOUND))
        throw err;
      throw lineError(BUILD_BASE_NOT_FOUND, c.file, inst.line, `base image "${name}" not found in the local image store`, {
        cause: err,
        hint: `import it (tsc-compose image import ROOTFS.tar ${name}) or load it (tsc-compose image load -i IMAGE.tar), or build with --pull where a registry is reachable`
      });
    }
  }
  async instruction(inst) {
    switch (inst.name) {
      case "ARG":
        return this.arg(inst);
      case "RUN":
        return this.runStep(inst);
      case "COPY":
      case "ADD":
        return this.copyStep(inst);
      case "WORKDIR":
        return this.workdir(inst);
      case "FROM":
        return;
      default: {
        const r = applyMetadata(this.config.config ?? {}, inst, this.ctx, this.flags);
        await this.step({ step: `${inst.name} ${JSON.stringify(r.config)}`, extra: r.author }, async () => writeImage(this.c.rt.images, this.next(r.config, r.createdBy, void 0, r.author), this.layers()));
      }
    }
  }
  arg(inst) {
    for (const w of splitWordsKeepQuotes(inst.rest, this.c.escape)) {
      const eq = w.indexOf("=");
      const name = eq === -1 ? w : w.slice(0, eq);
      const dflt = eq === -1 ? void 0 : expand(inst, w.slice(eq + 1), this.ctx);
      this.c.usedArgs.add(name);
      const fromBuild = name in this.c.buildArgs ? this.c.buildArgs[name] : void 0;
      this.args.set(name, fromBuild ?? dflt ?? this.c.meta.get(name) ?? this.c.builtins[name]);
    }
  }
  layers() {
    return this.image?.layers ?? [];
  }
  /** The next config: a history line, and the new layer's diff id for layer steps. */
  next(cfg, createdBy, diffId, author) {
    const created = (/* @__PURE__ */ new Date()).toISOString();
    const h = { created, created_by: createdBy, comment: BUILD_COMMENT, ...diffId ? {} : { empty_layer: true } };
    return {
      ...this.config,
      ...author ? { author } : {},
      created,
      config: cfg,
      rootfs: { type: "layers", diff_ids: diffId ? [...this.config.rootfs.diff_ids, diffId] : this.config.rootfs.diff_ids },
      history: [...this.config.history ?? [], h]
    };
  }
  /** Looks the step up in the cache, else produces it and records it. */
  async step(d, produce) {
    const c = this.c;
    const key = cacheKey(this.image?.id ?? "scratch", d);
    const hit = c.noCache ? void 0 : c.cache.get(key);
    if (hit) {
      const store2 = c.rt.images;
      await store2.ensureSnapshots(hit);
      this.config = store2.config(hit);
      this.image = { id: hit, config: this.config, layers: store2.manifest(hit).layers };
      c.counter.cached++;
      c.say(" ---> Using cache");
    } else {
      const parent = this.image?.id;
      this.image = await produce();
      this.config = this.image.config;
      c.cache.set(key, this.image.id);
      if (parent)
        recordParent(c.rt.root, parent, this.image.id);
    }
    c.say(` ---> ${shortId(this.image.id)}`);
  }
  /** The image a RUN container starts from (FROM scratch has none until now). */
  async parentImage() {
    this.image ??= await writeImage(this.c.rt.images, this.config, []);
    return this.image;
  }
  lowerDirs() {
    return chainIds(this.config.rootfs.diff_ids).reverse().map((id) => this.c.rt.images.paths.snapshotFs(id));
  }
  argEnv() {
    const env = this.config.config?.Env;
    const out = [];
    for (const [k, v] of this.args)
      if (v !== void 0 && envValue(env, k) === void 0)
        out.push(`${k}=${v}`);
    for (const k of ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"]) {
      if (k in this.c.buildArgs && !this.args.has(k))
        out.push(`${k}=${this.c.buildArgs[k]}`);
    }
    return out.sort();
  }
  async runStep(inst) {
    const c = this.c;
    const cfg = this.config.config ?? {};
    const argv = commandLine(inst, cfg.Shell ?? DEFAULT_SHELL);
    const env = this.argEnv();
    const netFlag = inst.flags.find((f) => f.name === "network")?.value;
    const network = netFlag === "host" ? "host" : netFlag === "none" ? "none" : c.network;
    if (typeof netFlag === "string" && !["host", "none", "default"].includes(netFlag))
      throw lineError(BUILD_UNSUPPORTED, c.file, inst.line, `RUN --network=${netFlag}: want default, none or host`);
    if (inst.flags.some((f) => f.name === "security"))
      throw lineError(BUILD_UNSUPPORTED, c.file, inst.line, "RUN --security is not supported by this builder");
    const mounts = inst.flags.filter((f) => f.name === "mount").map((f) => parseRunMount(String(f.value), c.file, inst));
    const shown = inst.json ? JSON.stringify(argv) : argv.join(" ");
    const createdBy = `RUN ${env.length ? `|${env.length} ${env.join(" ")} ` : ""}${shown}`;
    await this.step({ step: `RUN ${JSON.stringify(argv)}`, extra: { env, network, mounts } }, async () => {
      const parent = await this.parentImage();
      const requests = mounts.map((m) => toMountRequest(m, c.rt.root, c.contextDir, cfg.WorkingDir ?? "/"));
      let ran;
      try {
        ran = await runBuildContainer(c.rt.containers, {
          image: parent.id,
          argv,
          env,
          ...cfg.User ? { user: cfg.User } : {},
          ...cfg.WorkingDir ? { workdir: cfg.WorkingDir } : {},
          network,
          mounts: requests,
          ...c.cgroupParent ? { cgroupParent: c.cgroupParent } : {},
          ...c.signal ? { signal: c.signal } : {},
          sink: c.sink,
          onStart: (cid) => c.say(` ---> Running in ${shortId(cid)}`)
        });
      } catch (err) {
        this.checkCanceled();
        throw lineError(BUILD_RUN_FAILED, c.file, inst.line, `${inst.original}: the command could not be started: ${err.message}`, { cause: err });
      }
      const { id, exitCode } = ran;
      try {
        this.checkCanceled();
        if (exitCode !== 0) {
          throw lineError(BUILD_RUN_FAILED, c.file, inst.line, `step ${c.counter.step}/${c.counter.total} (${inst.original.split("\n")[0]}): process "${argv.join(" ")}" did not complete successfully: exit code: ${exitCode}`);
        }
        const upper = join36(c.rt.paths.container(id), "upper");
        removeMountStubs(upper, this.lowerDirs(), requests.map((r) => r.target));
        return await writeLayerImage(c.rt.images, upper, this.layers(), this.config.rootfs.diff_ids, (diffId) => this.next(cfg, createdBy, diffId));
      } finally {
        await c.rt.containers.remove(id, { force: true, volumes: true }).catch(() => void 0);
      }
    });
  }
  async copyStep(inst) {
    const c = this.c;
    const words = expandWords(inst, this.ctx);
    const fromWord = inst.flags.find((f) => f.name === "from")?.value;
    const cfg = this.config.config ?? {};
    let release2 = () => {
    };
    let plan;
    if (typeof fromWord === "string") {
      const from = await this.fromSource(processMeta(c, fromWord), inst);
      const ws = openWorkspace(join36(c.rt.root, "build", "tmp"), from.lowers, c.rt.images.fs, { readOnly: true });
      release2 = () => ws.dispose();
      try {
        plan = planCopy(inst, c.file, words, ws.root, cfg.WorkingDir ?? "/", void 0, `from:${from.id}`);
      } catch (err) {
        release2();
        throw err;
      }
    } else {
      plan = planCopy(inst, c.file, words, c.contextDir, cfg.WorkingDir ?? "/", c.ignore, void 0);
    }
    try {
      const d = { step: `${inst.name} ${plan.sourceHash} ${plan.dest}${plan.dirHint ? "/" : ""}`, extra: { chown: plan.chown ?? null, chmod: plan.chmod ?? null, items: plan.items.map((i) => i.path) } };
      await this.step(d, () => this.layerStep(cfg, plan.createdBy, (root) => applyCopy(inst, c.file, plan, root, c.rt.images.fs)));
    } finally {
      release2();
    }
  }
  /** `--from=<stage|image>`: that filesystem's layers, and what identifies its content. */
  async fromSource(word, inst) {
    const c = this.c;
    const stage = stageRef(c.staged, word, c.stage.index);
    const store2 = c.rt.images;
    if (stage) {
      const r = c.results.get(stage.index);
      return { id: r.image?.id ?? "scratch", lowers: chainIds(r.config.rootfs.diff_ids).reverse().map((x) => store2.paths.snapshotFs(x)) };
    }
    const id = await this.baseImage(word, inst);
    const resolved = await store2.resolve(id);
    return { id, lowers: resolved.lowerDirs };
  }
  /** Writes through an overlay of the current layers; an untouched upper is an empty layer. */
  async layerStep(cfg, createdBy, write) {
    const c = this.c;
    const ws = openWorkspace(join36(c.rt.root, "build", "tmp"), this.lowerDirs(), c.rt.images.fs);
    try {
      await write(ws.root);
      ws.unmount();
      if (ws.isEmpty())
        return await writeImage(c.rt.images, this.next(cfg, createdBy), this.layers());
      return await writeLayerImage(c.rt.images, ws.upper, this.layers(), this.config.rootfs.diff_ids, (diffId) => this.next(cfg, createdBy, diffId));
    } finally {
      ws.dispose();
    }
  }
  async workdir(inst) {
    const r = applyMetadata(this.config.config ?? {}, inst, this.ctx, this.flags);
    const dir = r.config.WorkingDir;
    const user = r.config.User;
    await this.step({ step: `WORKDIR ${dir}`, extra: { user: user ?? "" } }, () => this.layerStep(r.config, r.createdBy, (root) => {
      const owner = user ? resolveChown(root, user, `WORKDIR ${dir} as USER ${user}`) : void 0;
      mkdirInRoot(root, dir, owner);
    }));
  }
};
function processMeta(c, word) {
  let out = "";
  try {
    out = expandWithMeta(c, word);
  } catch (err) {
    throw err instanceof BuildError ? err : lineError("BUILD_SYNTAX", c.file, c.stage.from.line, err.message);
  }
  return out;
}
function expandWithMeta(c, word) {
  const ctx = { file: c.file, escape: c.escape, lookup: (n) => c.meta.get(n) ?? void 0 };
  return expand(c.stage.from, word, ctx);
}

// packages/runtime/dist/build/builder.js
var PREDEFINED_ARGS = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"];
function platformArgs() {
  const arch = hostArchitecture();
  const platform = `linux/${arch}`;
  return { TARGETPLATFORM: platform, TARGETOS: "linux", TARGETARCH: arch, TARGETVARIANT: "", BUILDPLATFORM: platform, BUILDOS: "linux", BUILDARCH: arch, BUILDVARIANT: "" };
}
function readDockerfile(opts) {
  if (opts.dockerfileInline !== void 0)
    return { text: opts.dockerfileInline, file: "Dockerfile" };
  const path = resolve2(opts.contextDir, opts.dockerfile ?? "Dockerfile");
  try {
    return { text: readFileSync22(path, "utf8"), file: opts.dockerfile && isAbsolute2(opts.dockerfile) ? path : opts.dockerfile ?? "Dockerfile", path };
  } catch (err) {
    const why = err.code === "ENOENT" ? "no such file or directory" : err.message;
    throw buildError(BUILD_DOCKERFILE_NOT_FOUND, `failed to read dockerfile: open ${path}: ${why}`, { cause: err, hint: "pass the Dockerfile with -f, or put one at the root of the build context" });
  }
}
function forwardTo(out) {
  return new Writable2({
    write(chunk, _enc, cb) {
      if (out)
        out.write(chunk);
      cb();
    }
  });
}
async function buildImage(rt, opts) {
  const contextDir = resolve2(opts.contextDir);
  if (!existsSync21(contextDir) || !statSync8(contextDir).isDirectory()) {
    const what = existsSync21(contextDir) ? "is not a directory" : "not found";
    throw buildError(BUILD_CONTEXT_NOT_FOUND, `unable to prepare context: path "${opts.contextDir}" ${what}`, { hint: "the build context must be a local directory (URLs and git contexts are not supported)" });
  }
  const refs = (opts.tags ?? []).map((t) => {
    const r = normalizeReference(t);
    if (r.digest)
      throw buildError(BUILD_INVALID_ARGUMENT, `invalid tag "${t}": a build tag can not contain a digest`);
    return r;
  });
  const { text: text2, file, path } = readDockerfile(opts);
  const df = parseDockerfile(text2, file);
  const staged = splitStages(df);
  const buildArgs = opts.buildArgs ?? {};
  const builtins = platformArgs();
  const meta = metaArgValues(staged, buildArgs, df.escape, builtins);
  const expandMeta = (w) => processWord(w, (n) => meta.get(n) ?? void 0, df.escape);
  const target = targetStage(staged, opts.target);
  const needed = neededStages(staged, target, expandMeta);
  const warnings = [...df.warnings];
  const out = opts.output;
  const sink = forwardTo(out);
  const say = (line) => {
    out?.write(`${line}
`);
  };
  const total = staged.stages.filter((s) => needed.has(s.index)).reduce((n, s) => n + 1 + s.body.length, 0);
  const cache = new BuildCache(rt.root, (id) => rt.images.record(id) !== void 0);
  const used = new Set(staged.metaArgs.flatMap((i) => i.rest.split(/\s+/).map((w) => w.split("=")[0])));
  const results = /* @__PURE__ */ new Map();
  const counter = { step: 0, cached: 0, total };
  const ignore = loadIgnore(contextDir, path);
  reclaimWorkspaces(join37(rt.root, "build", "tmp"), rt.images.fs);
  await reclaimRunContainers(rt.containers);
  for (const stage of staged.stages) {
    if (!needed.has(stage.index))
      continue;
    const runner = new StageRunner({
      rt,
      file,
      escape: df.escape,
      staged,
      stage,
      contextDir,
      ignore,
      buildArgs,
      meta,
      builtins,
      results,
      cache,
      noCache: Boolean(opts.noCache),
      network: opts.network === "host" ? "host" : "none",
      pull: Boolean(opts.pull),
      pullImage: opts.pullImage,
      cgroupParent: opts.cgroupParent,
      signal: opts.signal,
      say,
      sink,
      counter,
      usedArgs: used
    });
    results.set(stage.index, await runner.run());
  }
  let final = results.get(target.index);
  if (opts.labels && Object.keys(opts.labels).length > 0) {
    final = await labelStep(rt, cache, final, opts.labels, Boolean(opts.noCache));
  }
  const image = final.image ?? await writeImage(rt.images, final.config, []);
  const unused = Object.keys(buildArgs).filter((a) => !used.has(a) && !PREDEFINED_ARGS.includes(a) && !(a in builtins));
  if (unused.length > 0) {
    const w = `One or more build-args [${unused.sort().join(" ")}] were not consumed`;
    warnings.push(w);
    say(`[Warning] ${w}`);
  }
  say(`Successfully built ${shortId(image.id)}`);
  const tags = [];
  for (const r of refs) {
    const name = familiarString(r.tag ? r : { ...r, tag: "latest" });
    await rt.images.tag(image.id, name);
    tags.push(name);
    say(`Successfully tagged ${name}`);
  }
  return { id: image.id, tags, warnings, steps: counter.step, cached: counter.cached };
}
async function labelStep(rt, cache, s, labels, noCache) {
  const parent = s.image?.id ?? "scratch";
  const key = cacheKey(parent, { step: `LABELS ${JSON.stringify(Object.entries(labels).sort())}` });
  const hit = noCache ? void 0 : cache.get(key);
  if (hit)
    return { image: { id: hit, config: rt.images.config(hit), layers: rt.images.manifest(hit).layers }, config: rt.images.config(hit) };
  const config = { ...s.config, config: { ...s.config.config ?? {}, Labels: { ...s.config.config?.Labels ?? {}, ...labels } } };
  const image = await writeImage(rt.images, config, s.image?.layers ?? []);
  cache.set(key, image.id);
  if (s.image)
    recordParent(rt.root, s.image.id, image.id);
  return { image, config };
}

export {
  invalidValue,
  parseBytes,
  parseMemorySwap,
  formatBytes,
  parseDuration,
  formatDuration,
  parseCpus,
  RLIMITS,
  parseUlimit,
  formatUlimit,
  SIGRTMIN,
  SIGRTMAX,
  signalName,
  parseSignal,
  errors_exports,
  chainIds,
  shortId,
  applyChanges,
  parseReference,
  normalizeReference,
  familiarName,
  referenceString,
  familiarString,
  ImageStore,
  nodeCgroupFs,
  DEFAULT_CGROUP_PARENT,
  parseMountinfo,
  detectCgroupLayout,
  dockerDeviceRules,
  parseDeviceCgroupRule,
  validateResources,
  effectiveMemorySwap,
  cpuSharesToWeight,
  CgroupV1,
  CgroupV2,
  createCgroupManager,
  managerForLayout,
  CAPABILITIES,
  DEFAULT_CAPABILITIES,
  normalizeCapability,
  capMask,
  capNamesOf,
  capMaskHex,
  resolveCapabilities,
  DEFAULT_SHM_SIZE,
  defaultMounts,
  WRITABLE_WHEN_READ_ONLY,
  DEFAULT_MASKED_PATHS,
  DEFAULT_READONLY_PATHS,
  maskedPaths,
  readonlyPaths,
  DEFAULT_DEVICES,
  DEFAULT_DEV_SYMLINKS,
  defaultSysctls,
  listThermalThrottle,
  parseSecurityOpts,
  DEFAULT_SECCOMP_PROFILE,
  parseSeccompProfile,
  resolveSeccomp,
  selectSeccompProfile,
  allowedSyscalls,
  createSeccompNative,
  seccompNative,
  seccompKey,
  seccompBpfPath,
  seccompBpfPathAsync,
  withLock,
  newId,
  shortId2,
  validateName,
  humanDuration,
  toDockerEvent,
  formatEventLine,
  STATE_FILE,
  parseState,
  isSupervisorAlive,
  readState,
  parseLogLine,
  timeToNs,
  boundToNs,
  logFiles,
  readLogsUpTo,
  readLogs,
  Containers,
  MS,
  MOUNT_OPTION_FLAGS,
  splitMountOptions,
  RLIMIT,
  SIG,
  SPEC_KEYS,
  specRecords,
  serializeSpec,
  writeSpecFile,
  parseSpecRecords,
  FRAME_STDOUT,
  FRAME_STDERR,
  FRAME_EXIT,
  encodeFrame,
  FrameDecoder,
  parseExitPayload,
  CONTROL_SOCKET,
  parseHandshake,
  spawnSupervisor,
  SupervisorClient,
  EventLog,
  DEFAULT_ROOT,
  StatePaths,
  resolveRoot,
  VolumeStore,
  Volumes,
  openRuntime,
  parseVolumeFlag,
  parseMountFlag,
  parseTmpfsFlag,
  parsePortFlag,
  parseRestartPolicy,
  healthFromFlags,
  parseEnvFile,
  humanSize,
  since,
  formatTable,
  renderTemplate,
  imageRows,
  historyRows,
  FakeCgroupFs,
  makeFakeCgroupTree,
  parseProcStat,
  cpuPercent2 as cpuPercent,
  memoryPercent,
  errors_exports2,
  parseWwwAuthenticate,
  isInsecure,
  endpointFor,
  parsePlatform,
  selectManifest,
  formatProgressBytes,
  credentialFiles,
  findCredentials,
  pullImage,
  manifestForPush,
  pushImage,
  serverDomain,
  authFile,
  login,
  logout,
  intermediateImageIds,
  errors_exports3,
  parseDockerfile,
  parseDockerignore,
  IgnoreMatcher,
  PREDEFINED_ARGS,
  platformArgs,
  buildImage
};
