import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  RLIMITS,
  buildImage,
  parseBytes,
  parseDuration,
  pullImage
} from "./chunk-XNDFLBB4.js";
import {
  TscError,
  lockFile
} from "./chunk-T5UK2L7C.js";
import {
  __export
} from "./chunk-YD7X3SCX.js";

// packages/compose/dist/errors.js
var COMPOSE_ERROR_CODES = {
  YAML_SYNTAX: "COMPOSE_YAML_SYNTAX",
  MISSING_VARIABLE: "COMPOSE_MISSING_VARIABLE",
  INVALID_INTERPOLATION: "COMPOSE_INVALID_INTERPOLATION",
  EXTENDS_CYCLE: "COMPOSE_EXTENDS_CYCLE",
  EXTENDS_INVALID: "COMPOSE_EXTENDS_INVALID",
  INCLUDE_CYCLE: "COMPOSE_INCLUDE_CYCLE",
  INCLUDE_CONFLICT: "COMPOSE_INCLUDE_CONFLICT",
  INVALID_PROJECT_NAME: "COMPOSE_INVALID_PROJECT_NAME",
  DOTENV_SYNTAX: "COMPOSE_DOTENV_SYNTAX",
  FILE_NOT_FOUND: "COMPOSE_FILE_NOT_FOUND",
  NO_CONFIG_FILE: "COMPOSE_NO_CONFIG_FILE",
  MERGE_CONFLICT: "COMPOSE_MERGE_CONFLICT",
  INVALID_TYPE: "COMPOSE_INVALID_TYPE",
  SERVICE_DISABLED: "COMPOSE_SERVICE_DISABLED",
  EMPTY_PROJECT_NAME: "COMPOSE_EMPTY_PROJECT_NAME",
  READ_ERROR: "COMPOSE_READ_ERROR",
  NO_SUCH_SERVICE: "COMPOSE_NO_SUCH_SERVICE",
  INVALID_MODEL: "COMPOSE_INVALID_MODEL"
};
var ComposeFileError = class extends TscError {
  constructor(code, message, options2 = {}) {
    super(code, message, options2);
  }
};
function isComposeFileError(err2, code) {
  return err2 instanceof ComposeFileError && (code === void 0 || err2.code === code);
}
function formatLocation(loc) {
  if (!loc)
    return "";
  let s = loc.file;
  if (loc.line !== void 0)
    s += `:${loc.line}`;
  if (loc.line !== void 0 && loc.column !== void 0)
    s += `:${loc.column}`;
  return s;
}

// node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options2) {
    options2 = Object.create(options2 || null);
    if (!mark.buffer) return null;
    if (!options2.maxLength) options2.maxLength = 79;
    if (typeof options2.indent !== "number") options2.indent = 1;
    if (typeof options2.linesBefore !== "number") options2.linesBefore = 3;
    if (typeof options2.linesAfter !== "number") options2.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options2.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options2.maxLength - (options2.indent + lineNoLength + 3);
    for (let i = 1; i <= options2.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options2.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options2.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options2.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options2.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options2.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type22(tag, options2) {
    options2 = options2 || {};
    Object.keys(options2).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options2;
    this.tag = tag;
    this.kind = options2["kind"] || null;
    this.resolve = options2["resolve"] || function() {
      return true;
    };
    this.construct = options2["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options2["instanceOf"] || null;
    this.predicate = options2["predicate"] || null;
    this.represent = options2["represent"] || null;
    this.representName = options2["representName"] || null;
    this.defaultStyle = options2["defaultStyle"] || null;
    this.multi = options2["multi"] || false;
    this.styleAliases = compileStyleAliases(options2["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type22;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type22 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type22) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type22 = requireType();
  str = new Type22("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type22 = requireType();
  seq = new Type22("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type22 = requireType();
  map = new Type22("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type22 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type22("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type22 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type22("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type22("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type22("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type22 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type22("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type22 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type22("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type22 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type22("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type22("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type22 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type22("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type22("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options2) {
    this.input = input;
    this.filename = options2["filename"] || null;
    this.schema = options2["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options2["onWarning"] || null;
    this.legacy = options2["legacy"] || false;
    this.json = options2["json"] || false;
    this.listener = options2["listener"] || null;
    this.maxDepth = typeof options2["maxDepth"] === "number" ? options2["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options2["maxTotalMergeKeys"] === "number" ? options2["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err2) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings2(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings2(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings2(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err2) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options2) {
    input = String(input);
    options2 = options2 || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options2);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options2) {
    if (iterator !== null && typeof iterator === "object" && typeof options2 === "undefined") {
      options2 = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options2);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options2) {
    const documents = loadDocuments(input, options2);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options2) {
    this.schema = options2["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options2["indent"] || 2);
    this.noArrayIndent = options2["noArrayIndent"] || false;
    this.skipInvalid = options2["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options2["flowLevel"]) ? -1 : options2["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options2["styles"] || null);
    this.sortKeys = options2["sortKeys"] || false;
    this.lineWidth = options2["lineWidth"] || 80;
    this.noRefs = options2["noRefs"] || false;
    this.noCompatMode = options2["noCompatMode"] || false;
    this.condenseFlow = options2["condenseFlow"] || false;
    this.quotingType = options2["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options2["forceQuotes"] || false;
    this.replacer = typeof options2["replacer"] === "function" ? options2["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain2 = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain2 && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options2) {
    options2 = options2 || {};
    const state = new State(options2);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// packages/compose/dist/load/merge-tags.js
var ResetTag = class {
  value;
  /** What was written after the tag (`!reset []`, `!reset null`): kept for diagnostics only. */
  constructor(value = null) {
    this.value = value;
  }
};
var OverrideTag = class {
  value;
  constructor(value) {
    this.value = value;
  }
};
function isResetTag(v) {
  return v instanceof ResetTag;
}
function isOverrideTag(v) {
  return v instanceof OverrideTag;
}
function stripMergeTags(value) {
  if (isClean(value))
    return value;
  if (value instanceof OverrideTag)
    return stripMergeTags(value.value);
  if (Array.isArray(value)) {
    let out;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = item instanceof ResetTag ? SKIP : stripMergeTags(item);
      if (out === void 0 && next !== item)
        out = value.slice(0, i);
      if (out !== void 0 && next !== SKIP)
        out.push(next);
    }
    return out ?? value;
  }
  if (isPlainObject(value)) {
    let out;
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const v = value[keys[i]];
      const next = v instanceof ResetTag ? SKIP : stripMergeTags(v);
      if (out === void 0 && next !== v) {
        out = {};
        for (let j = 0; j < i; j++)
          out[keys[j]] = value[keys[j]];
      }
      if (out !== void 0 && next !== SKIP)
        out[keys[i]] = next;
    }
    return out ?? value;
  }
  return value;
}
var SKIP = /* @__PURE__ */ Symbol("skip");
function hasMergeTags(value) {
  if (isClean(value))
    return false;
  if (value instanceof ResetTag || value instanceof OverrideTag)
    return true;
  if (Array.isArray(value))
    return value.some(hasMergeTags);
  if (isPlainObject(value))
    return Object.values(value).some(hasMergeTags);
  return false;
}
function isPlainObject(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v))
    return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
var CLEAN = /* @__PURE__ */ new WeakSet();
function markClean(tree) {
  if (typeof tree === "object" && tree !== null)
    CLEAN.add(tree);
  return tree;
}
function isClean(tree) {
  return typeof tree === "object" && tree !== null && CLEAN.has(tree);
}

// packages/compose/dist/load/fast-yaml.js
var { Type: Type2, FAILSAFE_SCHEMA: FAILSAFE_SCHEMA2 } = yaml;
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var INT = /^[-+]?[0-9]+$/;
var INT_OCT = /^0o[0-7]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
var nullType = new Type2("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (s) => s === null || NULL.test(s),
  construct: () => null
});
var boolType = new Type2("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (s) => s !== null && BOOL.test(s),
  construct: (s) => s[0] === "t" || s[0] === "T"
});
var intType = new Type2("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s) => s !== null && (INT.test(s) || INT_OCT.test(s) || INT_HEX.test(s)),
  construct: (s) => INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10)
});
var floatType = new Type2("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s) => s !== null && (FLOAT_SPECIAL.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
  construct: (s) => {
    if (!FLOAT_SPECIAL.test(s))
      return parseFloat(s);
    if (s.slice(-3).toLowerCase() === "nan")
      return NaN;
    return s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
});
var mergeType = new Type2("tag:yaml.org,2002:merge", { kind: "scalar", resolve: (s) => s === "<<" });
var markerTypes = ["scalar", "sequence", "mapping"].flatMap((kind2) => [
  new Type2("!reset", { kind: kind2, construct: () => new ResetTag(null) }),
  new Type2("!override", {
    kind: kind2,
    // A tagged scalar stays the string it was written as (what the `yaml` path yields); an
    // empty node reaches whichever kind registered last, with null.
    construct: (v) => new OverrideTag(v ?? "")
  })
]);
var SCHEMA = FAILSAFE_SCHEMA2.extend({
  implicit: [nullType, boolType, intType, floatType, mergeType],
  explicit: markerTypes
});
function hasNullKey(text) {
  const isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
  const opensKey = (c) => c === void 0 || isSpace(c) || c === "{" || c === "[" || c === "," || c === "?" || c === "-";
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    const after = text[i + 1];
    if (!(after === void 0 || isSpace(after) || after === "," || after === "}" || after === "]"))
      continue;
    let j = i - 1;
    while (isSpace(text[j]) && text[j] !== "\n")
      j--;
    const word = /(?:~|null|Null|NULL)$/.exec(text.slice(Math.max(0, j - 3), j + 1));
    if (word)
      j -= word[0].length;
    if (opensKey(text[j]))
      return true;
  }
  for (let i = text.indexOf("?"); i >= 0; i = text.indexOf("?", i + 1)) {
    const before = text[i - 1];
    const after = text[i + 1];
    if ((before === void 0 || isSpace(before) || "{,[-".includes(before)) && (after === void 0 || isSpace(after)))
      return true;
  }
  return false;
}
var TAB_INDENT = /^[ -]*\t|^%/m;
var INDENT_INDICATOR = /(?:^|[\s:-])[|>][-+]?[1-9]/m;
var COLLECTION_KEY = /[\]}]\s*:(?:\s|$)/;
var FastPathUnsupported = class extends Error {
};
function fastParseDocuments(text) {
  if (hasNullKey(text))
    throw new FastPathUnsupported("null mapping key");
  if (INDENT_INDICATOR.test(text))
    throw new FastPathUnsupported("block scalar indentation indicator");
  if (COLLECTION_KEY.test(text))
    throw new FastPathUnsupported("collection key");
  if (TAB_INDENT.test(text))
    throw new FastPathUnsupported("tab indentation or directive");
  const docs = [];
  yaml.loadAll(text, (d) => docs.push(d), { schema: SCHEMA });
  return docs;
}

// packages/compose/dist/load/yaml-library.js
var library;
var YamlLibraryNotLoaded = class extends Error {
  constructor() {
    super("the yaml library is not loaded: await loadYamlLibrary() first");
    this.name = "YamlLibraryNotLoaded";
  }
};
async function loadYamlLibrary() {
  if (!library) {
    const mod = await import("./dist-CQTQ6M6L.js");
    library = typeof mod.LineCounter === "function" ? mod : mod.default;
  }
  return library;
}
function yamlLibrary() {
  if (!library)
    throw new YamlLibraryNotLoaded();
  return library;
}
function isYamlLibraryNotLoaded(err2) {
  return err2 instanceof YamlLibraryNotLoaded;
}

// packages/compose/dist/load/tree-path.js
var MATCH_ANY = "*";
var MATCH_INDEX = "[]";
function pattern(dotted) {
  return dotted.split(".");
}
function matches(path, pat) {
  if (path.length !== pat.length)
    return false;
  for (let i = 0; i < pat.length; i++) {
    const p = pat[i];
    const s = path[i];
    if (p === MATCH_ANY)
      continue;
    if (p === MATCH_INDEX) {
      if (typeof s !== "number")
        return false;
      continue;
    }
    if (p !== String(s))
      return false;
  }
  return true;
}
function formatPath(path) {
  let s = "";
  for (const seg of path) {
    if (typeof seg === "number")
      s += `[${seg}]`;
    else
      s += s === "" ? seg : `.${seg}`;
  }
  return s;
}
var RuleTable = class {
  root;
  constructor(rules) {
    const top = { literal: /* @__PURE__ */ new Map() };
    rules.forEach(([pat, value], order) => {
      let node = top;
      for (const seg of pat) {
        let next;
        if (seg === MATCH_ANY)
          next = node.any ??= { literal: /* @__PURE__ */ new Map() };
        else if (seg === MATCH_INDEX)
          next = node.index ??= { literal: /* @__PURE__ */ new Map() };
        else {
          next = node.literal.get(seg);
          if (!next)
            node.literal.set(seg, next = { literal: /* @__PURE__ */ new Map() });
        }
        node = next;
      }
      node.rule ??= { order, value };
    });
    this.root = [top];
  }
  /** The state after one more path segment; undefined when no rule can match below. */
  step(state, seg) {
    if (!state)
      return void 0;
    let out;
    const key = typeof seg === "number" ? String(seg) : seg;
    for (const node of state) {
      const lit = node.literal.get(key);
      if (lit)
        (out ??= []).push(lit);
      if (node.any)
        (out ??= []).push(node.any);
      if (typeof seg === "number" && node.index)
        (out ??= []).push(node.index);
    }
    return out;
  }
  /** The rule of a path whose walk ended in `state`. */
  ruleAt(state) {
    let best;
    for (const node of state ?? [])
      if (node.rule && (!best || node.rule.order < best.order))
        best = node.rule;
    return best?.value;
  }
  find(path) {
    let state = this.root;
    for (const seg of path) {
      state = this.step(state, seg);
      if (!state)
        return void 0;
    }
    return this.ruleAt(state);
  }
};

// packages/compose/dist/load/unicity-keys.js
function scalarTextForKey(v) {
  if (typeof v === "string")
    return v;
  if (typeof v === "number" || typeof v === "boolean")
    return String(v);
  return JSON.stringify(v) ?? String(v);
}

// packages/compose/dist/load/unicity.js
var UNIQUE = new RuleTable([
  ["networks.*.labels", keyValue],
  ["networks.*.ipam.options", keyValue],
  ["services.*.annotations", keyValue],
  ["services.*.build.args", keyValue],
  ["services.*.build.additional_contexts", keyValue],
  ["services.*.build.platforms", keyValue],
  ["services.*.build.platform", keyValue],
  ["services.*.build.tags", keyValue],
  ["services.*.build.labels", keyValue],
  ["services.*.cap_add", keyValue],
  ["services.*.cap_drop", keyValue],
  ["services.*.devices", deviceTarget],
  ["services.*.configs", mountTarget("")],
  ["services.*.deploy.labels", keyValue],
  ["services.*.dns", keyValue],
  ["services.*.dns_opt", keyValue],
  ["services.*.dns_search", keyValue],
  ["services.*.environment", keyValue],
  ["services.*.env_file", envFilePath],
  ["services.*.expose", scalarTextForKey],
  ["services.*.labels", keyValue],
  ["services.*.links", keyValue],
  ["services.*.networks.*.aliases", keyValue],
  ["services.*.networks.*.link_local_ips", keyValue],
  ["services.*.ports", portKey],
  ["services.*.profiles", keyValue],
  ["services.*.secrets", mountTarget("/run/secrets")],
  ["services.*.sysctls", keyValue],
  ["services.*.tmpfs", keyValue],
  ["services.*.volumes", volumeTarget]
].map(([p, i]) => [pattern(p), i]));
function enforceUnicity(value, path = []) {
  let state = UNIQUE.root;
  for (const seg of path)
    state = UNIQUE.step(state, seg);
  return walk(value, state);
}
function walk(value, state) {
  if (!state)
    return value;
  if (isPlainObject(value)) {
    let out;
    for (const k of Object.keys(value)) {
      const below = UNIQUE.step(state, k);
      if (!below)
        continue;
      const next = walk(value[k], below);
      if (next !== value[k]) {
        out ??= { ...value };
        out[k] = next;
      }
    }
    return out ?? value;
  }
  if (Array.isArray(value)) {
    const indexer = UNIQUE.ruleAt(state);
    if (!indexer)
      return value;
    const seq2 = [];
    const seen = /* @__PURE__ */ new Map();
    for (const entry of value) {
      const key = indexer(entry);
      const at = seen.get(key);
      if (at !== void 0)
        seq2[at] = entry;
      else {
        seen.set(key, seq2.length);
        seq2.push(entry);
      }
    }
    return seq2.length === value.length ? value : seq2;
  }
  return value;
}
function keyValue(v) {
  if (typeof v !== "string")
    return scalarTextForKey(v);
  const eq = v.indexOf("=");
  return eq < 0 ? v : v.slice(0, eq);
}
function envFilePath(v) {
  if (isPlainObject(v) && typeof v.path === "string")
    return v.path;
  return scalarTextForKey(v);
}
function mountTarget(defaultDir) {
  return (v) => {
    if (typeof v === "string")
      return `${defaultDir}/${v}`;
    if (isPlainObject(v)) {
      if (v.target !== void 0 && v.target !== null)
        return String(v.target);
      return `${defaultDir}/${String(v.source)}`;
    }
    return scalarTextForKey(v);
  };
}
function portKey(v) {
  if (typeof v === "number" || typeof v === "string")
    return String(v);
  if (isPlainObject(v)) {
    const host = v.host_ip ?? "0.0.0.0";
    const published = v.published ?? "";
    const protocol = v.protocol ?? "tcp";
    return `${String(host)}:${String(published)}:${String(v.target)}/${String(protocol)}`;
  }
  return scalarTextForKey(v);
}
function deviceTarget(v) {
  if (typeof v === "string") {
    const parts = v.split(":");
    return parts.length === 1 ? parts[0] : parts[1];
  }
  if (isPlainObject(v) && typeof v.target === "string")
    return v.target;
  return scalarTextForKey(v);
}
function volumeTarget(v) {
  if (isPlainObject(v))
    return typeof v.target === "string" ? v.target : scalarTextForKey(v);
  if (typeof v !== "string")
    return scalarTextForKey(v);
  if (v.length <= 2)
    return v;
  const parts = splitVolumeSpec(v);
  return parts.length === 1 ? parts[0] : parts[1];
}
function splitVolumeSpec(spec) {
  const parts = [];
  let buf = "";
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch === ":" && buf.length === 1 && /[a-zA-Z]/.test(buf) && /[\\/]/.test(spec[i + 1] ?? "")) {
      buf += ch;
      continue;
    }
    if (ch === ":") {
      parts.push(buf);
      buf = "";
    } else
      buf += ch;
  }
  parts.push(buf);
  return parts;
}

// packages/compose/dist/load/merge.js
function mergeComposeFiles(base, override) {
  const b = base === void 0 || base === null ? {} : stripMergeTags(base);
  if (override === void 0 || override === null)
    return markClean(enforceUnicity(b));
  return withOverride(override, () => markClean(enforceUnicity(mergeValue(b, override, []))));
}
var overrideClean = false;
function withOverride(override, fn) {
  const saved = overrideClean;
  overrideClean = isClean(override);
  try {
    return fn();
  } finally {
    overrideClean = saved;
  }
}
function strip(v) {
  return overrideClean ? v : stripMergeTags(v);
}
function mergeService(base, override, name = "x") {
  return withOverride(override, () => enforceUnicity(mergeValue(stripMergeTags(base ?? {}), override, ["services", name]), ["services", name]));
}
var SPECIALS = new RuleTable([
  ["networks.*.ipam.config", mergeIPAMConfig],
  ["networks.*.labels", mergeToSequence],
  ["volumes.*.labels", mergeToSequence],
  ["services.*.annotations", mergeToSequence],
  ["services.*.build", mergeBuild],
  ["services.*.build.args", mergeToSequence],
  ["services.*.build.additional_contexts", mergeToSequence],
  ["services.*.build.extra_hosts", mergeExtraHosts],
  ["services.*.build.labels", mergeToSequence],
  ["services.*.command", replace],
  ["services.*.depends_on", mergeDependsOn],
  ["services.*.deploy.labels", mergeToSequence],
  ["services.*.dns", mergeToSequence],
  ["services.*.dns_opt", mergeToSequence],
  ["services.*.dns_search", mergeToSequence],
  ["services.*.entrypoint", replace],
  ["services.*.env_file", mergeToSequence],
  ["services.*.label_file", mergeToSequence],
  ["services.*.environment", mergeToSequence],
  ["services.*.extra_hosts", mergeExtraHosts],
  ["services.*.healthcheck.test", replace],
  ["services.*.labels", mergeToSequence],
  ["services.*.logging", mergeLogging],
  ["services.*.models", mergeToMapping],
  ["services.*.networks", mergeToMapping],
  ["services.*.sysctls", mergeToSequence],
  ["services.*.tmpfs", mergeToSequence],
  ["services.*.ulimits.*", replace],
  ["models.*.runtime_flags", replace]
].map(([p, m]) => [pattern(p), m]));
function mergeValue(base, override, path) {
  if (override instanceof OverrideTag)
    return strip(override.value);
  const special = SPECIALS.find(path);
  if (special)
    return special(base, override, path);
  if (override === null || override === void 0)
    return base;
  if (isPlainObject(base)) {
    if (!isPlainObject(override))
      throw conflict(path, base, override);
    return mergeMappings(base, override, path);
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(override))
      throw conflict(path, base, override);
    return [...base, ...strip(override)];
  }
  return strip(override);
}
function mergeMappings(base, override, path) {
  const out = { ...base };
  for (const k of Object.keys(override)) {
    const v = override[k];
    if (v instanceof ResetTag) {
      delete out[k];
      continue;
    }
    if (!Object.hasOwn(out, k)) {
      out[k] = strip(v);
      continue;
    }
    out[k] = mergeValue(out[k], v, [...path, k]);
  }
  return out;
}
function conflict(path, base, override) {
  return new ComposeFileError(COMPOSE_ERROR_CODES.MERGE_CONFLICT, `cannot override ${formatPath(path)}: a ${kind(base)} cannot be merged with a ${kind(override)}`, { hint: "use the !override tag to replace the value instead of merging it" });
}
function kind(v) {
  return Array.isArray(v) ? "sequence" : isPlainObject(v) ? "mapping" : "scalar";
}
function replace(_base, override) {
  return strip(override);
}
function mergeToSequence(base, override) {
  return [...toSequence(base), ...toSequence(strip(override))];
}
function mergeExtraHosts(base, override) {
  const right = toSequence(base);
  const left = toSequence(strip(override)).filter((v) => !right.some((r) => r === v));
  return [...right, ...left];
}
function mergeToMapping(base, override, path) {
  return mergeMappings(toMapping(base, void 0), toMappingKeepTags(override, void 0), path);
}
var DEPENDS_ON_DEFAULT = { condition: "service_started", required: true };
function mergeDependsOn(base, override, path) {
  return mergeMappings(toMapping(base, DEPENDS_ON_DEFAULT), toMappingKeepTags(override, DEPENDS_ON_DEFAULT), path);
}
function mergeBuild(base, override, path) {
  const asBuild = (v) => typeof v === "string" ? { context: v } : isPlainObject(v) ? v : {};
  return mergeMappings(asBuild(base), asBuild(override), path);
}
function mergeLogging(base, override, path) {
  if (!isPlainObject(base) || !isPlainObject(override))
    return override === null ? base : strip(override);
  const d = override.driver;
  const o = base.driver;
  if (d === void 0 || o === void 0 || d === o)
    return mergeMappings(base, override, path);
  return strip(override);
}
function mergeIPAMConfig(base, override, path) {
  if (!Array.isArray(base) || !Array.isArray(override))
    return override === null ? base : strip(override);
  const out = [...base];
  for (const raw of override) {
    const ov = strip(raw);
    const idx = isPlainObject(ov) ? out.findIndex((b) => isPlainObject(b) && b.subnet === ov.subnet) : -1;
    if (idx >= 0)
      out[idx] = mergeMappings(out[idx], ov, path);
    else
      out.push(ov);
  }
  return out;
}
function toSequence(value) {
  if (Array.isArray(value))
    return value;
  if (isPlainObject(value)) {
    const seq2 = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === void 0)
        seq2.push(k);
      else if (Array.isArray(v))
        for (const item of v)
          seq2.push(`${k}=${scalarText(item)}`);
      else
        seq2.push(`${k}=${scalarText(v)}`);
    }
    return seq2.sort(compareStrings);
  }
  if (value === null || value === void 0)
    return [];
  return [value];
}
function toMapping(value, dflt) {
  return strip(toMappingKeepTags(value, dflt));
}
function toMappingKeepTags(value, dflt) {
  if (isPlainObject(value))
    return value;
  if (Array.isArray(value)) {
    const out = {};
    for (const item of value) {
      if (item instanceof ResetTag)
        continue;
      out[String(item)] = dflt === void 0 ? null : { ...dflt };
    }
    return out;
  }
  return {};
}
function scalarText(v) {
  if (typeof v === "string")
    return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint")
    return String(v);
  return JSON.stringify(v);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// packages/compose/dist/load/parse-yaml.js
var MAX_ALIAS_COUNT = 1e6;
var RESET = "!reset";
var OVERRIDE = "!override";
function parseComposeYaml(text, file) {
  let values;
  try {
    values = fastParseDocuments(text);
  } catch {
    return parseWithPositions(text, file);
  }
  let positioned;
  const positions = () => positioned ??= composeDocuments(text, file);
  const doc = combine(values);
  if (!text.includes(RESET) && !text.includes(OVERRIDE))
    markClean(doc);
  return {
    file,
    doc,
    locate: (path) => locator(positions(), "value")(path),
    locateExact: (path) => locator(positions(), "exact")(path),
    locateKey: (path) => locator(positions(), "key")(path)
  };
}
function parseWithPositions(text, file) {
  const p = composeDocuments(text, file);
  const values = [];
  const tagged = text.includes(RESET) || text.includes(OVERRIDE);
  for (const d of p.documents) {
    if (tagged)
      replaceMergeTags(d);
    try {
      values.push(d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (cause) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.YAML_SYNTAX, cause.message, {
        location: { file },
        cause
      });
    }
  }
  return {
    file,
    doc: combine(values),
    locate: locator(p, "value"),
    locateExact: locator(p, "exact"),
    locateKey: locator(p, "key")
  };
}
function composeDocuments(text, file) {
  const { LineCounter, parseAllDocuments } = yamlLibrary();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    merge: true,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true
  });
  const documents = Array.isArray(docs) ? docs : [];
  const where = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  for (const d of documents) {
    const err2 = d.errors[0];
    if (err2) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.YAML_SYNTAX, firstLine(err2.message), {
        location: where(err2.pos[0]),
        cause: err2
      });
    }
  }
  return { documents, where };
}
function locator(p, mode) {
  return (path) => {
    const { documents, where } = p;
    let best;
    for (let i = documents.length - 1; i >= 0; i--) {
      const found = findNode(documents[i], path, mode === "key");
      if (!found)
        continue;
      if (found.depth === path.length)
        return where(found.offset);
      if (!best || found.depth > best.depth)
        best = found;
    }
    if (mode === "exact" || !best)
      return void 0;
    return where(best.offset);
  };
}
function combine(values) {
  return values.length === 0 ? null : values.length === 1 ? values[0] : mergeDocuments(values);
}
function mergeDocuments(docs) {
  return docs.reduce((acc, d) => mergeComposeFiles(acc, d), {});
}
function firstLine(msg) {
  const i = msg.indexOf("\n");
  return (i < 0 ? msg : msg.slice(0, i)).trim();
}
function replaceMergeTags(doc) {
  const { Scalar, visit } = yamlLibrary();
  visit(doc, {
    Node(_key, node) {
      const tag = node.tag;
      if (tag !== RESET && tag !== OVERRIDE)
        return void 0;
      const inner = tag === RESET ? null : clearTag(node).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
      const marker = new Scalar(tag === RESET ? new ResetTag(inner) : new OverrideTag(inner));
      marker.range = node.range;
      if (node.anchor)
        marker.anchor = node.anchor;
      return marker;
    }
  });
}
function clearTag(node) {
  node.tag = void 0;
  return node;
}
function findNode(doc, path, wantKey) {
  const { isMap, isSeq } = yamlLibrary();
  let node = doc.contents;
  if (!node || !node.range)
    return void 0;
  let found = { depth: 0, offset: node.range[0] };
  for (let i = 0; i < path.length; i++) {
    node = deref(doc, node);
    const seg = path[i];
    if (isMap(node)) {
      const pair = findPair(doc, node, String(seg), /* @__PURE__ */ new Set());
      if (!pair)
        return found;
      const key = pair.key;
      const value = pair.value;
      const last = i === path.length - 1;
      const keyOffset = key?.range?.[0];
      if (last && wantKey && keyOffset !== void 0)
        return { depth: i + 1, offset: keyOffset };
      const valueOffset = value && !isNullPlaceholder(value) ? value.range?.[0] : void 0;
      const offset = valueOffset ?? keyOffset;
      if (offset === void 0)
        return found;
      found = { depth: i + 1, offset };
      node = value;
    } else if (isSeq(node)) {
      const idx = typeof seg === "number" ? seg : Number(seg);
      const item = Number.isInteger(idx) ? node.items[idx] : void 0;
      if (!item || !item.range)
        return found;
      found = { depth: i + 1, offset: item.range[0] };
      node = item;
    } else {
      return found;
    }
  }
  return found;
}
function isNullPlaceholder(n) {
  const { isScalar } = yamlLibrary();
  return isScalar(n) && n.value === null && !!n.range && n.range[0] === n.range[1];
}
function deref(doc, node) {
  const { isAlias } = yamlLibrary();
  let n = node;
  for (let i = 0; i < 100 && isAlias(n); i++)
    n = n.resolve(doc);
  return n;
}
function findPair(doc, map2, key, seen) {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  if (seen.has(map2))
    return void 0;
  seen.add(map2);
  for (const pair of map2.items) {
    const k = pair.key;
    if (isScalar(k) && String(k.value) === key && !isMergeKey(k))
      return pair;
  }
  for (const pair of map2.items) {
    if (!isScalar(pair.key) || !isMergeKey(pair.key))
      continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const s of sources) {
      const target = deref(doc, s);
      if (isMap(target)) {
        const p = findPair(doc, target, key, seen);
        if (p)
          return p;
      }
    }
  }
  return void 0;
}
function isMergeKey(k) {
  return k.value === "<<" || typeof k.value === "symbol";
}

// packages/compose/dist/load/template.js
var TemplateError = class extends Error {
  kind;
  variable;
  constructor(kind2, message, variable) {
    super(message);
    this.kind = kind2;
    this.variable = variable;
  }
};
function substitute(template, lookup, opts = {}) {
  if (template.indexOf("$") < 0)
    return template;
  let out = "";
  let i = 0;
  const n = template.length;
  while (i < n) {
    const dollar = template.indexOf("$", i);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template.charCodeAt(dollar + 1);
    if (next === 36) {
      out += "$";
      i = dollar + 2;
    } else if (isNameStart(next)) {
      let end = dollar + 2;
      while (end < n && isNameChar(template.charCodeAt(end)))
        end++;
      out += plain(template.slice(dollar + 1, end), lookup, opts);
      i = end;
    } else if (next === 123) {
      const r = braced(template, dollar, lookup, opts);
      out += r.value;
      i = r.end;
    } else {
      out += "$";
      i = dollar + 1;
    }
  }
  return out;
}
function plain(name, lookup, opts) {
  const v = lookup(name);
  if (v === void 0) {
    opts.warn?.(name);
    return "";
  }
  return v;
}
function braced(t, start, lookup, opts) {
  const n = t.length;
  let p = start + 2;
  if (!isNameStart(t.charCodeAt(p)))
    throw invalid(t);
  while (p < n && isNameChar(t.charCodeAt(p)))
    p++;
  const name = t.slice(start + 2, p);
  const c = t[p];
  if (c === "}")
    return { value: plain(name, lookup, opts), end: p + 1 };
  let op;
  if (c === ":" && (t[p + 1] === "-" || t[p + 1] === "?" || t[p + 1] === "+")) {
    op = ":" + t[p + 1];
    p += 2;
  } else if (c === "-" || c === "?" || c === "+") {
    op = c;
    p += 1;
  } else {
    throw invalid(t);
  }
  const close = closingBrace(t, start, p);
  if (close < 0)
    throw invalid(t);
  const arg = t.slice(p, close);
  const v = lookup(name);
  const end = close + 1;
  switch (op) {
    case ":-":
      return { value: v === void 0 || v === "" ? substitute(arg, lookup, opts) : v, end };
    case "-":
      return { value: v === void 0 ? substitute(arg, lookup, opts) : v, end };
    case ":+":
      return { value: v !== void 0 && v !== "" ? substitute(arg, lookup, opts) : "", end };
    case "+":
      return { value: v !== void 0 ? substitute(arg, lookup, opts) : "", end };
    case ":?":
    case "?": {
      const missing = v === void 0 || op === ":?" && v === "";
      if (!missing)
        return { value: v, end };
      const msg = substitute(arg, lookup, opts);
      throw new TemplateError("missing_required", `required variable ${name} is missing a value${msg === "" ? "" : `: ${msg}`}`, name);
    }
  }
}
function closingBrace(t, start, argStart) {
  let depth2 = 0;
  for (let i = start + 1; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 123)
      depth2++;
    else if (ch === 125) {
      depth2--;
      if (depth2 === 0)
        return i;
    }
  }
  return t.indexOf("}", argStart);
}
function invalid(template) {
  return new TemplateError("invalid_template", `Invalid template: ${JSON.stringify(template)}`);
}
function isNameStart(c) {
  return c === 95 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isNameChar(c) {
  return isNameStart(c) || c >= 48 && c <= 57;
}
function interpolateString(template, lookup, opts = {}) {
  try {
    return substitute(template, lookup, opts);
  } catch (err2) {
    throw toComposeError(err2, void 0);
  }
}
function toComposeError(err2, where) {
  if (!(err2 instanceof TemplateError))
    return err2;
  if (err2.kind === "missing_required") {
    return new ComposeFileError(COMPOSE_ERROR_CODES.MISSING_VARIABLE, `${where ? `error while interpolating ${where.path}: ` : ""}${err2.message}`, { location: where?.location, cause: err2, hint: `set ${err2.variable} in the environment or in the .env file` });
  }
  return new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_INTERPOLATION, where ? `invalid interpolation format for ${where.path}: ${err2.message.replace(/^Invalid template: /, "")}` : err2.message, { location: where?.location, cause: err2, hint: "you may need to escape any $ with another $" });
}

// packages/compose/dist/load/interpolate.js
var CASTS = new RuleTable([
  ["services.*.configs.[].mode", toInt],
  ["services.*.cpu_count", toInt],
  ["services.*.cpu_percent", toFloat],
  ["services.*.cpu_period", toInt],
  ["services.*.cpu_quota", toInt],
  ["services.*.cpu_rt_period", toInt],
  ["services.*.cpu_rt_runtime", toInt],
  ["services.*.cpus", toFloat],
  ["services.*.cpu_shares", toInt],
  ["services.*.init", toBoolean],
  ["services.*.deploy.replicas", toInt],
  ["services.*.deploy.update_config.parallelism", toInt],
  ["services.*.deploy.update_config.max_failure_ratio", toFloat],
  ["services.*.deploy.rollback_config.parallelism", toInt],
  ["services.*.deploy.rollback_config.max_failure_ratio", toFloat],
  ["services.*.deploy.restart_policy.max_attempts", toInt],
  ["services.*.deploy.placement.max_replicas_per_node", toInt],
  ["services.*.healthcheck.retries", toInt],
  ["services.*.healthcheck.disable", toBoolean],
  ["services.*.oom_kill_disable", toBoolean],
  ["services.*.oom_score_adj", toInt],
  ["services.*.pids_limit", toInt],
  ["services.*.ports.[].target", toInt],
  ["services.*.privileged", toBoolean],
  ["services.*.read_only", toBoolean],
  ["services.*.scale", toInt],
  ["services.*.secrets.[].mode", toInt],
  ["services.*.stdin_open", toBoolean],
  ["services.*.tty", toBoolean],
  ["services.*.ulimits.*", toInt],
  ["services.*.ulimits.*.hard", toInt],
  ["services.*.ulimits.*.soft", toInt],
  ["services.*.volumes.[].read_only", toBoolean],
  ["services.*.volumes.[].volume.nocopy", toBoolean],
  ["networks.*.external", toBoolean],
  ["networks.*.internal", toBoolean],
  ["networks.*.attachable", toBoolean],
  ["networks.*.enable_ipv6", toBoolean],
  ["volumes.*.external", toBoolean],
  ["secrets.*.external", toBoolean],
  ["configs.*.external", toBoolean]
].map(([p, c]) => [pattern(p), c]));
var CastError = class extends Error {
};
function toInt(v) {
  if (!/^[+-]?\d+$/.test(v))
    throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
  return Number(v);
}
function toFloat(v) {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v)) {
    throw new CastError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
  }
  return Number(v);
}
function toBoolean(v, notice) {
  switch (v.toLowerCase()) {
    case "true":
      return true;
    case "false":
      return false;
    case "y":
    case "yes":
    case "on":
      notice(`${JSON.stringify(v)} for boolean is not supported by YAML 1.2, please use \`true\``);
      return true;
    case "n":
    case "no":
    case "off":
      notice(`${JSON.stringify(v)} for boolean is not supported by YAML 1.2, please use \`false\``);
      return false;
    default:
      throw new CastError(`invalid boolean: ${v}`);
  }
}
function interpolate(value, opts) {
  const warned = /* @__PURE__ */ new Set();
  const warn = (name) => {
    if (warned.has(name))
      return;
    warned.add(name);
    opts.warn?.(name);
  };
  const typeCast = opts.typeCast !== false;
  const prefix = opts.pathPrefix ?? [];
  const walk2 = (v, path, rules2) => {
    if (typeof v === "string") {
      let out;
      try {
        out = substitute(v, opts.lookup, { warn });
      } catch (err2) {
        throw toComposeError(err2, { path: formatPath(path), location: opts.locate?.(path) });
      }
      if (!typeCast)
        return out;
      const cast = CASTS.ruleAt(rules2);
      if (!cast)
        return out;
      try {
        return cast(out, (msg) => opts.notice?.(msg, opts.locate?.(path)));
      } catch (err2) {
        if (!(err2 instanceof CastError))
          throw err2;
        const location = opts.locate?.(path);
        throw new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_TYPE, `error while interpolating ${formatPath(path)}: failed to cast to expected type: ${err2.message}`, { location });
      }
    }
    if (Array.isArray(v)) {
      let out;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const next = walk2(v[i], path, CASTS.step(rules2, i));
        path.pop();
        if (next !== v[i]) {
          out ??= v.slice();
          out[i] = next;
        }
      }
      return out ?? v;
    }
    if (v instanceof OverrideTag) {
      const inner = walk2(v.value, path, rules2);
      return inner === v.value ? v : new OverrideTag(inner);
    }
    if (v instanceof ResetTag)
      return v;
    if (isPlainObject(v)) {
      let out;
      for (const k of Object.keys(v)) {
        path.push(k);
        const next = walk2(v[k], path, CASTS.step(rules2, k));
        path.pop();
        if (next !== v[k]) {
          out ??= { ...v };
          out[k] = next;
        }
      }
      return out ?? v;
    }
    return v;
  };
  let rules = CASTS.root;
  for (const seg of prefix)
    rules = CASTS.step(rules, seg);
  const result = walk2(value, [...prefix], rules);
  return isClean(value) ? markClean(result) : result;
}

// packages/compose/dist/load/dotenv.js
function parseDotenv(text, opts) {
  const out = /* @__PURE__ */ Object.create(null);
  parseInto(text, out, opts, (name) => opts.lookup(name) ?? (Object.hasOwn(out, name) ? out[name] : void 0));
  return { ...out };
}
function parseDotenvFiles(files, opts) {
  const acc = /* @__PURE__ */ Object.create(null);
  for (const f of files) {
    const current = /* @__PURE__ */ Object.create(null);
    parseInto(f.text, current, { ...opts, file: f.file }, (name) => opts.lookup(name) ?? (Object.hasOwn(current, name) ? current[name] : Object.hasOwn(acc, name) ? acc[name] : void 0));
    Object.assign(acc, current);
  }
  return { ...acc };
}
var BOM = "\uFEFF";
function parseInto(src, out, opts, expandLookup) {
  if (src.startsWith(BOM))
    src = src.slice(BOM.length);
  const file = opts.file ?? ".env";
  let pos = 0;
  const n = src.length;
  const lineAt = (offset) => {
    let line = 1;
    for (let i = 0; i < offset && i < n; i++)
      if (src.charCodeAt(i) === 10)
        line++;
    return line;
  };
  const fail2 = (offset, msg) => {
    const line = lineAt(offset);
    throw new ComposeFileError(COMPOSE_ERROR_CODES.DOTENV_SYNTAX, msg, {
      location: { file, line }
    });
  };
  const expand = (value, at) => {
    try {
      return substitute(value, expandLookup, { warn: opts.warn });
    } catch (err2) {
      if (err2 instanceof TemplateError) {
        const line = lineAt(at);
        throw new ComposeFileError(err2.kind === "missing_required" ? COMPOSE_ERROR_CODES.MISSING_VARIABLE : COMPOSE_ERROR_CODES.INVALID_INTERPOLATION, err2.message, { location: { file, line }, cause: err2 });
      }
      throw err2;
    }
  };
  for (; ; ) {
    while (pos < n) {
      while (pos < n && isUnicodeSpace(src[pos]))
        pos++;
      if (pos < n && src[pos] === "#") {
        const nl2 = src.indexOf("\n", pos);
        pos = nl2 < 0 ? n : nl2;
        continue;
      }
      break;
    }
    if (pos >= n)
      return;
    const stmt = pos;
    if (/^export\s/.test(src.slice(pos, pos + 7))) {
      pos += 6;
      while (pos < n && isInlineSpace(src[pos]))
        pos++;
    }
    const keyStart = pos;
    let term;
    while (pos < n) {
      const ch = String.fromCodePoint(src.codePointAt(pos));
      if (ch === "=" || ch === ":" || ch === "\n") {
        term = ch;
        break;
      }
      if (!isInlineSpace(ch) && !isKeyChar(ch)) {
        const lineEnd2 = src.indexOf("\n", keyStart);
        fail2(stmt, `unexpected character ${JSON.stringify(ch)} in variable name ${JSON.stringify(src.slice(keyStart, lineEnd2 < 0 ? n : lineEnd2))}`);
      }
      pos += ch.length;
    }
    const key = src.slice(keyStart, pos).replace(/\s+$/u, "");
    if (key.includes(" "))
      fail2(stmt, "key cannot contain a space");
    if (term === void 0 || term === "\n") {
      const v = opts.lookup(key);
      if (v !== void 0)
        out[key] = v;
      continue;
    }
    pos++;
    while (pos < n && isInlineSpace(src[pos]))
      pos++;
    const quote = src[pos];
    if (quote === '"' || quote === "'") {
      const valueStart = pos;
      let chars = "";
      let escaped = false;
      let closed = -1;
      for (let i = pos + 1; i < n; i++) {
        const ch = src[i];
        if (escaped) {
          escaped = false;
          if (ch !== quote)
            chars += "\\";
          chars += ch;
          continue;
        }
        if (ch === "\\")
          escaped = true;
        else if (ch === quote) {
          closed = i;
          break;
        } else
          chars += ch;
      }
      if (closed < 0) {
        const nl2 = src.indexOf("\n", valueStart);
        fail2(valueStart, `unterminated quoted value ${src.slice(valueStart, nl2 < 0 ? n : nl2)}`);
      }
      out[key] = quote === '"' ? expand(unescapeDoubleQuoted(chars), valueStart) : chars;
      pos = closed + 1;
      continue;
    }
    const nl = src.indexOf("\n", pos);
    const lineEnd = nl < 0 ? n : nl;
    let value = src.slice(pos, lineEnd);
    const comment = value.indexOf(" #");
    if (comment >= 0)
      value = value.slice(0, comment);
    value = value.replace(/\s+$/u, "");
    out[key] = expand(value, pos);
    pos = lineEnd;
  }
}
var SIMPLE_ESCAPES = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  '"': '"'
};
function unescapeDoubleQuoted(s) {
  return s.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (m) => {
    const c = m[1];
    if (c === "$")
      return "$$";
    if (c === "0") {
      const digits = m.slice(2);
      if (!/^[0-7]{3}$/.test(digits))
        return m;
      const code = parseInt(digits, 8);
      return code > 255 ? m : String.fromCharCode(code);
    }
    return SIMPLE_ESCAPES[c] ?? m;
  });
}
function isInlineSpace(ch) {
  return ch === " " || ch === "	" || ch === "\v" || ch === "\f" || ch === "\r" || ch === "\x85" || ch === "\xA0";
}
function isUnicodeSpace(ch) {
  return /\s/u.test(ch) || ch === "\x85";
}
function isKeyChar(ch) {
  return ch === "_" || ch === "." || ch === "-" || ch === "[" || ch === "]" || /[\p{L}\p{N}]/u.test(ch);
}

// packages/compose/dist/load/load-project.js
import { readFile as fsReadFile } from "node:fs/promises";
import { homedir } from "node:os";
import { resolve as resolve2 } from "node:path";

// packages/compose/dist/load/load-files.js
import { posix as posix4 } from "node:path";

// packages/compose/dist/load/extends.js
import { posix as posix2 } from "node:path";

// packages/compose/dist/load/resolve-paths.js
import { posix } from "node:path";
function resolveRelativePaths(model2, baseDir) {
  if (!isPlainObject(model2))
    return model2;
  const out = { ...model2 };
  if (isPlainObject(out.services)) {
    const services2 = {};
    for (const [name, svc] of Object.entries(out.services))
      services2[name] = resolveService(svc, baseDir);
    out.services = services2;
  }
  for (const kind2 of ["configs", "secrets"]) {
    if (!isPlainObject(out[kind2]))
      continue;
    const section = {};
    for (const [name, def] of Object.entries(out[kind2])) {
      section[name] = isPlainObject(def) && typeof def.file === "string" ? { ...def, file: abs(baseDir, def.file) } : def;
    }
    out[kind2] = section;
  }
  if (isPlainObject(out.volumes)) {
    const volumes2 = {};
    for (const [name, def] of Object.entries(out.volumes))
      volumes2[name] = resolveVolumeDriverOpts(def, baseDir);
    out.volumes = volumes2;
  }
  if (Array.isArray(out.include))
    out.include = out.include.map((inc) => resolveInclude(inc, baseDir));
  return out;
}
function resolveService(svc, baseDir) {
  if (!isPlainObject(svc))
    return svc;
  const s = { ...svc };
  if (typeof s.build === "string")
    s.build = absContext(baseDir, s.build);
  else if (isPlainObject(s.build)) {
    const b = { ...s.build };
    if (typeof b.context === "string")
      b.context = absContext(baseDir, b.context);
    if (isPlainObject(b.additional_contexts)) {
      const ac = {};
      for (const [k, v] of Object.entries(b.additional_contexts))
        ac[k] = typeof v === "string" ? absContext(baseDir, v) : v;
      b.additional_contexts = ac;
    } else if (Array.isArray(b.additional_contexts)) {
      b.additional_contexts = b.additional_contexts.map((e) => {
        if (typeof e !== "string")
          return e;
        const eq = e.indexOf("=");
        return eq < 0 ? e : `${e.slice(0, eq)}=${absContext(baseDir, e.slice(eq + 1))}`;
      });
    }
    s.build = b;
  }
  if (s.env_file !== void 0)
    s.env_file = mapPaths(s.env_file, baseDir);
  if (s.label_file !== void 0)
    s.label_file = mapPaths(s.label_file, baseDir);
  if (isPlainObject(s.extends) && typeof s.extends.file === "string") {
    s.extends = { ...s.extends, file: abs(baseDir, s.extends.file) };
  }
  if (Array.isArray(s.volumes))
    s.volumes = s.volumes.map((v) => resolveServiceVolume(v, baseDir));
  if (isPlainObject(s.develop) && Array.isArray(s.develop.watch)) {
    s.develop = {
      ...s.develop,
      watch: s.develop.watch.map((w) => isPlainObject(w) && typeof w.path === "string" ? { ...w, path: abs(baseDir, w.path) } : w)
    };
  }
  return s;
}
function mapPaths(v, baseDir) {
  if (typeof v === "string")
    return abs(baseDir, v);
  if (Array.isArray(v)) {
    return v.map((e) => {
      if (typeof e === "string")
        return abs(baseDir, e);
      if (isPlainObject(e) && typeof e.path === "string")
        return { ...e, path: abs(baseDir, e.path) };
      return e;
    });
  }
  return v;
}
function resolveServiceVolume(v, baseDir) {
  if (typeof v === "string") {
    const colon = v.indexOf(":");
    if (colon <= 0)
      return v;
    const src = v.slice(0, colon);
    return isLocalPath(src) ? `${abs(baseDir, src)}${v.slice(colon)}` : v;
  }
  if (isPlainObject(v) && v.type === "bind" && typeof v.source === "string" && isLocalPath(v.source)) {
    return { ...v, source: abs(baseDir, v.source) };
  }
  return v;
}
function resolveVolumeDriverOpts(def, baseDir) {
  if (!isPlainObject(def) || !isPlainObject(def.driver_opts))
    return def;
  const o = def.driver_opts;
  if ((def.driver === void 0 || def.driver === "local") && typeof o.o === "string" && o.o.split(",").includes("bind") && typeof o.device === "string") {
    return { ...def, driver_opts: { ...o, device: abs(baseDir, o.device) } };
  }
  return def;
}
function resolveInclude(inc, baseDir) {
  if (typeof inc === "string")
    return abs(baseDir, inc);
  if (!isPlainObject(inc))
    return inc;
  const out = { ...inc };
  if (out.path !== void 0)
    out.path = mapPaths(out.path, baseDir);
  if (typeof out.project_directory === "string")
    out.project_directory = abs(baseDir, out.project_directory);
  if (out.env_file !== void 0)
    out.env_file = mapPaths(out.env_file, baseDir);
  return out;
}
function isLocalPath(p) {
  return p.startsWith(".") || p.startsWith("/");
}
function isRemoteContext(p) {
  return p.includes("://") || p.startsWith("git@") || p.startsWith("github.com/") || p.startsWith("service:");
}
function absContext(baseDir, p) {
  return isRemoteContext(p) ? p : abs(baseDir, p);
}
function abs(baseDir, p) {
  if (p === "" || p.startsWith("~") || posix.isAbsolute(p) || p === "/dev/null")
    return p;
  return posix.resolve(baseDir, p);
}

// packages/compose/dist/load/source-context.js
function isFile(io, path) {
  if (io.isFile)
    return io.isFile(path);
  try {
    io.readFile(path);
    return true;
  } catch {
    return false;
  }
}
function expandUser(path, home) {
  if (home === void 0 || !path.startsWith("~"))
    return path;
  return home.replace(/\/+$/, "") + "/" + path.slice(1).replace(/^\/+/, "");
}

// packages/compose/dist/load/extends.js
function resolveExtends(model2, opts) {
  if (!isPlainObject(model2) || !isPlainObject(model2.services))
    return model2;
  const services2 = { ...model2.services };
  const done = /* @__PURE__ */ new Set();
  const otherFiles = /* @__PURE__ */ new Map();
  const baseDir = opts.workingDir ?? posix2.dirname(opts.file);
  const loadOther = (ref2, from) => {
    const cached = otherFiles.get(ref2);
    if (cached)
      return cached;
    let text;
    try {
      text = opts.readFile(ref2);
    } catch (cause) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `cannot extend service "${from.service}": cannot read ${ref2}`, { cause, location: where(from) });
    }
    const parsed = parseComposeYaml(text, ref2);
    opts.onFileParsed?.(parsed);
    const doc = opts.noInterpolate ? parsed.doc : interpolate(parsed.doc, { ...opts, locate: parsed.locate });
    opts.onDocument?.(parsed, doc);
    if (!isPlainObject(doc) || !isPlainObject(doc.services)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID, `cannot extend service "${from.service}" in ${ref2}: no services section`, { location: where(from) });
    }
    const resolved = resolveRelativePaths(doc, posix2.dirname(ref2));
    const svcs = { ...resolved.services };
    otherFiles.set(ref2, svcs);
    return svcs;
  };
  const where = (r) => r.file === opts.file ? opts.locate?.(["services", r.service, "extends"]) : { file: r.file };
  const resolve4 = (ref2, pool, dir, chain) => {
    const key = `${ref2.file}\0${ref2.service}`;
    const svc = pool[ref2.service];
    if (pool === services2 && done.has(key))
      return svc;
    if (chain.some((c) => c.file === ref2.file && c.service === ref2.service)) {
      const loop = [...chain, ref2].map((c) => `${c.service} (${c.file})`).join(" extends ");
      throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_CYCLE, `circular reference in extends: ${loop}`, {
        location: where(chain[0])
      });
    }
    if (!isPlainObject(svc) || svc.extends === void 0 || svc.extends === null)
      return svc;
    const ext = parseExtends(svc.extends, ref2, () => where(ref2));
    let base;
    if (ext.file !== void 0) {
      const other = posix2.resolve(dir, expandUser(ext.file, opts.home));
      const pool2 = loadOther(other, ref2);
      if (!Object.hasOwn(pool2, ext.service)) {
        throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID, `cannot extend service "${ref2.service}" in ${ref2.file}: service "${ext.service}" not found in ${other}`, { location: where(ref2) });
      }
      base = resolve4({ file: other, service: ext.service }, pool2, posix2.dirname(other), [...chain, ref2]);
    } else {
      if (!Object.hasOwn(pool, ext.service)) {
        throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID, `cannot extend service "${ref2.service}" in ${ref2.file}: service "${ext.service}" not found`, { location: where(ref2) });
      }
      base = resolve4({ file: ref2.file, service: ext.service }, pool, dir, [...chain, ref2]);
    }
    const { extends: _drop, ...own } = svc;
    const merged = keepMarkers(mergeService(stripMergeTags(base), own, ref2.service), own);
    delete merged.extends;
    pool[ref2.service] = merged;
    if (pool === services2)
      done.add(key);
    return merged;
  };
  for (const name of Object.keys(services2))
    resolve4({ file: opts.file, service: name }, services2, baseDir, []);
  return { ...model2, services: services2 };
}
function parseExtends(v, ref2, location) {
  if (typeof v === "string")
    return { service: v };
  if (isPlainObject(v) && typeof v.service === "string") {
    if (v.file !== void 0 && typeof v.file !== "string") {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID, `service "${ref2.service}": extends.file must be a string`, { location: location() });
    }
    return { service: v.service, file: v.file };
  }
  throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID, `service "${ref2.service}": extends must be a service name or a mapping with a "service" key`, { location: location() });
}
function keepMarkers(merged, own) {
  for (const [k, v] of Object.entries(own)) {
    if (v instanceof ResetTag)
      merged[k] = v;
    else if (v instanceof OverrideTag)
      merged[k] = new OverrideTag(merged[k]);
    else if (isPlainObject(v) && isPlainObject(merged[k]) && hasMergeTags(v))
      merged[k] = keepMarkers({ ...merged[k] }, v);
  }
  return merged;
}

// packages/compose/dist/load/include.js
import { posix as posix3 } from "node:path";
var RESOURCES = ["services", "volumes", "networks", "secrets", "configs", "models"];
function resolveIncludes(model2, opts) {
  if (!isPlainObject(model2) || model2.include === void 0 || model2.include === null)
    return model2;
  const { include, ...rest } = model2;
  const target = rest;
  if (!Array.isArray(include)) {
    throw new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_MODEL, "include must be a sequence", {
      location: opts.locate?.(["include"])
    });
  }
  const chain = opts.included ?? [opts.file];
  include.forEach((entry, i) => {
    const location = () => opts.locate?.(["include", i]);
    const spec = parseEntry(entry, location);
    const here = (p) => posix3.resolve(opts.workingDir, expandUser(p, opts.home));
    const paths = spec.paths.map(here);
    const main = paths[0];
    const projectDir = spec.projectDirectory === void 0 ? posix3.dirname(main) : here(spec.projectDirectory);
    if (chain.includes(main)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.INCLUDE_CYCLE, `include cycle detected: ${[...chain, main].join(" includes ")}`, { location: location() });
    }
    let envFiles;
    if (spec.envFiles === void 0) {
      const dflt = posix3.join(projectDir, ".env");
      envFiles = isFile(opts, dflt) ? [dflt] : [];
    } else {
      envFiles = [];
      for (const f of spec.envFiles) {
        if (f === "/dev/null")
          continue;
        const abs2 = here(f);
        if (!isFile(opts, abs2)) {
          throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `env file ${abs2} not found`, { location: location() });
        }
        envFiles.push(abs2);
      }
    }
    const fromFiles = parseDotenvFiles(envFiles.map((f) => ({ file: f, text: opts.readFile(f) })), {
      lookup: opts.lookup
    });
    const lookup = (name) => opts.lookup(name) ?? (Object.hasOwn(fromFiles, name) ? fromFiles[name] : void 0);
    const imported = resolveRelativePaths(opts.loadModel({ files: paths, workingDir: projectDir, env: { ...opts, lookup }, included: [...chain, main] }), projectDir);
    for (const kind2 of RESOURCES)
      importResources(kind2, imported, target, location);
  });
  return target;
}
function importResources(kind2, source, target, location) {
  const from = source[kind2];
  if (!isPlainObject(from))
    return;
  const to = isPlainObject(target[kind2]) ? { ...target[kind2] } : {};
  for (const [name, def] of Object.entries(from)) {
    if (Object.hasOwn(to, name)) {
      if (deepEqual(to[name], def))
        continue;
      throw new ComposeFileError(COMPOSE_ERROR_CODES.INCLUDE_CONFLICT, `${kind2}.${name} conflicts with imported resource`, { location: location(), hint: `rename it, or override the included file by listing an override file in "path"` });
    }
    to[name] = def;
  }
  target[kind2] = to;
}
function parseEntry(entry, location) {
  if (typeof entry === "string")
    return { paths: [entry] };
  if (isPlainObject(entry)) {
    const paths = stringList(entry.path);
    if (paths && paths.length > 0) {
      const envFiles = entry.env_file === void 0 || entry.env_file === null ? void 0 : stringList(entry.env_file);
      if (envFiles === void 0 && entry.env_file !== void 0 && entry.env_file !== null)
        throw bad(location);
      const pd = entry.project_directory;
      if (pd !== void 0 && pd !== null && typeof pd !== "string")
        throw bad(location);
      return { paths, envFiles, projectDirectory: pd ?? void 0 };
    }
  }
  throw bad(location);
}
function bad(location) {
  return new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_MODEL, 'include entries must be a path or a mapping with "path" (string or list), "project_directory" and "env_file"', { location: location() });
}
function stringList(v) {
  if (typeof v === "string")
    return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string"))
    return v;
  return void 0;
}
function deepEqual(a, b) {
  if (Object.is(a, b))
    return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
      return false;
    return ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

// packages/compose/dist/load/load-files.js
function loadComposeFiles(opts) {
  const parsed = [];
  const warned = /* @__PURE__ */ new Set();
  const env = {
    ...opts,
    warn: (name) => {
      if (warned.has(name))
        return;
      warned.add(name);
      opts.warn?.(name);
    }
  };
  const main = loadModel(opts.files, opts.workingDir, env, opts, parsed, void 0);
  const mainParsed = parsed.filter((p) => main.mainFiles.includes(p));
  return {
    model: main.model,
    parsed,
    locate(path) {
      for (let i = mainParsed.length - 1; i >= 0; i--) {
        const loc = mainParsed[i].locateExact(path);
        if (loc)
          return loc;
      }
      return mainParsed[mainParsed.length - 1]?.locate(path);
    }
  };
}
function loadModel(files, workingDir, env, io, parsed, included) {
  let merged = {};
  const mainFiles = [];
  for (const f of files) {
    const src = typeof f === "string" ? { path: f } : f;
    let text = src.text;
    if (text === void 0 && src.parsed === void 0) {
      try {
        text = io.readFile(src.path);
      } catch (cause) {
        throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `cannot read compose file ${src.path}`, {
          cause,
          location: { file: src.path }
        });
      }
    }
    const file = src.parsed ?? parseComposeYaml(text, src.path);
    parsed.push(file);
    mainFiles.push(file);
    let doc = file.doc ?? {};
    if (!isPlainObject(doc)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_MODEL, "top-level object must be a mapping", {
        location: file.locate([])
      });
    }
    if (!env.noInterpolate)
      doc = interpolate(doc, { ...env, locate: file.locate });
    env.onDocument?.(file, doc);
    const absPath = posix4.isAbsolute(src.path) ? src.path : posix4.join(workingDir, src.path);
    doc = resolveIncludes(doc, {
      ...env,
      ...io,
      file: absPath,
      workingDir,
      // An included file arrives with itself already last in the chain.
      included: included?.[included.length - 1] === absPath ? included : [...included ?? [], absPath],
      locate: file.locate,
      onFileParsed: (p) => parsed.push(p),
      loadModel: (args) => loadModel(args.files, args.workingDir, args.env, io, parsed, args.included).model
    });
    doc = resolveExtends(doc, {
      ...env,
      ...io,
      file: absPath,
      workingDir,
      locate: file.locate,
      onFileParsed: (p) => parsed.push(p)
    });
    merged = mergeComposeFiles(merged, doc);
  }
  return { model: merged, mainFiles };
}

// packages/compose/dist/load/discovery.js
import { posix as posix5 } from "node:path";

// packages/compose/dist/load/node-fs.js
import { readFileSync, statSync } from "node:fs";
var nodeFs = {
  isFile(path) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  readFile(path) {
    return readFileSync(path, "utf8");
  }
};

// packages/compose/dist/load/discovery.js
var DEFAULT_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var DEFAULT_OVERRIDE_FILE_NAMES = [
  "compose.override.yml",
  "compose.override.yaml",
  "docker-compose.override.yml",
  "docker-compose.override.yaml"
];
function findComposeFiles(cwd, opts = {}) {
  const fs = opts.fs ?? nodeFs;
  const lookup = toLookup(opts.env);
  const abs2 = (p) => p === "-" ? p : posix5.resolve(cwd, p);
  const workingDirFor = (files) => {
    if (opts.projectDirectory !== void 0)
      return posix5.resolve(cwd, opts.projectDirectory);
    const first = files.find((f) => f !== "-");
    return first === void 0 ? cwd : posix5.dirname(first);
  };
  if (opts.files && opts.files.length > 0) {
    const files = opts.files.map(abs2);
    return { files, workingDir: workingDirFor(files), source: "flag" };
  }
  const fromEnv = lookup("COMPOSE_FILE");
  if (fromEnv !== void 0 && fromEnv !== "") {
    const sep = lookup("COMPOSE_PATH_SEPARATOR") || ":";
    const files = fromEnv.split(sep).filter((f) => f !== "").map(abs2);
    return { files, workingDir: workingDirFor(files), source: "env" };
  }
  let dir = posix5.resolve(cwd, opts.projectDirectory ?? ".");
  for (; ; ) {
    const candidates = DEFAULT_FILE_NAMES.map((n) => posix5.join(dir, n)).filter((p) => fs.isFile(p));
    if (candidates.length > 0) {
      if (candidates.length > 1) {
        opts.warn?.(`Found multiple config files with supported names: ${candidates.join(", ")}`);
        opts.warn?.(`Using ${candidates[0]}`);
      }
      const overrides = DEFAULT_OVERRIDE_FILE_NAMES.map((n) => posix5.join(dir, n)).filter((p) => fs.isFile(p));
      if (overrides.length > 1) {
        opts.warn?.(`Found multiple override files with supported names: ${overrides.join(", ")}`);
        opts.warn?.(`Using ${overrides[0]}`);
      }
      const files = overrides.length > 0 ? [candidates[0], overrides[0]] : [candidates[0]];
      return { files, workingDir: workingDirFor(files), source: "default" };
    }
    const parent = posix5.dirname(dir);
    if (parent === dir)
      break;
    dir = parent;
  }
  throw new ComposeFileError(COMPOSE_ERROR_CODES.NO_CONFIG_FILE, "no configuration file provided: not found", {
    hint: `create a compose.yaml in ${posix5.resolve(cwd, opts.projectDirectory ?? ".")} or a parent directory, or pass -f`
  });
}
function projectEnvironment(opts) {
  const fs = opts.fs ?? nodeFs;
  const cwd = opts.cwd ?? opts.projectDir;
  const penv = opts.processEnv;
  let files;
  let explicit = true;
  if (opts.envFiles && opts.envFiles.length > 0)
    files = opts.envFiles.map((f) => posix5.resolve(cwd, f));
  else if (penv.COMPOSE_ENV_FILES)
    files = penv.COMPOSE_ENV_FILES.split(",").filter((f) => f !== "").map((f) => posix5.resolve(cwd, f));
  else {
    explicit = false;
    const dflt = posix5.join(opts.projectDir, ".env");
    files = !isTrue(penv.COMPOSE_DISABLE_ENV_FILE) && fs.isFile(dflt) ? [dflt] : [];
  }
  const texts = files.map((file) => {
    if (explicit && !fs.isFile(file)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `couldn't find env file: ${file}`, { location: { file } });
    }
    return { file, text: fs.readFile(file) };
  });
  const base = opts.inherited ?? penv;
  const processLookup = (name) => Object.hasOwn(base, name) ? base[name] : void 0;
  const fromFiles = parseDotenvFiles(texts, { lookup: processLookup });
  const environment = { ...fromFiles };
  for (const [k, v] of Object.entries(base))
    if (v !== void 0)
      environment[k] = v;
  return {
    environment,
    fromFiles,
    envFiles: files,
    lookup: (name) => Object.hasOwn(environment, name) ? environment[name] : void 0
  };
}
function isTrue(v) {
  return v !== void 0 && /^(1|t|true)$/i.test(v);
}
function toLookup(env) {
  if (typeof env === "function")
    return env;
  return (name) => env?.[name];
}

// packages/compose/dist/load/project-environment.js
import { posix as posix6 } from "node:path";
function loadEnvironment(o) {
  const processEnv = { ...o.processEnv };
  if (processEnv.PWD === void 0)
    processEnv.PWD = o.cwd;
  const firstFile = o.files?.find((f) => f !== "-");
  const firstDir = o.projectDirectory !== void 0 ? posix6.resolve(o.cwd, o.projectDirectory) : firstFile !== void 0 ? posix6.dirname(posix6.resolve(o.cwd, firstFile)) : o.cwd;
  const first = projectEnvironment({ projectDir: firstDir, envFiles: o.envFiles, processEnv, cwd: o.cwd });
  const found = findComposeFiles(o.cwd, { files: o.files, env: first.environment, projectDirectory: o.projectDirectory, warn: o.warn });
  const explicit = (o.envFiles?.length ?? 0) > 0 || !!processEnv.COMPOSE_ENV_FILES;
  if (explicit || found.workingDir === firstDir)
    return { environment: first.environment, found };
  const second = projectEnvironment({ projectDir: found.workingDir, processEnv, inherited: first.environment, cwd: o.cwd });
  return { environment: second.environment, found };
}

// packages/compose/dist/load/project-name.js
import { posix as posix7 } from "node:path";
function normalizeProjectName(name) {
  return name.toLowerCase().replace(/[^a-z0-9_-]+/g, "").replace(/^[_-]+/, "");
}
function invalidProjectName(name) {
  return new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_PROJECT_NAME, `invalid project name ${JSON.stringify(name)}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`);
}
function resolveProjectName(src) {
  const explicit = (v) => {
    if (v === void 0 || v === "")
      return void 0;
    if (normalizeProjectName(v) !== v)
      throw invalidProjectName(v);
    return v;
  };
  const fromFlag = explicit(src.flag);
  if (fromFlag)
    return fromFlag;
  const lookup = typeof src.env === "function" ? src.env : (name) => src.env?.[name];
  const fromEnv = explicit(lookup("COMPOSE_PROJECT_NAME"));
  if (fromEnv)
    return fromEnv;
  if (typeof src.topLevelName === "string" && src.topLevelName !== "") {
    const n = normalizeProjectName(src.topLevelName);
    if (n !== "")
      return n;
  }
  const fromDir = normalizeProjectName(posix7.basename(posix7.resolve(src.dir)));
  if (fromDir === "") {
    throw new ComposeFileError(COMPOSE_ERROR_CODES.EMPTY_PROJECT_NAME, "project name must not be empty", {
      hint: 'set one with -p, COMPOSE_PROJECT_NAME or a top-level "name:"'
    });
  }
  return fromDir;
}

// packages/compose/dist/load/profiles.js
function applyProfiles(model2, activeProfiles, targetedServices = [], opts = {}) {
  const services2 = isPlainObject(model2.services) ? model2.services : {};
  const profilesOf = (name) => {
    const p = services2[name]?.profiles;
    return Array.isArray(p) ? p.map(String) : typeof p === "string" ? [p] : [];
  };
  const active = [...activeProfiles];
  const isEnabled = (name, profiles) => {
    const own = profilesOf(name);
    return own.length === 0 || profiles.includes("*") || own.some((p) => profiles.includes(p));
  };
  for (const t of targetedServices) {
    if (!Object.hasOwn(services2, t)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.NO_SUCH_SERVICE, `no such service: ${t}`);
    }
    if (!isEnabled(t, activeProfiles)) {
      for (const p of profilesOf(t))
        if (!active.includes(p))
          active.push(p);
    }
  }
  const enabled = [];
  const disabled = {};
  for (const name of Object.keys(services2)) {
    if (isEnabled(name, active))
      enabled.push(name);
    else
      disabled[name] = profilesOf(name);
  }
  const kept = {};
  for (const name of enabled) {
    kept[name] = dropDisabledDependencies(name, services2[name], disabled, opts.strict !== false);
  }
  return { model: { ...model2, services: kept }, activeProfiles: active, enabled, disabled };
}
function dropDisabledDependencies(name, svc, disabled, strict) {
  if (!isPlainObject(svc))
    return svc;
  const fail2 = (dep) => {
    throw new ComposeFileError(COMPOSE_ERROR_CODES.SERVICE_DISABLED, `service "${dep}" is required by "${name}" but is disabled. Can be enabled by profiles [${disabled[dep].join(" ")}]`, { hint: `enable one of those profiles with --profile or COMPOSE_PROFILES` });
  };
  const isOff = (dep) => Object.hasOwn(disabled, dep);
  let out = svc;
  const dependsOn3 = svc.depends_on;
  if (Array.isArray(dependsOn3)) {
    for (const d of dependsOn3)
      if (typeof d === "string" && isOff(d) && strict)
        fail2(d);
  } else if (isPlainObject(dependsOn3)) {
    const next = {};
    let changed = false;
    for (const [dep, cfg] of Object.entries(dependsOn3)) {
      if (!isOff(dep)) {
        next[dep] = cfg;
        continue;
      }
      const required = !(isPlainObject(cfg) && (cfg.required === false || cfg.required === "false"));
      if (required) {
        if (strict)
          fail2(dep);
        next[dep] = cfg;
      } else
        changed = true;
    }
    if (changed)
      out = { ...out, depends_on: next };
  }
  if (!strict)
    return out;
  const refs = [];
  if (Array.isArray(svc.links)) {
    for (const l of svc.links)
      if (typeof l === "string")
        refs.push(l.split(":")[0]);
  }
  if (Array.isArray(svc.volumes_from)) {
    for (const v of svc.volumes_from)
      if (typeof v === "string" && !v.startsWith("container:"))
        refs.push(v.split(":")[0]);
  }
  for (const key of ["network_mode", "pid", "ipc"]) {
    const v = svc[key];
    if (typeof v === "string" && v.startsWith("service:"))
      refs.push(v.slice("service:".length));
  }
  for (const r of refs)
    if (isOff(r))
      fail2(r);
  return out;
}
function profilesFromEnv(value) {
  if (!value)
    return [];
  return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

// packages/compose/dist/schema/compose-validator.generated.js
var VALIDATOR_SOURCE = `"use strict";const schema6 = {"$id":"https://tsc-compose.dev/compose-spec.json","definitions":{"list_or_dict":{"oneOf":[{"type":"object","patternProperties":{".+":{"type":["string","number","boolean","null"]}},"additionalProperties":false},{"type":"array","items":{"type":"string"},"uniqueItems":true}]},"options":{"type":"object","patternProperties":{"^.+$":{"type":["string","number"]}},"additionalProperties":false},"ulimits":{"type":"object","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"]},{"type":"object","properties":{"hard":{"type":["integer","string"]},"soft":{"type":["integer","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["soft","hard"]}]}},"additionalProperties":false},"file_reference":{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"source":{"type":"string"},"target":{"type":"string"},"uid":{"type":"string"},"gid":{"type":"string"},"mode":{"type":["number","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"external":{"oneOf":[{"type":["boolean","string"]},{"type":"object","properties":{"name":{"type":"string"}},"additionalProperties":false}]},"string_or_list":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"blkio_limit":{"type":"object","properties":{"path":{"type":"string"},"rate":{"type":["integer","string"]}},"additionalProperties":false},"blkio_weight":{"type":"object","properties":{"path":{"type":"string"},"weight":{"type":["integer","string"]}},"additionalProperties":false}},"type":"object","properties":{"version":{"type":"string"},"name":{"type":"string"},"include":{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list"},"env_file":{"$ref":"#/definitions/string_or_list"},"project_directory":{"type":"string"}},"additionalProperties":false}]}},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"develop":{"type":"object","properties":{"watch":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"action":{"enum":["rebuild","sync","restart","sync+restart","sync+exec"]},"ignore":{"$ref":"#/definitions/string_or_list"},"include":{"$ref":"#/definitions/string_or_list"},"target":{"type":"string"},"initial_sync":{"type":"boolean"},"exec":{"type":"object","properties":{"command":{"oneOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"type":"string"}}]},"user":{"type":"string"},"privileged":{"type":["boolean","string"]},"working_dir":{"type":"string"},"environment":{"$ref":"#/definitions/list_or_dict"}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["path","action"]}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deploy":{"type":["object","null"],"properties":{"mode":{"type":"string"},"endpoint_mode":{"type":"string"},"replicas":{"type":["integer","string"]},"labels":{"$ref":"#/definitions/list_or_dict"},"rollback_config":{"type":"object","properties":{"parallelism":{"type":["integer","string"]},"delay":{"type":"string"},"failure_action":{"type":"string"},"monitor":{"type":"string"},"max_failure_ratio":{"type":["number","string"]},"order":{"enum":["start-first","stop-first"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","properties":{"parallelism":{"type":["integer","string"]},"delay":{"type":"string"},"failure_action":{"type":"string"},"monitor":{"type":"string"},"max_failure_ratio":{"type":["number","string"]},"order":{"enum":["start-first","stop-first"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","properties":{"limits":{"type":"object","properties":{"cpus":{"type":["number","string"]},"memory":{"type":["string","number"]},"pids":{"type":["integer","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","properties":{"cpus":{"type":["number","string"]},"memory":{"type":["string","number"]},"generic_resources":{"type":"array","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","properties":{"kind":{"type":"string"},"value":{"type":["number","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","items":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"count":{"oneOf":[{"type":"string"},{"type":"integer"}]},"device_ids":{"type":"array","items":{"type":"string"}},"driver":{"type":"string"},"options":{"$ref":"#/definitions/list_or_dict"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","properties":{"condition":{"type":"string"},"delay":{"type":"string"},"max_attempts":{"type":["integer","string"]},"window":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","properties":{"constraints":{"type":"array","items":{"type":"string"}},"preferences":{"type":"array","items":{"type":"object","properties":{"spread":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"patternProperties":{"^x-":{}},"additionalProperties":false},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"oneOf":[{"type":"string"},{"type":"object","properties":{"context":{"type":"string"},"dockerfile":{"type":"string"},"dockerfile_inline":{"type":"string"},"entitlements":{"type":"array","items":{"type":"string"}},"args":{"$ref":"#/definitions/list_or_dict"},"ssh":{"$ref":"#/definitions/list_or_dict"},"labels":{"$ref":"#/definitions/list_or_dict"},"cache_from":{"type":"array","items":{"type":"string"}},"cache_to":{"type":"array","items":{"type":"string"}},"no_cache":{"type":["boolean","string"]},"additional_contexts":{"$ref":"#/definitions/list_or_dict"},"network":{"type":"string"},"provenance":{"type":["string","boolean"]},"sbom":{"type":["string","boolean"]},"pull":{"type":["boolean","string"]},"target":{"type":"string"},"shm_size":{"type":["string","number"]},"extra_hosts":{"$ref":"#/definitions/list_or_dict"},"isolation":{"type":"string"},"privileged":{"type":["boolean","string"]},"secrets":{"$ref":"#/definitions/file_reference"},"tags":{"type":"array","items":{"type":"string"}},"ulimits":{"$ref":"#/definitions/ulimits"},"platforms":{"type":"array","items":{"type":"string"}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","properties":{"device_read_bps":{"type":"array","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"]},"weight_device":{"type":"array","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true},"cgroup":{"enum":["host","private"]},"cgroup_parent":{"type":"string"},"command":{"oneOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"type":"string"}}]},"configs":{"$ref":"#/definitions/file_reference"},"container_name":{"type":"string"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}]},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}]},"cpu_shares":{"type":["number","string"]},"cpu_quota":{"type":["number","string"]},"cpu_period":{"type":["number","string"]},"cpu_rt_period":{"type":["number","string"]},"cpu_rt_runtime":{"type":["number","string"]},"cpus":{"type":["number","string"]},"cpuset":{"type":"string"},"credential_spec":{"type":"object","properties":{"config":{"type":"string"},"file":{"type":"string"},"registry":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"type":"array","items":{"type":"string"},"uniqueItems":true},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"restart":{"type":["boolean","string"]},"required":{"type":"boolean"},"condition":{"enum":["service_started","service_healthy","service_completed_successfully"]}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["condition"]}},"additionalProperties":false}]},"device_cgroup_rules":{"type":"array","items":{"type":"string"}},"devices":{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"source":{"type":"string"},"target":{"type":"string"},"permissions":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["source"]}]}},"dns":{"$ref":"#/definitions/string_or_list"},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true},"dns_search":{"$ref":"#/definitions/string_or_list"},"domainname":{"type":"string"},"entrypoint":{"oneOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"type":"string"}}]},"env_file":{"oneOf":[{"type":"string"},{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"type":"string"},"format":{"type":"string"},"required":{"type":["boolean","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["path"]}]}}]},"label_file":{"$ref":"#/definitions/string_or_list"},"environment":{"$ref":"#/definitions/list_or_dict"},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string"},"file":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["service"]}]},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true},"extra_hosts":{"$ref":"#/definitions/list_or_dict"},"gpus":{"oneOf":[{"enum":["all"]},{"type":"array","items":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"count":{"oneOf":[{"type":"string"},{"type":"integer"}]},"device_ids":{"type":"array","items":{"type":"string"}},"driver":{"type":"string"},"options":{"$ref":"#/definitions/list_or_dict"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}]},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true},"healthcheck":{"type":"object","properties":{"disable":{"type":["boolean","string"]},"interval":{"type":"string"},"retries":{"type":["number","string"]},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"timeout":{"type":"string"},"start_period":{"type":"string"},"start_interval":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"hostname":{"type":"string"},"image":{"type":"string"},"init":{"type":["boolean","string"]},"ipc":{"type":"string"},"isolation":{"type":"string"},"labels":{"$ref":"#/definitions/list_or_dict"},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true},"logging":{"type":"object","properties":{"driver":{"type":"string"},"options":{"type":"object","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string"},"mem_limit":{"type":["string","number"]},"mem_reservation":{"type":["string","number"]},"mem_swappiness":{"type":["integer","string"]},"memswap_limit":{"type":["string","number"]},"network_mode":{"type":"string"},"networks":{"oneOf":[{"type":"array","items":{"type":"string"},"uniqueItems":true},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"type":"array","items":{"type":"string"}},"interface_name":{"type":"string"},"ipv4_address":{"type":"string"},"ipv6_address":{"type":"string"},"link_local_ips":{"type":"array","items":{"type":"string"}},"mac_address":{"type":"string"},"driver_opts":{"$ref":"#/definitions/options"},"priority":{"type":"number"},"gw_priority":{"type":"number"}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}]},"models":{"oneOf":[{"type":"array","items":{"type":"string"},"uniqueItems":true},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"endpoint_var":{"type":"string"},"model_var":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}]},"oom_kill_disable":{"type":["boolean","string"]},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}]},"pid":{"type":["string","null"]},"pids_limit":{"type":["number","string"]},"platform":{"type":"string"},"ports":{"type":"array","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string"},"mode":{"type":"string"},"host_ip":{"type":"string"},"target":{"type":["integer","string"]},"published":{"type":["string","number"]},"protocol":{"type":"string"},"app_protocol":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"post_start":{"type":"array","items":{"type":"object","properties":{"command":{"oneOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"type":"string"}}]},"user":{"type":"string"},"privileged":{"type":["boolean","string"]},"working_dir":{"type":"string"},"environment":{"$ref":"#/definitions/list_or_dict"}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]}},"pre_stop":{"type":"array","items":{"type":"object","properties":{"command":{"oneOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"type":"string"}}]},"user":{"type":"string"},"privileged":{"type":["boolean","string"]},"working_dir":{"type":"string"},"environment":{"$ref":"#/definitions/list_or_dict"}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]}},"privileged":{"type":["boolean","string"]},"profiles":{"type":"array","items":{"type":"string"},"uniqueItems":true},"pull_policy":{"oneOf":[{"enum":["always","never","if_not_present","build","missing","refresh"]},{"type":"string","pattern":"^every_"}]},"pull_refresh_after":{"type":"string"},"read_only":{"type":["boolean","string"]},"restart":{"type":"string"},"runtime":{"type":"string"},"scale":{"type":["integer","string"]},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true},"shm_size":{"type":["string","number"]},"secrets":{"$ref":"#/definitions/file_reference"},"sysctls":{"$ref":"#/definitions/list_or_dict"},"stdin_open":{"type":["boolean","string"]},"stop_grace_period":{"type":"string"},"stop_signal":{"type":"string"},"storage_opt":{"type":"object"},"tmpfs":{"$ref":"#/definitions/string_or_list"},"tty":{"type":["boolean","string"]},"ulimits":{"$ref":"#/definitions/ulimits"},"use_api_socket":{"type":"boolean"},"user":{"type":"string"},"uts":{"type":"string"},"userns_mode":{"type":"string"},"volumes":{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"type":{"enum":["bind","volume","tmpfs","cluster","npipe","image"]},"source":{"type":"string"},"target":{"type":"string"},"read_only":{"type":["boolean","string"]},"consistency":{"type":"string"},"bind":{"type":"object","properties":{"propagation":{"type":"string"},"create_host_path":{"type":["boolean","string"]},"recursive":{"enum":["enabled","disabled","writable","readonly"]},"selinux":{"enum":["z","Z"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","properties":{"nocopy":{"type":["boolean","string"]},"subpath":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}]},"mode":{"type":["number","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","properties":{"subpath":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["type"]}]}},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true},"working_dir":{"type":"string"}},"patternProperties":{"^x-":{}},"additionalProperties":false}},"additionalProperties":false},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"name":{"type":"string"},"model":{"type":"string"},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":["object","null"],"properties":{"name":{"type":"string"},"driver":{"type":"string"},"driver_opts":{"$ref":"#/definitions/options"},"ipam":{"type":"object","properties":{"driver":{"type":"string"},"config":{"type":"array","items":{"type":"object","properties":{"subnet":{"type":"string"},"ip_range":{"type":"string"},"gateway":{"type":"string"},"aux_addresses":{"type":"object","patternProperties":{"^.+$":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","patternProperties":{"^.+$":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"$ref":"#/definitions/external"},"internal":{"type":["boolean","string"]},"enable_ipv4":{"type":["boolean","string"]},"enable_ipv6":{"type":["boolean","string"]},"attachable":{"type":["boolean","string"]},"labels":{"$ref":"#/definitions/list_or_dict"}},"patternProperties":{"^x-":{}},"additionalProperties":false}},"additionalProperties":false},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":["object","null"],"properties":{"name":{"type":"string"},"driver":{"type":"string"},"driver_opts":{"$ref":"#/definitions/options"},"external":{"$ref":"#/definitions/external"},"labels":{"$ref":"#/definitions/list_or_dict"}},"patternProperties":{"^x-":{}},"additionalProperties":false}},"additionalProperties":false},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"name":{"type":"string"},"environment":{"type":"string"},"file":{"type":"string"},"external":{"$ref":"#/definitions/external"},"labels":{"$ref":"#/definitions/list_or_dict"},"driver":{"type":"string"},"driver_opts":{"$ref":"#/definitions/options"},"template_driver":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"name":{"type":"string"},"content":{"type":"string"},"environment":{"type":"string"},"file":{"type":"string"},"external":{"$ref":"#/definitions/external"},"labels":{"$ref":"#/definitions/list_or_dict"},"template_driver":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false}},"patternProperties":{"^x-":{}},"additionalProperties":false};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^x-", "u");const pattern1 = new RegExp("^[a-zA-Z0-9._-]+$", "u");const pattern36 = new RegExp("^.+$", "u");const pattern48 = new RegExp("^every_", "u");const schema7 = {"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate22.errors = vErrors;return errors === 0;}const schema8 = {"oneOf":[{"type":"object","patternProperties":{".+":{"type":["string","number","boolean","null"]}},"additionalProperties":false},{"type":"array","items":{"type":"string"},"uniqueItems":true}]};const pattern7 = new RegExp(".+", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern7.test(key0))){const err0 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}for(const key1 in data){if(pattern7.test(key1)){let data0 = data[key1];if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs6 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err4 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break;}indices0[item0] = i1;}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs6 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate27.errors = vErrors;return errors === 0;}const schema9 = {"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","properties":{"source":{"type":"string"},"target":{"type":"string"},"uid":{"type":"string"},"gid":{"type":"string"},"mode":{"type":["number","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs2 = errors;let valid2 = false;let passing0 = null;const _errs3 = errors;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs3 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs5 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key0 in data0){if(!((((((key0 === "source") || (key0 === "target")) || (key0 === "uid")) || (key0 === "gid")) || (key0 === "mode")) || (pattern0.test(key0)))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.source !== undefined){if(typeof data0.source !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/source",schemaPath:"#/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.target !== undefined){if(typeof data0.target !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/target",schemaPath:"#/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.uid !== undefined){if(typeof data0.uid !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/uid",schemaPath:"#/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.gid !== undefined){if(typeof data0.gid !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/gid",schemaPath:"#/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.mode !== undefined){let data5 = data0.mode;if((!(typeof data5 == "number")) && (typeof data5 !== "string")){const err6 = {instancePath:instancePath+"/" + i0+"/mode",schemaPath:"#/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema9.items.oneOf[1].properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate37.errors = vErrors;return errors === 0;}const schema10 = {"type":"object","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"]},{"type":"object","properties":{"hard":{"type":["integer","string"]},"soft":{"type":["integer","string"]}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["soft","hard"]}]}},"additionalProperties":false};const pattern23 = new RegExp("^[a-z]+$", "u");function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern23.test(key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}for(const key1 in data){if(pattern23.test(key1)){let data0 = data[key1];const _errs3 = errors;let valid1 = false;let passing0 = null;const _errs4 = errors;if((!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) && (typeof data0 !== "string")){const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema10.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs4 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs6 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.soft === undefined){const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.hard === undefined){const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key2 in data0){if(!(((key2 === "hard") || (key2 === "soft")) || (pattern0.test(key2)))){const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.hard !== undefined){let data1 = data0.hard;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1")+"/hard",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema10.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.soft !== undefined){let data2 = data0.soft;if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1")+"/soft",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema10.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs6 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err8 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate39.errors = vErrors;return errors === 0;}const schema11 = {"type":"object","properties":{"path":{"type":"string"},"rate":{"type":["integer","string"]}},"additionalProperties":false};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "path") || (key0 === "rate"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){if(typeof data.path !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.rate !== undefined){let data1 = data.rate;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err2 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: schema11.properties.rate.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate41.errors = vErrors;return errors === 0;}const schema12 = {"type":"object","properties":{"path":{"type":"string"},"weight":{"type":["integer","string"]}},"additionalProperties":false};function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "path") || (key0 === "weight"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){if(typeof data.path !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.weight !== undefined){let data1 = data.weight;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: schema12.properties.weight.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate46.errors = vErrors;return errors === 0;}const schema13 = {"type":"object","patternProperties":{"^.+$":{"type":["string","number"]}},"additionalProperties":false};function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern36.test(key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}for(const key1 in data){if(pattern36.test(key1)){let data0 = data[key1];if((typeof data0 !== "string") && (!(typeof data0 == "number"))){const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema13.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate56.errors = vErrors;return errors === 0;}const schema14 = {"oneOf":[{"type":["boolean","string"]},{"type":"object","properties":{"name":{"type":"string"}},"additionalProperties":false}]};function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if((typeof data !== "boolean") && (typeof data !== "string")){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: schema14.oneOf[0].type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "name")){const err1 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate65.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://tsc-compose.dev/compose-spec.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema6.properties, key0)) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.version !== undefined){if(typeof data.version !== "string"){const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.include !== undefined){let data2 = data.include;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];const _errs9 = errors;let valid3 = false;let passing0 = null;const _errs10 = errors;if(typeof data3 !== "string"){const err3 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs10 === errors;if(_valid0){valid3 = true;passing0 = 0;}const _errs12 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(((key1 === "path") || (key1 === "env_file")) || (key1 === "project_directory"))){const err4 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data3.path !== undefined){if(!(validate22(data3.path, {instancePath:instancePath+"/include/" + i0+"/path",parentData:data3,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data3.env_file !== undefined){if(!(validate22(data3.env_file, {instancePath:instancePath+"/include/" + i0+"/env_file",parentData:data3,parentDataProperty:"env_file",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data3.project_directory !== undefined){if(typeof data3.project_directory !== "string"){const err5 = {instancePath:instancePath+"/include/" + i0+"/project_directory",schemaPath:"#/properties/include/items/oneOf/1/properties/project_directory/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs12 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 1];}else {if(_valid0){valid3 = true;passing0 = 1;}}if(!valid3){const err7 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}}}else {const err8 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.services !== undefined){let data7 = data.services;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){if(!(pattern1.test(key2))){const err9 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}for(const key3 in data7){if(pattern1.test(key3)){let data8 = data7[key3];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key4 in data8){if(!((func2.call(schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties, key4)) || (pattern0.test(key4)))){const err10 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data8.develop !== undefined){let data9 = data8.develop;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key5 in data9){if(!((key5 === "watch") || (pattern0.test(key5)))){const err11 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data9.watch !== undefined){let data10 = data9.watch;if(Array.isArray(data10)){const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.path === undefined){const err12 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data11.action === undefined){const err13 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key6 in data11){if(!((((((((key6 === "path") || (key6 === "action")) || (key6 === "ignore")) || (key6 === "include")) || (key6 === "target")) || (key6 === "initial_sync")) || (key6 === "exec")) || (pattern0.test(key6)))){const err14 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data11.path !== undefined){if(typeof data11.path !== "string"){const err15 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/path",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data11.action !== undefined){let data13 = data11.action;if(!(((((data13 === "rebuild") || (data13 === "sync")) || (data13 === "restart")) || (data13 === "sync+restart")) || (data13 === "sync+exec"))){const err16 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/action",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.develop.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data11.ignore !== undefined){if(!(validate22(data11.ignore, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/ignore",parentData:data11,parentDataProperty:"ignore",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data11.include !== undefined){if(!(validate22(data11.include, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/include",parentData:data11,parentDataProperty:"include",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data11.target !== undefined){if(typeof data11.target !== "string"){const err17 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/target",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data11.initial_sync !== undefined){if(typeof data11.initial_sync !== "boolean"){const err18 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/initial_sync",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/initial_sync/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data11.exec !== undefined){let data18 = data11.exec;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.command === undefined){const err19 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}for(const key7 in data18){if(!((((((key7 === "command") || (key7 === "user")) || (key7 === "privileged")) || (key7 === "working_dir")) || (key7 === "environment")) || (pattern0.test(key7)))){const err20 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data18.command !== undefined){let data19 = data18.command;const _errs46 = errors;let valid12 = false;let passing1 = null;const _errs47 = errors;if(data19 !== null){const err21 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid1 = _errs47 === errors;if(_valid1){valid12 = true;passing1 = 0;}const _errs49 = errors;if(typeof data19 !== "string"){const err22 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid1 = _errs49 === errors;if(_valid1 && valid12){valid12 = false;passing1 = [passing1, 1];}else {if(_valid1){valid12 = true;passing1 = 1;}const _errs51 = errors;if(Array.isArray(data19)){const len2 = data19.length;for(let i2=0; i2<len2; i2++){if(typeof data19[i2] !== "string"){const err23 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/command/" + i2,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid1 = _errs51 === errors;if(_valid1 && valid12){valid12 = false;passing1 = [passing1, 2];}else {if(_valid1){valid12 = true;passing1 = 2;}}}if(!valid12){const err25 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}else {errors = _errs46;if(vErrors !== null){if(_errs46){vErrors.length = _errs46;}else {vErrors = null;}}}}if(data18.user !== undefined){if(typeof data18.user !== "string"){const err26 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/user",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data18.privileged !== undefined){let data22 = data18.privileged;if((typeof data22 !== "boolean") && (typeof data22 !== "string")){const err27 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/privileged",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/privileged/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.develop.properties.watch.items.properties.exec.properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data18.working_dir !== undefined){if(typeof data18.working_dir !== "string"){const err28 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/working_dir",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data18.environment !== undefined){if(!(validate27(data18.environment, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec/environment",parentData:data18,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err29 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1+"/exec",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/properties/exec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch/" + i1,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop/watch",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/develop",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/develop/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data8.deploy !== undefined){let data25 = data8.deploy;if((!(data25 && typeof data25 == "object" && !Array.isArray(data25))) && (data25 !== null)){const err33 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.type},message:"must be object,null"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key8 in data25){if(!((func2.call(schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties, key8)) || (pattern0.test(key8)))){const err34 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data25.mode !== undefined){if(typeof data25.mode !== "string"){const err35 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/mode",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data25.endpoint_mode !== undefined){if(typeof data25.endpoint_mode !== "string"){const err36 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/endpoint_mode",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/endpoint_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data25.replicas !== undefined){let data28 = data25.replicas;if((!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))) && (typeof data28 !== "string")){const err37 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/replicas",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/replicas/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.replicas.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data25.labels !== undefined){if(!(validate27(data25.labels, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/labels",parentData:data25,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data25.rollback_config !== undefined){let data30 = data25.rollback_config;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key9 in data30){if(!(((((((key9 === "parallelism") || (key9 === "delay")) || (key9 === "failure_action")) || (key9 === "monitor")) || (key9 === "max_failure_ratio")) || (key9 === "order")) || (pattern0.test(key9)))){const err38 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data30.parallelism !== undefined){let data31 = data30.parallelism;if((!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) && (typeof data31 !== "string")){const err39 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config/parallelism",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/properties/parallelism/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.rollback_config.properties.parallelism.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data30.delay !== undefined){if(typeof data30.delay !== "string"){const err40 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config/delay",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data30.failure_action !== undefined){if(typeof data30.failure_action !== "string"){const err41 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config/failure_action",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data30.monitor !== undefined){if(typeof data30.monitor !== "string"){const err42 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config/monitor",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data30.max_failure_ratio !== undefined){let data35 = data30.max_failure_ratio;if((!(typeof data35 == "number")) && (typeof data35 !== "string")){const err43 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config/max_failure_ratio",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.rollback_config.properties.max_failure_ratio.type},message:"must be number,string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data30.order !== undefined){let data36 = data30.order;if(!((data36 === "start-first") || (data36 === "stop-first"))){const err44 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config/order",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.rollback_config.properties.order.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/rollback_config",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/rollback_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data25.update_config !== undefined){let data37 = data25.update_config;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key10 in data37){if(!(((((((key10 === "parallelism") || (key10 === "delay")) || (key10 === "failure_action")) || (key10 === "monitor")) || (key10 === "max_failure_ratio")) || (key10 === "order")) || (pattern0.test(key10)))){const err46 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data37.parallelism !== undefined){let data38 = data37.parallelism;if((!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))) && (typeof data38 !== "string")){const err47 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config/parallelism",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/properties/parallelism/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.update_config.properties.parallelism.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data37.delay !== undefined){if(typeof data37.delay !== "string"){const err48 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config/delay",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data37.failure_action !== undefined){if(typeof data37.failure_action !== "string"){const err49 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config/failure_action",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data37.monitor !== undefined){if(typeof data37.monitor !== "string"){const err50 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config/monitor",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data37.max_failure_ratio !== undefined){let data42 = data37.max_failure_ratio;if((!(typeof data42 == "number")) && (typeof data42 !== "string")){const err51 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config/max_failure_ratio",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.update_config.properties.max_failure_ratio.type},message:"must be number,string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data37.order !== undefined){let data43 = data37.order;if(!((data43 === "start-first") || (data43 === "stop-first"))){const err52 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config/order",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.update_config.properties.order.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/update_config",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/update_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data25.resources !== undefined){let data44 = data25.resources;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){for(const key11 in data44){if(!(((key11 === "limits") || (key11 === "reservations")) || (pattern0.test(key11)))){const err54 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data44.limits !== undefined){let data45 = data44.limits;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key12 in data45){if(!((((key12 === "cpus") || (key12 === "memory")) || (key12 === "pids")) || (pattern0.test(key12)))){const err55 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/limits",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data45.cpus !== undefined){let data46 = data45.cpus;if((!(typeof data46 == "number")) && (typeof data46 !== "string")){const err56 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/limits/cpus",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data45.memory !== undefined){let data47 = data45.memory;if((typeof data47 !== "string") && (!(typeof data47 == "number"))){const err57 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/limits/memory",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.resources.properties.limits.properties.memory.type},message:"must be string,number"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data45.pids !== undefined){let data48 = data45.pids;if((!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))) && (typeof data48 !== "string")){const err58 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/limits/pids",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.resources.properties.limits.properties.pids.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/limits",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data44.reservations !== undefined){let data49 = data44.reservations;if(data49 && typeof data49 == "object" && !Array.isArray(data49)){for(const key13 in data49){if(!(((((key13 === "cpus") || (key13 === "memory")) || (key13 === "generic_resources")) || (key13 === "devices")) || (pattern0.test(key13)))){const err60 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data49.cpus !== undefined){let data50 = data49.cpus;if((!(typeof data50 == "number")) && (typeof data50 !== "string")){const err61 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/cpus",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/cpus/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.resources.properties.reservations.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data49.memory !== undefined){let data51 = data49.memory;if((typeof data51 !== "string") && (!(typeof data51 == "number"))){const err62 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/memory",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/memory/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.resources.properties.reservations.properties.memory.type},message:"must be string,number"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data49.generic_resources !== undefined){let data52 = data49.generic_resources;if(Array.isArray(data52)){const len3 = data52.length;for(let i3=0; i3<len3; i3++){let data53 = data52[i3];if(data53 && typeof data53 == "object" && !Array.isArray(data53)){for(const key14 in data53){if(!((key14 === "discrete_resource_spec") || (pattern0.test(key14)))){const err63 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/generic_resources/" + i3,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/generic_resources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data53.discrete_resource_spec !== undefined){let data54 = data53.discrete_resource_spec;if(data54 && typeof data54 == "object" && !Array.isArray(data54)){for(const key15 in data54){if(!(((key15 === "kind") || (key15 === "value")) || (pattern0.test(key15)))){const err64 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/generic_resources/" + i3+"/discrete_resource_spec",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data54.kind !== undefined){if(typeof data54.kind !== "string"){const err65 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/generic_resources/" + i3+"/discrete_resource_spec/kind",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data54.value !== undefined){let data56 = data54.value;if((!(typeof data56 == "number")) && (typeof data56 !== "string")){const err66 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/generic_resources/" + i3+"/discrete_resource_spec/value",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/properties/value/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.resources.properties.reservations.properties.generic_resources.items.properties.discrete_resource_spec.properties.value.type},message:"must be number,string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/generic_resources/" + i3+"/discrete_resource_spec",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/generic_resources/items/properties/discrete_resource_spec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/generic_resources/" + i3,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/generic_resources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/generic_resources",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/generic_resources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data49.devices !== undefined){let data57 = data49.devices;if(Array.isArray(data57)){const len4 = data57.length;for(let i4=0; i4<len4; i4++){let data58 = data57[i4];if(data58 && typeof data58 == "object" && !Array.isArray(data58)){for(const key16 in data58){if(!((((((key16 === "capabilities") || (key16 === "count")) || (key16 === "device_ids")) || (key16 === "driver")) || (key16 === "options")) || (pattern0.test(key16)))){const err70 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data58.capabilities !== undefined){let data59 = data58.capabilities;if(Array.isArray(data59)){const len5 = data59.length;for(let i5=0; i5<len5; i5++){if(typeof data59[i5] !== "string"){const err71 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/capabilities/" + i5,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/capabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/capabilities",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data58.count !== undefined){let data61 = data58.count;const _errs141 = errors;let valid30 = false;let passing2 = null;const _errs142 = errors;if(typeof data61 !== "string"){const err73 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}var _valid2 = _errs142 === errors;if(_valid2){valid30 = true;passing2 = 0;}const _errs144 = errors;if(!((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61)))){const err74 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}var _valid2 = _errs144 === errors;if(_valid2 && valid30){valid30 = false;passing2 = [passing2, 1];}else {if(_valid2){valid30 = true;passing2 = 1;}}if(!valid30){const err75 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/count/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}else {errors = _errs141;if(vErrors !== null){if(_errs141){vErrors.length = _errs141;}else {vErrors = null;}}}}if(data58.device_ids !== undefined){let data62 = data58.device_ids;if(Array.isArray(data62)){const len6 = data62.length;for(let i6=0; i6<len6; i6++){if(typeof data62[i6] !== "string"){const err76 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/device_ids/" + i6,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/device_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/device_ids",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/device_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data58.driver !== undefined){if(typeof data58.driver !== "string"){const err78 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/driver",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data58.options !== undefined){if(!(validate27(data58.options, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4+"/options",parentData:data58,parentDataProperty:"options",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err79 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices/" + i4,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}else {const err80 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations/devices",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources/reservations",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/properties/reservations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/resources",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data25.restart_policy !== undefined){let data66 = data25.restart_policy;if(data66 && typeof data66 == "object" && !Array.isArray(data66)){for(const key17 in data66){if(!(((((key17 === "condition") || (key17 === "delay")) || (key17 === "max_attempts")) || (key17 === "window")) || (pattern0.test(key17)))){const err83 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/restart_policy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/restart_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data66.condition !== undefined){if(typeof data66.condition !== "string"){const err84 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/restart_policy/condition",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/restart_policy/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data66.delay !== undefined){if(typeof data66.delay !== "string"){const err85 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/restart_policy/delay",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/restart_policy/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data66.max_attempts !== undefined){let data69 = data66.max_attempts;if((!((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69)))) && (typeof data69 !== "string")){const err86 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/restart_policy/max_attempts",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/restart_policy/properties/max_attempts/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.restart_policy.properties.max_attempts.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data66.window !== undefined){if(typeof data66.window !== "string"){const err87 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/restart_policy/window",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/restart_policy/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/restart_policy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/restart_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data25.placement !== undefined){let data71 = data25.placement;if(data71 && typeof data71 == "object" && !Array.isArray(data71)){for(const key18 in data71){if(!((((key18 === "constraints") || (key18 === "preferences")) || (key18 === "max_replicas_per_node")) || (pattern0.test(key18)))){const err89 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data71.constraints !== undefined){let data72 = data71.constraints;if(Array.isArray(data72)){const len7 = data72.length;for(let i7=0; i7<len7; i7++){if(typeof data72[i7] !== "string"){const err90 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement/constraints/" + i7,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/properties/constraints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement/constraints",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data71.preferences !== undefined){let data74 = data71.preferences;if(Array.isArray(data74)){const len8 = data74.length;for(let i8=0; i8<len8; i8++){let data75 = data74[i8];if(data75 && typeof data75 == "object" && !Array.isArray(data75)){for(const key19 in data75){if(!((key19 === "spread") || (pattern0.test(key19)))){const err92 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement/preferences/" + i8,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/properties/preferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data75.spread !== undefined){if(typeof data75.spread !== "string"){const err93 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement/preferences/" + i8+"/spread",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/properties/preferences/items/properties/spread/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement/preferences/" + i8,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/properties/preferences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement/preferences",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/properties/preferences/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data71.max_replicas_per_node !== undefined){let data77 = data71.max_replicas_per_node;if((!((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77)))) && (typeof data77 !== "string")){const err96 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement/max_replicas_per_node",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/properties/max_replicas_per_node/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.deploy.properties.placement.properties.max_replicas_per_node.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/deploy/placement",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/deploy/properties/placement/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}}if(data8.annotations !== undefined){if(!(validate27(data8.annotations, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/annotations",parentData:data8,parentDataProperty:"annotations",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data8.attach !== undefined){let data79 = data8.attach;if((typeof data79 !== "boolean") && (typeof data79 !== "string")){const err98 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/attach",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/attach/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.attach.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data8.build !== undefined){let data80 = data8.build;const _errs184 = errors;let valid40 = false;let passing3 = null;const _errs185 = errors;if(typeof data80 !== "string"){const err99 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}var _valid3 = _errs185 === errors;if(_valid3){valid40 = true;passing3 = 0;}const _errs187 = errors;if(data80 && typeof data80 == "object" && !Array.isArray(data80)){for(const key20 in data80){if(!((func2.call(schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.build.oneOf[1].properties, key20)) || (pattern0.test(key20)))){const err100 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data80.context !== undefined){if(typeof data80.context !== "string"){const err101 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/context",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data80.dockerfile !== undefined){if(typeof data80.dockerfile !== "string"){const err102 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/dockerfile",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data80.dockerfile_inline !== undefined){if(typeof data80.dockerfile_inline !== "string"){const err103 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/dockerfile_inline",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data80.entitlements !== undefined){let data84 = data80.entitlements;if(Array.isArray(data84)){const len9 = data84.length;for(let i9=0; i9<len9; i9++){if(typeof data84[i9] !== "string"){const err104 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/entitlements/" + i9,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/entitlements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}else {const err105 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/entitlements",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/entitlements/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data80.args !== undefined){if(!(validate27(data80.args, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/args",parentData:data80,parentDataProperty:"args",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data80.ssh !== undefined){if(!(validate27(data80.ssh, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/ssh",parentData:data80,parentDataProperty:"ssh",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data80.labels !== undefined){if(!(validate27(data80.labels, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/labels",parentData:data80,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data80.cache_from !== undefined){let data89 = data80.cache_from;if(Array.isArray(data89)){const len10 = data89.length;for(let i10=0; i10<len10; i10++){if(typeof data89[i10] !== "string"){const err106 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/cache_from/" + i10,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}else {const err107 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/cache_from",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data80.cache_to !== undefined){let data91 = data80.cache_to;if(Array.isArray(data91)){const len11 = data91.length;for(let i11=0; i11<len11; i11++){if(typeof data91[i11] !== "string"){const err108 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/cache_to/" + i11,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/cache_to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}else {const err109 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/cache_to",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/cache_to/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data80.no_cache !== undefined){let data93 = data80.no_cache;if((typeof data93 !== "boolean") && (typeof data93 !== "string")){const err110 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/no_cache",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/no_cache/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.build.oneOf[1].properties.no_cache.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data80.additional_contexts !== undefined){if(!(validate27(data80.additional_contexts, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/additional_contexts",parentData:data80,parentDataProperty:"additional_contexts",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data80.network !== undefined){if(typeof data80.network !== "string"){const err111 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/network",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data80.provenance !== undefined){let data96 = data80.provenance;if((typeof data96 !== "string") && (typeof data96 !== "boolean")){const err112 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/provenance",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/provenance/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.build.oneOf[1].properties.provenance.type},message:"must be string,boolean"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}if(data80.sbom !== undefined){let data97 = data80.sbom;if((typeof data97 !== "string") && (typeof data97 !== "boolean")){const err113 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/sbom",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/sbom/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.build.oneOf[1].properties.sbom.type},message:"must be string,boolean"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data80.pull !== undefined){let data98 = data80.pull;if((typeof data98 !== "boolean") && (typeof data98 !== "string")){const err114 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/pull",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/pull/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.build.oneOf[1].properties.pull.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data80.target !== undefined){if(typeof data80.target !== "string"){const err115 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/target",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data80.shm_size !== undefined){let data100 = data80.shm_size;if((typeof data100 !== "string") && (!(typeof data100 == "number"))){const err116 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/shm_size",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/shm_size/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.build.oneOf[1].properties.shm_size.type},message:"must be string,number"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data80.extra_hosts !== undefined){if(!(validate27(data80.extra_hosts, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/extra_hosts",parentData:data80,parentDataProperty:"extra_hosts",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data80.isolation !== undefined){if(typeof data80.isolation !== "string"){const err117 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/isolation",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data80.privileged !== undefined){let data103 = data80.privileged;if((typeof data103 !== "boolean") && (typeof data103 !== "string")){const err118 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/privileged",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/privileged/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.build.oneOf[1].properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data80.secrets !== undefined){if(!(validate37(data80.secrets, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/secrets",parentData:data80,parentDataProperty:"secrets",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}if(data80.tags !== undefined){let data105 = data80.tags;if(Array.isArray(data105)){const len12 = data105.length;for(let i12=0; i12<len12; i12++){if(typeof data105[i12] !== "string"){const err119 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/tags/" + i12,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}}else {const err120 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/tags",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data80.ulimits !== undefined){if(!(validate39(data80.ulimits, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/ulimits",parentData:data80,parentDataProperty:"ulimits",rootData}))){vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);errors = vErrors.length;}}if(data80.platforms !== undefined){let data108 = data80.platforms;if(Array.isArray(data108)){const len13 = data108.length;for(let i13=0; i13<len13; i13++){if(typeof data108[i13] !== "string"){const err121 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/platforms/" + i13,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}else {const err122 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build/platforms",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}}else {const err123 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}var _valid3 = _errs187 === errors;if(_valid3 && valid40){valid40 = false;passing3 = [passing3, 1];}else {if(_valid3){valid40 = true;passing3 = 1;}}if(!valid40){const err124 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/build",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/build/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}else {errors = _errs184;if(vErrors !== null){if(_errs184){vErrors.length = _errs184;}else {vErrors = null;}}}}if(data8.blkio_config !== undefined){let data110 = data8.blkio_config;if(data110 && typeof data110 == "object" && !Array.isArray(data110)){for(const key21 in data110){if(!((((((key21 === "device_read_bps") || (key21 === "device_read_iops")) || (key21 === "device_write_bps")) || (key21 === "device_write_iops")) || (key21 === "weight")) || (key21 === "weight_device"))){const err125 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data110.device_read_bps !== undefined){let data111 = data110.device_read_bps;if(Array.isArray(data111)){const len14 = data111.length;for(let i14=0; i14<len14; i14++){if(!(validate41(data111[i14], {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_read_bps/" + i14,parentData:data111,parentDataProperty:i14,rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err126 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_read_bps",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data110.device_read_iops !== undefined){let data113 = data110.device_read_iops;if(Array.isArray(data113)){const len15 = data113.length;for(let i15=0; i15<len15; i15++){if(!(validate41(data113[i15], {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_read_iops/" + i15,parentData:data113,parentDataProperty:i15,rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err127 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_read_iops",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data110.device_write_bps !== undefined){let data115 = data110.device_write_bps;if(Array.isArray(data115)){const len16 = data115.length;for(let i16=0; i16<len16; i16++){if(!(validate41(data115[i16], {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_write_bps/" + i16,parentData:data115,parentDataProperty:i16,rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err128 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_write_bps",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data110.device_write_iops !== undefined){let data117 = data110.device_write_iops;if(Array.isArray(data117)){const len17 = data117.length;for(let i17=0; i17<len17; i17++){if(!(validate41(data117[i17], {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_write_iops/" + i17,parentData:data117,parentDataProperty:i17,rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err129 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/device_write_iops",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data110.weight !== undefined){let data119 = data110.weight;if((!((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119)))) && (typeof data119 !== "string")){const err130 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/weight",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/properties/weight/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.blkio_config.properties.weight.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data110.weight_device !== undefined){let data120 = data110.weight_device;if(Array.isArray(data120)){const len18 = data120.length;for(let i18=0; i18<len18; i18++){if(!(validate46(data120[i18], {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/weight_device/" + i18,parentData:data120,parentDataProperty:i18,rootData}))){vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);errors = vErrors.length;}}}else {const err131 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config/weight_device",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}}else {const err132 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/blkio_config",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data8.cap_add !== undefined){let data122 = data8.cap_add;if(Array.isArray(data122)){const len19 = data122.length;for(let i19=0; i19<len19; i19++){if(typeof data122[i19] !== "string"){const err133 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cap_add/" + i19,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}let i20 = data122.length;let j0;if(i20 > 1){const indices0 = {};for(;i20--;){let item0 = data122[i20];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err134 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cap_add",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i20+" are identical)"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;break;}indices0[item0] = i20;}}}else {const err135 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cap_add",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data8.cap_drop !== undefined){let data124 = data8.cap_drop;if(Array.isArray(data124)){const len20 = data124.length;for(let i21=0; i21<len20; i21++){if(typeof data124[i21] !== "string"){const err136 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cap_drop/" + i21,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}let i22 = data124.length;let j1;if(i22 > 1){const indices1 = {};for(;i22--;){let item1 = data124[i22];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err137 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cap_drop",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i22+" are identical)"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;break;}indices1[item1] = i22;}}}else {const err138 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cap_drop",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data8.cgroup !== undefined){let data126 = data8.cgroup;if(!((data126 === "host") || (data126 === "private"))){const err139 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cgroup",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.cgroup.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data8.cgroup_parent !== undefined){if(typeof data8.cgroup_parent !== "string"){const err140 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cgroup_parent",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data8.command !== undefined){let data128 = data8.command;const _errs273 = errors;let valid69 = false;let passing4 = null;const _errs274 = errors;if(data128 !== null){const err141 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}var _valid4 = _errs274 === errors;if(_valid4){valid69 = true;passing4 = 0;}const _errs276 = errors;if(typeof data128 !== "string"){const err142 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}var _valid4 = _errs276 === errors;if(_valid4 && valid69){valid69 = false;passing4 = [passing4, 1];}else {if(_valid4){valid69 = true;passing4 = 1;}const _errs278 = errors;if(Array.isArray(data128)){const len21 = data128.length;for(let i23=0; i23<len21; i23++){if(typeof data128[i23] !== "string"){const err143 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/command/" + i23,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}}else {const err144 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}var _valid4 = _errs278 === errors;if(_valid4 && valid69){valid69 = false;passing4 = [passing4, 2];}else {if(_valid4){valid69 = true;passing4 = 2;}}}if(!valid69){const err145 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}else {errors = _errs273;if(vErrors !== null){if(_errs273){vErrors.length = _errs273;}else {vErrors = null;}}}}if(data8.configs !== undefined){if(!(validate37(data8.configs, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/configs",parentData:data8,parentDataProperty:"configs",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}if(data8.container_name !== undefined){if(typeof data8.container_name !== "string"){const err146 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/container_name",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data8.cpu_count !== undefined){let data132 = data8.cpu_count;const _errs286 = errors;let valid72 = false;let passing5 = null;const _errs287 = errors;if(typeof data132 !== "string"){const err147 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}var _valid5 = _errs287 === errors;if(_valid5){valid72 = true;passing5 = 0;}const _errs289 = errors;if(!((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132)))){const err148 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}if(typeof data132 == "number"){if(data132 < 0 || isNaN(data132)){const err149 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_count/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}var _valid5 = _errs289 === errors;if(_valid5 && valid72){valid72 = false;passing5 = [passing5, 1];}else {if(_valid5){valid72 = true;passing5 = 1;}}if(!valid72){const err150 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_count/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}else {errors = _errs286;if(vErrors !== null){if(_errs286){vErrors.length = _errs286;}else {vErrors = null;}}}}if(data8.cpu_percent !== undefined){let data133 = data8.cpu_percent;const _errs292 = errors;let valid73 = false;let passing6 = null;const _errs293 = errors;if(typeof data133 !== "string"){const err151 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_percent",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_percent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}var _valid6 = _errs293 === errors;if(_valid6){valid73 = true;passing6 = 0;}const _errs295 = errors;if(!((typeof data133 == "number") && (!(data133 % 1) && !isNaN(data133)))){const err152 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_percent",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_percent/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}if(typeof data133 == "number"){if(data133 > 100 || isNaN(data133)){const err153 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_percent",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_percent/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}if(data133 < 0 || isNaN(data133)){const err154 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_percent",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_percent/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}var _valid6 = _errs295 === errors;if(_valid6 && valid73){valid73 = false;passing6 = [passing6, 1];}else {if(_valid6){valid73 = true;passing6 = 1;}}if(!valid73){const err155 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_percent",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_percent/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}else {errors = _errs292;if(vErrors !== null){if(_errs292){vErrors.length = _errs292;}else {vErrors = null;}}}}if(data8.cpu_shares !== undefined){let data134 = data8.cpu_shares;if((!(typeof data134 == "number")) && (typeof data134 !== "string")){const err156 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_shares",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_shares/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.cpu_shares.type},message:"must be number,string"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data8.cpu_quota !== undefined){let data135 = data8.cpu_quota;if((!(typeof data135 == "number")) && (typeof data135 !== "string")){const err157 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_quota",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_quota/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.cpu_quota.type},message:"must be number,string"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data8.cpu_period !== undefined){let data136 = data8.cpu_period;if((!(typeof data136 == "number")) && (typeof data136 !== "string")){const err158 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_period",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_period/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.cpu_period.type},message:"must be number,string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data8.cpu_rt_period !== undefined){let data137 = data8.cpu_rt_period;if((!(typeof data137 == "number")) && (typeof data137 !== "string")){const err159 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_rt_period",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_rt_period/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.cpu_rt_period.type},message:"must be number,string"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data8.cpu_rt_runtime !== undefined){let data138 = data8.cpu_rt_runtime;if((!(typeof data138 == "number")) && (typeof data138 !== "string")){const err160 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpu_rt_runtime",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpu_rt_runtime/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.cpu_rt_runtime.type},message:"must be number,string"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data8.cpus !== undefined){let data139 = data8.cpus;if((!(typeof data139 == "number")) && (typeof data139 !== "string")){const err161 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpus",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpus/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}if(data8.cpuset !== undefined){if(typeof data8.cpuset !== "string"){const err162 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/cpuset",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data8.credential_spec !== undefined){let data141 = data8.credential_spec;if(data141 && typeof data141 == "object" && !Array.isArray(data141)){for(const key22 in data141){if(!((((key22 === "config") || (key22 === "file")) || (key22 === "registry")) || (pattern0.test(key22)))){const err163 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/credential_spec",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/credential_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data141.config !== undefined){if(typeof data141.config !== "string"){const err164 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/credential_spec/config",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/credential_spec/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data141.file !== undefined){if(typeof data141.file !== "string"){const err165 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/credential_spec/file",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/credential_spec/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data141.registry !== undefined){if(typeof data141.registry !== "string"){const err166 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/credential_spec/registry",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/credential_spec/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}}else {const err167 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/credential_spec",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/credential_spec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data8.depends_on !== undefined){let data145 = data8.depends_on;const _errs321 = errors;let valid75 = false;let passing7 = null;const _errs322 = errors;if(Array.isArray(data145)){const len22 = data145.length;for(let i24=0; i24<len22; i24++){if(typeof data145[i24] !== "string"){const err168 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on/" + i24,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}let i25 = data145.length;let j2;if(i25 > 1){const indices2 = {};for(;i25--;){let item2 = data145[i25];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err169 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/0/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i25+" are identical)"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;break;}indices2[item2] = i25;}}}else {const err170 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}var _valid7 = _errs322 === errors;if(_valid7){valid75 = true;passing7 = 0;}const _errs326 = errors;if(data145 && typeof data145 == "object" && !Array.isArray(data145)){for(const key23 in data145){if(!(pattern1.test(key23))){const err171 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}for(const key24 in data145){if(pattern1.test(key24)){let data147 = data145[key24];if(data147 && typeof data147 == "object" && !Array.isArray(data147)){if(data147.condition === undefined){const err172 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on/" + key24.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}for(const key25 in data147){if(!((((key25 === "restart") || (key25 === "required")) || (key25 === "condition")) || (pattern0.test(key25)))){const err173 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on/" + key24.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}if(data147.restart !== undefined){let data148 = data147.restart;if((typeof data148 !== "boolean") && (typeof data148 !== "string")){const err174 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on/" + key24.replace(/~/g, "~0").replace(/\\//g, "~1")+"/restart",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data147.required !== undefined){if(typeof data147.required !== "boolean"){const err175 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on/" + key24.replace(/~/g, "~0").replace(/\\//g, "~1")+"/required",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data147.condition !== undefined){let data150 = data147.condition;if(!(((data150 === "service_started") || (data150 === "service_healthy")) || (data150 === "service_completed_successfully"))){const err176 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on/" + key24.replace(/~/g, "~0").replace(/\\//g, "~1")+"/condition",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}}else {const err177 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on/" + key24.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}}}else {const err178 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}var _valid7 = _errs326 === errors;if(_valid7 && valid75){valid75 = false;passing7 = [passing7, 1];}else {if(_valid7){valid75 = true;passing7 = 1;}}if(!valid75){const err179 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/depends_on",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/depends_on/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}else {errors = _errs321;if(vErrors !== null){if(_errs321){vErrors.length = _errs321;}else {vErrors = null;}}}}if(data8.device_cgroup_rules !== undefined){let data151 = data8.device_cgroup_rules;if(Array.isArray(data151)){const len23 = data151.length;for(let i26=0; i26<len23; i26++){if(typeof data151[i26] !== "string"){const err180 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/device_cgroup_rules/" + i26,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/device_cgroup_rules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}}else {const err181 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/device_cgroup_rules",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/device_cgroup_rules/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data8.devices !== undefined){let data153 = data8.devices;if(Array.isArray(data153)){const len24 = data153.length;for(let i27=0; i27<len24; i27++){let data154 = data153[i27];const _errs344 = errors;let valid85 = false;let passing8 = null;const _errs345 = errors;if(typeof data154 !== "string"){const err182 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}var _valid8 = _errs345 === errors;if(_valid8){valid85 = true;passing8 = 0;}const _errs347 = errors;if(data154 && typeof data154 == "object" && !Array.isArray(data154)){if(data154.source === undefined){const err183 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}for(const key26 in data154){if(!((((key26 === "source") || (key26 === "target")) || (key26 === "permissions")) || (pattern0.test(key26)))){const err184 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data154.source !== undefined){if(typeof data154.source !== "string"){const err185 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27+"/source",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data154.target !== undefined){if(typeof data154.target !== "string"){const err186 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27+"/target",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data154.permissions !== undefined){if(typeof data154.permissions !== "string"){const err187 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27+"/permissions",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf/1/properties/permissions/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}else {const err188 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}var _valid8 = _errs347 === errors;if(_valid8 && valid85){valid85 = false;passing8 = [passing8, 1];}else {if(_valid8){valid85 = true;passing8 = 1;}}if(!valid85){const err189 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices/" + i27,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}else {errors = _errs344;if(vErrors !== null){if(_errs344){vErrors.length = _errs344;}else {vErrors = null;}}}}}else {const err190 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/devices",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}if(data8.dns !== undefined){if(!(validate22(data8.dns, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/dns",parentData:data8,parentDataProperty:"dns",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data8.dns_opt !== undefined){let data159 = data8.dns_opt;if(Array.isArray(data159)){const len25 = data159.length;for(let i28=0; i28<len25; i28++){if(typeof data159[i28] !== "string"){const err191 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/dns_opt/" + i28,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}let i29 = data159.length;let j3;if(i29 > 1){const indices3 = {};for(;i29--;){let item3 = data159[i29];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err192 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/dns_opt",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i29+" are identical)"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;break;}indices3[item3] = i29;}}}else {const err193 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/dns_opt",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data8.dns_search !== undefined){if(!(validate22(data8.dns_search, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/dns_search",parentData:data8,parentDataProperty:"dns_search",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data8.domainname !== undefined){if(typeof data8.domainname !== "string"){const err194 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/domainname",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data8.entrypoint !== undefined){let data163 = data8.entrypoint;const _errs365 = errors;let valid90 = false;let passing9 = null;const _errs366 = errors;if(data163 !== null){const err195 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/entrypoint",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/entrypoint/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}var _valid9 = _errs366 === errors;if(_valid9){valid90 = true;passing9 = 0;}const _errs368 = errors;if(typeof data163 !== "string"){const err196 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/entrypoint",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/entrypoint/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}var _valid9 = _errs368 === errors;if(_valid9 && valid90){valid90 = false;passing9 = [passing9, 1];}else {if(_valid9){valid90 = true;passing9 = 1;}const _errs370 = errors;if(Array.isArray(data163)){const len26 = data163.length;for(let i30=0; i30<len26; i30++){if(typeof data163[i30] !== "string"){const err197 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/entrypoint/" + i30,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/entrypoint/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}}else {const err198 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/entrypoint",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/entrypoint/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}var _valid9 = _errs370 === errors;if(_valid9 && valid90){valid90 = false;passing9 = [passing9, 2];}else {if(_valid9){valid90 = true;passing9 = 2;}}}if(!valid90){const err199 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/entrypoint",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/entrypoint/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}else {errors = _errs365;if(vErrors !== null){if(_errs365){vErrors.length = _errs365;}else {vErrors = null;}}}}if(data8.env_file !== undefined){let data165 = data8.env_file;const _errs375 = errors;let valid93 = false;let passing10 = null;const _errs376 = errors;if(typeof data165 !== "string"){const err200 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}var _valid10 = _errs376 === errors;if(_valid10){valid93 = true;passing10 = 0;}const _errs378 = errors;if(Array.isArray(data165)){const len27 = data165.length;for(let i31=0; i31<len27; i31++){let data166 = data165[i31];const _errs381 = errors;let valid96 = false;let passing11 = null;const _errs382 = errors;if(typeof data166 !== "string"){const err201 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}var _valid11 = _errs382 === errors;if(_valid11){valid96 = true;passing11 = 0;}const _errs384 = errors;if(data166 && typeof data166 == "object" && !Array.isArray(data166)){if(data166.path === undefined){const err202 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}for(const key27 in data166){if(!((((key27 === "path") || (key27 === "format")) || (key27 === "required")) || (pattern0.test(key27)))){const err203 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}if(data166.path !== undefined){if(typeof data166.path !== "string"){const err204 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31+"/path",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data166.format !== undefined){if(typeof data166.format !== "string"){const err205 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31+"/format",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf/1/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}if(data166.required !== undefined){let data169 = data166.required;if((typeof data169 !== "boolean") && (typeof data169 !== "string")){const err206 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31+"/required",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.env_file.oneOf[1].items.oneOf[1].properties.required.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}}else {const err207 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}var _valid11 = _errs384 === errors;if(_valid11 && valid96){valid96 = false;passing11 = [passing11, 1];}else {if(_valid11){valid96 = true;passing11 = 1;}}if(!valid96){const err208 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file/" + i31,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}else {errors = _errs381;if(vErrors !== null){if(_errs381){vErrors.length = _errs381;}else {vErrors = null;}}}}}else {const err209 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}var _valid10 = _errs378 === errors;if(_valid10 && valid93){valid93 = false;passing10 = [passing10, 1];}else {if(_valid10){valid93 = true;passing10 = 1;}}if(!valid93){const err210 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/env_file",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/env_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}else {errors = _errs375;if(vErrors !== null){if(_errs375){vErrors.length = _errs375;}else {vErrors = null;}}}}if(data8.label_file !== undefined){if(!(validate22(data8.label_file, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/label_file",parentData:data8,parentDataProperty:"label_file",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data8.environment !== undefined){if(!(validate27(data8.environment, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/environment",parentData:data8,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data8.expose !== undefined){let data172 = data8.expose;if(Array.isArray(data172)){const len28 = data172.length;for(let i32=0; i32<len28; i32++){let data173 = data172[i32];if((typeof data173 !== "string") && (!(typeof data173 == "number"))){const err211 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/expose/" + i32,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/expose/items/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.expose.items.type},message:"must be string,number"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}let i33 = data172.length;let j4;if(i33 > 1){const indices4 = {};for(;i33--;){let item4 = data172[i33];if((typeof item4 !== "string") && (!(typeof item4 == "number"))){continue;}if(typeof item4 == "string"){item4 += "_";}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err212 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/expose",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i33+" are identical)"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;break;}indices4[item4] = i33;}}}else {const err213 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/expose",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}if(data8.extends !== undefined){let data174 = data8.extends;const _errs400 = errors;let valid101 = false;let passing12 = null;const _errs401 = errors;if(typeof data174 !== "string"){const err214 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extends",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}var _valid12 = _errs401 === errors;if(_valid12){valid101 = true;passing12 = 0;}const _errs403 = errors;if(data174 && typeof data174 == "object" && !Array.isArray(data174)){if(data174.service === undefined){const err215 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extends",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/extends/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}for(const key28 in data174){if(!(((key28 === "service") || (key28 === "file")) || (pattern0.test(key28)))){const err216 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extends",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/extends/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data174.service !== undefined){if(typeof data174.service !== "string"){const err217 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extends/service",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/extends/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}if(data174.file !== undefined){if(typeof data174.file !== "string"){const err218 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extends/file",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/extends/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}}else {const err219 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extends",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/extends/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}var _valid12 = _errs403 === errors;if(_valid12 && valid101){valid101 = false;passing12 = [passing12, 1];}else {if(_valid12){valid101 = true;passing12 = 1;}}if(!valid101){const err220 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extends",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}else {errors = _errs400;if(vErrors !== null){if(_errs400){vErrors.length = _errs400;}else {vErrors = null;}}}}if(data8.external_links !== undefined){let data177 = data8.external_links;if(Array.isArray(data177)){const len29 = data177.length;for(let i34=0; i34<len29; i34++){if(typeof data177[i34] !== "string"){const err221 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/external_links/" + i34,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/external_links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}let i35 = data177.length;let j5;if(i35 > 1){const indices5 = {};for(;i35--;){let item5 = data177[i35];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err222 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/external_links",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/external_links/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i35+" are identical)"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;break;}indices5[item5] = i35;}}}else {const err223 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/external_links",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/external_links/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}if(data8.extra_hosts !== undefined){if(!(validate27(data8.extra_hosts, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/extra_hosts",parentData:data8,parentDataProperty:"extra_hosts",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data8.gpus !== undefined){let data180 = data8.gpus;const _errs416 = errors;let valid106 = false;let passing13 = null;const _errs417 = errors;if(!(data180 === "all")){const err224 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.gpus.oneOf[0].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}var _valid13 = _errs417 === errors;if(_valid13){valid106 = true;passing13 = 0;}const _errs418 = errors;if(Array.isArray(data180)){const len30 = data180.length;for(let i36=0; i36<len30; i36++){let data181 = data180[i36];if(data181 && typeof data181 == "object" && !Array.isArray(data181)){for(const key29 in data181){if(!((((((key29 === "capabilities") || (key29 === "count")) || (key29 === "device_ids")) || (key29 === "driver")) || (key29 === "options")) || (pattern0.test(key29)))){const err225 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data181.capabilities !== undefined){let data182 = data181.capabilities;if(Array.isArray(data182)){const len31 = data182.length;for(let i37=0; i37<len31; i37++){if(typeof data182[i37] !== "string"){const err226 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/capabilities/" + i37,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/capabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}}else {const err227 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/capabilities",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}if(data181.count !== undefined){let data184 = data181.count;const _errs428 = errors;let valid112 = false;let passing14 = null;const _errs429 = errors;if(typeof data184 !== "string"){const err228 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}var _valid14 = _errs429 === errors;if(_valid14){valid112 = true;passing14 = 0;}const _errs431 = errors;if(!((typeof data184 == "number") && (!(data184 % 1) && !isNaN(data184)))){const err229 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}var _valid14 = _errs431 === errors;if(_valid14 && valid112){valid112 = false;passing14 = [passing14, 1];}else {if(_valid14){valid112 = true;passing14 = 1;}}if(!valid112){const err230 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/count",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/count/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}else {errors = _errs428;if(vErrors !== null){if(_errs428){vErrors.length = _errs428;}else {vErrors = null;}}}}if(data181.device_ids !== undefined){let data185 = data181.device_ids;if(Array.isArray(data185)){const len32 = data185.length;for(let i38=0; i38<len32; i38++){if(typeof data185[i38] !== "string"){const err231 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/device_ids/" + i38,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/device_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}}else {const err232 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/device_ids",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/device_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}if(data181.driver !== undefined){if(typeof data181.driver !== "string"){const err233 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/driver",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}if(data181.options !== undefined){if(!(validate27(data181.options, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36+"/options",parentData:data181,parentDataProperty:"options",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err234 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus/" + i36,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}}else {const err235 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}var _valid13 = _errs418 === errors;if(_valid13 && valid106){valid106 = false;passing13 = [passing13, 1];}else {if(_valid13){valid106 = true;passing13 = 1;}}if(!valid106){const err236 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gpus",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/gpus/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}else {errors = _errs416;if(vErrors !== null){if(_errs416){vErrors.length = _errs416;}else {vErrors = null;}}}}if(data8.group_add !== undefined){let data189 = data8.group_add;if(Array.isArray(data189)){const len33 = data189.length;for(let i39=0; i39<len33; i39++){let data190 = data189[i39];if((typeof data190 !== "string") && (!(typeof data190 == "number"))){const err237 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/group_add/" + i39,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/group_add/items/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.group_add.items.type},message:"must be string,number"};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}let i40 = data189.length;let j6;if(i40 > 1){const indices6 = {};for(;i40--;){let item6 = data189[i40];if((typeof item6 !== "string") && (!(typeof item6 == "number"))){continue;}if(typeof item6 == "string"){item6 += "_";}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err238 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/group_add",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/group_add/uniqueItems",keyword:"uniqueItems",params:{i: i40, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i40+" are identical)"};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;break;}indices6[item6] = i40;}}}else {const err239 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/group_add",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}if(data8.healthcheck !== undefined){let data191 = data8.healthcheck;if(data191 && typeof data191 == "object" && !Array.isArray(data191)){for(const key30 in data191){if(!((((((((key30 === "disable") || (key30 === "interval")) || (key30 === "retries")) || (key30 === "test")) || (key30 === "timeout")) || (key30 === "start_period")) || (key30 === "start_interval")) || (pattern0.test(key30)))){const err240 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}if(data191.disable !== undefined){let data192 = data191.disable;if((typeof data192 !== "boolean") && (typeof data192 !== "string")){const err241 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/disable",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/disable/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.healthcheck.properties.disable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}if(data191.interval !== undefined){if(typeof data191.interval !== "string"){const err242 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/interval",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}if(data191.retries !== undefined){let data194 = data191.retries;if((!(typeof data194 == "number")) && (typeof data194 !== "string")){const err243 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/retries",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/retries/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.healthcheck.properties.retries.type},message:"must be number,string"};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}}if(data191.test !== undefined){let data195 = data191.test;const _errs454 = errors;let valid119 = false;let passing15 = null;const _errs455 = errors;if(typeof data195 !== "string"){const err244 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/test",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/test/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}var _valid15 = _errs455 === errors;if(_valid15){valid119 = true;passing15 = 0;}const _errs457 = errors;if(Array.isArray(data195)){const len34 = data195.length;for(let i41=0; i41<len34; i41++){if(typeof data195[i41] !== "string"){const err245 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/test/" + i41,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/test/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}}else {const err246 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/test",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/test/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}var _valid15 = _errs457 === errors;if(_valid15 && valid119){valid119 = false;passing15 = [passing15, 1];}else {if(_valid15){valid119 = true;passing15 = 1;}}if(!valid119){const err247 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/test",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/test/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}else {errors = _errs454;if(vErrors !== null){if(_errs454){vErrors.length = _errs454;}else {vErrors = null;}}}}if(data191.timeout !== undefined){if(typeof data191.timeout !== "string"){const err248 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/timeout",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}if(data191.start_period !== undefined){if(typeof data191.start_period !== "string"){const err249 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/start_period",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/start_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}}if(data191.start_interval !== undefined){if(typeof data191.start_interval !== "string"){const err250 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck/start_interval",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/properties/start_interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}}}else {const err251 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/healthcheck",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/healthcheck/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}}if(data8.hostname !== undefined){if(typeof data8.hostname !== "string"){const err252 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/hostname",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}if(data8.image !== undefined){if(typeof data8.image !== "string"){const err253 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/image",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}}if(data8.init !== undefined){let data202 = data8.init;if((typeof data202 !== "boolean") && (typeof data202 !== "string")){const err254 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/init",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/init/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.init.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}if(data8.ipc !== undefined){if(typeof data8.ipc !== "string"){const err255 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipc",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}}if(data8.isolation !== undefined){if(typeof data8.isolation !== "string"){const err256 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/isolation",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}}if(data8.labels !== undefined){if(!(validate27(data8.labels, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/labels",parentData:data8,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data8.links !== undefined){let data206 = data8.links;if(Array.isArray(data206)){const len35 = data206.length;for(let i42=0; i42<len35; i42++){if(typeof data206[i42] !== "string"){const err257 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/links/" + i42,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}let i43 = data206.length;let j7;if(i43 > 1){const indices7 = {};for(;i43--;){let item7 = data206[i43];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err258 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/links",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i43, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i43+" are identical)"};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;break;}indices7[item7] = i43;}}}else {const err259 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/links",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}}if(data8.logging !== undefined){let data208 = data8.logging;if(data208 && typeof data208 == "object" && !Array.isArray(data208)){for(const key31 in data208){if(!(((key31 === "driver") || (key31 === "options")) || (pattern0.test(key31)))){const err260 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/logging",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}}if(data208.driver !== undefined){if(typeof data208.driver !== "string"){const err261 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/logging/driver",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/logging/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}}if(data208.options !== undefined){let data210 = data208.options;if(data210 && typeof data210 == "object" && !Array.isArray(data210)){for(const key32 in data210){if(pattern36.test(key32)){let data211 = data210[key32];if(((typeof data211 !== "string") && (!(typeof data211 == "number"))) && (data211 !== null)){const err262 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/logging/options/" + key32.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/logging/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.logging.properties.options.patternProperties["^.+$"].type},message:"must be string,number,null"};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}}}}else {const err263 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/logging/options",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}}}else {const err264 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/logging",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}}if(data8.mac_address !== undefined){if(typeof data8.mac_address !== "string"){const err265 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/mac_address",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}}if(data8.mem_limit !== undefined){let data213 = data8.mem_limit;if((typeof data213 !== "string") && (!(typeof data213 == "number"))){const err266 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/mem_limit",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/mem_limit/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.mem_limit.type},message:"must be string,number"};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}if(data8.mem_reservation !== undefined){let data214 = data8.mem_reservation;if((typeof data214 !== "string") && (!(typeof data214 == "number"))){const err267 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/mem_reservation",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/mem_reservation/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.mem_reservation.type},message:"must be string,number"};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;}}if(data8.mem_swappiness !== undefined){let data215 = data8.mem_swappiness;if((!((typeof data215 == "number") && (!(data215 % 1) && !isNaN(data215)))) && (typeof data215 !== "string")){const err268 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/mem_swappiness",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/mem_swappiness/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.mem_swappiness.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}if(data8.memswap_limit !== undefined){let data216 = data8.memswap_limit;if((typeof data216 !== "string") && (!(typeof data216 == "number"))){const err269 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/memswap_limit",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/memswap_limit/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.memswap_limit.type},message:"must be string,number"};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}if(data8.network_mode !== undefined){if(typeof data8.network_mode !== "string"){const err270 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/network_mode",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}}if(data8.networks !== undefined){let data218 = data8.networks;const _errs504 = errors;let valid127 = false;let passing16 = null;const _errs505 = errors;if(Array.isArray(data218)){const len36 = data218.length;for(let i44=0; i44<len36; i44++){if(typeof data218[i44] !== "string"){const err271 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + i44,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;}}let i45 = data218.length;let j8;if(i45 > 1){const indices8 = {};for(;i45--;){let item8 = data218[i45];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j8 = indices8[item8];const err272 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/0/uniqueItems",keyword:"uniqueItems",params:{i: i45, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i45+" are identical)"};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;break;}indices8[item8] = i45;}}}else {const err273 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}var _valid16 = _errs505 === errors;if(_valid16){valid127 = true;passing16 = 0;}const _errs509 = errors;if(data218 && typeof data218 == "object" && !Array.isArray(data218)){for(const key33 in data218){if(!(pattern1.test(key33))){const err274 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}}for(const key34 in data218){if(pattern1.test(key34)){let data220 = data218[key34];const _errs513 = errors;let valid132 = false;let passing17 = null;const _errs514 = errors;if(data220 && typeof data220 == "object" && !Array.isArray(data220)){for(const key35 in data220){if(!((func2.call(schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key35)) || (pattern0.test(key35)))){const err275 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;}}if(data220.aliases !== undefined){let data221 = data220.aliases;if(Array.isArray(data221)){const len37 = data221.length;for(let i46=0; i46<len37; i46++){if(typeof data221[i46] !== "string"){const err276 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/aliases/" + i46,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;}}}else {const err277 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/aliases",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}}if(data220.interface_name !== undefined){if(typeof data220.interface_name !== "string"){const err278 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/interface_name",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}}if(data220.ipv4_address !== undefined){if(typeof data220.ipv4_address !== "string"){const err279 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;}}if(data220.ipv6_address !== undefined){if(typeof data220.ipv6_address !== "string"){const err280 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}}if(data220.link_local_ips !== undefined){let data226 = data220.link_local_ips;if(Array.isArray(data226)){const len38 = data226.length;for(let i47=0; i47<len38; i47++){if(typeof data226[i47] !== "string"){const err281 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/link_local_ips/" + i47,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/link_local_ips/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}}}else {const err282 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/link_local_ips",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/link_local_ips/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}if(data220.mac_address !== undefined){if(typeof data220.mac_address !== "string"){const err283 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/mac_address",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;}}if(data220.driver_opts !== undefined){if(!(validate56(data220.driver_opts, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/driver_opts",parentData:data220,parentDataProperty:"driver_opts",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}}if(data220.priority !== undefined){if(!(typeof data220.priority == "number")){const err284 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/priority",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}}if(data220.gw_priority !== undefined){if(!(typeof data220.gw_priority == "number")){const err285 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1")+"/gw_priority",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;}}}else {const err286 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}var _valid17 = _errs514 === errors;if(_valid17){valid132 = true;passing17 = 0;}const _errs538 = errors;if(data220 !== null){const err287 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}var _valid17 = _errs538 === errors;if(_valid17 && valid132){valid132 = false;passing17 = [passing17, 1];}else {if(_valid17){valid132 = true;passing17 = 1;}}if(!valid132){const err288 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks/" + key34.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}else {errors = _errs513;if(vErrors !== null){if(_errs513){vErrors.length = _errs513;}else {vErrors = null;}}}}}}else {const err289 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}var _valid16 = _errs509 === errors;if(_valid16 && valid127){valid127 = false;passing16 = [passing16, 1];}else {if(_valid16){valid127 = true;passing16 = 1;}}if(!valid127){const err290 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/networks",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/networks/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}else {errors = _errs504;if(vErrors !== null){if(_errs504){vErrors.length = _errs504;}else {vErrors = null;}}}}if(data8.models !== undefined){let data232 = data8.models;const _errs541 = errors;let valid138 = false;let passing18 = null;const _errs542 = errors;if(Array.isArray(data232)){const len39 = data232.length;for(let i48=0; i48<len39; i48++){if(typeof data232[i48] !== "string"){const err291 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models/" + i48,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}}let i49 = data232.length;let j9;if(i49 > 1){const indices9 = {};for(;i49--;){let item9 = data232[i49];if(typeof item9 !== "string"){continue;}if(typeof indices9[item9] == "number"){j9 = indices9[item9];const err292 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/0/uniqueItems",keyword:"uniqueItems",params:{i: i49, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i49+" are identical)"};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;break;}indices9[item9] = i49;}}}else {const err293 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}var _valid18 = _errs542 === errors;if(_valid18){valid138 = true;passing18 = 0;}const _errs546 = errors;if(data232 && typeof data232 == "object" && !Array.isArray(data232)){for(const key36 in data232){if(!(pattern1.test(key36))){const err294 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}}for(const key37 in data232){if(pattern1.test(key37)){let data234 = data232[key37];const _errs550 = errors;let valid143 = false;let passing19 = null;const _errs551 = errors;if(data234 && typeof data234 == "object" && !Array.isArray(data234)){for(const key38 in data234){if(!(((key38 === "endpoint_var") || (key38 === "model_var")) || (pattern0.test(key38)))){const err295 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models/" + key37.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}}if(data234.endpoint_var !== undefined){if(typeof data234.endpoint_var !== "string"){const err296 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models/" + key37.replace(/~/g, "~0").replace(/\\//g, "~1")+"/endpoint_var",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/endpoint_var/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err296];}else {vErrors.push(err296);}errors++;}}if(data234.model_var !== undefined){if(typeof data234.model_var !== "string"){const err297 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models/" + key37.replace(/~/g, "~0").replace(/\\//g, "~1")+"/model_var",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/model_var/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err297];}else {vErrors.push(err297);}errors++;}}}else {const err298 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models/" + key37.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err298];}else {vErrors.push(err298);}errors++;}var _valid19 = _errs551 === errors;if(_valid19){valid143 = true;passing19 = 0;}const _errs558 = errors;if(data234 !== null){const err299 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models/" + key37.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err299];}else {vErrors.push(err299);}errors++;}var _valid19 = _errs558 === errors;if(_valid19 && valid143){valid143 = false;passing19 = [passing19, 1];}else {if(_valid19){valid143 = true;passing19 = 1;}}if(!valid143){const err300 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models/" + key37.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err300];}else {vErrors.push(err300);}errors++;}else {errors = _errs550;if(vErrors !== null){if(_errs550){vErrors.length = _errs550;}else {vErrors = null;}}}}}}else {const err301 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err301];}else {vErrors.push(err301);}errors++;}var _valid18 = _errs546 === errors;if(_valid18 && valid138){valid138 = false;passing18 = [passing18, 1];}else {if(_valid18){valid138 = true;passing18 = 1;}}if(!valid138){const err302 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/models",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/models/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err302];}else {vErrors.push(err302);}errors++;}else {errors = _errs541;if(vErrors !== null){if(_errs541){vErrors.length = _errs541;}else {vErrors = null;}}}}if(data8.oom_kill_disable !== undefined){let data237 = data8.oom_kill_disable;if((typeof data237 !== "boolean") && (typeof data237 !== "string")){const err303 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/oom_kill_disable",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/oom_kill_disable/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.oom_kill_disable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err303];}else {vErrors.push(err303);}errors++;}}if(data8.oom_score_adj !== undefined){let data238 = data8.oom_score_adj;const _errs563 = errors;let valid145 = false;let passing20 = null;const _errs564 = errors;if(typeof data238 !== "string"){const err304 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/oom_score_adj",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/oom_score_adj/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err304];}else {vErrors.push(err304);}errors++;}var _valid20 = _errs564 === errors;if(_valid20){valid145 = true;passing20 = 0;}const _errs566 = errors;if(!((typeof data238 == "number") && (!(data238 % 1) && !isNaN(data238)))){const err305 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/oom_score_adj",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/oom_score_adj/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err305];}else {vErrors.push(err305);}errors++;}if(typeof data238 == "number"){if(data238 > 1000 || isNaN(data238)){const err306 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/oom_score_adj",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/oom_score_adj/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err306];}else {vErrors.push(err306);}errors++;}if(data238 < -1000 || isNaN(data238)){const err307 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/oom_score_adj",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/oom_score_adj/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000"};if(vErrors === null){vErrors = [err307];}else {vErrors.push(err307);}errors++;}}var _valid20 = _errs566 === errors;if(_valid20 && valid145){valid145 = false;passing20 = [passing20, 1];}else {if(_valid20){valid145 = true;passing20 = 1;}}if(!valid145){const err308 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/oom_score_adj",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/oom_score_adj/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err308];}else {vErrors.push(err308);}errors++;}else {errors = _errs563;if(vErrors !== null){if(_errs563){vErrors.length = _errs563;}else {vErrors = null;}}}}if(data8.pid !== undefined){let data239 = data8.pid;if((typeof data239 !== "string") && (data239 !== null)){const err309 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pid",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pid/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.pid.type},message:"must be string,null"};if(vErrors === null){vErrors = [err309];}else {vErrors.push(err309);}errors++;}}if(data8.pids_limit !== undefined){let data240 = data8.pids_limit;if((!(typeof data240 == "number")) && (typeof data240 !== "string")){const err310 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pids_limit",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pids_limit/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.pids_limit.type},message:"must be number,string"};if(vErrors === null){vErrors = [err310];}else {vErrors.push(err310);}errors++;}}if(data8.platform !== undefined){if(typeof data8.platform !== "string"){const err311 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/platform",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err311];}else {vErrors.push(err311);}errors++;}}if(data8.ports !== undefined){let data242 = data8.ports;if(Array.isArray(data242)){const len40 = data242.length;for(let i50=0; i50<len40; i50++){let data243 = data242[i50];const _errs577 = errors;let valid148 = false;let passing21 = null;const _errs578 = errors;if(!(typeof data243 == "number")){const err312 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err312];}else {vErrors.push(err312);}errors++;}var _valid21 = _errs578 === errors;if(_valid21){valid148 = true;passing21 = 0;}const _errs580 = errors;if(typeof data243 !== "string"){const err313 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err313];}else {vErrors.push(err313);}errors++;}var _valid21 = _errs580 === errors;if(_valid21 && valid148){valid148 = false;passing21 = [passing21, 1];}else {if(_valid21){valid148 = true;passing21 = 1;}const _errs582 = errors;if(data243 && typeof data243 == "object" && !Array.isArray(data243)){for(const key39 in data243){if(!((((((((key39 === "name") || (key39 === "mode")) || (key39 === "host_ip")) || (key39 === "target")) || (key39 === "published")) || (key39 === "protocol")) || (key39 === "app_protocol")) || (pattern0.test(key39)))){const err314 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err314];}else {vErrors.push(err314);}errors++;}}if(data243.name !== undefined){if(typeof data243.name !== "string"){const err315 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50+"/name",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err315];}else {vErrors.push(err315);}errors++;}}if(data243.mode !== undefined){if(typeof data243.mode !== "string"){const err316 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50+"/mode",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err316];}else {vErrors.push(err316);}errors++;}}if(data243.host_ip !== undefined){if(typeof data243.host_ip !== "string"){const err317 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50+"/host_ip",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err317];}else {vErrors.push(err317);}errors++;}}if(data243.target !== undefined){let data247 = data243.target;if((!((typeof data247 == "number") && (!(data247 % 1) && !isNaN(data247)))) && (typeof data247 !== "string")){const err318 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50+"/target",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/properties/target/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.ports.items.oneOf[2].properties.target.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err318];}else {vErrors.push(err318);}errors++;}}if(data243.published !== undefined){let data248 = data243.published;if((typeof data248 !== "string") && (!(typeof data248 == "number"))){const err319 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50+"/published",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/properties/published/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.ports.items.oneOf[2].properties.published.type},message:"must be string,number"};if(vErrors === null){vErrors = [err319];}else {vErrors.push(err319);}errors++;}}if(data243.protocol !== undefined){if(typeof data243.protocol !== "string"){const err320 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50+"/protocol",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err320];}else {vErrors.push(err320);}errors++;}}if(data243.app_protocol !== undefined){if(typeof data243.app_protocol !== "string"){const err321 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50+"/app_protocol",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/properties/app_protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err321];}else {vErrors.push(err321);}errors++;}}}else {const err322 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err322];}else {vErrors.push(err322);}errors++;}var _valid21 = _errs582 === errors;if(_valid21 && valid148){valid148 = false;passing21 = [passing21, 2];}else {if(_valid21){valid148 = true;passing21 = 2;}}}if(!valid148){const err323 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports/" + i50,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err323];}else {vErrors.push(err323);}errors++;}else {errors = _errs577;if(vErrors !== null){if(_errs577){vErrors.length = _errs577;}else {vErrors = null;}}}}}else {const err324 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ports",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err324];}else {vErrors.push(err324);}errors++;}}if(data8.post_start !== undefined){let data251 = data8.post_start;if(Array.isArray(data251)){const len41 = data251.length;for(let i51=0; i51<len41; i51++){let data252 = data251[i51];if(data252 && typeof data252 == "object" && !Array.isArray(data252)){if(data252.command === undefined){const err325 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};if(vErrors === null){vErrors = [err325];}else {vErrors.push(err325);}errors++;}for(const key40 in data252){if(!((((((key40 === "command") || (key40 === "user")) || (key40 === "privileged")) || (key40 === "working_dir")) || (key40 === "environment")) || (pattern0.test(key40)))){const err326 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err326];}else {vErrors.push(err326);}errors++;}}if(data252.command !== undefined){let data253 = data252.command;const _errs605 = errors;let valid153 = false;let passing22 = null;const _errs606 = errors;if(data253 !== null){const err327 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err327];}else {vErrors.push(err327);}errors++;}var _valid22 = _errs606 === errors;if(_valid22){valid153 = true;passing22 = 0;}const _errs608 = errors;if(typeof data253 !== "string"){const err328 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err328];}else {vErrors.push(err328);}errors++;}var _valid22 = _errs608 === errors;if(_valid22 && valid153){valid153 = false;passing22 = [passing22, 1];}else {if(_valid22){valid153 = true;passing22 = 1;}const _errs610 = errors;if(Array.isArray(data253)){const len42 = data253.length;for(let i52=0; i52<len42; i52++){if(typeof data253[i52] !== "string"){const err329 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/command/" + i52,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err329];}else {vErrors.push(err329);}errors++;}}}else {const err330 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err330];}else {vErrors.push(err330);}errors++;}var _valid22 = _errs610 === errors;if(_valid22 && valid153){valid153 = false;passing22 = [passing22, 2];}else {if(_valid22){valid153 = true;passing22 = 2;}}}if(!valid153){const err331 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err331];}else {vErrors.push(err331);}errors++;}else {errors = _errs605;if(vErrors !== null){if(_errs605){vErrors.length = _errs605;}else {vErrors = null;}}}}if(data252.user !== undefined){if(typeof data252.user !== "string"){const err332 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/user",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err332];}else {vErrors.push(err332);}errors++;}}if(data252.privileged !== undefined){let data256 = data252.privileged;if((typeof data256 !== "boolean") && (typeof data256 !== "string")){const err333 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/privileged",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/privileged/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.post_start.items.properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err333];}else {vErrors.push(err333);}errors++;}}if(data252.working_dir !== undefined){if(typeof data252.working_dir !== "string"){const err334 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/working_dir",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err334];}else {vErrors.push(err334);}errors++;}}if(data252.environment !== undefined){if(!(validate27(data252.environment, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51+"/environment",parentData:data252,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err335 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start/" + i51,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err335];}else {vErrors.push(err335);}errors++;}}}else {const err336 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/post_start",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/post_start/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err336];}else {vErrors.push(err336);}errors++;}}if(data8.pre_stop !== undefined){let data259 = data8.pre_stop;if(Array.isArray(data259)){const len43 = data259.length;for(let i53=0; i53<len43; i53++){let data260 = data259[i53];if(data260 && typeof data260 == "object" && !Array.isArray(data260)){if(data260.command === undefined){const err337 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};if(vErrors === null){vErrors = [err337];}else {vErrors.push(err337);}errors++;}for(const key41 in data260){if(!((((((key41 === "command") || (key41 === "user")) || (key41 === "privileged")) || (key41 === "working_dir")) || (key41 === "environment")) || (pattern0.test(key41)))){const err338 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err338];}else {vErrors.push(err338);}errors++;}}if(data260.command !== undefined){let data261 = data260.command;const _errs627 = errors;let valid159 = false;let passing23 = null;const _errs628 = errors;if(data261 !== null){const err339 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err339];}else {vErrors.push(err339);}errors++;}var _valid23 = _errs628 === errors;if(_valid23){valid159 = true;passing23 = 0;}const _errs630 = errors;if(typeof data261 !== "string"){const err340 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err340];}else {vErrors.push(err340);}errors++;}var _valid23 = _errs630 === errors;if(_valid23 && valid159){valid159 = false;passing23 = [passing23, 1];}else {if(_valid23){valid159 = true;passing23 = 1;}const _errs632 = errors;if(Array.isArray(data261)){const len44 = data261.length;for(let i54=0; i54<len44; i54++){if(typeof data261[i54] !== "string"){const err341 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/command/" + i54,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err341];}else {vErrors.push(err341);}errors++;}}}else {const err342 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err342];}else {vErrors.push(err342);}errors++;}var _valid23 = _errs632 === errors;if(_valid23 && valid159){valid159 = false;passing23 = [passing23, 2];}else {if(_valid23){valid159 = true;passing23 = 2;}}}if(!valid159){const err343 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/command",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err343];}else {vErrors.push(err343);}errors++;}else {errors = _errs627;if(vErrors !== null){if(_errs627){vErrors.length = _errs627;}else {vErrors = null;}}}}if(data260.user !== undefined){if(typeof data260.user !== "string"){const err344 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/user",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err344];}else {vErrors.push(err344);}errors++;}}if(data260.privileged !== undefined){let data264 = data260.privileged;if((typeof data264 !== "boolean") && (typeof data264 !== "string")){const err345 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/privileged",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/privileged/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.pre_stop.items.properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err345];}else {vErrors.push(err345);}errors++;}}if(data260.working_dir !== undefined){if(typeof data260.working_dir !== "string"){const err346 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/working_dir",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err346];}else {vErrors.push(err346);}errors++;}}if(data260.environment !== undefined){if(!(validate27(data260.environment, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53+"/environment",parentData:data260,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err347 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop/" + i53,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err347];}else {vErrors.push(err347);}errors++;}}}else {const err348 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pre_stop",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pre_stop/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err348];}else {vErrors.push(err348);}errors++;}}if(data8.privileged !== undefined){let data267 = data8.privileged;if((typeof data267 !== "boolean") && (typeof data267 !== "string")){const err349 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/privileged",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/privileged/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err349];}else {vErrors.push(err349);}errors++;}}if(data8.profiles !== undefined){let data268 = data8.profiles;if(Array.isArray(data268)){const len45 = data268.length;for(let i55=0; i55<len45; i55++){if(typeof data268[i55] !== "string"){const err350 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/profiles/" + i55,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/profiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err350];}else {vErrors.push(err350);}errors++;}}let i56 = data268.length;let j10;if(i56 > 1){const indices10 = {};for(;i56--;){let item10 = data268[i56];if(typeof item10 !== "string"){continue;}if(typeof indices10[item10] == "number"){j10 = indices10[item10];const err351 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/profiles",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/profiles/uniqueItems",keyword:"uniqueItems",params:{i: i56, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i56+" are identical)"};if(vErrors === null){vErrors = [err351];}else {vErrors.push(err351);}errors++;break;}indices10[item10] = i56;}}}else {const err352 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/profiles",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err352];}else {vErrors.push(err352);}errors++;}}if(data8.pull_policy !== undefined){let data270 = data8.pull_policy;const _errs650 = errors;let valid165 = false;let passing24 = null;const _errs651 = errors;if(!((((((data270 === "always") || (data270 === "never")) || (data270 === "if_not_present")) || (data270 === "build")) || (data270 === "missing")) || (data270 === "refresh"))){const err353 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pull_policy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pull_policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.pull_policy.oneOf[0].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err353];}else {vErrors.push(err353);}errors++;}var _valid24 = _errs651 === errors;if(_valid24){valid165 = true;passing24 = 0;}const _errs652 = errors;if(typeof data270 === "string"){if(!pattern48.test(data270)){const err354 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pull_policy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pull_policy/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^every_"},message:"must match pattern \\""+"^every_"+"\\""};if(vErrors === null){vErrors = [err354];}else {vErrors.push(err354);}errors++;}}else {const err355 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pull_policy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pull_policy/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err355];}else {vErrors.push(err355);}errors++;}var _valid24 = _errs652 === errors;if(_valid24 && valid165){valid165 = false;passing24 = [passing24, 1];}else {if(_valid24){valid165 = true;passing24 = 1;}}if(!valid165){const err356 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pull_policy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pull_policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err356];}else {vErrors.push(err356);}errors++;}else {errors = _errs650;if(vErrors !== null){if(_errs650){vErrors.length = _errs650;}else {vErrors = null;}}}}if(data8.pull_refresh_after !== undefined){if(typeof data8.pull_refresh_after !== "string"){const err357 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/pull_refresh_after",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/pull_refresh_after/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err357];}else {vErrors.push(err357);}errors++;}}if(data8.read_only !== undefined){let data272 = data8.read_only;if((typeof data272 !== "boolean") && (typeof data272 !== "string")){const err358 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/read_only",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/read_only/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.read_only.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err358];}else {vErrors.push(err358);}errors++;}}if(data8.restart !== undefined){if(typeof data8.restart !== "string"){const err359 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/restart",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err359];}else {vErrors.push(err359);}errors++;}}if(data8.runtime !== undefined){if(typeof data8.runtime !== "string"){const err360 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/runtime",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err360];}else {vErrors.push(err360);}errors++;}}if(data8.scale !== undefined){let data275 = data8.scale;if((!((typeof data275 == "number") && (!(data275 % 1) && !isNaN(data275)))) && (typeof data275 !== "string")){const err361 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/scale",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/scale/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.scale.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err361];}else {vErrors.push(err361);}errors++;}}if(data8.security_opt !== undefined){let data276 = data8.security_opt;if(Array.isArray(data276)){const len46 = data276.length;for(let i57=0; i57<len46; i57++){if(typeof data276[i57] !== "string"){const err362 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/security_opt/" + i57,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err362];}else {vErrors.push(err362);}errors++;}}let i58 = data276.length;let j11;if(i58 > 1){const indices11 = {};for(;i58--;){let item11 = data276[i58];if(typeof item11 !== "string"){continue;}if(typeof indices11[item11] == "number"){j11 = indices11[item11];const err363 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/security_opt",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/security_opt/uniqueItems",keyword:"uniqueItems",params:{i: i58, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i58+" are identical)"};if(vErrors === null){vErrors = [err363];}else {vErrors.push(err363);}errors++;break;}indices11[item11] = i58;}}}else {const err364 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/security_opt",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err364];}else {vErrors.push(err364);}errors++;}}if(data8.shm_size !== undefined){let data278 = data8.shm_size;if((typeof data278 !== "string") && (!(typeof data278 == "number"))){const err365 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/shm_size",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/shm_size/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.shm_size.type},message:"must be string,number"};if(vErrors === null){vErrors = [err365];}else {vErrors.push(err365);}errors++;}}if(data8.secrets !== undefined){if(!(validate37(data8.secrets, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/secrets",parentData:data8,parentDataProperty:"secrets",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}if(data8.sysctls !== undefined){if(!(validate27(data8.sysctls, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/sysctls",parentData:data8,parentDataProperty:"sysctls",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data8.stdin_open !== undefined){let data281 = data8.stdin_open;if((typeof data281 !== "boolean") && (typeof data281 !== "string")){const err366 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/stdin_open",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/stdin_open/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.stdin_open.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err366];}else {vErrors.push(err366);}errors++;}}if(data8.stop_grace_period !== undefined){if(typeof data8.stop_grace_period !== "string"){const err367 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/stop_grace_period",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/stop_grace_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err367];}else {vErrors.push(err367);}errors++;}}if(data8.stop_signal !== undefined){if(typeof data8.stop_signal !== "string"){const err368 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/stop_signal",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err368];}else {vErrors.push(err368);}errors++;}}if(data8.storage_opt !== undefined){let data284 = data8.storage_opt;if(!(data284 && typeof data284 == "object" && !Array.isArray(data284))){const err369 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/storage_opt",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/storage_opt/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err369];}else {vErrors.push(err369);}errors++;}}if(data8.tmpfs !== undefined){if(!(validate22(data8.tmpfs, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/tmpfs",parentData:data8,parentDataProperty:"tmpfs",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data8.tty !== undefined){let data286 = data8.tty;if((typeof data286 !== "boolean") && (typeof data286 !== "string")){const err370 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/tty",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/tty/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.tty.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err370];}else {vErrors.push(err370);}errors++;}}if(data8.ulimits !== undefined){if(!(validate39(data8.ulimits, {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ulimits",parentData:data8,parentDataProperty:"ulimits",rootData}))){vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);errors = vErrors.length;}}if(data8.use_api_socket !== undefined){if(typeof data8.use_api_socket !== "boolean"){const err371 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/use_api_socket",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/use_api_socket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err371];}else {vErrors.push(err371);}errors++;}}if(data8.user !== undefined){if(typeof data8.user !== "string"){const err372 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/user",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err372];}else {vErrors.push(err372);}errors++;}}if(data8.uts !== undefined){if(typeof data8.uts !== "string"){const err373 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/uts",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/uts/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err373];}else {vErrors.push(err373);}errors++;}}if(data8.userns_mode !== undefined){if(typeof data8.userns_mode !== "string"){const err374 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/userns_mode",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/userns_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err374];}else {vErrors.push(err374);}errors++;}}if(data8.volumes !== undefined){let data292 = data8.volumes;if(Array.isArray(data292)){const len47 = data292.length;for(let i59=0; i59<len47; i59++){let data293 = data292[i59];const _errs695 = errors;let valid171 = false;let passing25 = null;const _errs696 = errors;if(typeof data293 !== "string"){const err375 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err375];}else {vErrors.push(err375);}errors++;}var _valid25 = _errs696 === errors;if(_valid25){valid171 = true;passing25 = 0;}const _errs698 = errors;if(data293 && typeof data293 == "object" && !Array.isArray(data293)){if(data293.type === undefined){const err376 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err376];}else {vErrors.push(err376);}errors++;}for(const key42 in data293){if(!((func2.call(schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties, key42)) || (pattern0.test(key42)))){const err377 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err377];}else {vErrors.push(err377);}errors++;}}if(data293.type !== undefined){let data294 = data293.type;if(!((((((data294 === "bind") || (data294 === "volume")) || (data294 === "tmpfs")) || (data294 === "cluster")) || (data294 === "npipe")) || (data294 === "image"))){const err378 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/type",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err378];}else {vErrors.push(err378);}errors++;}}if(data293.source !== undefined){if(typeof data293.source !== "string"){const err379 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/source",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err379];}else {vErrors.push(err379);}errors++;}}if(data293.target !== undefined){if(typeof data293.target !== "string"){const err380 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/target",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err380];}else {vErrors.push(err380);}errors++;}}if(data293.read_only !== undefined){let data297 = data293.read_only;if((typeof data297 !== "boolean") && (typeof data297 !== "string")){const err381 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/read_only",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/read_only/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties.read_only.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err381];}else {vErrors.push(err381);}errors++;}}if(data293.consistency !== undefined){if(typeof data293.consistency !== "string"){const err382 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/consistency",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/consistency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err382];}else {vErrors.push(err382);}errors++;}}if(data293.bind !== undefined){let data299 = data293.bind;if(data299 && typeof data299 == "object" && !Array.isArray(data299)){for(const key43 in data299){if(!(((((key43 === "propagation") || (key43 === "create_host_path")) || (key43 === "recursive")) || (key43 === "selinux")) || (pattern0.test(key43)))){const err383 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/bind",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err383];}else {vErrors.push(err383);}errors++;}}if(data299.propagation !== undefined){if(typeof data299.propagation !== "string"){const err384 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/bind/propagation",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err384];}else {vErrors.push(err384);}errors++;}}if(data299.create_host_path !== undefined){let data301 = data299.create_host_path;if((typeof data301 !== "boolean") && (typeof data301 !== "string")){const err385 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/bind/create_host_path",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err385];}else {vErrors.push(err385);}errors++;}}if(data299.recursive !== undefined){let data302 = data299.recursive;if(!((((data302 === "enabled") || (data302 === "disabled")) || (data302 === "writable")) || (data302 === "readonly"))){const err386 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/bind/recursive",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err386];}else {vErrors.push(err386);}errors++;}}if(data299.selinux !== undefined){let data303 = data299.selinux;if(!((data303 === "z") || (data303 === "Z"))){const err387 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/bind/selinux",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/enum",keyword:"enum",params:{allowedValues: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err387];}else {vErrors.push(err387);}errors++;}}}else {const err388 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/bind",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err388];}else {vErrors.push(err388);}errors++;}}if(data293.volume !== undefined){let data304 = data293.volume;if(data304 && typeof data304 == "object" && !Array.isArray(data304)){for(const key44 in data304){if(!(((key44 === "nocopy") || (key44 === "subpath")) || (pattern0.test(key44)))){const err389 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/volume",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err389];}else {vErrors.push(err389);}errors++;}}if(data304.nocopy !== undefined){let data305 = data304.nocopy;if((typeof data305 !== "boolean") && (typeof data305 !== "string")){const err390 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/volume/nocopy",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err390];}else {vErrors.push(err390);}errors++;}}if(data304.subpath !== undefined){if(typeof data304.subpath !== "string"){const err391 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/volume/subpath",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err391];}else {vErrors.push(err391);}errors++;}}}else {const err392 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/volume",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err392];}else {vErrors.push(err392);}errors++;}}if(data293.tmpfs !== undefined){let data307 = data293.tmpfs;if(data307 && typeof data307 == "object" && !Array.isArray(data307)){for(const key45 in data307){if(!(((key45 === "size") || (key45 === "mode")) || (pattern0.test(key45)))){const err393 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/tmpfs",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err393];}else {vErrors.push(err393);}errors++;}}if(data307.size !== undefined){let data308 = data307.size;const _errs730 = errors;let valid176 = false;let passing26 = null;const _errs731 = errors;if(!((typeof data308 == "number") && (!(data308 % 1) && !isNaN(data308)))){const err394 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/tmpfs/size",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err394];}else {vErrors.push(err394);}errors++;}if(typeof data308 == "number"){if(data308 < 0 || isNaN(data308)){const err395 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/tmpfs/size",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err395];}else {vErrors.push(err395);}errors++;}}var _valid26 = _errs731 === errors;if(_valid26){valid176 = true;passing26 = 0;}const _errs733 = errors;if(typeof data308 !== "string"){const err396 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/tmpfs/size",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err396];}else {vErrors.push(err396);}errors++;}var _valid26 = _errs733 === errors;if(_valid26 && valid176){valid176 = false;passing26 = [passing26, 1];}else {if(_valid26){valid176 = true;passing26 = 1;}}if(!valid176){const err397 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/tmpfs/size",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err397];}else {vErrors.push(err397);}errors++;}else {errors = _errs730;if(vErrors !== null){if(_errs730){vErrors.length = _errs730;}else {vErrors = null;}}}}if(data307.mode !== undefined){let data309 = data307.mode;if((!(typeof data309 == "number")) && (typeof data309 !== "string")){const err398 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/tmpfs/mode",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: schema6.properties.services.patternProperties["^[a-zA-Z0-9._-]+$"].properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err398];}else {vErrors.push(err398);}errors++;}}}else {const err399 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/tmpfs",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err399];}else {vErrors.push(err399);}errors++;}}if(data293.image !== undefined){let data310 = data293.image;if(data310 && typeof data310 == "object" && !Array.isArray(data310)){for(const key46 in data310){if(!((key46 === "subpath") || (pattern0.test(key46)))){const err400 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/image",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err400];}else {vErrors.push(err400);}errors++;}}if(data310.subpath !== undefined){if(typeof data310.subpath !== "string"){const err401 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/image/subpath",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err401];}else {vErrors.push(err401);}errors++;}}}else {const err402 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59+"/image",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err402];}else {vErrors.push(err402);}errors++;}}}else {const err403 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err403];}else {vErrors.push(err403);}errors++;}var _valid25 = _errs698 === errors;if(_valid25 && valid171){valid171 = false;passing25 = [passing25, 1];}else {if(_valid25){valid171 = true;passing25 = 1;}}if(!valid171){const err404 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes/" + i59,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err404];}else {vErrors.push(err404);}errors++;}else {errors = _errs695;if(vErrors !== null){if(_errs695){vErrors.length = _errs695;}else {vErrors = null;}}}}}else {const err405 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err405];}else {vErrors.push(err405);}errors++;}}if(data8.volumes_from !== undefined){let data312 = data8.volumes_from;if(Array.isArray(data312)){const len48 = data312.length;for(let i60=0; i60<len48; i60++){if(typeof data312[i60] !== "string"){const err406 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes_from/" + i60,schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes_from/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err406];}else {vErrors.push(err406);}errors++;}}let i61 = data312.length;let j12;if(i61 > 1){const indices12 = {};for(;i61--;){let item12 = data312[i61];if(typeof item12 !== "string"){continue;}if(typeof indices12[item12] == "number"){j12 = indices12[item12];const err407 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes_from",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes_from/uniqueItems",keyword:"uniqueItems",params:{i: i61, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i61+" are identical)"};if(vErrors === null){vErrors = [err407];}else {vErrors.push(err407);}errors++;break;}indices12[item12] = i61;}}}else {const err408 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/volumes_from",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/volumes_from/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err408];}else {vErrors.push(err408);}errors++;}}if(data8.working_dir !== undefined){if(typeof data8.working_dir !== "string"){const err409 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1")+"/working_dir",schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err409];}else {vErrors.push(err409);}errors++;}}}else {const err410 = {instancePath:instancePath+"/services/" + key3.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/services/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err410];}else {vErrors.push(err410);}errors++;}}}}else {const err411 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err411];}else {vErrors.push(err411);}errors++;}}if(data.models !== undefined){let data315 = data.models;if(data315 && typeof data315 == "object" && !Array.isArray(data315)){for(const key47 in data315){if(!(pattern1.test(key47))){const err412 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err412];}else {vErrors.push(err412);}errors++;}}for(const key48 in data315){if(pattern1.test(key48)){let data316 = data315[key48];if(data316 && typeof data316 == "object" && !Array.isArray(data316)){for(const key49 in data316){if(!(((((key49 === "name") || (key49 === "model")) || (key49 === "context_size")) || (key49 === "runtime_flags")) || (pattern0.test(key49)))){const err413 = {instancePath:instancePath+"/models/" + key48.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err413];}else {vErrors.push(err413);}errors++;}}if(data316.name !== undefined){if(typeof data316.name !== "string"){const err414 = {instancePath:instancePath+"/models/" + key48.replace(/~/g, "~0").replace(/\\//g, "~1")+"/name",schemaPath:"#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err414];}else {vErrors.push(err414);}errors++;}}if(data316.model !== undefined){if(typeof data316.model !== "string"){const err415 = {instancePath:instancePath+"/models/" + key48.replace(/~/g, "~0").replace(/\\//g, "~1")+"/model",schemaPath:"#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err415];}else {vErrors.push(err415);}errors++;}}if(data316.context_size !== undefined){let data319 = data316.context_size;if(!((typeof data319 == "number") && (!(data319 % 1) && !isNaN(data319)))){const err416 = {instancePath:instancePath+"/models/" + key48.replace(/~/g, "~0").replace(/\\//g, "~1")+"/context_size",schemaPath:"#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/context_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err416];}else {vErrors.push(err416);}errors++;}}if(data316.runtime_flags !== undefined){let data320 = data316.runtime_flags;if(Array.isArray(data320)){const len49 = data320.length;for(let i62=0; i62<len49; i62++){if(typeof data320[i62] !== "string"){const err417 = {instancePath:instancePath+"/models/" + key48.replace(/~/g, "~0").replace(/\\//g, "~1")+"/runtime_flags/" + i62,schemaPath:"#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/runtime_flags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err417];}else {vErrors.push(err417);}errors++;}}}else {const err418 = {instancePath:instancePath+"/models/" + key48.replace(/~/g, "~0").replace(/\\//g, "~1")+"/runtime_flags",schemaPath:"#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/runtime_flags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err418];}else {vErrors.push(err418);}errors++;}}}else {const err419 = {instancePath:instancePath+"/models/" + key48.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err419];}else {vErrors.push(err419);}errors++;}}}}else {const err420 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err420];}else {vErrors.push(err420);}errors++;}}if(data.networks !== undefined){let data322 = data.networks;if(data322 && typeof data322 == "object" && !Array.isArray(data322)){for(const key50 in data322){if(!(pattern1.test(key50))){const err421 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err421];}else {vErrors.push(err421);}errors++;}}for(const key51 in data322){if(pattern1.test(key51)){let data323 = data322[key51];if((!(data323 && typeof data323 == "object" && !Array.isArray(data323))) && (data323 !== null)){const err422 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: schema6.properties.networks.patternProperties["^[a-zA-Z0-9._-]+$"].type},message:"must be object,null"};if(vErrors === null){vErrors = [err422];}else {vErrors.push(err422);}errors++;}if(data323 && typeof data323 == "object" && !Array.isArray(data323)){for(const key52 in data323){if(!((func2.call(schema6.properties.networks.patternProperties["^[a-zA-Z0-9._-]+$"].properties, key52)) || (pattern0.test(key52)))){const err423 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err423];}else {vErrors.push(err423);}errors++;}}if(data323.name !== undefined){if(typeof data323.name !== "string"){const err424 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/name",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err424];}else {vErrors.push(err424);}errors++;}}if(data323.driver !== undefined){if(typeof data323.driver !== "string"){const err425 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/driver",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err425];}else {vErrors.push(err425);}errors++;}}if(data323.driver_opts !== undefined){if(!(validate56(data323.driver_opts, {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/driver_opts",parentData:data323,parentDataProperty:"driver_opts",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}}if(data323.ipam !== undefined){let data327 = data323.ipam;if(data327 && typeof data327 == "object" && !Array.isArray(data327)){for(const key53 in data327){if(!((((key53 === "driver") || (key53 === "config")) || (key53 === "options")) || (pattern0.test(key53)))){const err426 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err426];}else {vErrors.push(err426);}errors++;}}if(data327.driver !== undefined){if(typeof data327.driver !== "string"){const err427 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/driver",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err427];}else {vErrors.push(err427);}errors++;}}if(data327.config !== undefined){let data329 = data327.config;if(Array.isArray(data329)){const len50 = data329.length;for(let i63=0; i63<len50; i63++){let data330 = data329[i63];if(data330 && typeof data330 == "object" && !Array.isArray(data330)){for(const key54 in data330){if(!(((((key54 === "subnet") || (key54 === "ip_range")) || (key54 === "gateway")) || (key54 === "aux_addresses")) || (pattern0.test(key54)))){const err428 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63,schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err428];}else {vErrors.push(err428);}errors++;}}if(data330.subnet !== undefined){if(typeof data330.subnet !== "string"){const err429 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63+"/subnet",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err429];}else {vErrors.push(err429);}errors++;}}if(data330.ip_range !== undefined){if(typeof data330.ip_range !== "string"){const err430 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63+"/ip_range",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err430];}else {vErrors.push(err430);}errors++;}}if(data330.gateway !== undefined){if(typeof data330.gateway !== "string"){const err431 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63+"/gateway",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err431];}else {vErrors.push(err431);}errors++;}}if(data330.aux_addresses !== undefined){let data334 = data330.aux_addresses;if(data334 && typeof data334 == "object" && !Array.isArray(data334)){for(const key55 in data334){if(!(pattern36.test(key55))){const err432 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63+"/aux_addresses",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err432];}else {vErrors.push(err432);}errors++;}}for(const key56 in data334){if(pattern36.test(key56)){if(typeof data334[key56] !== "string"){const err433 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63+"/aux_addresses/" + key56.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err433];}else {vErrors.push(err433);}errors++;}}}}else {const err434 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63+"/aux_addresses",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/properties/aux_addresses/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err434];}else {vErrors.push(err434);}errors++;}}}else {const err435 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config/" + i63,schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err435];}else {vErrors.push(err435);}errors++;}}}else {const err436 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/config",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err436];}else {vErrors.push(err436);}errors++;}}if(data327.options !== undefined){let data336 = data327.options;if(data336 && typeof data336 == "object" && !Array.isArray(data336)){for(const key57 in data336){if(!(pattern36.test(key57))){const err437 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/options",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err437];}else {vErrors.push(err437);}errors++;}}for(const key58 in data336){if(pattern36.test(key58)){if(typeof data336[key58] !== "string"){const err438 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/options/" + key58.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err438];}else {vErrors.push(err438);}errors++;}}}}else {const err439 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam/options",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err439];}else {vErrors.push(err439);}errors++;}}}else {const err440 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/ipam",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err440];}else {vErrors.push(err440);}errors++;}}if(data323.external !== undefined){if(!(validate65(data323.external, {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/external",parentData:data323,parentDataProperty:"external",rootData}))){vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);errors = vErrors.length;}}if(data323.internal !== undefined){let data339 = data323.internal;if((typeof data339 !== "boolean") && (typeof data339 !== "string")){const err441 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/internal",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/internal/type",keyword:"type",params:{type: schema6.properties.networks.patternProperties["^[a-zA-Z0-9._-]+$"].properties.internal.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err441];}else {vErrors.push(err441);}errors++;}}if(data323.enable_ipv4 !== undefined){let data340 = data323.enable_ipv4;if((typeof data340 !== "boolean") && (typeof data340 !== "string")){const err442 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/enable_ipv4",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/enable_ipv4/type",keyword:"type",params:{type: schema6.properties.networks.patternProperties["^[a-zA-Z0-9._-]+$"].properties.enable_ipv4.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err442];}else {vErrors.push(err442);}errors++;}}if(data323.enable_ipv6 !== undefined){let data341 = data323.enable_ipv6;if((typeof data341 !== "boolean") && (typeof data341 !== "string")){const err443 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/enable_ipv6",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/enable_ipv6/type",keyword:"type",params:{type: schema6.properties.networks.patternProperties["^[a-zA-Z0-9._-]+$"].properties.enable_ipv6.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err443];}else {vErrors.push(err443);}errors++;}}if(data323.attachable !== undefined){let data342 = data323.attachable;if((typeof data342 !== "boolean") && (typeof data342 !== "string")){const err444 = {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/attachable",schemaPath:"#/properties/networks/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/attachable/type",keyword:"type",params:{type: schema6.properties.networks.patternProperties["^[a-zA-Z0-9._-]+$"].properties.attachable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err444];}else {vErrors.push(err444);}errors++;}}if(data323.labels !== undefined){if(!(validate27(data323.labels, {instancePath:instancePath+"/networks/" + key51.replace(/~/g, "~0").replace(/\\//g, "~1")+"/labels",parentData:data323,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}}}}else {const err445 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err445];}else {vErrors.push(err445);}errors++;}}if(data.volumes !== undefined){let data344 = data.volumes;if(data344 && typeof data344 == "object" && !Array.isArray(data344)){for(const key59 in data344){if(!(pattern1.test(key59))){const err446 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err446];}else {vErrors.push(err446);}errors++;}}for(const key60 in data344){if(pattern1.test(key60)){let data345 = data344[key60];if((!(data345 && typeof data345 == "object" && !Array.isArray(data345))) && (data345 !== null)){const err447 = {instancePath:instancePath+"/volumes/" + key60.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/volumes/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: schema6.properties.volumes.patternProperties["^[a-zA-Z0-9._-]+$"].type},message:"must be object,null"};if(vErrors === null){vErrors = [err447];}else {vErrors.push(err447);}errors++;}if(data345 && typeof data345 == "object" && !Array.isArray(data345)){for(const key61 in data345){if(!((((((key61 === "name") || (key61 === "driver")) || (key61 === "driver_opts")) || (key61 === "external")) || (key61 === "labels")) || (pattern0.test(key61)))){const err448 = {instancePath:instancePath+"/volumes/" + key60.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/volumes/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err448];}else {vErrors.push(err448);}errors++;}}if(data345.name !== undefined){if(typeof data345.name !== "string"){const err449 = {instancePath:instancePath+"/volumes/" + key60.replace(/~/g, "~0").replace(/\\//g, "~1")+"/name",schemaPath:"#/properties/volumes/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err449];}else {vErrors.push(err449);}errors++;}}if(data345.driver !== undefined){if(typeof data345.driver !== "string"){const err450 = {instancePath:instancePath+"/volumes/" + key60.replace(/~/g, "~0").replace(/\\//g, "~1")+"/driver",schemaPath:"#/properties/volumes/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err450];}else {vErrors.push(err450);}errors++;}}if(data345.driver_opts !== undefined){if(!(validate56(data345.driver_opts, {instancePath:instancePath+"/volumes/" + key60.replace(/~/g, "~0").replace(/\\//g, "~1")+"/driver_opts",parentData:data345,parentDataProperty:"driver_opts",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}}if(data345.external !== undefined){if(!(validate65(data345.external, {instancePath:instancePath+"/volumes/" + key60.replace(/~/g, "~0").replace(/\\//g, "~1")+"/external",parentData:data345,parentDataProperty:"external",rootData}))){vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);errors = vErrors.length;}}if(data345.labels !== undefined){if(!(validate27(data345.labels, {instancePath:instancePath+"/volumes/" + key60.replace(/~/g, "~0").replace(/\\//g, "~1")+"/labels",parentData:data345,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}}}}else {const err451 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err451];}else {vErrors.push(err451);}errors++;}}if(data.secrets !== undefined){let data351 = data.secrets;if(data351 && typeof data351 == "object" && !Array.isArray(data351)){for(const key62 in data351){if(!(pattern1.test(key62))){const err452 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err452];}else {vErrors.push(err452);}errors++;}}for(const key63 in data351){if(pattern1.test(key63)){let data352 = data351[key63];if(data352 && typeof data352 == "object" && !Array.isArray(data352)){for(const key64 in data352){if(!(((((((((key64 === "name") || (key64 === "environment")) || (key64 === "file")) || (key64 === "external")) || (key64 === "labels")) || (key64 === "driver")) || (key64 === "driver_opts")) || (key64 === "template_driver")) || (pattern0.test(key64)))){const err453 = {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/secrets/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err453];}else {vErrors.push(err453);}errors++;}}if(data352.name !== undefined){if(typeof data352.name !== "string"){const err454 = {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/name",schemaPath:"#/properties/secrets/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err454];}else {vErrors.push(err454);}errors++;}}if(data352.environment !== undefined){if(typeof data352.environment !== "string"){const err455 = {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/environment",schemaPath:"#/properties/secrets/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err455];}else {vErrors.push(err455);}errors++;}}if(data352.file !== undefined){if(typeof data352.file !== "string"){const err456 = {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/file",schemaPath:"#/properties/secrets/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err456];}else {vErrors.push(err456);}errors++;}}if(data352.external !== undefined){if(!(validate65(data352.external, {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/external",parentData:data352,parentDataProperty:"external",rootData}))){vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);errors = vErrors.length;}}if(data352.labels !== undefined){if(!(validate27(data352.labels, {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/labels",parentData:data352,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data352.driver !== undefined){if(typeof data352.driver !== "string"){const err457 = {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/driver",schemaPath:"#/properties/secrets/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err457];}else {vErrors.push(err457);}errors++;}}if(data352.driver_opts !== undefined){if(!(validate56(data352.driver_opts, {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/driver_opts",parentData:data352,parentDataProperty:"driver_opts",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}}if(data352.template_driver !== undefined){if(typeof data352.template_driver !== "string"){const err458 = {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1")+"/template_driver",schemaPath:"#/properties/secrets/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err458];}else {vErrors.push(err458);}errors++;}}}else {const err459 = {instancePath:instancePath+"/secrets/" + key63.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/secrets/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err459];}else {vErrors.push(err459);}errors++;}}}}else {const err460 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err460];}else {vErrors.push(err460);}errors++;}}if(data.configs !== undefined){let data361 = data.configs;if(data361 && typeof data361 == "object" && !Array.isArray(data361)){for(const key65 in data361){if(!(pattern1.test(key65))){const err461 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err461];}else {vErrors.push(err461);}errors++;}}for(const key66 in data361){if(pattern1.test(key66)){let data362 = data361[key66];if(data362 && typeof data362 == "object" && !Array.isArray(data362)){for(const key67 in data362){if(!((((((((key67 === "name") || (key67 === "content")) || (key67 === "environment")) || (key67 === "file")) || (key67 === "external")) || (key67 === "labels")) || (key67 === "template_driver")) || (pattern0.test(key67)))){const err462 = {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/configs/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err462];}else {vErrors.push(err462);}errors++;}}if(data362.name !== undefined){if(typeof data362.name !== "string"){const err463 = {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1")+"/name",schemaPath:"#/properties/configs/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err463];}else {vErrors.push(err463);}errors++;}}if(data362.content !== undefined){if(typeof data362.content !== "string"){const err464 = {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1")+"/content",schemaPath:"#/properties/configs/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err464];}else {vErrors.push(err464);}errors++;}}if(data362.environment !== undefined){if(typeof data362.environment !== "string"){const err465 = {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1")+"/environment",schemaPath:"#/properties/configs/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err465];}else {vErrors.push(err465);}errors++;}}if(data362.file !== undefined){if(typeof data362.file !== "string"){const err466 = {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1")+"/file",schemaPath:"#/properties/configs/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err466];}else {vErrors.push(err466);}errors++;}}if(data362.external !== undefined){if(!(validate65(data362.external, {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1")+"/external",parentData:data362,parentDataProperty:"external",rootData}))){vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);errors = vErrors.length;}}if(data362.labels !== undefined){if(!(validate27(data362.labels, {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1")+"/labels",parentData:data362,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data362.template_driver !== undefined){if(typeof data362.template_driver !== "string"){const err467 = {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1")+"/template_driver",schemaPath:"#/properties/configs/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err467];}else {vErrors.push(err467);}errors++;}}}else {const err468 = {instancePath:instancePath+"/configs/" + key66.replace(/~/g, "~0").replace(/\\//g, "~1"),schemaPath:"#/properties/configs/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err468];}else {vErrors.push(err468);}errors++;}}}}else {const err469 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err469];}else {vErrors.push(err469);}errors++;}}}else {const err470 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err470];}else {vErrors.push(err470);}errors++;}validate21.errors = vErrors;return errors === 0;}
return validate21;`;

// packages/compose/dist/schema/validator.js
function schemaErrors(doc) {
  const fn = validator();
  return fn(doc) ? [] : fn.errors ?? [];
}
var compiled;
function validator() {
  compiled ??= new Function(VALIDATOR_SOURCE)();
  return compiled;
}

// packages/compose/dist/schema/definitions.js
var X_EXTENSIONS = { "^x-": {} };
function mapping(properties, opts = {}) {
  const s = { type: "object", properties, additionalProperties: false };
  if (opts.extensions !== false)
    s.patternProperties = X_EXTENSIONS;
  if (opts.required)
    s.required = opts.required;
  return s;
}
var str2 = { type: "string" };
var bool2 = { type: "boolean" };
var boolOrStr = { type: ["boolean", "string"] };
var int2 = { type: "integer" };
var intOrStr = { type: ["integer", "string"] };
var numOrStr = { type: ["number", "string"] };
var strOrNum = { type: ["string", "number"] };
var listOfStrings = { type: "array", items: { type: "string" } };
var uniqueStrings = { type: "array", items: { type: "string" }, uniqueItems: true };
var stringOrListDef = { oneOf: [{ type: "string" }, listOfStrings] };
var listOrDictDef = {
  oneOf: [
    {
      type: "object",
      patternProperties: { ".+": { type: ["string", "number", "boolean", "null"] } },
      additionalProperties: false
    },
    { type: "array", items: { type: "string" }, uniqueItems: true }
  ]
};
var optionsDef = {
  type: "object",
  patternProperties: { "^.+$": { type: ["string", "number"] } },
  additionalProperties: false
};
var blkioLimitDef = mapping({ path: str2, rate: intOrStr }, { extensions: false });
var blkioWeightDef = mapping({ path: str2, weight: intOrStr }, { extensions: false });
var ulimitsDef = {
  type: "object",
  patternProperties: {
    "^[a-z]+$": {
      oneOf: [
        intOrStr,
        mapping({ hard: intOrStr, soft: intOrStr }, { required: ["soft", "hard"] })
      ]
    }
  },
  additionalProperties: false
};
var fileReferenceDef = {
  type: "array",
  items: {
    oneOf: [
      str2,
      mapping({ source: str2, target: str2, uid: str2, gid: str2, mode: numOrStr })
    ]
  }
};
var externalDef = {
  oneOf: [boolOrStr, mapping({ name: str2 }, { extensions: false })]
};
function ref(name) {
  return { $ref: `#/definitions/${name}` };
}
var listOrDict = ref("list_or_dict");
var labels = listOrDict;
var options = ref("options");
var ulimits = ref("ulimits");
var fileReference = ref("file_reference");
var external = ref("external");
var stringOrList = ref("string_or_list");
var blkioLimit = ref("blkio_limit");
var blkioWeight = ref("blkio_weight");
var network = {
  type: ["object", "null"],
  properties: {
    name: str2,
    driver: str2,
    driver_opts: options,
    ipam: mapping({
      driver: str2,
      config: {
        type: "array",
        items: mapping({
          subnet: str2,
          ip_range: str2,
          gateway: str2,
          aux_addresses: { type: "object", patternProperties: { "^.+$": str2 }, additionalProperties: false }
        })
      },
      options: { type: "object", patternProperties: { "^.+$": str2 }, additionalProperties: false }
    }),
    external,
    internal: boolOrStr,
    enable_ipv4: boolOrStr,
    enable_ipv6: boolOrStr,
    attachable: boolOrStr,
    labels
  },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false
};
var volume = {
  type: ["object", "null"],
  properties: { name: str2, driver: str2, driver_opts: options, external, labels },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false
};
var secret = mapping({
  name: str2,
  environment: str2,
  file: str2,
  external,
  labels,
  driver: str2,
  driver_opts: options,
  template_driver: str2
});
var config = mapping({
  name: str2,
  content: str2,
  environment: str2,
  file: str2,
  external,
  labels,
  template_driver: str2
});
var model = mapping({
  name: str2,
  model: str2,
  context_size: int2,
  runtime_flags: listOfStrings
});
var definitions = {
  list_or_dict: listOrDictDef,
  options: optionsDef,
  ulimits: ulimitsDef,
  file_reference: fileReferenceDef,
  external: externalDef,
  string_or_list: stringOrListDef,
  blkio_limit: blkioLimitDef,
  blkio_weight: blkioWeightDef
};

// packages/compose/dist/schema/service.js
var command = { oneOf: [{ type: "null" }, str2, listOfStrings] };
var healthcheck = mapping({
  disable: boolOrStr,
  interval: str2,
  retries: numOrStr,
  test: { oneOf: [str2, listOfStrings] },
  timeout: str2,
  start_period: str2,
  start_interval: str2
});
var deviceRequest = mapping({
  capabilities: listOfStrings,
  count: { oneOf: [str2, int2] },
  device_ids: listOfStrings,
  driver: str2,
  options: listOrDict
});
var deploy = {
  type: ["object", "null"],
  properties: {
    mode: str2,
    endpoint_mode: str2,
    replicas: intOrStr,
    labels,
    rollback_config: mapping({
      parallelism: intOrStr,
      delay: str2,
      failure_action: str2,
      monitor: str2,
      max_failure_ratio: numOrStr,
      order: { enum: ["start-first", "stop-first"] }
    }),
    update_config: mapping({
      parallelism: intOrStr,
      delay: str2,
      failure_action: str2,
      monitor: str2,
      max_failure_ratio: numOrStr,
      order: { enum: ["start-first", "stop-first"] }
    }),
    resources: mapping({
      limits: mapping({ cpus: numOrStr, memory: strOrNum, pids: intOrStr }),
      reservations: mapping({
        cpus: numOrStr,
        memory: strOrNum,
        generic_resources: {
          type: "array",
          items: mapping({ discrete_resource_spec: mapping({ kind: str2, value: numOrStr }) })
        },
        devices: { type: "array", items: deviceRequest }
      })
    }),
    restart_policy: mapping({ condition: str2, delay: str2, max_attempts: intOrStr, window: str2 }),
    placement: mapping({
      constraints: listOfStrings,
      preferences: { type: "array", items: mapping({ spread: str2 }) },
      max_replicas_per_node: intOrStr
    })
  },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false
};
var build = {
  oneOf: [
    str2,
    mapping({
      context: str2,
      dockerfile: str2,
      dockerfile_inline: str2,
      entitlements: listOfStrings,
      args: listOrDict,
      ssh: listOrDict,
      labels,
      cache_from: listOfStrings,
      cache_to: listOfStrings,
      no_cache: boolOrStr,
      additional_contexts: listOrDict,
      network: str2,
      provenance: { type: ["string", "boolean"] },
      sbom: { type: ["string", "boolean"] },
      pull: boolOrStr,
      target: str2,
      shm_size: strOrNum,
      extra_hosts: listOrDict,
      isolation: str2,
      privileged: boolOrStr,
      secrets: fileReference,
      tags: listOfStrings,
      ulimits,
      platforms: listOfStrings
    })
  ]
};
var serviceVolume = {
  oneOf: [
    str2,
    mapping({
      type: { enum: ["bind", "volume", "tmpfs", "cluster", "npipe", "image"] },
      source: str2,
      target: str2,
      read_only: boolOrStr,
      consistency: str2,
      bind: mapping({
        propagation: str2,
        create_host_path: boolOrStr,
        recursive: { enum: ["enabled", "disabled", "writable", "readonly"] },
        selinux: { enum: ["z", "Z"] }
      }),
      volume: mapping({ nocopy: boolOrStr, subpath: str2 }),
      tmpfs: mapping({ size: { oneOf: [{ type: "integer", minimum: 0 }, str2] }, mode: numOrStr }),
      image: mapping({ subpath: str2 })
    }, { required: ["type"] })
  ]
};
var servicePort = {
  oneOf: [
    { type: "number" },
    str2,
    mapping({
      name: str2,
      mode: str2,
      host_ip: str2,
      target: intOrStr,
      published: strOrNum,
      protocol: str2,
      app_protocol: str2
    })
  ]
};
var serviceNetworks = {
  oneOf: [
    uniqueStrings,
    {
      type: "object",
      patternProperties: {
        "^[a-zA-Z0-9._-]+$": {
          oneOf: [
            mapping({
              aliases: listOfStrings,
              interface_name: str2,
              ipv4_address: str2,
              ipv6_address: str2,
              link_local_ips: listOfStrings,
              mac_address: str2,
              driver_opts: options,
              priority: { type: "number" },
              gw_priority: { type: "number" }
            }),
            { type: "null" }
          ]
        }
      },
      additionalProperties: false
    }
  ]
};
var dependsOn = {
  oneOf: [
    uniqueStrings,
    {
      type: "object",
      patternProperties: {
        "^[a-zA-Z0-9._-]+$": mapping({
          restart: boolOrStr,
          required: bool2,
          condition: { enum: ["service_started", "service_healthy", "service_completed_successfully"] }
        }, { required: ["condition"] })
      },
      additionalProperties: false
    }
  ]
};
var envFile = {
  oneOf: [
    str2,
    {
      type: "array",
      items: { oneOf: [str2, mapping({ path: str2, format: str2, required: { type: ["boolean", "string"] } }, { required: ["path"] })] }
    }
  ]
};
var hook = mapping({
  command,
  user: str2,
  privileged: boolOrStr,
  working_dir: str2,
  environment: listOrDict
}, { required: ["command"] });
var watch = mapping({
  watch: {
    type: "array",
    items: mapping({
      path: str2,
      action: { enum: ["rebuild", "sync", "restart", "sync+restart", "sync+exec"] },
      ignore: stringOrList,
      include: stringOrList,
      target: str2,
      initial_sync: bool2,
      exec: hook
    }, { required: ["path", "action"] })
  }
});
var serviceProperties = {
  develop: watch,
  deploy,
  annotations: listOrDict,
  attach: boolOrStr,
  build,
  blkio_config: mapping({
    device_read_bps: { type: "array", items: blkioLimit },
    device_read_iops: { type: "array", items: blkioLimit },
    device_write_bps: { type: "array", items: blkioLimit },
    device_write_iops: { type: "array", items: blkioLimit },
    weight: intOrStr,
    weight_device: { type: "array", items: blkioWeight }
  }, { extensions: false }),
  cap_add: uniqueStrings,
  cap_drop: uniqueStrings,
  cgroup: { enum: ["host", "private"] },
  cgroup_parent: str2,
  command,
  configs: fileReference,
  container_name: str2,
  cpu_count: { oneOf: [str2, { type: "integer", minimum: 0 }] },
  cpu_percent: { oneOf: [str2, { type: "integer", minimum: 0, maximum: 100 }] },
  cpu_shares: numOrStr,
  cpu_quota: numOrStr,
  cpu_period: numOrStr,
  cpu_rt_period: numOrStr,
  cpu_rt_runtime: numOrStr,
  cpus: numOrStr,
  cpuset: str2,
  credential_spec: mapping({ config: str2, file: str2, registry: str2 }),
  depends_on: dependsOn,
  device_cgroup_rules: listOfStrings,
  devices: { type: "array", items: { oneOf: [str2, mapping({ source: str2, target: str2, permissions: str2 }, { required: ["source"] })] } },
  dns: stringOrList,
  dns_opt: uniqueStrings,
  dns_search: stringOrList,
  domainname: str2,
  entrypoint: command,
  env_file: envFile,
  label_file: stringOrList,
  environment: listOrDict,
  expose: { type: "array", items: { type: ["string", "number"] }, uniqueItems: true },
  extends: { oneOf: [str2, mapping({ service: str2, file: str2 }, { required: ["service"] })] },
  external_links: uniqueStrings,
  extra_hosts: listOrDict,
  gpus: { oneOf: [{ enum: ["all"] }, { type: "array", items: deviceRequest }] },
  group_add: { type: "array", items: { type: ["string", "number"] }, uniqueItems: true },
  healthcheck,
  hostname: str2,
  image: str2,
  init: boolOrStr,
  ipc: str2,
  isolation: str2,
  labels,
  links: uniqueStrings,
  logging: mapping({
    driver: str2,
    options: { type: "object", patternProperties: { "^.+$": { type: ["string", "number", "null"] } } }
  }),
  mac_address: str2,
  mem_limit: strOrNum,
  mem_reservation: strOrNum,
  mem_swappiness: intOrStr,
  memswap_limit: strOrNum,
  network_mode: str2,
  networks: serviceNetworks,
  models: { oneOf: [uniqueStrings, { type: "object", patternProperties: { "^[a-zA-Z0-9._-]+$": { oneOf: [mapping({ endpoint_var: str2, model_var: str2 }), { type: "null" }] } }, additionalProperties: false }] },
  oom_kill_disable: boolOrStr,
  oom_score_adj: { oneOf: [str2, { type: "integer", minimum: -1e3, maximum: 1e3 }] },
  pid: { type: ["string", "null"] },
  pids_limit: numOrStr,
  platform: str2,
  ports: { type: "array", items: servicePort },
  post_start: { type: "array", items: hook },
  pre_stop: { type: "array", items: hook },
  privileged: boolOrStr,
  profiles: uniqueStrings,
  pull_policy: { oneOf: [{ enum: ["always", "never", "if_not_present", "build", "missing", "refresh"] }, { type: "string", pattern: "^every_" }] },
  pull_refresh_after: str2,
  read_only: boolOrStr,
  restart: str2,
  runtime: str2,
  scale: intOrStr,
  security_opt: uniqueStrings,
  shm_size: strOrNum,
  secrets: fileReference,
  sysctls: listOrDict,
  stdin_open: boolOrStr,
  stop_grace_period: str2,
  stop_signal: str2,
  storage_opt: { type: "object" },
  tmpfs: stringOrList,
  tty: boolOrStr,
  ulimits,
  use_api_socket: bool2,
  user: str2,
  uts: str2,
  userns_mode: str2,
  volumes: { type: "array", items: serviceVolume },
  volumes_from: uniqueStrings,
  working_dir: str2
};
var service = {
  type: "object",
  properties: serviceProperties,
  patternProperties: X_EXTENSIONS,
  additionalProperties: false
};

// packages/compose/dist/schema/compose-schema.js
var NAME_KEY = "^[a-zA-Z0-9._-]+$";
function named(schema2) {
  return { type: "object", patternProperties: { [NAME_KEY]: schema2 }, additionalProperties: false };
}
var composeSchema = {
  $id: "https://tsc-compose.dev/compose-spec.json",
  definitions,
  type: "object",
  properties: {
    version: { type: "string" },
    name: { type: "string" },
    include: {
      type: "array",
      items: {
        oneOf: [
          str2,
          mapping({ path: stringOrList, env_file: stringOrList, project_directory: str2 }, { extensions: false })
        ]
      }
    },
    services: named(service),
    models: named(model),
    networks: named(network),
    volumes: named(volume),
    secrets: named(secret),
    configs: named(config)
  },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false
};

// packages/compose/dist/validate/error-codes.js
var VALIDATION_CODES = {
  UNKNOWN_KEY: "COMPOSE_UNKNOWN_KEY",
  INVALID_TYPE: "COMPOSE_INVALID_TYPE",
  INVALID_VALUE: "COMPOSE_INVALID_VALUE",
  MISSING_KEY: "COMPOSE_MISSING_KEY",
  UNDEFINED_SERVICE: "COMPOSE_UNDEFINED_SERVICE",
  UNDEFINED_NETWORK: "COMPOSE_UNDEFINED_NETWORK",
  UNDEFINED_VOLUME: "COMPOSE_UNDEFINED_VOLUME",
  UNDEFINED_SECRET: "COMPOSE_UNDEFINED_SECRET",
  UNDEFINED_CONFIG: "COMPOSE_UNDEFINED_CONFIG",
  DEPENDENCY_CYCLE: "COMPOSE_DEPENDENCY_CYCLE",
  INVALID_PORT: "COMPOSE_INVALID_PORT",
  INVALID_DURATION: "COMPOSE_INVALID_DURATION",
  INVALID_SIZE: "COMPOSE_INVALID_SIZE",
  INVALID_DEVICE: "COMPOSE_INVALID_DEVICE",
  INVALID_VOLUME: "COMPOSE_INVALID_VOLUME",
  INVALID_COMMAND: "COMPOSE_INVALID_COMMAND",
  INVALID_EXTRA_HOST: "COMPOSE_INVALID_EXTRA_HOST",
  CONTAINER_NAME_SCALE: "COMPOSE_CONTAINER_NAME_SCALE",
  DUPLICATE_CONTAINER_NAME: "COMPOSE_DUPLICATE_CONTAINER_NAME",
  CONFLICTING_OPTIONS: "COMPOSE_CONFLICTING_OPTIONS",
  NO_IMAGE: "COMPOSE_NO_IMAGE",
  ENV_FILE_NOT_FOUND: "COMPOSE_ENV_FILE_NOT_FOUND",
  NO_SERVICES: "COMPOSE_NO_SERVICES"
};

// packages/compose/dist/validate/did-you-mean.js
function levenshtein(a, b) {
  if (a === b)
    return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
function didYouMean(word, candidates) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDist = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0.5 : levenshtein(lower, c.toLowerCase());
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return bestDist <= limit ? best : void 0;
}

// packages/compose/dist/normalize/context.js
function formatPath2(path) {
  let s = "";
  for (const p of path)
    s += typeof p === "number" ? `[${p}]` : s === "" ? p : `.${p}`;
  return s;
}
function fail(ctx, code, path, message, hint) {
  throw new ComposeFileError(code, `${formatPath2(path)}: ${message}`, { location: ctx.locate(path), hint });
}
function attempt(ctx, code, path, fn, hint) {
  try {
    return fn();
  } catch (err2) {
    if (err2 instanceof ComposeFileError)
      throw err2;
    return fail(ctx, code, path, err2.message, hint);
  }
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// packages/compose/dist/validate/schema-errors.js
var KIND_WORDS = {
  object: "a mapping",
  array: "a sequence",
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  null: "null"
};
function kindOf(v) {
  if (v === null || v === void 0)
    return "null";
  if (Array.isArray(v))
    return "a sequence";
  if (typeof v === "object")
    return "a mapping";
  if (typeof v === "number")
    return Number.isInteger(v) ? `the number ${v}` : `the number ${v}`;
  if (typeof v === "boolean")
    return `the boolean ${v}`;
  return `the string "${String(v)}"`;
}
function toKeyPath(instancePath) {
  if (instancePath === "")
    return [];
  return instancePath.slice(1).split("/").map((s) => {
    const seg = s.replace(/~1/g, "/").replace(/~0/g, "~");
    return /^\d+$/.test(seg) ? Number(seg) : seg;
  });
}
function valueAt(doc, path) {
  let v = doc;
  for (const p of path)
    v = v?.[p];
  return v;
}
function schemaNode(schemaPath) {
  const segs = schemaPath.replace(/^#\//, "").split("/").map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
  segs.pop();
  let node = composeSchema;
  for (const s of segs)
    node = node?.[s];
  return node;
}
function list(words) {
  const uniq = [...new Set(words)];
  return uniq.length <= 1 ? uniq[0] ?? "" : `${uniq.slice(0, -1).join(", ")} or ${uniq[uniq.length - 1]}`;
}
function depth(e) {
  return e.instancePath === "" ? 0 : e.instancePath.split("/").length - 1;
}
function pickError(errors) {
  const concrete = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const pool = concrete.length > 0 ? concrete : [...errors];
  const maxDepth = Math.max(...pool.map(depth));
  const deepest = pool.filter((e) => depth(e) === maxDepth);
  const firstPath = deepest[0].instancePath;
  const samePath = deepest.filter((e) => e.instancePath === firstPath);
  const nonType = samePath.filter((e) => e.keyword !== "type");
  return nonType.length > 0 ? [nonType[0]] : samePath;
}
function schemaError(errors, doc, loc) {
  const picked = pickError(errors);
  const e = picked[0];
  const path = toKeyPath(e.instancePath);
  const value = valueAt(doc, path);
  const where = (p) => loc.locate(p) ?? { file: loc.file };
  const at = formatPath2(path) || "(top level)";
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const keyPath = [...path, key];
      const location = loc.locateKey?.(keyPath) ?? where(keyPath);
      const node = schemaNode(e.schemaPath);
      const props = node?.properties ? Object.keys(node.properties) : [];
      if (props.length === 0) {
        const what = path.length === 1 ? String(path[0]).replace(/s$/, "") : "key";
        return new ComposeFileError(VALIDATION_CODES.INVALID_VALUE, `${at}: invalid ${what} name "${key}": names may only contain letters, digits, ".", "_" and "-"`, { location });
      }
      const suggestion = didYouMean(key, props);
      const where2 = path.length === 0 ? "" : `${at}: `;
      return new ComposeFileError(VALIDATION_CODES.UNKNOWN_KEY, `${where2}unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`, { location, hint: suggestion ? void 0 : `allowed keys here: ${props.join(", ")}` });
    }
    case "type": {
      const expected = picked.flatMap((p) => [p.params.type].flat().map((t) => KIND_WORDS[String(t)] ?? String(t)));
      return new ComposeFileError(VALIDATION_CODES.INVALID_TYPE, `${at}: found ${kindOf(value)}, expected ${list(expected)}`, { location: where(path) });
    }
    case "enum": {
      const allowed = e.params.allowedValues.map(String);
      const suggestion = didYouMean(String(value), allowed);
      return new ComposeFileError(VALIDATION_CODES.INVALID_VALUE, `${at}: found ${kindOf(value)}, expected one of ${allowed.join(", ")}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`, { location: where(path) });
    }
    case "required": {
      const key = String(e.params.missingProperty);
      return new ComposeFileError(VALIDATION_CODES.MISSING_KEY, `${at}: missing required key "${key}"`, { location: where(path) });
    }
    case "uniqueItems": {
      const arr = value;
      const j = Number(e.params.j);
      return new ComposeFileError(VALIDATION_CODES.INVALID_VALUE, `${at}: duplicate entry ${JSON.stringify(arr[j])}, entries must be unique`, { location: where([...path, j]) });
    }
    case "minimum":
    case "maximum":
      return new ComposeFileError(VALIDATION_CODES.INVALID_VALUE, `${at}: found ${kindOf(value)}, expected ${e.keyword === "minimum" ? "at least" : "at most"} ${String(e.params.limit)}`, { location: where(path) });
    case "pattern":
      return new ComposeFileError(VALIDATION_CODES.INVALID_VALUE, `${at}: found ${kindOf(value)}, which is not an allowed value`, { location: where(path) });
    default:
      return new ComposeFileError(VALIDATION_CODES.INVALID_VALUE, `${at}: ${e.message ?? "invalid value"}`, { location: where(path) });
  }
}

// packages/compose/dist/validate/validate-file.js
function validateComposeDocument(doc, loc) {
  const errors = schemaErrors(doc ?? {});
  if (errors.length > 0)
    throw schemaError(errors, doc, loc);
}

// packages/compose/dist/validate/semantic.js
function err(opts, code, path, message, hint) {
  return new ComposeFileError(code, message, { location: opts.locate(path), hint });
}
function suggest(name, known) {
  const s = didYouMean(name, known);
  return s ? ` (did you mean "${s}"?)` : "";
}
function scaleOf(svc) {
  return svc.scale ?? svc.deploy?.replicas ?? 1;
}
var services = (m) => Object.entries(m.services);
var serviceReferences = (model2, opts) => {
  const names = new Set(Object.keys(model2.services));
  for (const [name, svc] of services(model2)) {
    if (svc.image === void 0 && svc.build === void 0 && svc.provider === void 0) {
      throw err(opts, VALIDATION_CODES.NO_IMAGE, ["services", name], `service "${name}" has neither an image nor a build context specified`, 'add "image:" or "build:" to the service');
    }
    for (const link of svc.links ?? []) {
      const target = link.split(":")[0];
      if (!names.has(target))
        throw err(opts, VALIDATION_CODES.UNDEFINED_SERVICE, ["services", name, "links"], `service "${name}" links to undefined service "${target}"${suggest(target, names)}`);
    }
    for (const key of ["network_mode", "ipc", "pid", "uts", "cgroup"]) {
      const ref2 = svc[key];
      if (typeof ref2 === "string" && ref2.startsWith("service:")) {
        const target = ref2.slice("service:".length);
        if (!names.has(target))
          throw err(opts, VALIDATION_CODES.UNDEFINED_SERVICE, ["services", name, key], `service "${name}" uses ${key} of undefined service "${target}"${suggest(target, names)}`);
      }
    }
    for (const from of svc.volumes_from ?? []) {
      if (from.startsWith("container:"))
        continue;
      const target = from.split(":")[0];
      if (!names.has(target))
        throw err(opts, VALIDATION_CODES.UNDEFINED_SERVICE, ["services", name, "volumes_from"], `service "${name}" takes volumes from undefined service "${target}"${suggest(target, names)}`);
    }
    for (const [dep, d] of Object.entries(svc.depends_on ?? {})) {
      if (!names.has(dep) && d.required !== false) {
        throw err(opts, VALIDATION_CODES.UNDEFINED_SERVICE, ["services", name, "depends_on", dep], `service "${name}" depends on undefined service "${dep}"${suggest(dep, names)}`);
      }
    }
  }
};
var resourceReferences = (model2, opts) => {
  const nets = new Set(Object.keys(model2.networks ?? {}));
  const vols = new Set(Object.keys(model2.volumes ?? {}));
  const secrets = new Set(Object.keys(model2.secrets ?? {}));
  const configs = new Set(Object.keys(model2.configs ?? {}));
  for (const [name, svc] of services(model2)) {
    for (const net of Object.keys(svc.networks ?? {})) {
      if (!nets.has(net)) {
        throw err(opts, VALIDATION_CODES.UNDEFINED_NETWORK, ["services", name, "networks", net], `service "${name}" refers to undefined network "${net}"${suggest(net, nets)}`, 'declare it under the top-level "networks:" key');
      }
    }
    ;
    (svc.volumes ?? []).forEach((v, i) => {
      if (v.type === "volume" && v.source && !vols.has(v.source)) {
        throw err(opts, VALIDATION_CODES.UNDEFINED_VOLUME, ["services", name, "volumes", i], `service "${name}" refers to undefined volume "${v.source}"${suggest(v.source, vols)}`, 'declare it under the top-level "volumes:" key, or write a path starting with "./" for a bind mount');
      }
    });
    (svc.secrets ?? []).forEach((s, i) => {
      if (!secrets.has(s.source))
        throw err(opts, VALIDATION_CODES.UNDEFINED_SECRET, ["services", name, "secrets", i], `service "${name}" refers to undefined secret "${s.source}"${suggest(s.source, secrets)}`, 'declare it under the top-level "secrets:" key');
    });
    (svc.configs ?? []).forEach((c, i) => {
      if (!configs.has(c.source))
        throw err(opts, VALIDATION_CODES.UNDEFINED_CONFIG, ["services", name, "configs", i], `service "${name}" refers to undefined config "${c.source}"${suggest(c.source, configs)}`, 'declare it under the top-level "configs:" key');
    });
  }
};
var dependencyCycles = (model2, opts) => {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (name) => {
    state.set(name, "visiting");
    stack.push(name);
    for (const dep of Object.keys(model2.services[name]?.depends_on ?? {})) {
      if (!(dep in model2.services))
        continue;
      if (state.get(dep) === "visiting") {
        const loop = [...stack.slice(stack.indexOf(dep)), dep];
        throw err(opts, VALIDATION_CODES.DEPENDENCY_CYCLE, ["services", name, "depends_on", dep], `depends_on cycle: ${loop.join(" -> ")}`, "remove one of these dependencies (links, network_mode: service:x and volumes_from count too)");
      }
      if (!state.has(dep))
        visit(dep);
    }
    stack.pop();
    state.set(name, "done");
  };
  for (const name of Object.keys(model2.services).sort())
    if (!state.has(name))
      visit(name);
};
var serviceOptions = (model2, opts) => {
  const containerNames = /* @__PURE__ */ new Map();
  for (const [name, svc] of services(model2)) {
    if (svc.scale !== void 0 && svc.deploy?.replicas !== void 0 && svc.scale !== svc.deploy.replicas) {
      throw err(opts, VALIDATION_CODES.CONFLICTING_OPTIONS, ["services", name, "scale"], `service "${name}": "scale" (${svc.scale}) and "deploy.replicas" (${svc.deploy.replicas}) disagree`);
    }
    const limits = svc.deploy?.resources?.limits;
    if (svc.mem_limit !== void 0 && limits?.memory !== void 0 && svc.mem_limit !== limits.memory) {
      throw err(opts, VALIDATION_CODES.CONFLICTING_OPTIONS, ["services", name, "mem_limit"], `service "${name}": "mem_limit" and "deploy.resources.limits.memory" disagree`);
    }
    if (svc.cpus !== void 0 && limits?.cpus !== void 0 && svc.cpus !== limits.cpus) {
      throw err(opts, VALIDATION_CODES.CONFLICTING_OPTIONS, ["services", name, "cpus"], `service "${name}": "cpus" and "deploy.resources.limits.cpus" disagree`);
    }
    if (svc.network_mode !== void 0 && svc.networks !== void 0) {
      throw err(opts, VALIDATION_CODES.CONFLICTING_OPTIONS, ["services", name, "network_mode"], `service "${name}" declares both "network_mode" and "networks", which exclude each other`);
    }
    if (svc.container_name !== void 0) {
      const n = scaleOf(svc);
      if (n > 1) {
        throw err(opts, VALIDATION_CODES.CONTAINER_NAME_SCALE, ["services", name, "container_name"], `service "${name}" sets container_name "${svc.container_name}" but is scaled to ${n}: container names must be unique`, "remove container_name or the scale");
      }
      const other = containerNames.get(svc.container_name);
      if (other !== void 0) {
        throw err(opts, VALIDATION_CODES.DUPLICATE_CONTAINER_NAME, ["services", name, "container_name"], `services "${other}" and "${name}" both use container name "${svc.container_name}"`);
      }
      containerNames.set(svc.container_name, name);
    }
  }
};
function checkModel(model2, opts) {
  serviceOptions(model2, opts);
  if (!opts.consistency)
    return;
  serviceReferences(model2, opts);
  resourceReferences(model2, opts);
  dependencyCycles(model2, opts);
}

// packages/compose/dist/normalize/mappings.js
function scalarString(v) {
  return typeof v === "string" ? v : String(v);
}
function mappingWithEquals(value, ctx, keepUnset, resolve4 = true) {
  const out = {};
  const put = (k, v) => {
    if (v === null && resolve4) {
      const env = ctx.lookup(k);
      if (env !== void 0)
        out[k] = env;
      else if (keepUnset)
        out[k] = null;
      return;
    }
    out[k] = v;
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = scalarString(item);
      const eq = s.indexOf("=");
      if (eq === -1)
        put(s, null);
      else
        put(s.slice(0, eq), s.slice(eq + 1));
    }
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value))
      put(k, v === null || v === void 0 ? null : scalarString(v));
  }
  return out;
}
function mapping2(value) {
  const out = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = scalarString(item);
      const eq = s.indexOf("=");
      if (eq === -1)
        out[s] = "";
      else
        out[s.slice(0, eq)] = s.slice(eq + 1);
    }
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value))
      out[k] = v === null || v === void 0 ? "" : scalarString(v);
  }
  return out;
}
function hostsList(value, ctx, path) {
  const out = {};
  const add = (host, ips, at) => {
    if (host === "" || /[:=]/.test(host))
      fail(ctx, VALIDATION_CODES.INVALID_EXTRA_HOST, at, `bad host name "${host}"`);
    const clean = ips.map((ip) => ip.length > 2 && ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip);
    out[host] = [...out[host] ?? [], ...clean];
  };
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const s = scalarString(item);
      let sep = s.indexOf("=");
      if (sep === -1)
        sep = s.indexOf(":");
      if (sep === -1)
        fail(ctx, VALIDATION_CODES.INVALID_EXTRA_HOST, [...path, i], `invalid extra host "${s}": expected HOST=IP or HOST:IP`);
      add(s.slice(0, sep), s.slice(sep + 1).split(","), [...path, i]);
    });
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      add(k, Array.isArray(v) ? v.map(scalarString) : [v === null || v === void 0 ? "" : scalarString(v)], [...path, k]);
    }
  }
  return out;
}
function stringList2(value) {
  if (value === null || value === void 0)
    return [];
  return Array.isArray(value) ? value.map(scalarString) : [scalarString(value)];
}

// packages/compose/dist/normalize/units.js
var DURATION_UNITS = {
  ns: 1,
  us: 1e3,
  "\xB5s": 1e3,
  "\u03BCs": 1e3,
  ms: 1e6,
  s: 1e9,
  m: 6e10,
  h: 36e11,
  d: 864e11,
  w: 6048e11
};
function parseDuration2(text) {
  const s = text.trim();
  if (s === "0")
    return 0;
  const re = /([0-9]*\.?[0-9]+)(ns|us|µs|μs|ms|s|m|h|d|w)/gy;
  let sign = 1;
  let i = 0;
  if (s[0] === "-" || s[0] === "+") {
    sign = s[0] === "-" ? -1 : 1;
    i = 1;
  }
  if (i >= s.length)
    throw new Error(`invalid duration "${text}"`);
  let total = 0;
  re.lastIndex = i;
  while (re.lastIndex < s.length) {
    const m = re.exec(s);
    if (!m) {
      const unitless = /^[0-9.]+$/.test(s.slice(i));
      throw new Error(unitless ? `missing unit in duration "${text}"` : `invalid duration "${text}"`);
    }
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    i = re.lastIndex;
  }
  return sign * Math.round(total);
}
function fmtFrac(v, prec) {
  const whole = Math.floor(v / 10 ** prec);
  let frac = String(v % 10 ** prec).padStart(prec, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : String(whole);
}
function formatDuration(ns2) {
  if (ns2 === 0)
    return "0s";
  const neg = ns2 < 0;
  let u = Math.abs(ns2);
  let out;
  if (u < 1e9) {
    if (u < 1e3)
      out = `${u}ns`;
    else if (u < 1e6)
      out = `${fmtFrac(u, 3)}\xB5s`;
    else
      out = `${fmtFrac(u, 6)}ms`;
  } else {
    const h = Math.floor(u / 36e11);
    u -= h * 36e11;
    const m = Math.floor(u / 6e10);
    u -= m * 6e10;
    const sec = `${fmtFrac(u, 9)}s`;
    out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec;
  }
  return neg ? `-${out}` : out;
}
function canonicalDuration(value) {
  if (typeof value === "number")
    return formatDuration(value * 1e9);
  return formatDuration(parseDuration2(String(value)));
}
var BYTE_UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
function parseBytes2(value) {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`invalid size "${value}"`);
    return value;
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s?([kmgtp])?i?b?\s*$/i.exec(String(value));
  if (!m)
    throw new Error(`invalid size "${String(value)}": expected a number of bytes with an optional unit (b, k, m, g)`);
  return Math.floor(Number(m[1]) * BYTE_UNITS[(m[2] ?? "").toLowerCase()]);
}
function canonicalBytes(value) {
  return String(parseBytes2(value));
}
function shellSplit(text) {
  const words = [];
  let cur = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'")
        quote = void 0;
      else
        cur += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"')
        quote = void 0;
      else if (c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1]))
        cur += text[++i];
      else
        cur += c;
      continue;
    }
    if (c === "\\" && i + 1 < text.length) {
      cur += text[++i];
      inWord = true;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === " " || c === "	" || c === "\n" || c === "\r") {
      if (inWord)
        words.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote)
    throw new Error(`unterminated ${quote === '"' ? "double" : "single"} quote in "${text}"`);
  if (inWord)
    words.push(cur);
  return words;
}

// packages/compose/dist/normalize/ports.js
import { isIP } from "node:net";
var PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "sctp"]);
function parseRange(text, what, spec) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m)
    throw new Error(`invalid ${what} "${text}" in port "${spec}"`);
  const start = Number(m[1]);
  const end = m[2] === void 0 ? start : Number(m[2]);
  if (start > 65535 || end > 65535)
    throw new Error(`invalid ${what} "${text}" in port "${spec}": ports go up to 65535`);
  if (end < start)
    throw new Error(`invalid ${what} "${text}" in port "${spec}": range end is below its start`);
  return [start, end];
}
function parsePortSpec(spec) {
  let rest = spec;
  let protocol = "tcp";
  const slash = rest.lastIndexOf("/");
  if (slash !== -1) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
    if (!PROTOCOLS.has(protocol))
      throw new Error(`invalid protocol "${spec.slice(slash + 1)}" in port "${spec}": expected tcp, udp or sctp`);
  }
  const parts = rest.split(":");
  const n = parts.length;
  const containerPart = parts[n - 1];
  let hostPart = "";
  let ip = "";
  if (n === 2)
    hostPart = parts[0];
  else if (n >= 3) {
    ip = parts.slice(0, n - 2).join(":");
    hostPart = parts[n - 2];
  }
  if (ip.startsWith("[") && ip.endsWith("]"))
    ip = ip.slice(1, -1);
  if (ip !== "" && isIP(ip) === 0)
    throw new Error(`invalid IP address "${ip}" in port "${spec}"`);
  if (containerPart === "")
    throw new Error(`no container port in "${spec}"`);
  const [cStart, cEnd] = parseRange(containerPart, "container port", spec);
  let hStart = 0;
  let hEnd = 0;
  if (hostPart !== "")
    [hStart, hEnd] = parseRange(hostPart, "host port", spec);
  const cLen = cEnd - cStart;
  const hLen = hEnd - hStart;
  if (hostPart !== "" && cLen !== hLen && cLen !== 0) {
    throw new Error(`port ranges "${hostPart}" and "${containerPart}" in "${spec}" are not the same length`);
  }
  const out = [];
  for (let i = 0; i <= cLen; i++) {
    const target = cStart + i;
    const port = { target, protocol, mode: "ingress" };
    if (ip)
      port.host_ip = ip;
    if (hostPart !== "")
      port.published = cLen === 0 && hLen !== 0 ? hostPart : String(hStart + i);
    out.push({ key: `${target}/${protocol}`, port });
  }
  out.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return out.map((o) => o.port);
}

// packages/compose/dist/normalize/volumes.js
import { posix as posix8 } from "node:path";
var PROPAGATIONS = /* @__PURE__ */ new Set(["rprivate", "private", "rshared", "shared", "rslave", "slave"]);
function isFilePath(source) {
  return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
}
function parseVolumeSpec(spec) {
  if (spec === "")
    throw new Error("empty volume spec");
  const parts = splitVolume(spec);
  if (parts.some((p) => p === ""))
    throw new Error(`invalid volume "${spec}": empty section between colons`);
  if (parts.length > 3)
    throw new Error(`invalid volume "${spec}": too many colons`);
  let source;
  let target;
  let opts;
  if (parts.length === 1)
    target = parts[0];
  else {
    source = parts[0];
    target = parts[1];
    opts = parts[2];
  }
  const vol = { type: "volume", target };
  if (source !== void 0)
    vol.source = source;
  let bindOpts;
  for (const opt of opts ? opts.split(",") : []) {
    if (opt === "ro")
      vol.read_only = true;
    else if (opt === "rw")
      vol.read_only = false;
    else if (opt === "nocopy")
      vol.volume = { nocopy: true };
    else if (PROPAGATIONS.has(opt))
      (bindOpts ??= {}).propagation = opt;
    else if (opt === "z" || opt === "Z")
      (bindOpts ??= {}).selinux = opt;
  }
  if (source !== void 0 && isFilePath(source)) {
    vol.type = "bind";
    vol.bind = { ...bindOpts, create_host_path: true };
    if (source === "./")
      vol.source = ".";
  } else {
    vol.volume ??= {};
    if (bindOpts)
      vol.bind = { ...bindOpts };
  }
  if (vol.read_only === false)
    delete vol.read_only;
  return vol;
}
function splitVolume(spec) {
  const parts = [];
  let depth2 = 0;
  let cur = "";
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === "$" && spec[i + 1] === "{")
      depth2++;
    else if (c === "}" && depth2 > 0)
      depth2--;
    if (c === ":" && depth2 === 0) {
      parts.push(cur);
      cur = "";
    } else
      cur += c;
  }
  parts.push(cur);
  return parts;
}
function cleanTarget(target) {
  return target === "" ? target : posix8.normalize(target).replace(/(.)\/$/, "$1");
}
function parseDeviceSpec(spec) {
  const parts = spec.split(":");
  if (parts.length > 3 || parts[0] === "")
    throw new Error(`invalid device "${spec}": expected HOST[:CONTAINER[:PERMISSIONS]]`);
  const source = parts[0];
  let target = source;
  let permissions = "rwm";
  if (parts.length === 2) {
    if (/^[rwm]+$/.test(parts[1]))
      permissions = parts[1];
    else
      target = parts[1];
  } else if (parts.length === 3) {
    target = parts[1];
    permissions = parts[2];
  }
  if (!/^[rwm]{1,3}$/.test(permissions))
    throw new Error(`invalid device "${spec}": permissions "${permissions}" must be made of r, w and m`);
  if (!target.startsWith("/"))
    throw new Error(`invalid device "${spec}": the container path "${target}" must be absolute`);
  return { source, target, permissions };
}

// packages/compose/dist/normalize/paths.js
import { isAbsolute, join, resolve } from "node:path";
function resolvePath(ctx, p) {
  if (p.startsWith("~"))
    return join(ctx.home, p.slice(1));
  if (isAbsolute(p))
    return p;
  return resolve(ctx.workingDir, p);
}
function isRemoteContext2(p) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith("git@") || p.startsWith("github.com/");
}
function isNonPathContext(p) {
  return isRemoteContext2(p) || /^(docker-image|service|target|oci-layout):/.test(p);
}

// packages/compose/dist/normalize/service.js
var duration = (code) => (v, ctx, path) => attempt(ctx, code, path, () => canonicalDuration(v), "durations are written like 10s, 1m30s, 500ms or 1h");
var bytes = (v, ctx, path) => attempt(ctx, VALIDATION_CODES.INVALID_SIZE, path, () => canonicalBytes(v), "sizes are written like 512m, 1g, 64k or a number of bytes");
var toNumber = (v, ctx, path) => {
  const n = typeof v === "number" ? v : Number(v);
  if (typeof v === "string" && v.trim() === "")
    fail(ctx, VALIDATION_CODES.INVALID_VALUE, path, `expected a number, found ""`);
  if (!Number.isFinite(n))
    fail(ctx, VALIDATION_CODES.INVALID_VALUE, path, `expected a number, found "${String(v)}"`);
  return n;
};
var toBool = (v) => typeof v === "boolean" ? v : /^(true|1|yes|on)$/i.test(String(v));
var list2 = (v) => stringList2(v);
var asMapping = (v) => mapping2(v);
var command2 = (v, ctx, path) => {
  if (v === null)
    return null;
  if (typeof v === "string")
    return attempt(ctx, VALIDATION_CODES.INVALID_COMMAND, path, () => shellSplit(v));
  return v.map(scalarString);
};
function ports(value, ctx, path) {
  const out = [];
  value.forEach((entry, i) => {
    const at = [...path, i];
    if (typeof entry === "number")
      out.push({ mode: "ingress", target: entry, protocol: "tcp" });
    else if (typeof entry === "string")
      out.push(...attempt(ctx, VALIDATION_CODES.INVALID_PORT, at, () => parsePortSpec(entry)));
    else if (isRecord(entry)) {
      const p = { ...entry, target: Number(toNumber(entry.target, ctx, [...at, "target"], entry)) };
      if (entry.published !== void 0 && entry.published !== null)
        p.published = scalarString(entry.published);
      p.mode ??= "ingress";
      p.protocol ??= "tcp";
      if (p.target < 1 || p.target > 65535 || !Number.isInteger(p.target)) {
        fail(ctx, VALIDATION_CODES.INVALID_PORT, [...at, "target"], `invalid container port ${p.target}: expected 1-65535`);
      }
      out.push(p);
    }
  });
  return out;
}
function volumes(value, ctx, path) {
  return value.map((entry, i) => {
    const at = [...path, i];
    const vol = typeof entry === "string" ? attempt(ctx, VALIDATION_CODES.INVALID_VOLUME, at, () => parseVolumeSpec(entry)) : structuredClone(entry);
    vol.target = cleanTarget(String(vol.target ?? ""));
    if (vol.type !== "tmpfs" && vol.type !== "npipe" && !vol.target)
      fail(ctx, VALIDATION_CODES.INVALID_VOLUME, at, "a volume needs a target path in the container");
    if (vol.read_only !== void 0)
      vol.read_only = Boolean(toBool(vol.read_only, ctx, at, {}));
    if (vol.type === "bind") {
      if (!vol.source)
        fail(ctx, VALIDATION_CODES.INVALID_VOLUME, at, "a bind mount needs a source path on the host");
      vol.source = resolvePath(ctx, vol.source);
      if (vol.bind) {
        vol.bind.create_host_path = vol.bind.create_host_path === void 0 ? true : Boolean(toBool(vol.bind.create_host_path, ctx, at, {}));
      }
    }
    if (vol.type === "volume" && vol.volume?.nocopy !== void 0)
      vol.volume.nocopy = Boolean(toBool(vol.volume.nocopy, ctx, at, {}));
    if (vol.type === "tmpfs" && isRecord(vol.tmpfs)) {
      const t = vol.tmpfs;
      if (t.size !== void 0)
        t.size = attempt(ctx, VALIDATION_CODES.INVALID_SIZE, [...at, "tmpfs", "size"], () => canonicalBytes(t.size));
      if (t.mode !== void 0)
        t.mode = typeof t.mode === "number" ? t.mode : parseInt(String(t.mode), 8);
    }
    return vol;
  });
}
function dependsOn2(value) {
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((n) => [String(n), { condition: "service_started", required: true }]));
  }
  const out = {};
  for (const [name, dep] of Object.entries(value)) {
    const d = { ...dep, condition: dep.condition ?? "service_started", required: dep.required ?? true };
    if (d.restart !== void 0)
      d.restart = toBool(d.restart, void 0, [], {});
    if (d.restart === false)
      delete d.restart;
    out[name] = d;
  }
  return out;
}
function networks(value) {
  if (Array.isArray(value))
    return Object.fromEntries(value.map((n) => [String(n), null]));
  return { ...value };
}
function healthcheck2(value, ctx, path) {
  const h = { ...value };
  if (typeof h.test === "string")
    h.test = ["CMD-SHELL", h.test];
  else if (Array.isArray(h.test))
    h.test = h.test.map(scalarString);
  for (const k of ["interval", "timeout", "start_period", "start_interval"]) {
    if (h[k] !== void 0)
      h[k] = duration(VALIDATION_CODES.INVALID_DURATION)(h[k], ctx, [...path, k], h);
  }
  if (h.retries !== void 0)
    h.retries = toNumber(h.retries, ctx, [...path, "retries"], h);
  if (h.disable !== void 0)
    h.disable = toBool(h.disable, ctx, path, h);
  return h;
}
function ulimits2(value, ctx, path) {
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (isRecord(v))
      out[k] = { soft: toNumber(v.soft, ctx, [...path, k, "soft"], {}), hard: toNumber(v.hard, ctx, [...path, k, "hard"], {}) };
    else
      out[k] = { single: toNumber(v, ctx, [...path, k], {}) };
  }
  return out;
}
function fileRefs(defaultTarget) {
  return (value) => value.map((entry) => {
    const ref2 = typeof entry === "string" ? { source: entry } : { ...entry };
    if (defaultTarget && ref2.target === void 0)
      ref2.target = defaultTarget(String(ref2.source));
    if (ref2.mode !== void 0 && typeof ref2.mode === "string")
      ref2.mode = parseInt(ref2.mode, 8);
    return ref2;
  });
}
function build2(value, ctx, path) {
  const b = typeof value === "string" ? { context: value } : { ...value };
  const context = String(b.context ?? ".");
  b.context = isRemoteContext2(context) ? context : resolvePath(ctx, context);
  if (b.dockerfile === void 0 && b.dockerfile_inline === void 0)
    b.dockerfile = "Dockerfile";
  if (b.args !== void 0)
    b.args = mappingWithEquals(b.args, ctx, false);
  if (b.labels !== void 0)
    b.labels = mapping2(b.labels);
  if (b.additional_contexts !== void 0) {
    const ac = mapping2(b.additional_contexts);
    for (const [k, v] of Object.entries(ac))
      ac[k] = isNonPathContext(v) ? v : resolvePath(ctx, v);
    b.additional_contexts = ac;
  }
  if (b.ssh !== void 0) {
    b.ssh = Array.isArray(b.ssh) ? b.ssh.map(scalarString) : Object.entries(mapping2(b.ssh)).map(([k, v]) => v ? `${k}=${v}` : k);
  }
  if (b.shm_size !== void 0)
    b.shm_size = bytes(b.shm_size, ctx, [...path, "shm_size"], b);
  if (b.extra_hosts !== void 0)
    b.extra_hosts = hostsList(b.extra_hosts, ctx, [...path, "extra_hosts"]);
  if (b.secrets !== void 0)
    b.secrets = fileRefs(void 0)(b.secrets, ctx, [...path, "secrets"], b);
  if (b.ulimits !== void 0)
    b.ulimits = ulimits2(b.ulimits, ctx, [...path, "ulimits"]);
  for (const k of ["no_cache", "pull", "privileged"])
    if (b[k] !== void 0)
      b[k] = toBool(b[k], ctx, path, b);
  return b;
}
function resources(value, ctx, path) {
  const r = { ...value };
  if (r.cpus !== void 0)
    r.cpus = toNumber(r.cpus, ctx, [...path, "cpus"], r);
  if (r.memory !== void 0)
    r.memory = bytes(r.memory, ctx, [...path, "memory"], r);
  if (r.pids !== void 0)
    r.pids = toNumber(r.pids, ctx, [...path, "pids"], r);
  return r;
}
function deploy2(value, ctx, path) {
  if (value === null)
    return void 0;
  const d = structuredClone(value);
  if (d.replicas !== void 0)
    d.replicas = toNumber(d.replicas, ctx, [...path, "replicas"], d);
  if (d.labels !== void 0)
    d.labels = mapping2(d.labels);
  const res = d.resources;
  if (res?.limits)
    res.limits = resources(res.limits, ctx, [...path, "resources", "limits"]);
  if (res?.reservations)
    res.reservations = resources(res.reservations, ctx, [...path, "resources", "reservations"]);
  const rp = d.restart_policy;
  if (rp) {
    for (const k of ["delay", "window"])
      if (rp[k] !== void 0)
        rp[k] = duration(VALIDATION_CODES.INVALID_DURATION)(rp[k], ctx, [...path, "restart_policy", k], rp);
    if (rp.max_attempts !== void 0)
      rp.max_attempts = toNumber(rp.max_attempts, ctx, [...path, "restart_policy", "max_attempts"], rp);
  }
  for (const key of ["update_config", "rollback_config"]) {
    const u = d[key];
    if (!u)
      continue;
    for (const k of ["delay", "monitor"])
      if (u[k] !== void 0)
        u[k] = duration(VALIDATION_CODES.INVALID_DURATION)(u[k], ctx, [...path, key, k], u);
    for (const k of ["parallelism", "max_failure_ratio"])
      if (u[k] !== void 0)
        u[k] = toNumber(u[k], ctx, [...path, key, k], u);
  }
  return d;
}
function devices(value, ctx, path) {
  return value.map((entry, i) => typeof entry === "string" ? attempt(ctx, VALIDATION_CODES.INVALID_DEVICE, [...path, i], () => parseDeviceSpec(entry)) : { permissions: "rwm", ...entry, target: entry.target ?? entry.source });
}
function logging(value) {
  const l = { ...value };
  if (isRecord(l.options)) {
    l.options = Object.fromEntries(Object.entries(l.options).map(([k, v]) => [k, v === null ? null : scalarString(v)]));
  }
  return l;
}
var numberKeys = ["cpu_count", "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "pids_limit", "oom_score_adj", "scale", "mem_swappiness", "cpu_percent", "cpus"];
var boolKeys = ["privileged", "read_only", "init", "tty", "stdin_open", "oom_kill_disable", "attach"];
var SERVICE_TRANSFORMS = {
  build: build2,
  command: command2,
  entrypoint: command2,
  environment: (v, ctx) => mappingWithEquals(v, ctx, true),
  ports,
  expose: (v) => v.map(scalarString),
  volumes,
  depends_on: dependsOn2,
  networks,
  healthcheck: healthcheck2,
  ulimits: ulimits2,
  deploy: deploy2,
  devices,
  logging,
  labels: asMapping,
  annotations: asMapping,
  sysctls: asMapping,
  extra_hosts: (v, ctx, path) => hostsList(v, ctx, path),
  dns: list2,
  dns_search: list2,
  tmpfs: list2,
  label_file: list2,
  secrets: fileRefs((s) => `/run/secrets/${s}`),
  configs: fileRefs(void 0),
  mem_limit: bytes,
  mem_reservation: bytes,
  memswap_limit: bytes,
  shm_size: bytes,
  stop_grace_period: duration(VALIDATION_CODES.INVALID_DURATION),
  group_add: (v) => v.map(scalarString),
  pull_policy: (v) => v === "if_not_present" ? "missing" : v,
  ...Object.fromEntries(numberKeys.map((k) => [k, toNumber])),
  ...Object.fromEntries(boolKeys.map((k) => [k, toBool]))
};
function normalizeServiceKeys(name, raw, ctx) {
  const out = {};
  for (const [key, value] of Object.entries(raw)) {
    const fn = SERVICE_TRANSFORMS[key];
    const v = fn && value !== void 0 ? fn(value, ctx, ["services", name, key], raw) : value;
    if (v !== void 0)
      out[key] = v;
  }
  return out;
}

// packages/compose/dist/normalize/env-files.js
function envFileRefs(value, ctx) {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (isRecord(item)) {
      const req = item.required;
      return { path: resolvePath(ctx, String(item.path)), required: req === void 0 ? true : req === true || req === "true" };
    }
    return { path: resolvePath(ctx, String(item)), required: true };
  });
}
function envFileEntries(service2, value, ctx) {
  const out = {};
  envFileRefs(value, ctx).forEach((ref2, i) => {
    const vars = ctx.envFiles.get(ref2.path);
    if (!vars) {
      if (!ref2.required)
        return;
      fail(ctx, VALIDATION_CODES.ENV_FILE_NOT_FOUND, ["services", service2, "env_file", ...Array.isArray(value) ? [i] : []], `env file ${ref2.path} not found`, "create the file, or mark it `required: false`");
    }
    Object.assign(out, vars);
  });
  return out;
}

// packages/compose/dist/normalize/project.js
var TOP_LEVEL_RESOURCES = ["networks", "volumes", "secrets", "configs"];
var SERVICE_PREFIX = "service:";
function toBool2(v) {
  return typeof v === "boolean" ? v : /^(true|1|yes|on)$/i.test(String(v));
}
function normalizeResource(kind2, key, raw, ctx, defaults) {
  const r = isRecord(raw) ? { ...raw } : {};
  if (r.external !== void 0) {
    if (isRecord(r.external)) {
      if (r.external.name !== void 0) {
        if (r.name !== void 0 && r.name !== r.external.name) {
          fail(ctx, VALIDATION_CODES.CONFLICTING_OPTIONS, [kind2, key, "external", "name"], `"${kind2}.${key}.external.name" (deprecated) and "${kind2}.${key}.name" disagree`);
        }
        r.name = r.external.name;
      }
      r.external = true;
    } else
      r.external = toBool2(r.external);
  }
  for (const k of ["internal", "attachable", "enable_ipv4", "enable_ipv6"])
    if (r[k] !== void 0)
      r[k] = toBool2(r[k]);
  if (r.labels !== void 0)
    r.labels = mapping2(r.labels);
  if (isRecord(r.driver_opts))
    r.driver_opts = Object.fromEntries(Object.entries(r.driver_opts).map(([k, v]) => [k, scalarString(v)]));
  if ((kind2 === "secrets" || kind2 === "configs") && typeof r.file === "string")
    r.file = resolvePath(ctx, r.file);
  if (kind2 === "volumes" && isRecord(r.driver_opts) && (r.driver === void 0 || r.driver === "local") && r.driver_opts.o === "bind" && typeof r.driver_opts.device === "string") {
    r.driver_opts = { ...r.driver_opts, device: resolvePath(ctx, r.driver_opts.device) };
  }
  if (defaults && r.name === void 0)
    r.name = r.external === true ? key : `${ctx.projectName}_${key}`;
  return r;
}
function implicitDependencies(svc) {
  const deps = isRecord(svc.depends_on) ? { ...svc.depends_on } : {};
  const add = (name, restart) => {
    if (!(name in deps))
      deps[name] = restart ? { condition: "service_started", restart: true, required: true } : { condition: "service_started", required: true };
  };
  for (const link of svc.links ?? [])
    add(link.split(":")[0], true);
  for (const key of ["network_mode", "ipc", "pid", "uts", "cgroup"]) {
    const ref2 = svc[key];
    if (typeof ref2 === "string" && ref2.startsWith(SERVICE_PREFIX))
      add(ref2.slice(SERVICE_PREFIX.length), true);
  }
  for (const from of svc.volumes_from ?? []) {
    if (!from.startsWith("container:"))
      add(from.split(":")[0], false);
  }
  if (Object.keys(deps).length > 0)
    svc.depends_on = deps;
}
function normalizeModel(doc, ctx, options2) {
  const out = { name: ctx.projectName };
  const services2 = {};
  let usesDefaultNetwork = false;
  for (const [name, raw] of Object.entries(doc.services ?? {})) {
    const src = { ...raw };
    if (src.env_file !== void 0) {
      const fromFiles = envFileEntries(name, src.env_file, ctx);
      const own = src.environment;
      src.environment = { ...fromFiles, ...own === void 0 ? {} : Object.fromEntries(Object.entries(listToRecord(own))) };
      delete src.env_file;
    }
    delete src.extends;
    const svc = normalizeServiceKeys(name, src, ctx);
    if (options2.defaults) {
      implicitDependencies(svc);
      if (svc.network_mode === void 0 && svc.provider === void 0) {
        if (!isRecord(svc.networks) || Object.keys(svc.networks).length === 0)
          svc.networks = { default: null };
        if ("default" in svc.networks)
          usesDefaultNetwork = true;
      }
    }
    services2[name] = svc;
  }
  out.services = services2;
  for (const kind2 of TOP_LEVEL_RESOURCES) {
    const declared = doc[kind2];
    const entries = {};
    for (const [key, raw] of Object.entries(isRecord(declared) ? declared : {}))
      entries[key] = normalizeResource(kind2, key, raw, ctx, options2.defaults);
    if (kind2 === "networks" && options2.defaults && usesDefaultNetwork && !("default" in entries)) {
      entries.default = normalizeResource(kind2, "default", null, ctx, true);
    }
    if (Object.keys(entries).length > 0)
      out[kind2] = entries;
  }
  if (isRecord(doc.models))
    out.models = doc.models;
  for (const [k, v] of Object.entries(doc))
    if (k.startsWith("x-"))
      out[k] = v;
  return out;
}
function listToRecord(v) {
  if (!Array.isArray(v))
    return isRecord(v) ? v : {};
  const r = {};
  for (const item of v) {
    const s = String(item);
    const eq = s.indexOf("=");
    if (eq === -1)
      r[s] = null;
    else
      r[s.slice(0, eq)] = s.slice(eq + 1);
  }
  return r;
}

// packages/compose/dist/load/load-project.js
async function defaultRead(path) {
  if (path === "-") {
    const chunks = [];
    for await (const c of process.stdin)
      chunks.push(c);
    return Buffer.concat(chunks).toString("utf8");
  }
  return fsReadFile(path, "utf8");
}
async function loadProject(options2 = {}) {
  const texts = /* @__PURE__ */ new Map();
  const baseRead = options2.readFile ?? defaultRead;
  const read = (path) => {
    let t = texts.get(path);
    if (!t)
      texts.set(path, t = baseRead(path));
    return t;
  };
  for (let attempt2 = 0; ; attempt2++) {
    const warnings = [];
    try {
      const project = await loadOnce(options2, read, warnings);
      warnings.forEach((m) => options2.onWarning?.(m));
      return project;
    } catch (err2) {
      if (isYamlLibraryNotLoaded(err2) && attempt2 === 0) {
        await loadYamlLibrary();
        continue;
      }
      warnings.forEach((m) => options2.onWarning?.(m));
      throw err2;
    }
  }
}
async function loadOnce(options2, read, warnings) {
  const cwd = resolve2(options2.cwd ?? process.cwd());
  const warn = (m) => {
    warnings.push(m);
  };
  const home = options2.processEnv?.HOME ?? (options2.processEnv ? void 0 : process.env.HOME) ?? homedir();
  const env = loadEnvironment({
    cwd,
    projectDirectory: options2.projectDirectory,
    files: options2.files,
    envFiles: options2.envFiles,
    processEnv: options2.processEnv ?? process.env,
    warn
  });
  const { files, workingDir } = env.found;
  const doInterpolate = options2.interpolate !== false;
  const unset = /* @__PURE__ */ new Set();
  const warnUnset = (name) => {
    if (unset.has(name))
      return;
    unset.add(name);
    warn(`The "${name}" variable is not set. Defaulting to a blank string.`);
  };
  const sources = [];
  for (const file of files) {
    let text;
    try {
      text = await read(file);
    } catch (cause) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `open ${file}: no such file or directory`, { cause, location: { file } });
    }
    sources.push({ path: file, parsed: parseComposeYaml(text, file === "-" ? "stdin" : file) });
  }
  const environment = { ...env.environment };
  const projectName = resolveProjectName({
    flag: options2.projectName,
    env: environment,
    topLevelName: nameFromFiles(sources.map((s) => s.parsed), doInterpolate, (n) => environment[n], warnUnset),
    dir: workingDir
  });
  environment.COMPOSE_PROJECT_NAME = projectName;
  const lookup = (name) => Object.hasOwn(environment, name) ? environment[name] : void 0;
  const versionWarned = /* @__PURE__ */ new Set();
  const loaded = loadComposeFiles({
    files: sources,
    workingDir,
    lookup,
    home,
    noInterpolate: !doInterpolate,
    warn: warnUnset,
    readFile: nodeFs.readFile,
    isFile: nodeFs.isFile,
    onDocument: (p, doc) => {
      if (!isRecord(doc))
        return;
      validateComposeDocument(stripMergeTags(doc), p);
      if (doc.version !== void 0 && !versionWarned.has(p.file)) {
        versionWarned.add(p.file);
        warn(`${p.file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
      }
    }
  });
  const merged = loaded.model;
  const locate = loaded.locate;
  let model2;
  if (!doInterpolate) {
    const { version: _v, include: _i, ...rest } = merged;
    model2 = { ...rest, name: projectName, services: rest.services ?? {} };
  } else {
    const ctx = {
      workingDir,
      projectName,
      lookup,
      home,
      locate,
      envFiles: await readEnvFiles(merged, { workingDir, home }, read, lookup)
    };
    model2 = normalizeModel(merged, ctx, { defaults: options2.normalize !== false });
  }
  const profiles = options2.profiles && options2.profiles.length > 0 ? [...options2.profiles] : profilesFromEnv(environment.COMPOSE_PROFILES);
  const targeted = options2.services ?? [];
  const split = applyProfiles(model2, profiles, targeted, { strict: targeted.length > 0 });
  const enabled = split.model;
  if (doInterpolate)
    checkModel(enabled, { consistency: options2.consistency !== false, locate });
  const disabledServices = {};
  for (const name of Object.keys(split.disabled))
    disabledServices[name] = model2.services[name];
  return {
    model: enabled,
    workingDir,
    composeFiles: files,
    environment,
    profiles: split.activeProfiles,
    disabledServices,
    warnings
  };
}
function nameFromFiles(parsed, doInterpolate, lookup, warn) {
  let name;
  let from;
  for (const p of parsed) {
    if (isRecord(p.doc) && p.doc.name !== void 0 && p.doc.name !== null && p.doc.name !== "") {
      name = p.doc.name;
      from = p;
    }
  }
  if (typeof name !== "string" || !doInterpolate)
    return name;
  return interpolate({ name }, { lookup, warn, locate: from.locate }).name;
}
async function readEnvFiles(doc, paths, read, lookup) {
  const out = /* @__PURE__ */ new Map();
  for (const svc of Object.values(doc.services ?? {})) {
    if (!isRecord(svc) || svc.env_file === void 0)
      continue;
    for (const ref2 of envFileRefs(svc.env_file, paths)) {
      if (out.has(ref2.path))
        continue;
      let text;
      try {
        text = await read(ref2.path);
      } catch {
        continue;
      }
      out.set(ref2.path, parseDotenv(text, { lookup, file: ref2.path }));
    }
  }
  return out;
}

// packages/compose/dist/model/field-order.js
var SERVICE_FIELDS = [
  "profiles",
  "annotations",
  "attach",
  "build",
  "develop",
  "blkio_config",
  "cap_add",
  "cap_drop",
  "cgroup_parent",
  "cgroup",
  "cpu_count",
  "cpu_percent",
  "cpu_period",
  "cpu_quota",
  "cpu_rt_period",
  "cpu_rt_runtime",
  "cpus",
  "cpuset",
  "cpu_shares",
  "command",
  "configs",
  "container_name",
  "credential_spec",
  "depends_on",
  "deploy",
  "device_cgroup_rules",
  "devices",
  "dns",
  "dns_opt",
  "dns_search",
  "dockerfile",
  "domainname",
  "entrypoint",
  "environment",
  "env_file",
  "expose",
  "extends",
  "external_links",
  "extra_hosts",
  "gpus",
  "group_add",
  "hostname",
  "healthcheck",
  "image",
  "init",
  "ipc",
  "isolation",
  "labels",
  "label_file",
  "links",
  "logging",
  "log_driver",
  "log_opt",
  "mem_limit",
  "mem_reservation",
  "memswap_limit",
  "mem_swappiness",
  "mac_address",
  "models",
  "net",
  "network_mode",
  "networks",
  "oom_kill_disable",
  "oom_score_adj",
  "pid",
  "pids_limit",
  "platform",
  "ports",
  "privileged",
  "pull_policy",
  "read_only",
  "restart",
  "runtime",
  "scale",
  "secrets",
  "security_opt",
  "shm_size",
  "stdin_open",
  "stop_grace_period",
  "stop_signal",
  "storage_opt",
  "sysctls",
  "tmpfs",
  "tty",
  "ulimits",
  "use_api_socket",
  "user",
  "userns_mode",
  "uts",
  "volume_driver",
  "volumes",
  "volumes_from",
  "working_dir",
  "post_start",
  "pre_stop"
];
var NESTED = {
  ports: ["name", "mode", "host_ip", "target", "published", "protocol", "app_protocol"],
  volumes: ["type", "source", "target", "read_only", "consistency", "bind", "volume", "tmpfs", "image"],
  "volumes.bind": ["propagation", "create_host_path", "recursive", "selinux"],
  "volumes.volume": ["nocopy", "subpath"],
  "volumes.tmpfs": ["size", "mode"],
  "networks.*": ["priority", "gw_priority", "aliases", "ipv4_address", "ipv6_address", "link_local_ips", "mac_address", "driver_opts", "interface_name"],
  healthcheck: ["test", "timeout", "interval", "retries", "start_period", "start_interval", "disable"],
  deploy: ["mode", "replicas", "labels", "update_config", "rollback_config", "resources", "restart_policy", "placement", "endpoint_mode"],
  "deploy.resources": ["limits", "reservations"],
  "deploy.resources.limits": ["cpus", "memory", "pids", "generic_resources", "devices"],
  "deploy.resources.reservations": ["cpus", "memory", "pids", "generic_resources", "devices"],
  "deploy.restart_policy": ["condition", "delay", "max_attempts", "window"],
  logging: ["driver", "options"],
  depends_on: ["condition", "restart", "required"],
  secrets: ["source", "target", "uid", "gid", "mode"],
  configs: ["source", "target", "uid", "gid", "mode"],
  devices: ["source", "target", "permissions"]
};

// packages/compose/dist/model/printable.js
var TOP_ORDER = ["name", "services", "networks", "volumes", "secrets", "configs", "models"];
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function hostsAsList(hosts) {
  return Object.entries(hosts).flatMap(([h, ips]) => ips.map((ip) => `${h}=${ip}`)).sort();
}
function ulimitsPrintable(u) {
  return Object.fromEntries(Object.entries(u).map(([k, v]) => [k, v.single !== void 0 ? v.single : { soft: v.soft, hard: v.hard }]));
}
function sortKeys(o) {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}
function ordered(o, order) {
  const keys = [...order.filter((k) => k in o), ...Object.keys(o).filter((k) => !order.includes(k)).sort()];
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}
function orderNested(value, path) {
  if (Array.isArray(value))
    return value.map((v) => orderNested(v, path));
  if (!isRecord2(value))
    return value;
  const order = NESTED[path];
  if (!order)
    return value;
  const o = ordered(value, order);
  for (const k of Object.keys(o))
    if (NESTED[`${path}.${k}`])
      o[k] = orderNested(o[k], `${path}.${k}`);
  return o;
}
function servicePrintable(svc) {
  const s = { ...svc };
  for (const k of ["ports", "volumes", "healthcheck", "deploy", "logging", "secrets", "configs", "devices"])
    if (s[k] !== void 0)
      s[k] = orderNested(s[k], k);
  if (isRecord2(s.depends_on))
    s.depends_on = Object.fromEntries(Object.entries(s.depends_on).map(([k, v]) => [k, orderNested(v, "depends_on")]));
  if (isRecord2(s.extra_hosts))
    s.extra_hosts = hostsAsList(s.extra_hosts);
  if (isRecord2(s.ulimits))
    s.ulimits = ulimitsPrintable(s.ulimits);
  if (isRecord2(s.build)) {
    const b = { ...s.build };
    if (isRecord2(b.extra_hosts))
      b.extra_hosts = hostsAsList(b.extra_hosts);
    if (isRecord2(b.ulimits))
      b.ulimits = ulimitsPrintable(b.ulimits);
    s.build = b;
  }
  return sortKeys(s);
}
function toPrintable(model2) {
  const m = model2;
  const out = {};
  for (const k of TOP_ORDER) {
    if (m[k] === void 0)
      continue;
    if (k === "services") {
      out.services = Object.fromEntries(Object.entries(m.services).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([n, s]) => [n, servicePrintable(s)]));
    } else
      out[k] = m[k];
  }
  for (const k of Object.keys(m))
    if (!(k in out) && k.startsWith("x-"))
      out[k] = m[k];
  return out;
}

// packages/compose/dist/model/serialize.js
function escape(text, opts) {
  return opts.escapeDollars ? text.replaceAll("$", "$$$$") : text;
}
function modelToYaml(model2, opts = { escapeDollars: true }) {
  return escape(yamlLibrary().stringify(toPrintable(model2), { indent: 2, lineWidth: 0, aliasDuplicateObjects: false, nullStr: "null", version: "1.1" }), opts);
}
function modelToJson(model2, opts = { escapeDollars: true }) {
  return escape(JSON.stringify(toPrintable(model2), null, 2), opts) + "\n";
}
function toYaml(value) {
  return yamlLibrary().stringify(value, { indent: 2, lineWidth: 0, aliasDuplicateObjects: false });
}

// packages/compose/dist/model/config-hash.js
import { createHash } from "node:crypto";
var CONFIG_HASH_LABEL = "com.docker.compose.config-hash";
var MAPS = /* @__PURE__ */ new Set(["annotations", "environment", "labels", "sysctls", "storage_opt", "networks", "ulimits", "logging.options", "deploy.labels", "networks.*.driver_opts"]);
function goString(s) {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function encode(value, path) {
  if (value === null || value === void 0)
    return "null";
  if (typeof value === "string")
    return goString(value);
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (Array.isArray(value))
    return `[${value.map((v) => encode(v, path)).join(",")}]`;
  const obj = value;
  if (path === "ulimits.*" && typeof obj.single === "number")
    return String(obj.single);
  const isMap = MAPS.has(path);
  const order = isMap ? [] : NESTED[path] ?? [];
  const keys = [...order.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !order.includes(k)).sort()];
  const parts = [];
  for (const k of keys) {
    const v = obj[k];
    if (!isMap && isEmpty(v))
      continue;
    const childPath = isMap ? `${path}.*` : path === "" ? k : `${path}.${k}`;
    parts.push(`${goString(k)}:${encode(v, childPath)}`);
  }
  return `{${parts.join(",")}}`;
}
function isEmpty(v) {
  return v === void 0 || v === null || v === false || v === 0 || v === "" || Array.isArray(v) && v.length === 0 || typeof v === "object" && v !== null && Object.keys(v).length === 0;
}
function configHashInput(service2) {
  const s = { ...service2 };
  for (const k of ["build", "pull_policy", "scale", "depends_on", "profiles"])
    delete s[k];
  for (const k of Object.keys(s))
    if (k.startsWith("x-"))
      delete s[k];
  if (s.deploy) {
    const d = { ...s.deploy };
    delete d.replicas;
    s.deploy = d;
  }
  if (s.extra_hosts && !Array.isArray(s.extra_hosts))
    s.extra_hosts = hostsAsList(s.extra_hosts);
  const parts = [];
  const known = new Set(SERVICE_FIELDS);
  const keys = [...SERVICE_FIELDS, ...Object.keys(s).filter((k) => !known.has(k)).sort()];
  for (const k of keys) {
    const v = s[k];
    if (k === "command" || k === "entrypoint") {
      parts.push(`${goString(k)}:${encode(v ?? null, k)}`);
      continue;
    }
    if (isEmpty(v))
      continue;
    parts.push(`${goString(k)}:${encode(v, k)}`);
  }
  return `{${parts.join(",")}}`;
}
function configHash(service2) {
  return createHash("sha256").update(configHashInput(service2)).digest("hex");
}

// packages/compose/dist/model/variables.js
var VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
function extractVariables(value) {
  const out = /* @__PURE__ */ new Map();
  const scan = (text) => {
    const s = text.replaceAll("$$", "");
    for (const m of s.matchAll(VAR)) {
      const name = m[1] ?? m[4];
      const op = m[2] ?? "";
      const arg = m[3] ?? "";
      const info = {
        name,
        required: op.endsWith("?"),
        defaultValue: op.endsWith("-") ? arg : "",
        presenceValue: op.endsWith("+") ? arg : ""
      };
      const prev = out.get(name);
      if (!prev || !prev.defaultValue && info.defaultValue || !prev.required && info.required)
        out.set(name, { ...prev, ...info });
      if (arg.includes("$"))
        scan(arg);
    }
  };
  const walk2 = (v) => {
    if (typeof v === "string")
      scan(v);
    else if (Array.isArray(v))
      v.forEach(walk2);
    else if (v && typeof v === "object")
      Object.values(v).forEach(walk2);
  };
  walk2(value);
  return out;
}

// packages/compose/dist/graph/dependency-graph.js
var DependencyGraph = class {
  deps = /* @__PURE__ */ new Map();
  dependents = /* @__PURE__ */ new Map();
  edges = [];
  constructor(vertices, edges = []) {
    for (const v of vertices)
      this.addVertex(v);
    for (const e of edges)
      this.addEdge(e);
  }
  addVertex(name) {
    if (!this.deps.has(name)) {
      this.deps.set(name, /* @__PURE__ */ new Set());
      this.dependents.set(name, /* @__PURE__ */ new Set());
    }
  }
  addEdge(edge) {
    this.addVertex(edge.from);
    this.addVertex(edge.to);
    this.deps.get(edge.from).add(edge.to);
    this.dependents.get(edge.to).add(edge.from);
    this.edges.push(edge);
  }
  get vertices() {
    return [...this.deps.keys()];
  }
  dependenciesOf(name) {
    return [...this.deps.get(name) ?? []];
  }
  dependentsOf(name) {
    return [...this.dependents.get(name) ?? []];
  }
  /** Every vertex reachable from `roots` following dependencies (roots included). */
  closure(roots) {
    const out = /* @__PURE__ */ new Set();
    const stack = [...roots];
    while (stack.length) {
      const v = stack.pop();
      if (out.has(v) || !this.deps.has(v))
        continue;
      out.add(v);
      stack.push(...this.deps.get(v));
    }
    return out;
  }
  /** Every vertex that depends, directly or not, on one of `roots` (roots excluded). */
  dependentClosure(roots) {
    const out = /* @__PURE__ */ new Set();
    const stack = [...roots].flatMap((r) => this.dependentsOf(r));
    while (stack.length) {
      const v = stack.pop();
      if (out.has(v))
        continue;
      out.add(v);
      stack.push(...this.dependentsOf(v));
    }
    return out;
  }
  /** The first cycle found, as a closed path [a, b, ..., a], or undefined. */
  findCycle() {
    const WHITE = 0;
    const GREY = 1;
    const BLACK = 2;
    const color = /* @__PURE__ */ new Map();
    const stack = [];
    const visit = (v) => {
      color.set(v, GREY);
      stack.push(v);
      for (const d of [...this.deps.get(v)].sort()) {
        const c = color.get(d) ?? WHITE;
        if (c === GREY)
          return [...stack.slice(stack.indexOf(d)), d];
        if (c === WHITE) {
          const found = visit(d);
          if (found)
            return found;
        }
      }
      stack.pop();
      color.set(v, BLACK);
      return void 0;
    };
    for (const v of [...this.deps.keys()].sort()) {
      if ((color.get(v) ?? WHITE) === WHITE) {
        const found = visit(v);
        if (found)
          return found;
      }
    }
    return void 0;
  }
  /** Vertices in an order where each comes after everything it waits for. */
  order(direction) {
    const out = [];
    const waitsFor = direction === "up" ? this.deps : this.dependents;
    const remaining = new Map([...waitsFor].map(([k, s]) => [k, new Set(s)]));
    while (remaining.size) {
      const ready = [...remaining].filter(([, s]) => s.size === 0).map(([k]) => k).sort();
      if (ready.length === 0)
        throw new Error(`dependency cycle: ${this.findCycle()?.join(" -> ")}`);
      for (const r of ready) {
        remaining.delete(r);
        for (const s of remaining.values())
          s.delete(r);
        out.push(r);
      }
    }
    return out;
  }
  /**
   * Runs `fn` for every vertex in `only` (default: all), each once everything it waits for
   * in that set has finished, at most `concurrency` at a time. A failure stops scheduling
   * new work; running work finishes; the first error is thrown.
   */
  async visit(direction, fn, opts = {}) {
    const only = opts.only ?? new Set(this.vertices);
    const limit = Math.max(1, opts.concurrency ?? Infinity);
    const waitsFor = direction === "up" ? this.deps : this.dependents;
    const pending = /* @__PURE__ */ new Map();
    for (const v of only)
      pending.set(v, new Set([...waitsFor.get(v) ?? []].filter((d) => only.has(d))));
    const cycle = this.findCycle();
    if (cycle && cycle.every((c) => only.has(c)))
      throw new Error(`dependency cycle: ${cycle.join(" -> ")}`);
    let running = 0;
    let failure;
    let failed = false;
    await new Promise((resolve4) => {
      const pump = () => {
        if (failed && running === 0)
          return resolve4();
        if (!failed) {
          const ready = [...pending].filter(([, s]) => s.size === 0).map(([k]) => k).sort();
          for (const v of ready) {
            if (running >= limit)
              break;
            pending.delete(v);
            running += 1;
            fn(v).then(() => {
              running -= 1;
              for (const s of pending.values())
                s.delete(v);
              pump();
            }, (err2) => {
              running -= 1;
              if (!failed) {
                failed = true;
                failure = err2;
              }
              pump();
            });
          }
        }
        if (pending.size === 0 && running === 0)
          resolve4();
      };
      pump();
    });
    if (failed)
      throw failure;
  }
  edgesFrom(name) {
    return this.edges.filter((e) => e.from === name);
  }
};

// packages/compose/dist/plan/labels.js
var labels_exports = {};
__export(labels_exports, {
  COMPOSE_LABEL_VERSION: () => COMPOSE_LABEL_VERSION,
  LABEL_CONFIG_FILES: () => LABEL_CONFIG_FILES,
  LABEL_CONFIG_HASH: () => LABEL_CONFIG_HASH,
  LABEL_CONTAINER_NUMBER: () => LABEL_CONTAINER_NUMBER,
  LABEL_DEPENDS_ON: () => LABEL_DEPENDS_ON,
  LABEL_ENVIRONMENT_FILE: () => LABEL_ENVIRONMENT_FILE,
  LABEL_IMAGE: () => LABEL_IMAGE,
  LABEL_NETWORK: () => LABEL_NETWORK,
  LABEL_ONEOFF: () => LABEL_ONEOFF,
  LABEL_PROJECT: () => LABEL_PROJECT,
  LABEL_REPLACE: () => LABEL_REPLACE,
  LABEL_SERVICE: () => LABEL_SERVICE,
  LABEL_SLUG: () => LABEL_SLUG,
  LABEL_VERSION: () => LABEL_VERSION,
  LABEL_VOLUME: () => LABEL_VOLUME,
  LABEL_WORKING_DIR: () => LABEL_WORKING_DIR
});
var LABEL_PROJECT = "com.docker.compose.project";
var LABEL_SERVICE = "com.docker.compose.service";
var LABEL_CONTAINER_NUMBER = "com.docker.compose.container-number";
var LABEL_CONFIG_HASH = "com.docker.compose.config-hash";
var LABEL_ONEOFF = "com.docker.compose.oneoff";
var LABEL_DEPENDS_ON = "com.docker.compose.depends_on";
var LABEL_IMAGE = "com.docker.compose.image";
var LABEL_WORKING_DIR = "com.docker.compose.project.working_dir";
var LABEL_CONFIG_FILES = "com.docker.compose.project.config_files";
var LABEL_ENVIRONMENT_FILE = "com.docker.compose.project.environment_file";
var LABEL_VERSION = "com.docker.compose.version";
var LABEL_SLUG = "com.docker.compose.slug";
var LABEL_REPLACE = "com.docker.compose.replace";
var LABEL_NETWORK = "com.docker.compose.network";
var LABEL_VOLUME = "com.docker.compose.volume";
var COMPOSE_LABEL_VERSION = "2.29.0";

// packages/compose/dist/plan/config-hash.js
import { createHash as createHash2 } from "node:crypto";
function serviceConfigHash(service2, extra) {
  const base = configHash(service2);
  if (!extra || Object.keys(extra).length === 0)
    return base;
  const h = createHash2("sha256").update(base);
  for (const key of Object.keys(extra).sort())
    h.update(`\0${key}\0${extra[key]}`);
  return h.digest("hex");
}

// packages/compose/dist/plan/plan.js
var PlanBuilder = class {
  ops = [];
  warnings = [];
  add(op) {
    const id = this.ops.length + 1;
    const after = [...new Set((op.after ?? []).filter((x) => x !== void 0))].sort((a, b) => a - b);
    this.ops.push({ ...op, id, after });
    return id;
  }
  warn(message) {
    this.warnings.push(message);
  }
  build() {
    return { operations: [...this.ops], warnings: [...this.warnings] };
  }
};
function planToString(plan) {
  const lines = plan.operations.map((op) => {
    const after = op.after.length ? ` after ${op.after.map((a) => `#${a}`).join(", ")}` : "";
    return `#${op.id} ${op.target} ${op.kind} (${op.cause})${after}`;
  });
  for (const w of plan.warnings)
    lines.push(`warning: ${w}`);
  return lines.join("\n") + (lines.length ? "\n" : "");
}

// packages/compose/dist/plan/dependencies.js
function serviceEdges(name, service2) {
  const edges = [];
  for (const dep of Object.keys(service2.depends_on ?? {}))
    edges.push({ from: name, to: dep, kind: "depends_on" });
  const links = service2.links ?? [];
  for (const link of links)
    edges.push({ from: name, to: link.split(":")[0], kind: "links" });
  const mode = service2.network_mode;
  if (typeof mode === "string" && mode.startsWith("service:"))
    edges.push({ from: name, to: mode.slice(8), kind: "network_mode" });
  for (const vf of service2.volumes_from ?? []) {
    if (!vf.startsWith("container:"))
      edges.push({ from: name, to: vf.split(":")[0], kind: "volumes_from" });
  }
  return edges;
}
function projectGraph(model2) {
  const graph = new DependencyGraph(Object.keys(model2.services));
  for (const [name, service2] of Object.entries(model2.services)) {
    for (const e of serviceEdges(name, service2))
      if (e.to in model2.services)
        graph.addEdge(e);
  }
  return graph;
}

// packages/compose/dist/plan/naming.js
function containerName(project, serviceName, service2, number) {
  return service2.container_name ?? `${project}-${serviceName}-${number}`;
}
function serviceImage(project, serviceName, service2) {
  return service2.image ?? `${project}-${serviceName}`;
}
function desiredScale(service2, override) {
  if (override !== void 0)
    return override;
  if (typeof service2.scale === "number")
    return service2.scale;
  const replicas = service2.deploy?.replicas;
  return typeof replicas === "number" ? replicas : 1;
}

// packages/compose/dist/plan/pull-policy.js
var PULL_OPTIONS = ["always", "missing", "never", "build", "policy"];
var DAY_MS = 24 * 36e5;
function servicePullPolicy(service2, option = "policy") {
  if (option !== "policy")
    return option;
  const p = service2.pull_policy;
  if (!p)
    return service2.build && !service2.image ? "build" : "missing";
  if (p === "if_not_present")
    return "missing";
  if (p === "refresh")
    return "always";
  return p;
}
function rank(p) {
  if (p === "always")
    return 4;
  if (p === "daily" || p === "weekly" || p.startsWith("every_"))
    return 3;
  if (p === "missing")
    return 2;
  if (p === "build")
    return 1;
  return 0;
}
function strongerPullPolicy(a, b) {
  return a === void 0 || rank(b) > rank(a) ? b : a;
}
function pullsWhenPresent(p) {
  return rank(p) >= 3;
}
function hostPullPolicy(p) {
  if (p === "always" || p === "missing" || p === "never" || p === "build")
    return p;
  if (p === "daily")
    return { maxAgeMs: DAY_MS };
  if (p === "weekly")
    return { maxAgeMs: 7 * DAY_MS };
  if (p.startsWith("every_")) {
    const ms = parseDuration2(p.slice("every_".length)) / 1e6;
    if (ms <= 0)
      throw new Error(`invalid pull_policy "${p}": the duration must be positive`);
    return { maxAgeMs: ms };
  }
  throw new Error(`unknown pull_policy "${p}"`);
}

// packages/compose/dist/plan/reconcile-up.js
function networksOf(service2) {
  if (service2.network_mode)
    return [];
  return Object.keys(service2.networks ?? {});
}
function namedVolumesOf(service2) {
  return (service2.volumes ?? []).filter((v) => v.type === "volume" && v.source).map((v) => v.source);
}
function reconcileUp(model2, observed, opts = {}) {
  const b = new PlanBuilder();
  const graph = projectGraph(model2);
  const targeted = opts.services?.length ? opts.services : Object.keys(model2.services);
  const selected = opts.noDeps ? new Set(targeted) : graph.closure(targeted);
  const project = model2.name;
  const networkOps = /* @__PURE__ */ new Map();
  const volumeOps = /* @__PURE__ */ new Map();
  const imageOps = /* @__PURE__ */ new Map();
  const imagePolicy = /* @__PURE__ */ new Map();
  for (const name of graph.order("up")) {
    if (!selected.has(name))
      continue;
    const image = serviceImage(project, name, model2.services[name]);
    const policy = servicePullPolicy(model2.services[name], opts.pull);
    const prev = imagePolicy.get(image);
    if (strongerPullPolicy(prev?.policy, policy) !== prev?.policy)
      imagePolicy.set(image, { policy, service: name });
  }
  for (const name of graph.order("up")) {
    if (!selected.has(name))
      continue;
    const service2 = model2.services[name];
    for (const key of networksOf(service2)) {
      if (networkOps.has(key))
        continue;
      const net = model2.networks?.[key];
      const runtimeName = net?.name ?? `${project}_${key}`;
      if (net?.external || observed.networks.has(runtimeName))
        networkOps.set(key, void 0);
      else
        networkOps.set(key, b.add({ kind: "createNetwork", target: `network:${key}`, network: key, cause: "missing" }));
    }
    for (const key of namedVolumesOf(service2)) {
      if (volumeOps.has(key))
        continue;
      const vol = model2.volumes?.[key];
      const runtimeName = vol?.name ?? `${project}_${key}`;
      if (vol?.external || observed.volumes.has(runtimeName))
        volumeOps.set(key, void 0);
      else
        volumeOps.set(key, b.add({ kind: "createVolume", target: `volume:${key}`, volume: key, cause: "missing" }));
    }
    const image = serviceImage(project, name, service2);
    if (!imageOps.has(image)) {
      const { policy, service: by } = imagePolicy.get(image);
      const present = observed.images.has(image);
      const builder = [...selected].find((s) => model2.services[s].build && serviceImage(project, s, model2.services[s]) === image);
      if (builder && !opts.noBuild && !opts.pulled?.has(image) && (opts.build || !present || policy === "build" && model2.services[builder].pull_policy === "build")) {
        const cause2 = opts.build ? "--build" : !present ? "not present locally" : "pull_policy build";
        imageOps.set(image, b.add({ kind: "buildImage", target: `image:${image}`, image, service: builder, cause: cause2 }));
        continue;
      }
      const eager = pullsWhenPresent(policy) && !opts.pulled?.has(image);
      const cause = eager ? opts.pull && opts.pull !== "policy" ? `--pull ${policy}` : `pull_policy ${policy}` : "not present locally";
      imageOps.set(image, present && !eager ? void 0 : b.add({ kind: "ensureImage", target: `image:${image}`, image, service: by, pullPolicy: policy, cause }));
    }
  }
  const byService = /* @__PURE__ */ new Map();
  for (const c of observed.containers) {
    if (c.oneoff)
      continue;
    const list3 = byService.get(c.service) ?? [];
    list3.push(c);
    byService.set(c.service, list3);
  }
  const readyOps = /* @__PURE__ */ new Map();
  const recreated = /* @__PURE__ */ new Set();
  for (const name of graph.order("up")) {
    if (!selected.has(name))
      continue;
    const service2 = model2.services[name];
    const hash = serviceConfigHash(service2, opts.extraHashContent?.[name]);
    const image = serviceImage(project, name, service2);
    const imageId = observed.images.get(image);
    const isDependencyOnly = !targeted.includes(name);
    const policy = (isDependencyOnly ? opts.recreateDependencies : void 0) ?? opts.recreate ?? "diverged";
    const scale = desiredScale(service2, opts.scale?.[name]);
    let waitIds;
    const waitsFor = () => {
      if (waitIds)
        return waitIds;
      waitIds = [];
      for (const [dep, cfg] of Object.entries(service2.depends_on ?? {})) {
        if (!selected.has(dep))
          continue;
        const depReady = readyOps.get(dep) ?? [];
        if (cfg.condition === "service_started") {
          waitIds.push(...depReady);
          continue;
        }
        waitIds.push(b.add({ kind: "waitCondition", target: `service:${dep}`, service: dep, condition: cfg.condition, required: cfg.required, cause: `${name} depends on it`, after: depReady }));
      }
      return waitIds;
    };
    const prereqs = [
      ...networksOf(service2).map((n) => networkOps.get(n)),
      ...namedVolumesOf(service2).map((v) => volumeOps.get(v)),
      imageOps.get(image)
    ];
    const existing = [...byService.get(name) ?? []].sort((x, y) => x.number - y.number);
    const keep = existing.slice(0, scale);
    const extra = existing.slice(scale);
    const ready = [];
    const dependencyRecreated = Object.entries(service2.depends_on ?? {}).some(([dep, cfg]) => cfg.restart && recreated.has(dep));
    for (const c of keep) {
      const diverged = c.configHash !== hash ? "config hash changed" : imageId && c.imageId && c.imageId !== imageId ? "image changed" : void 0;
      const reason = policy === "force" ? "forced recreate" : policy === "diverged" ? diverged : void 0;
      if (reason) {
        recreated.add(name);
        const id = b.add({ kind: "recreateContainer", target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: reason, after: [...prereqs, ...waitsFor()], timeoutSeconds: opts.timeoutSeconds });
        if (opts.noStart)
          continue;
        ready.push(b.add({ kind: "startContainer", target: `service:${name}:${c.number}`, service: name, number: c.number, containerName: c.name, cause: "recreated", after: [id] }));
      } else if (dependencyRecreated && c.state === "running" && !opts.noStart) {
        const stop = b.add({ kind: "stopContainer", target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: "a dependency with restart: true was recreated", after: waitsFor(), timeoutSeconds: opts.timeoutSeconds });
        ready.push(b.add({ kind: "startContainer", target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: "restart after dependency", after: [stop] }));
      } else if (c.state !== "running" && c.state !== "restarting" && !opts.noStart) {
        ready.push(b.add({ kind: "startContainer", target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: `was ${c.state}`, after: [...prereqs, ...waitsFor()] }));
      }
    }
    const used = new Set(keep.map((c) => c.number));
    let next = 1;
    for (let i = keep.length; i < scale; i++) {
      while (used.has(next))
        next += 1;
      used.add(next);
      const cname = containerName(project, name, service2, next);
      const create = b.add({ kind: "createContainer", target: `service:${name}:${next}`, service: name, number: next, containerName: cname, cause: existing.length ? "scale up" : "missing", after: [...prereqs, ...waitsFor()] });
      if (!opts.noStart)
        ready.push(b.add({ kind: "startContainer", target: `service:${name}:${next}`, service: name, number: next, containerName: cname, cause: "created", after: [create] }));
    }
    for (const c of [...extra].reverse()) {
      const stop = b.add({ kind: "stopContainer", target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: "scale down", timeoutSeconds: opts.timeoutSeconds });
      b.add({ kind: "removeContainer", target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: "scale down", after: [stop] });
    }
    readyOps.set(name, ready);
  }
  const known = /* @__PURE__ */ new Set([...Object.keys(model2.services), ...opts.knownServices ?? []]);
  const orphans = observed.containers.filter((c) => !c.oneoff && !known.has(c.service));
  if (orphans.length && opts.removeOrphans) {
    for (const c of orphans) {
      const stop = b.add({ kind: "stopContainer", target: `service:${c.service}:${c.number}`, service: c.service, number: c.number, containerId: c.id, containerName: c.name, cause: "orphan", timeoutSeconds: opts.timeoutSeconds });
      b.add({ kind: "removeContainer", target: `service:${c.service}:${c.number}`, service: c.service, number: c.number, containerId: c.id, containerName: c.name, cause: "orphan", after: [stop] });
    }
  } else if (orphans.length) {
    const names = [...new Set(orphans.map((c) => c.service))].sort();
    b.warn(`Found orphan containers ([${orphans.map((c) => c.name).join(" ")}]) for this project (services ${names.join(", ")}). If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`);
  }
  return b.build();
}

// packages/compose/dist/plan/reconcile-down.js
function reconcileDown(model2, observed, opts = {}) {
  const b = new PlanBuilder();
  const graph = projectGraph(model2);
  const only = opts.services?.length ? new Set(opts.services) : void 0;
  const removals = [];
  const stopsByService = /* @__PURE__ */ new Map();
  const order = graph.order("down");
  const known = new Set(Object.keys(model2.services));
  const orphanServices = [...new Set(observed.containers.filter((c) => !known.has(c.service)).map((c) => c.service))].sort();
  for (const service2 of [...order, ...orphanServices]) {
    if (only && !only.has(service2))
      continue;
    const isOrphan = !known.has(service2);
    if (isOrphan && !opts.removeOrphans)
      continue;
    const after = graph.dependentsOf(service2).flatMap((d) => stopsByService.get(d) ?? []);
    const stops = [];
    for (const c of observed.containers.filter((x) => x.service === service2)) {
      const target = `service:${service2}:${c.oneoff ? `run-${c.id.slice(0, 12)}` : c.number}`;
      const stop = c.state === "running" || c.state === "paused" || c.state === "restarting" ? b.add({ kind: "stopContainer", target, service: service2, number: c.number, containerId: c.id, containerName: c.name, cause: isOrphan ? "orphan" : "down", after, timeoutSeconds: opts.timeoutSeconds }) : void 0;
      if (stop)
        stops.push(stop);
      removals.push(b.add({ kind: "removeContainer", target, service: service2, number: c.number, containerId: c.id, containerName: c.name, cause: isOrphan ? "orphan" : "down", after: [stop, ...after] }));
    }
    stopsByService.set(service2, stops);
  }
  if (!only) {
    for (const [key, net] of Object.entries(model2.networks ?? {})) {
      if (net.external || !observed.networks.has(net.name))
        continue;
      b.add({ kind: "removeNetwork", target: `network:${key}`, network: key, cause: "down", after: removals });
    }
    if (opts.volumes) {
      for (const [key, vol] of Object.entries(model2.volumes ?? {})) {
        if (vol.external || !observed.volumes.has(vol.name))
          continue;
        b.add({ kind: "removeVolume", target: `volume:${key}`, volume: key, cause: "down -v", after: removals });
      }
    }
    if (opts.rmi) {
      const seen = /* @__PURE__ */ new Set();
      for (const [name, service2] of Object.entries(model2.services)) {
        if (opts.rmi === "local" && service2.image)
          continue;
        const image = serviceImage(model2.name, name, service2);
        if (seen.has(image) || !observed.images.has(image))
          continue;
        seen.add(image);
        b.add({ kind: "removeImage", target: `image:${image}`, image, cause: `down --rmi ${opts.rmi}`, after: removals });
      }
    }
  }
  return b.build();
}

// packages/compose/dist/execute/container-options.js
function ns(d) {
  return d === void 0 ? void 0 : parseDuration(d) * 1e6;
}
function toUlimits(ulimits3) {
  if (!ulimits3)
    return void 0;
  return Object.entries(ulimits3).map(([name, u]) => {
    const soft = u.single ?? u.soft ?? -1;
    const hard = u.single ?? u.hard ?? soft;
    const resource = RLIMITS[name];
    return { name, resource: resource ?? -1, soft, hard };
  });
}
function restartPolicy(restart) {
  if (!restart)
    return void 0;
  const [name, max] = restart.split(":");
  return { name, maximumRetryCount: max ? Number(max) : 0 };
}
function composeLabels(id, service2) {
  const dependsOn3 = Object.entries(service2.depends_on ?? {}).map(([dep, cfg]) => `${dep}:${cfg.condition}:${cfg.restart ? "true" : "false"}`).join(",");
  return {
    ...service2.labels ?? {},
    [LABEL_PROJECT]: id.project,
    [LABEL_SERVICE]: id.service,
    [LABEL_CONTAINER_NUMBER]: String(id.number),
    [LABEL_CONFIG_HASH]: id.configHash,
    [LABEL_ONEOFF]: id.oneoff ? "True" : "False",
    [LABEL_DEPENDS_ON]: dependsOn3,
    [LABEL_IMAGE]: id.imageId ?? "",
    [LABEL_WORKING_DIR]: id.workingDir,
    [LABEL_CONFIG_FILES]: id.configFiles.join(","),
    [LABEL_VERSION]: COMPOSE_LABEL_VERSION
  };
}
function serviceToCreateOptions(id, service2, networks2) {
  const limits = service2.deploy?.resources?.limits;
  const reservations = service2.deploy?.resources?.reservations;
  const memory = limits?.memory ?? service2.mem_limit;
  const cpus = limits?.cpus ?? service2.cpus;
  const env = Object.entries(service2.environment ?? {}).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`);
  const mounts = [];
  for (const v of service2.volumes ?? []) {
    if (v.type === "bind")
      mounts.push({ type: "bind", source: v.source, target: v.target, readOnly: v.read_only, createHostPath: v.bind?.create_host_path ?? false, bindPropagation: v.bind?.propagation });
    else if (v.type === "volume")
      mounts.push({ type: "volume", source: v.source ? networks2.volumeNames[v.source] ?? v.source : void 0, target: v.target, readOnly: v.read_only, noCopy: v.volume?.nocopy });
    else if (v.type === "tmpfs")
      mounts.push({ type: "tmpfs", target: v.target, tmpfsSize: v.tmpfs?.size, tmpfsMode: v.tmpfs?.mode });
  }
  for (const t of service2.tmpfs ?? []) {
    const [target, opts] = t.split(":");
    const size = opts?.split(",").find((o) => o.startsWith("size="))?.slice(5);
    mounts.push({ type: "tmpfs", target, tmpfsSize: size ? parseBytes(size, "tmpfs size") : void 0 });
  }
  for (const f of [...service2.secrets ?? [], ...service2.configs ?? []]) {
    const isSecret = (service2.secrets ?? []).includes(f);
    const resolved = networks2.fileSources[`${isSecret ? "secret" : "config"}:${f.source}`];
    if (!resolved)
      continue;
    const target = f.target?.startsWith("/") ? f.target : isSecret ? `/run/secrets/${f.target ?? f.source}` : `/${f.target ?? f.source}`;
    mounts.push({ type: "bind", source: resolved, target, readOnly: true });
  }
  const hc = service2.healthcheck;
  const healthcheck3 = hc ? hc.disable ? { test: ["NONE"] } : { test: hc.test ?? [], interval: ns(hc.interval), timeout: ns(hc.timeout), retries: hc.retries, startPeriod: ns(hc.start_period), startInterval: ns(hc.start_interval) } : void 0;
  const logOpts = service2.logging?.options ?? {};
  return {
    image: id.image,
    name: id.name,
    entrypoint: service2.entrypoint === null ? [] : service2.entrypoint ?? void 0,
    cmd: service2.command === null ? [] : service2.command ?? void 0,
    env,
    workdir: service2.working_dir,
    user: service2.user,
    hostname: service2.hostname,
    domainname: service2.domainname,
    tty: service2.tty,
    openStdin: service2.stdin_open,
    labels: composeLabels(id, service2),
    mounts,
    resources: {
      memory: memory ? Number(memory) : void 0,
      memorySwap: service2.memswap_limit !== void 0 ? Number(service2.memswap_limit) : void 0,
      memoryReservation: reservations?.memory ? Number(reservations.memory) : service2.mem_reservation ? Number(service2.mem_reservation) : void 0,
      nanoCpus: cpus ? Math.round(Number(cpus) * 1e9) : void 0,
      cpuShares: service2.cpu_shares,
      pidsLimit: limits?.pids ?? service2.pids_limit,
      ulimits: toUlimits(service2.ulimits)
    },
    capAdd: service2.cap_add,
    capDrop: service2.cap_drop,
    privileged: service2.privileged,
    readOnly: service2.read_only,
    securityOpt: service2.security_opt,
    sysctls: service2.sysctls,
    shmSize: service2.shm_size ? Number(service2.shm_size) : void 0,
    restart: restartPolicy(service2.restart),
    healthcheck: healthcheck3,
    stopSignal: service2.stop_signal,
    stopTimeout: service2.stop_grace_period ? Math.ceil(parseDuration(service2.stop_grace_period) / 1e3) : void 0,
    init: service2.init,
    network: networks2.network,
    logMaxSize: logOpts["max-size"] ? parseBytes(logOpts["max-size"], "max-size") : void 0,
    logMaxFiles: logOpts["max-file"] ? Number(logOpts["max-file"]) : void 0
  };
}

// packages/compose/dist/execute/execute-plan.js
var ComposeExecutionError = class extends TscError {
};
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function executePlan(plan, opts) {
  const { project, host } = opts;
  const model2 = project.model;
  const emit = opts.onProgress ?? (() => {
  });
  const containersByService = /* @__PURE__ */ new Map();
  for (const [s, ids] of opts.knownContainers ?? [])
    containersByService.set(s, [...ids]);
  const idByTarget = /* @__PURE__ */ new Map();
  const imageIds = /* @__PURE__ */ new Map();
  const serviceContainerIds = (service2) => containersByService.get(service2) ?? [];
  const track = (service2, id, replaces) => {
    const list3 = (containersByService.get(service2) ?? []).filter((x) => x !== replaces);
    if (!list3.includes(id))
      list3.push(id);
    containersByService.set(service2, list3);
  };
  const create = async (op) => {
    const service2 = model2.services[op.service];
    const image = serviceImage(model2.name, op.service, service2);
    const imageId = imageIds.get(image) ?? await host.imageId(image);
    const request = opts.networkRequest(op.service, service2);
    const options2 = serviceToCreateOptions({
      project: model2.name,
      service: op.service,
      number: op.number,
      name: op.containerName,
      image,
      imageId,
      configHash: serviceConfigHash(service2, opts.extraHashContent?.[op.service]),
      oneoff: false,
      workingDir: project.workingDir,
      configFiles: project.composeFiles
    }, service2, request);
    await addVolumesFrom(service2, options2);
    const id = await host.createContainer(options2);
    try {
      for (const net of request.extraNetworks ?? []) {
        await host.connectNetwork(net.name, { id, name: op.containerName }, { aliases: net.aliases, ipv4Address: net.ipv4Address, macAddress: net.macAddress });
      }
    } catch (err2) {
      await host.removeContainer(id, { force: true }).catch(() => void 0);
      throw err2;
    }
    return id;
  };
  const buildServiceImage = async (op) => {
    const service2 = model2.services[op.service];
    if (!host.buildImage || !service2.build) {
      throw new ComposeExecutionError("COMPOSE_BUILD_UNSUPPORTED", `service "${op.service}": image "${op.image}" must be built, and this host cannot build images`);
    }
    const resource = `Image ${op.image}`;
    emit({ resource, status: "Building", done: false });
    let tail = "";
    const { Writable } = await import("node:stream");
    const output = new Writable({
      write(chunk, _enc, cb) {
        tail = (tail + chunk.toString()).slice(-4e3);
        cb();
      }
    });
    try {
      const id = await host.buildImage({ service: op.service, image: op.image, build: service2.build, output, ...opts.signal ? { signal: opts.signal } : {} });
      emit({ resource, status: "Built", done: true });
      return id;
    } catch (err2) {
      emit({ resource, status: "Error", detail: err2.message, done: true });
      const lines = tail.trimEnd().split("\n").slice(-10).join("\n");
      throw new ComposeExecutionError("COMPOSE_BUILD_FAILED", `service "${op.service}" failed to build: ${err2.message}`, {
        cause: err2,
        ...err2.location ? { location: err2.location } : {},
        ...lines ? { hint: `last build output:
${lines}` } : err2.hint ? { hint: err2.hint } : {},
        exitCode: 1
      });
    }
  };
  const addVolumesFrom = async (service2, options2) => {
    const mounts = options2.mounts ?? [];
    for (const entry of service2.volumes_from ?? []) {
      const parts = entry.split(":");
      const isContainer = parts[0] === "container";
      const ref2 = isContainer ? parts[1] : parts[0];
      const mode = parts[isContainer ? 2 : 1];
      const id = isContainer ? ref2 : serviceContainerIds(ref2)[0];
      if (!id)
        throw new ComposeExecutionError("COMPOSE_VOLUMES_FROM", `volumes_from "${entry}": no container for ${isContainer ? "container" : "service"} "${ref2}"`);
      for (const m of await host.containerMounts(id)) {
        if (mounts.some((x) => x.target === m.target))
          continue;
        mounts.push({ type: m.type, source: m.source, target: m.target, readOnly: mode === "ro" ? true : mode === "rw" ? false : m.readOnly });
      }
    }
    options2.mounts = mounts;
  };
  const run = async (op) => {
    const cname = `Container ${op.containerName ?? op.target}`;
    switch (op.kind) {
      case "createNetwork": {
        const net = model2.networks?.[op.network];
        const name = net?.name ?? `${model2.name}_${op.network}`;
        emit({ resource: `Network ${name}`, status: "Creating", done: false });
        await host.createNetwork(name, net ?? { name }, { [LABEL_PROJECT]: model2.name, [LABEL_NETWORK]: op.network, [LABEL_VERSION]: COMPOSE_LABEL_VERSION });
        emit({ resource: `Network ${name}`, status: "Created", done: true });
        return;
      }
      case "createVolume": {
        const vol = model2.volumes?.[op.volume];
        const name = vol?.name ?? `${model2.name}_${op.volume}`;
        emit({ resource: `Volume ${name}`, status: "Creating", done: false });
        await host.createVolume(name, vol ?? { name }, { [LABEL_PROJECT]: model2.name, [LABEL_VOLUME]: op.volume, [LABEL_VERSION]: COMPOSE_LABEL_VERSION });
        emit({ resource: `Volume ${name}`, status: "Created", done: true });
        return;
      }
      case "ensureImage": {
        const policy = op.pullPolicy ?? "never";
        const canPull = host.pullImage !== void 0 && policy !== "never" && policy !== "build";
        let id = canPull ? void 0 : await host.imageId(op.image);
        if (canPull) {
          const quiet = opts.quietPull === true;
          const resource = op.service;
          let pulling = false;
          try {
            const res = await host.pullImage(op.image, {
              policy: hostPullPolicy(policy),
              signal: opts.signal,
              // "Pulling" only once bytes move: a policy that finds the image fresh says nothing.
              onProgress: () => {
                if (!pulling && !quiet)
                  emit({ resource, status: "Pulling", done: false });
                pulling = true;
              }
            });
            if (res.pulled && !quiet)
              emit({ resource, status: "Pulled", done: true });
            id = res.id;
          } catch (err2) {
            if (!quiet)
              emit({ resource, status: "Error", detail: err2.message, done: true });
            throw new ComposeExecutionError("COMPOSE_PULL_FAILED", `service "${op.service}": cannot pull image "${op.image}": ${err2.message}`, { cause: err2, hint: err2.hint });
          }
        }
        if (!id) {
          const why = policy === "never" ? " (pull_policy never)" : policy === "build" ? " (it has to be built, and --no-build was given)" : "";
          throw new ComposeExecutionError("COMPOSE_IMAGE_NOT_FOUND", `service "${op.service}": image "${op.image}" not found locally${why}`, {
            hint: `pull, import or load it first (tsc-compose image pull / image import / image load), or fix the image name in the compose file`
          });
        }
        imageIds.set(op.image, id);
        return;
      }
      case "buildImage": {
        imageIds.set(op.image, await buildServiceImage(op));
        return;
      }
      case "createContainer": {
        emit({ resource: cname, status: "Creating", done: false });
        const id = await create(op);
        idByTarget.set(op.target, id);
        track(op.service, id);
        emit({ resource: cname, status: "Created", done: true });
        return;
      }
      case "recreateContainer": {
        emit({ resource: cname, status: "Recreate", done: false });
        await host.stopContainer(op.containerId, op.timeoutSeconds);
        await host.removeContainer(op.containerId, { force: true });
        const id = await create(op);
        idByTarget.set(op.target, id);
        track(op.service, id, op.containerId);
        emit({ resource: cname, status: "Recreated", done: true });
        return;
      }
      case "startContainer": {
        const id = op.containerId ?? idByTarget.get(op.target);
        emit({ resource: cname, status: "Starting", done: false });
        try {
          await host.startContainer(id);
        } catch (err2) {
          throw new ComposeExecutionError("COMPOSE_START_FAILED", `service "${op.service}" failed to start: ${err2.message}`, { cause: err2, exitCode: err2.exitCode ?? 1 });
        }
        track(op.service, id);
        emit({ resource: cname, status: "Started", done: true });
        return;
      }
      case "waitCondition":
        return waitCondition(op);
      case "stopContainer":
        emit({ resource: cname, status: "Stopping", done: false });
        await host.stopContainer(op.containerId, op.timeoutSeconds);
        emit({ resource: cname, status: "Stopped", done: true });
        return;
      case "removeContainer":
        emit({ resource: cname, status: "Removing", done: false });
        await host.removeContainer(op.containerId, { force: true });
        emit({ resource: cname, status: "Removed", done: true });
        return;
      case "removeNetwork": {
        const name = model2.networks?.[op.network]?.name ?? `${model2.name}_${op.network}`;
        emit({ resource: `Network ${name}`, status: "Removing", done: false });
        await host.removeNetwork(name);
        emit({ resource: `Network ${name}`, status: "Removed", done: true });
        return;
      }
      case "removeVolume": {
        const name = model2.volumes?.[op.volume]?.name ?? `${model2.name}_${op.volume}`;
        emit({ resource: `Volume ${name}`, status: "Removing", done: false });
        await host.removeVolume(name);
        emit({ resource: `Volume ${name}`, status: "Removed", done: true });
        return;
      }
      case "removeImage":
        emit({ resource: `Image ${op.image}`, status: "Removing", done: false });
        await host.removeImage(op.image);
        emit({ resource: `Image ${op.image}`, status: "Removed", done: true });
        return;
    }
  };
  const waitCondition = async (op) => {
    const pollMs = opts.pollMs ?? 500;
    const service2 = op.service;
    for (; ; ) {
      if (opts.signal?.aborted)
        throw new ComposeExecutionError("COMPOSE_ABORTED", "aborted");
      const ids = serviceContainerIds(service2);
      const statuses = await Promise.all(ids.map((id) => host.containerStatus(id)));
      let satisfied = ids.length > 0;
      for (const [i, st] of statuses.entries()) {
        const name = `Container ${ids[i].slice(0, 12)}`;
        if (!st)
          continue;
        if (op.condition === "service_healthy") {
          if (st.health === "unhealthy" || st.state === "exited" && st.health !== "healthy") {
            const msg = `dependency failed to start: container for service "${service2}" is ${st.health === "unhealthy" ? "unhealthy" : `exited (${st.exitCode ?? 0})`}`;
            if (op.required === false) {
              emit({ resource: name, status: "Warning", detail: msg, done: true });
              return;
            }
            throw new ComposeExecutionError("COMPOSE_DEPENDENCY_FAILED", msg);
          }
          if (st.health === void 0) {
            throw new ComposeExecutionError("COMPOSE_NO_HEALTHCHECK", `dependency "${service2}" has no healthcheck: condition service_healthy can never be met`, { hint: "add a healthcheck to the service or use condition: service_started" });
          }
          if (st.health !== "healthy")
            satisfied = false;
        } else if (op.condition === "service_completed_successfully") {
          if (st.state === "exited" || st.state === "dead") {
            if ((st.exitCode ?? 0) !== 0) {
              const msg = `service "${service2}" didn't complete successfully: exit ${st.exitCode}`;
              if (op.required === false) {
                emit({ resource: name, status: "Warning", detail: msg, done: true });
                return;
              }
              throw new ComposeExecutionError("COMPOSE_DEPENDENCY_FAILED", msg);
            }
          } else
            satisfied = false;
        }
      }
      if (satisfied) {
        emit({ resource: `Service ${service2}`, status: op.condition === "service_healthy" ? "Healthy" : "Exited", done: true });
        return;
      }
      emit({ resource: `Service ${service2}`, status: "Waiting", done: false });
      await sleep(pollMs);
    }
  };
  await runOperations(plan.operations, run, opts.concurrency ?? 8);
  return containersByService;
}
async function runOperations(ops, fn, limit) {
  const done = /* @__PURE__ */ new Set();
  const pending = new Map(ops.map((o) => [o.id, o]));
  let running = 0;
  let failure;
  await new Promise((resolve4) => {
    const pump = () => {
      if (failure) {
        if (running === 0)
          resolve4();
        return;
      }
      for (const op of [...pending.values()]) {
        if (running >= limit)
          break;
        if (!op.after.every((a) => done.has(a) || !ops.some((o) => o.id === a)))
          continue;
        pending.delete(op.id);
        running += 1;
        fn(op).then(() => {
          running -= 1;
          done.add(op.id);
          pump();
        }, (err2) => {
          running -= 1;
          failure ??= { err: err2 };
          pump();
        });
      }
      if (pending.size === 0 && running === 0)
        resolve4();
    };
    pump();
  });
  if (failure)
    throw failure.err;
}

// packages/compose/dist/execute/runtime-host.js
function toState(s) {
  return ["created", "running", "paused", "restarting", "exited", "dead", "removing"].find((x) => x === s) ?? "dead";
}
function toHealth(h) {
  return h === "starting" || h === "healthy" || h === "unhealthy" ? h : void 0;
}
var RuntimeComposeHost = class {
  rt;
  env;
  /** `env` is where registry settings come from (DOCKER_CONFIG, insecure registries). */
  constructor(rt, opts = {}) {
    this.rt = rt;
    this.env = opts.env ?? process.env;
  }
  async listProjectContainers(project) {
    return this.rt.containers.list({ all: true, filters: [{ key: "label", value: `${LABEL_PROJECT}=${project}` }] }).map((c) => ({
      id: c.id,
      name: c.Names,
      service: c.labels[LABEL_SERVICE] ?? "",
      number: Number(c.labels[LABEL_CONTAINER_NUMBER] ?? 0),
      oneoff: c.labels[LABEL_ONEOFF] === "True",
      configHash: c.labels[LABEL_CONFIG_HASH] ?? "",
      imageId: c.labels[LABEL_IMAGE] || void 0,
      state: toState(c.State),
      exitCode: c.exitCode,
      health: toHealth(c.health),
      labels: c.labels
    }));
  }
  async networkExists(name) {
    return (await this.rt.networks()).find(name) !== void 0;
  }
  async createNetwork(name, config2, labels2) {
    const ipam = config2.ipam?.config?.[0];
    await (await this.rt.networks()).create({
      name,
      driver: config2.driver,
      subnet: ipam?.subnet,
      gateway: ipam?.gateway,
      ipRange: ipam?.ip_range,
      internal: config2.internal,
      attachable: config2.attachable,
      labels: { ...config2.labels ?? {}, ...labels2 },
      options: config2.driver_opts,
      ifNotExists: true
    });
  }
  async removeNetwork(name) {
    await (await this.rt.networks()).remove(name);
  }
  async connectNetwork(network2, container, req) {
    await (await this.rt.networks()).connect(network2, container, req);
  }
  async volumeExists(name) {
    return this.rt.volumes.get(name) !== void 0;
  }
  async createVolume(name, config2, labels2) {
    await this.rt.volumes.create(name, { driver: config2.driver, driverOpts: config2.driver_opts, labels: { ...config2.labels ?? {}, ...labels2 } });
  }
  async removeVolume(name) {
    await this.rt.volumes.remove(name);
  }
  async imageId(ref2) {
    try {
      return this.rt.images.find(ref2).id;
    } catch {
      return void 0;
    }
  }
  async pullImage(ref2, opts) {
    const local = await this.imageId(ref2);
    const { policy } = opts;
    if (local && (policy === "missing" || policy === "never" || policy === "build"))
      return { id: local, pulled: false };
    if (!local && (policy === "never" || policy === "build"))
      throw new Error(`image "${ref2}" not found locally (pull_policy ${policy})`);
    if (local && typeof policy === "object") {
      const rec = this.rt.images.record?.(local);
      const since = Date.parse(rec?.lastTagTime ?? rec?.added ?? "");
      if (Number.isFinite(since) && Date.now() - since < policy.maxAgeMs)
        return { id: local, pulled: false };
    }
    const res = await pullImage(this.rt.images, ref2, { env: this.env, ...opts.onProgress ? { onProgress: opts.onProgress } : {}, ...opts.signal ? { signal: opts.signal } : {} });
    return { id: res.id, pulled: true };
  }
  /** `build:` through the runtime's builder (L); the runtime object is the whole Runtime. */
  async buildImage(o) {
    const b = o.build;
    const args = {};
    for (const [k, v] of Object.entries(b.args ?? {}))
      if (v !== null)
        args[k] = v;
    const res = await buildImage(this.rt, {
      contextDir: b.context,
      ...b.dockerfile_inline !== void 0 ? { dockerfileInline: b.dockerfile_inline } : b.dockerfile ? { dockerfile: b.dockerfile } : {},
      tags: [o.image, ...b.tags ?? []],
      buildArgs: { ...args, ...o.buildArgs ?? {} },
      ...b.target ? { target: b.target } : {},
      noCache: Boolean(o.noCache || b.no_cache),
      ...b.labels ? { labels: b.labels } : {},
      ...b.network ? { network: b.network } : {},
      pull: Boolean(o.pull || b.pull),
      pullImage: (ref2) => pullImage(this.rt.images, ref2, { env: this.env }),
      ...o.output ? { output: o.output } : {},
      ...o.signal ? { signal: o.signal } : {}
    });
    return res.id;
  }
  async removeImage(ref2) {
    await this.rt.images.remove(ref2);
  }
  async createContainer(options2) {
    const rec = await this.rt.containers.create(options2);
    return rec.Id;
  }
  async startContainer(id) {
    await this.rt.containers.start(id);
  }
  async stopContainer(id, timeoutSeconds) {
    await this.rt.containers.stop(id, timeoutSeconds);
  }
  async removeContainer(id, opts) {
    await this.rt.containers.remove(id, opts);
  }
  async containerMounts(ref2) {
    return this.rt.containers.inspect(ref2).Mounts.filter((m) => m.Type === "bind" || m.Type === "volume").map((m) => ({ type: m.Type, source: m.Type === "volume" ? m.Name ?? m.Source : m.Source, target: m.Destination, readOnly: !m.RW }));
  }
  async containerStatus(id) {
    if (!this.rt.containers.find(id))
      return void 0;
    const st = this.rt.containers.state(id);
    return { state: toState(st.status), exitCode: st.exitCode, health: toHealth(st.health?.Status) };
  }
};

// packages/compose/dist/project-ops/file-objects.js
import { createHash as createHash3 } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
function fileObjectKey(kind2, key) {
  return `${kind2}:${key}`;
}
function materializeFileObjects(project, root) {
  const model2 = project.model;
  const out = {};
  for (const kind2 of ["secret", "config"]) {
    const objects = (kind2 === "secret" ? model2.secrets : model2.configs) ?? {};
    for (const [key, f] of Object.entries(objects)) {
      if (f.external)
        continue;
      if (f.file) {
        out[fileObjectKey(kind2, key)] = f.file;
        continue;
      }
      const content = f.environment !== void 0 ? project.environment[f.environment] ?? "" : f.content;
      if (content === void 0)
        continue;
      const dir = join2(root, "projects", model2.name, `${kind2}s`);
      mkdirSync(dir, { recursive: true, mode: 448 });
      const path = join2(dir, key);
      writeFileSync(path, content);
      chmodSync(path, 292);
      out[fileObjectKey(kind2, key)] = path;
    }
  }
  return out;
}
function fileObjectDigests(project, sources) {
  const out = {};
  const digest = /* @__PURE__ */ new Map();
  const digestOf = (path) => {
    let d = digest.get(path);
    if (d === void 0) {
      try {
        d = createHash3("sha256").update(readFileSync2(path)).digest("hex");
      } catch {
        d = "missing";
      }
      digest.set(path, d);
    }
    return d;
  };
  for (const [name, service2] of Object.entries(project.model.services)) {
    const refs = {};
    for (const [kind2, list3] of [["secret", service2.secrets], ["config", service2.configs]]) {
      for (const f of list3 ?? []) {
        const path = sources[fileObjectKey(kind2, f.source)];
        if (path)
          refs[fileObjectKey(kind2, f.source)] = digestOf(path);
      }
    }
    if (Object.keys(refs).length)
      out[name] = refs;
  }
  return out;
}

// packages/compose/dist/project-ops/network-request.js
function networkRequestFor(project, serviceName, service2, containerIdOf, fileSources = fileObjectFiles(project)) {
  const model2 = project.model;
  let mode;
  const networks2 = {};
  if (service2.network_mode) {
    mode = service2.network_mode.startsWith("service:") ? `container:${containerIdOf?.(service2.network_mode.slice(8)) ?? service2.network_mode.slice(8)}` : service2.network_mode;
  } else {
    const entries = Object.entries(service2.networks ?? {}).sort(([, a], [, b]) => (b?.priority ?? 0) - (a?.priority ?? 0));
    for (const [key, cfg] of entries) {
      const name = model2.networks?.[key]?.name ?? `${model2.name}_${key}`;
      networks2[name] = { aliases: [serviceName, ...cfg?.aliases ?? []], ipv4Address: cfg?.ipv4_address, macAddress: cfg?.mac_address, priority: cfg?.priority };
    }
    mode = Object.keys(networks2)[0] ?? "none";
  }
  const ports2 = (service2.ports ?? []).flatMap((p) => {
    const published = p.published ?? "";
    const [from, to] = published.includes("-") ? published.split("-").map(Number) : [Number(published) || 0, Number(published) || 0];
    const count = (to ?? 0) - (from ?? 0) + 1;
    const out = [];
    for (let i = 0; i < Math.max(1, count); i++) {
      out.push({ containerPort: p.target + (count > 1 ? i : 0), protocol: p.protocol, hostIp: p.host_ip, hostPort: from ? from + i : void 0 });
    }
    return out;
  });
  const extraHosts = Object.entries(service2.extra_hosts ?? {}).flatMap(([host, ips]) => ips.map((ip) => `${host}:${ip}`));
  const volumeNames = {};
  for (const [key, vol] of Object.entries(model2.volumes ?? {}))
    volumeNames[key] = vol.name ?? `${model2.name}_${key}`;
  const [primary, ...extra] = Object.entries(networks2);
  return {
    network: {
      mode,
      aliases: primary?.[1].aliases,
      ipv4Address: primary?.[1].ipv4Address,
      dns: service2.dns,
      dnsSearch: service2.dns_search,
      dnsOptions: service2.dns_opt,
      extraHosts,
      ports: ports2,
      macAddress: service2.mac_address ?? primary?.[1].macAddress
    },
    extraNetworks: extra.map(([name, cfg]) => ({ name, aliases: cfg.aliases, ipv4Address: cfg.ipv4Address, macAddress: cfg.macAddress })),
    volumeNames,
    fileSources
  };
}
function fileObjectFiles(project) {
  const out = {};
  for (const [key, f] of Object.entries(project.model.secrets ?? {}))
    if (f.file)
      out[fileObjectKey("secret", key)] = f.file;
  for (const [key, f] of Object.entries(project.model.configs ?? {}))
    if (f.file)
      out[fileObjectKey("config", key)] = f.file;
  return out;
}

// packages/compose/dist/project-ops/session.js
import { mkdirSync as mkdirSync2 } from "node:fs";
import { join as join3 } from "node:path";
async function withProjectLock(root, project, fn) {
  const dir = join3(root, "projects");
  mkdirSync2(dir, { recursive: true });
  const lock = await lockFile(join3(dir, `${project}.lock`), "ex");
  try {
    return await fn();
  } finally {
    lock.release();
  }
}
async function observeProject(project, host) {
  const model2 = project.model;
  const containers = await host.listProjectContainers(model2.name);
  const networks2 = /* @__PURE__ */ new Set();
  for (const [key, net] of Object.entries(model2.networks ?? {})) {
    const name = net.name ?? `${model2.name}_${key}`;
    if (await host.networkExists(name))
      networks2.add(name);
  }
  const volumes2 = /* @__PURE__ */ new Set();
  for (const [key, vol] of Object.entries(model2.volumes ?? {})) {
    const name = vol.name ?? `${model2.name}_${key}`;
    if (await host.volumeExists(name))
      volumes2.add(name);
  }
  const images = /* @__PURE__ */ new Map();
  for (const [name, service2] of Object.entries(model2.services)) {
    const ref2 = service2.image ?? `${model2.name}-${name}`;
    if (images.has(ref2))
      continue;
    const id = await host.imageId(ref2);
    if (id)
      images.set(ref2, id);
  }
  return { containers, networks: networks2, volumes: volumes2, images };
}

// packages/compose/dist/project-ops/up.js
async function up(session, opts = {}) {
  const { project, host } = session;
  return withProjectLock(session.root, project.model.name, async () => {
    let observed = await observeProject(project, host);
    assertExternalNetworks(project, observed.networks, opts.services);
    const fileSources = materializeFileObjects(project, session.root);
    const extraHashContent = fileObjectDigests(project, fileSources);
    const planOpts = { ...opts, knownServices: new Set(Object.keys(project.disabledServices)), extraHashContent };
    let plan = reconcileUp(project.model, observed, planOpts);
    const eagerPulls = plan.operations.filter((o) => o.kind === "ensureImage" && observed.images.has(o.image) || o.kind === "buildImage");
    if (eagerPulls.length > 0 && !opts.dryRun) {
      await executePlan({ operations: eagerPulls.map((o) => ({ ...o, after: [] })), warnings: [] }, { project, host, onProgress: session.onProgress, quietPull: opts.quietPull, networkRequest: () => ({}) });
      observed = await observeProject(project, host);
      plan = reconcileUp(project.model, observed, { ...planOpts, pulled: new Set(eagerPulls.map((o) => o.image)) });
    }
    for (const w of plan.warnings)
      session.onProgress?.({ resource: `Project ${project.model.name}`, status: "Warning", detail: w, done: true });
    if (opts.dryRun)
      return { plan, containers: /* @__PURE__ */ new Map() };
    const known = /* @__PURE__ */ new Map();
    for (const c of observed.containers)
      if (!c.oneoff)
        known.set(c.service, [...known.get(c.service) ?? [], c.id]);
    const containers = await executePlan(plan, {
      project,
      host,
      onProgress: session.onProgress,
      knownContainers: known,
      quietPull: opts.quietPull,
      extraHashContent,
      networkRequest: (name, service2) => networkRequestFor(project, name, service2, (s) => known.get(s)?.[0], fileSources)
    });
    return { plan, containers };
  });
}
function assertExternalNetworks(project, existing, services2) {
  const model2 = project.model;
  const used = /* @__PURE__ */ new Set();
  for (const [name, svc] of Object.entries(model2.services)) {
    if (services2?.length && !services2.includes(name))
      continue;
    if (!svc.network_mode)
      for (const key of Object.keys(svc.networks ?? {}))
        used.add(key);
  }
  for (const key of used) {
    const net = model2.networks?.[key];
    if (net?.external && !existing.has(net.name)) {
      throw new ComposeExecutionError("COMPOSE_EXTERNAL_NETWORK_MISSING", `network ${net.name} declared as external, but could not be found`, { hint: `create it first: tsc-compose network create ${net.name}` });
    }
  }
}

// packages/compose/dist/project-ops/down.js
async function down(session, opts = {}) {
  const { project, host } = session;
  return withProjectLock(session.root, project.model.name, async () => {
    const observed = await observeProject(project, host);
    const plan = reconcileDown(project.model, observed, opts);
    if (opts.dryRun)
      return plan;
    await executePlan(plan, {
      project,
      host,
      onProgress: session.onProgress,
      networkRequest: (name, service2) => networkRequestFor(project, name, service2)
    });
    return plan;
  });
}

// packages/compose/dist/project-ops/wait.js
async function waitForProject(project, host, containers, opts = {}) {
  const deadline = opts.timeoutMs ? Date.now() + opts.timeoutMs : Infinity;
  const jobs = /* @__PURE__ */ new Set();
  for (const s of Object.values(project.model.services)) {
    for (const [dep, cfg] of Object.entries(s.depends_on ?? {}))
      if (cfg.condition === "service_completed_successfully")
        jobs.add(dep);
  }
  const services2 = opts.services?.length ? opts.services : Object.keys(project.model.services);
  for (; ; ) {
    const pending = [];
    for (const service2 of services2) {
      const hasHealthcheck = Boolean(project.model.services[service2]?.healthcheck?.test?.length) && !project.model.services[service2]?.healthcheck?.disable;
      for (const id of containers.get(service2) ?? []) {
        const st = await host.containerStatus(id);
        if (!st)
          continue;
        if (st.state === "exited" || st.state === "dead") {
          if (jobs.has(service2) && st.exitCode === 0)
            continue;
          throw new ComposeExecutionError("COMPOSE_WAIT_EXITED", `container for service "${service2}" exited (${st.exitCode ?? 0})`, { exitCode: 1 });
        }
        if (st.health === "unhealthy")
          throw new ComposeExecutionError("COMPOSE_WAIT_UNHEALTHY", `container for service "${service2}" is unhealthy`, { exitCode: 1 });
        if (st.state !== "running" || hasHealthcheck && st.health !== "healthy")
          pending.push(service2);
      }
    }
    if (pending.length === 0)
      return;
    if (Date.now() > deadline) {
      throw new ComposeExecutionError("COMPOSE_WAIT_TIMEOUT", `timeout waiting for services to be running and healthy: ${[...new Set(pending)].join(", ")}`, { exitCode: 1 });
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
  }
}

// packages/compose/dist/project-ops/log-follow.js
function sourceName(c) {
  return c.oneoff ? c.name : `${c.service}-${c.number}`;
}
async function followProjectLogs(opts) {
  const followers = /* @__PURE__ */ new Map();
  const exited = /* @__PURE__ */ new Set();
  const watch2 = (c) => {
    if (followers.has(c.id))
      return;
    const p = (async () => {
      try {
        for await (const e of opts.readLogs(c.id, { follow: opts.follow, tail: opts.tail, since: opts.since, until: opts.until, timestamps: opts.timestamps, signal: opts.signal })) {
          opts.onLine({ service: c.service, source: sourceName(c), stream: e.stream, time: e.time, text: e.text });
        }
      } catch (err2) {
        if (!opts.signal.aborted && err2.code !== "CONTAINER_NOT_FOUND")
          throw err2;
      }
    })();
    followers.set(c.id, p);
  };
  const discover = async () => {
    const list3 = await opts.host.listProjectContainers(opts.project);
    const mine = list3.filter((c) => !c.oneoff && (!opts.services || opts.services.has(c.service)));
    for (const c of mine.sort((a, b) => a.service.localeCompare(b.service) || a.number - b.number))
      watch2(c);
    return mine;
  };
  await discover();
  if (!opts.follow) {
    await Promise.all(followers.values());
    return;
  }
  const period = opts.discoverMs ?? 500;
  while (!opts.signal.aborted) {
    await new Promise((r) => setTimeout(r, period));
    if (opts.signal.aborted)
      break;
    const current = await discover();
    for (const c of current) {
      if ((c.state === "exited" || c.state === "dead") && !exited.has(c.id)) {
        exited.add(c.id);
        opts.onExit?.(c);
      }
    }
  }
  await Promise.allSettled(followers.values());
}

// packages/compose/dist/project-ops/service-container.js
var isUp = (c) => c.state === "running" || c.state === "restarting" || c.state === "paused";
function pickServiceContainer(containers, q) {
  const candidates = containers.filter((c) => c.service === q.service && (q.oneoff || !c.oneoff) && (q.stopped || isUp(c))).sort((a, b) => a.number - b.number || a.name.localeCompare(b.name));
  if (candidates.length === 0) {
    throw new ComposeExecutionError("COMPOSE_SERVICE_NOT_RUNNING", `service "${q.service}" is not running`, { exitCode: 1 });
  }
  if (q.index && q.index > 0) {
    const hit = candidates.find((c) => c.number === q.index);
    if (!hit)
      throw new ComposeExecutionError("COMPOSE_SERVICE_NOT_RUNNING", `service "${q.service}" is not running container #${q.index}`, { exitCode: 1 });
    return hit;
  }
  return candidates[0];
}
function noSuchService(name) {
  return new ComposeExecutionError("COMPOSE_NO_SUCH_SERVICE", `no such service: ${name}`, { exitCode: 1 });
}

// packages/compose/dist/project-ops/run.js
import { randomBytes } from "node:crypto";
import { isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";
var runError = (message) => new ComposeExecutionError("COMPOSE_RUN_INVALID", message, { exitCode: 1 });
function parseEnv(entries, environment) {
  const out = {};
  for (const e of entries) {
    const eq = e.indexOf("=");
    if (eq === -1) {
      if (e in environment)
        out[e] = environment[e];
    } else
      out[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return out;
}
function parsePorts(specs) {
  return specs.flatMap((spec) => {
    try {
      return parsePortSpec(spec).map((p) => ({ mode: "ingress", protocol: p.protocol ?? "tcp", target: p.target, ...p.published ? { published: p.published } : {}, ...p.host_ip ? { host_ip: p.host_ip } : {} }));
    } catch (err2) {
      throw runError(err2.message);
    }
  });
}
function parseVolumes(specs, workingDir) {
  return specs.map((spec) => {
    let v;
    try {
      v = parseVolumeSpec(spec);
    } catch (err2) {
      throw runError(err2.message);
    }
    if (v.type === "bind" && v.source) {
      const src = v.source.startsWith("~") ? v.source.replace(/^~/, process.env.HOME ?? "/root") : v.source;
      v.source = isAbsolute2(src) ? src : resolve3(workingDir, src);
    }
    return v;
  });
}
function oneOffService(service2, opts, environment, workingDir) {
  const s = { ...service2 };
  s.tty = opts.tty;
  s.stdin_open = opts.interactive;
  delete s.container_name;
  delete s.restart;
  if (service2.deploy?.restart_policy)
    s.deploy = { ...service2.deploy, restart_policy: void 0 };
  if (opts.command?.length)
    s.command = [...opts.command];
  if (opts.entrypoint !== void 0) {
    s.entrypoint = [...opts.entrypoint];
    if (!opts.command?.length)
      s.command = null;
  }
  if (opts.user)
    s.user = opts.user;
  if (opts.workdir)
    s.working_dir = opts.workdir;
  if (opts.env?.length)
    s.environment = { ...service2.environment ?? {}, ...parseEnv(opts.env, environment) };
  if (opts.labels && Object.keys(opts.labels).length)
    s.labels = { ...service2.labels ?? {}, ...opts.labels };
  if (opts.publish?.length)
    s.ports = parsePorts(opts.publish);
  else if (!opts.servicePorts)
    s.ports = [];
  if (opts.volumes?.length)
    s.volumes = [...service2.volumes ?? [], ...parseVolumes(opts.volumes, workingDir)];
  if (opts.capAdd?.length) {
    s.cap_add = [...service2.cap_add ?? [], ...opts.capAdd];
    s.cap_drop = (service2.cap_drop ?? []).filter((c) => !opts.capAdd.includes(c));
  }
  if (opts.capDrop?.length) {
    s.cap_drop = [...s.cap_drop ?? [], ...opts.capDrop];
    s.cap_add = (s.cap_add ?? []).filter((c) => !opts.capDrop.includes(c));
  }
  return s;
}
async function prepareRun(session, opts) {
  const { project, host } = session;
  const model2 = project.model;
  const service2 = model2.services[opts.service];
  if (!service2)
    throw noSuchService(opts.service);
  if (opts.publish?.length && opts.servicePorts)
    throw runError("--service-ports and --publish are incompatible");
  if (!opts.noDeps) {
    const deps = [...projectGraph(model2).closure([opts.service])].filter((s) => s !== opts.service);
    if (deps.length)
      await up(session, { services: deps, removeOrphans: opts.removeOrphans });
    await waitDependencies(session, opts.service, service2, opts.pollMs);
  }
  const image = serviceImage(model2.name, opts.service, service2);
  let imageId = await host.imageId(image);
  if (!imageId && service2.build && host.buildImage)
    imageId = await host.buildImage({ service: opts.service, image, build: service2.build });
  if (!imageId) {
    throw new ComposeExecutionError("COMPOSE_IMAGE_NOT_FOUND", `service "${opts.service}": image "${image}" not found locally`, {
      hint: "import or load it first (tsc-compose image import / image load), or fix the image name in the compose file"
    });
  }
  const runService = oneOffService(service2, opts, project.environment, project.workingDir);
  const slug = randomBytes(32).toString("hex");
  const name = opts.name ?? `${model2.name}-${opts.service}-run-${slug.slice(0, 12)}`;
  const observed = await host.listProjectContainers(model2.name);
  const idOf = (s) => observed.find((c) => c.service === s && !c.oneoff && c.state === "running")?.id;
  const options2 = serviceToCreateOptions({
    project: model2.name,
    service: opts.service,
    number: 0,
    name,
    image,
    imageId,
    configHash: serviceConfigHash(runService),
    oneoff: true,
    workingDir: project.workingDir,
    configFiles: project.composeFiles
  }, runService, networkRequestFor(project, opts.service, runService, idOf));
  const labels2 = { ...options2.labels, [LABEL_SLUG]: slug };
  delete labels2[LABEL_CONTAINER_NUMBER];
  return { options: { ...options2, labels: labels2, autoRemove: Boolean(opts.autoRemove) }, name, slug };
}
async function waitDependencies(session, name, service2, pollMs) {
  const b = new PlanBuilder();
  for (const [dep, cfg] of Object.entries(service2.depends_on ?? {})) {
    if (cfg.condition === "service_started" || !(dep in session.project.model.services))
      continue;
    b.add({ kind: "waitCondition", target: `service:${dep}`, service: dep, condition: cfg.condition, required: cfg.required, cause: `${name} depends on it` });
  }
  const plan = b.build();
  if (plan.operations.length === 0)
    return;
  const known = /* @__PURE__ */ new Map();
  for (const c of await session.host.listProjectContainers(session.project.model.name)) {
    if (!c.oneoff)
      known.set(c.service, [...known.get(c.service) ?? [], c.id]);
  }
  await executePlan(plan, {
    project: session.project,
    host: session.host,
    onProgress: session.onProgress,
    knownContainers: known,
    pollMs,
    networkRequest: (n, s) => networkRequestFor(session.project, n, s)
  });
}

// packages/compose/dist/project-ops/project-events.js
function toComposeEvent(e, project, services2) {
  if (e.type !== "container")
    return void 0;
  if (e.attributes[LABEL_PROJECT] !== project)
    return void 0;
  if (e.attributes[LABEL_ONEOFF] === "True")
    return void 0;
  const service2 = e.attributes[LABEL_SERVICE] ?? "";
  if (services2?.size && !services2.has(service2))
    return void 0;
  const attributes = {};
  for (const [k, v] of Object.entries(e.attributes))
    if (!k.startsWith("com.docker.compose."))
      attributes[k] = v;
  return { timeNano: e.timeNano, service: service2, container: e.id, action: e.action, attributes };
}
function pad(n, width) {
  return String(n).padStart(width, "0");
}
function formatEventTime(timeNano) {
  const ms = Math.floor(timeNano / 1e6);
  const d = new Date(ms);
  const micro = Math.floor(timeNano % 1e9 / 1e3);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)} ${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}.${pad(micro, 6)}`;
}
function formatEventTimeJson(timeNano) {
  const ms = Math.floor(timeNano / 1e6);
  const d = new Date(ms);
  const nanos = String(Math.floor(timeNano % 1e9)).padStart(9, "0").replace(/0+$/, "");
  const off = -d.getTimezoneOffset();
  const zone = off === 0 ? "Z" : `${off > 0 ? "+" : "-"}${pad(Math.floor(Math.abs(off) / 60), 2)}:${pad(Math.abs(off) % 60, 2)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}T${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}${nanos ? `.${nanos}` : ""}${zone}`;
}
function formatComposeEvent(e) {
  const attrs = Object.entries(e.attributes).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(", ");
  return `${formatEventTime(e.timeNano)} container ${e.action} ${e.container} (${attrs})`;
}
function composeEventJson(e) {
  return { time: formatEventTimeJson(e.timeNano), type: "container", service: e.service, id: e.container, action: e.action, attributes: e.attributes };
}

// packages/compose/dist/project-ops/list-projects.js
function combinedStatus(states) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of states)
    counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.keys()].sort().map((s) => `${s}(${counts.get(s)})`).join(", ");
}
function listProjects(containers, opts = {}) {
  const byProject = /* @__PURE__ */ new Map();
  const up2 = (s) => s === "running" || s === "restarting" || s === "paused";
  for (const c of containers) {
    const name = c.labels[LABEL_PROJECT];
    if (!name || !opts.all && !up2(c.State))
      continue;
    const entry = byProject.get(name) ?? { states: [], files: [] };
    entry.states.push(c.State);
    for (const f of (c.labels[LABEL_CONFIG_FILES] ?? "").split(",").filter(Boolean))
      if (!entry.files.includes(f))
        entry.files.push(f);
    byProject.set(name, entry);
  }
  return [...byProject.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, e]) => ({ Name: name, Status: combinedStatus(e.states), ConfigFiles: e.files.join(",") }));
}

// packages/compose/dist/project-ops/container-copy.js
import { chmodSync as chmodSync2, copyFileSync, lchownSync, lstatSync, lutimesSync, mkdirSync as mkdirSync3, readdirSync, readlinkSync, rmSync, statSync as statSync2, symlinkSync, utimesSync } from "node:fs";
import { basename, dirname, join as join4, posix as posix9 } from "node:path";
var MAX_LINKS = 40;
var copyError = (message) => new ComposeExecutionError("COMPOSE_CP_FAILED", message, { exitCode: 1 });
function lstatOrUndefined(p) {
  try {
    return lstatSync(p);
  } catch {
    return void 0;
  }
}
function statResolved(p) {
  try {
    return /^\/proc\/\d+\/root\/?$/.test(p) ? statSync2(p) : lstatSync(p);
  } catch {
    return void 0;
  }
}
function resolveInRoot(root, path, followLast) {
  const queue = path.split("/").filter((p) => p !== "" && p !== ".");
  const resolved = [];
  let hops = 0;
  while (queue.length) {
    const part = queue.shift();
    if (part === ".")
      continue;
    if (part === "..") {
      resolved.pop();
      continue;
    }
    const host = join4(root, ...resolved, part);
    const st = lstatOrUndefined(host);
    if (st?.isSymbolicLink() && (queue.length > 0 || followLast)) {
      if (++hops > MAX_LINKS)
        throw copyError(`too many levels of symbolic links: ${path}`);
      const target = readlinkSync(host);
      if (target.startsWith("/"))
        resolved.length = 0;
      queue.unshift(...target.split("/").filter((p) => p !== "" && p !== "."));
      continue;
    }
    resolved.push(part);
  }
  return join4(root, ...resolved);
}
function copyMeta(src, dest, archive, isLink) {
  if (archive)
    lchownSync(dest, src.uid, src.gid);
  if (isLink) {
    lutimesSync(dest, src.atime, src.mtime);
    return;
  }
  chmodSync2(dest, src.mode & 4095);
  utimesSync(dest, src.atime, src.mtime);
}
function copyTree(src, dest, opts, followSrc) {
  const st = followSrc ? statSync2(src) : lstatSync(src);
  const existing = lstatOrUndefined(dest);
  if (st.isDirectory()) {
    if (existing && !existing.isDirectory())
      rmSync(dest, { force: true });
    if (!existing || !existing.isDirectory())
      mkdirSync3(dest);
    for (const name of readdirSync(src))
      copyTree(join4(src, name), join4(dest, name), opts, false);
    copyMeta(st, dest, Boolean(opts.archive), false);
    return;
  }
  if (existing)
    rmSync(dest, { recursive: existing.isDirectory(), force: true });
  if (st.isSymbolicLink()) {
    symlinkSync(readlinkSync(src), dest);
    copyMeta(st, dest, Boolean(opts.archive), true);
    return;
  }
  if (!st.isFile())
    return;
  copyFileSync(src, dest);
  copyMeta(st, dest, Boolean(opts.archive), false);
}
function copyPath(src, srcPath, dest, destPath, opts = {}) {
  const srcStat = statResolved(src);
  if (!srcStat)
    throw copyError(`could not find the file ${srcPath}${opts.sourceContainer ? ` in container ${opts.sourceContainer}` : ""}`);
  const follow = Boolean(opts.followLink) && srcStat.isSymbolicLink();
  const srcIsDir = (follow ? statSync2(src) : srcStat).isDirectory();
  const contentsOnly = srcIsDir && (srcPath.endsWith("/.") || srcPath === ".");
  const destStat = statResolved(dest);
  const destIsDir = destStat?.isDirectory() ?? false;
  if (!destStat) {
    if (destPath.endsWith("/") && !srcIsDir)
      throw copyError(`destination directory ${destPath} does not exist`);
    const parent = statResolved(dirname(dest));
    if (!parent?.isDirectory())
      throw copyError(`no such directory: ${posix9.dirname(destPath.replace(/\/+$/, "")) || "/"}`);
    copyTree(src, dest, opts, follow);
    return;
  }
  if (!destIsDir) {
    if (srcIsDir)
      throw copyError(`cannot copy a directory to a file: ${destPath}`);
    copyTree(src, dest, opts, follow);
    return;
  }
  if (contentsOnly) {
    for (const name2 of readdirSync(src))
      copyTree(join4(src, name2), join4(dest, name2), opts, false);
    return;
  }
  const name = basename(srcPath.replace(/\/+$/, "")) || basename(src);
  copyTree(src, join4(dest, name), opts, follow);
}
function splitCopyArg(arg) {
  const colon = arg.indexOf(":");
  const slash = arg.indexOf("/");
  if (colon > 0 && (slash === -1 || colon < slash))
    return { service: arg.slice(0, colon), path: arg.slice(colon + 1) };
  return { path: arg };
}

export {
  COMPOSE_ERROR_CODES,
  ComposeFileError,
  isComposeFileError,
  formatLocation,
  ResetTag,
  OverrideTag,
  isResetTag,
  isOverrideTag,
  stripMergeTags,
  hasMergeTags,
  loadYamlLibrary,
  isYamlLibraryNotLoaded,
  matches,
  formatPath,
  enforceUnicity,
  splitVolumeSpec,
  mergeComposeFiles,
  mergeService,
  parseComposeYaml,
  parseWithPositions,
  TemplateError,
  substitute,
  interpolateString,
  interpolate,
  parseDotenv,
  parseDotenvFiles,
  resolveRelativePaths,
  resolveExtends,
  resolveIncludes,
  loadComposeFiles,
  nodeFs,
  DEFAULT_FILE_NAMES,
  DEFAULT_OVERRIDE_FILE_NAMES,
  findComposeFiles,
  projectEnvironment,
  normalizeProjectName,
  invalidProjectName,
  resolveProjectName,
  applyProfiles,
  profilesFromEnv,
  VALIDATION_CODES,
  validateComposeDocument,
  checkModel,
  parseDuration2 as parseDuration,
  formatDuration,
  parseBytes2 as parseBytes,
  shellSplit,
  parsePortSpec,
  parseVolumeSpec,
  parseDeviceSpec,
  normalizeModel,
  loadProject,
  modelToYaml,
  modelToJson,
  toYaml,
  CONFIG_HASH_LABEL,
  configHashInput,
  configHash,
  extractVariables,
  DependencyGraph,
  labels_exports,
  serviceConfigHash,
  planToString,
  serviceEdges,
  projectGraph,
  containerName,
  serviceImage,
  desiredScale,
  PULL_OPTIONS,
  servicePullPolicy,
  strongerPullPolicy,
  pullsWhenPresent,
  hostPullPolicy,
  reconcileUp,
  reconcileDown,
  composeLabels,
  serviceToCreateOptions,
  ComposeExecutionError,
  executePlan,
  RuntimeComposeHost,
  networkRequestFor,
  withProjectLock,
  observeProject,
  up,
  down,
  waitForProject,
  sourceName,
  followProjectLogs,
  pickServiceContainer,
  noSuchService,
  oneOffService,
  prepareRun,
  toComposeEvent,
  formatEventTime,
  formatEventTimeJson,
  formatComposeEvent,
  composeEventJson,
  combinedStatus,
  listProjects,
  resolveInRoot,
  copyPath,
  splitCopyArg
};
