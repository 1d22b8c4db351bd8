/**
 * Shared pieces of our Compose Specification schema, written from the specification's text.
 * Helpers keep the big schema readable: most compose keys accept "a string or a number" or
 * "a list of strings or a mapping", and every mapping docker compose extends allows `x-` keys.
 */
export type Schema = Record<string, unknown>

/** `x-` extension keys are allowed (and ignored) wherever docker compose allows them. */
export const X_EXTENSIONS = { '^x-': {} } as const

export function mapping(properties: Record<string, Schema>, opts: { required?: string[]; extensions?: boolean } = {}): Schema {
  const s: Schema = { type: 'object', properties, additionalProperties: false }
  if (opts.extensions !== false) s.patternProperties = X_EXTENSIONS
  if (opts.required) s.required = opts.required
  return s
}

export const str: Schema = { type: 'string' }
export const bool: Schema = { type: 'boolean' }
/** Booleans may also arrive as strings (interpolated values that did not cast). */
export const boolOrStr: Schema = { type: ['boolean', 'string'] }
export const int: Schema = { type: 'integer' }
export const intOrStr: Schema = { type: ['integer', 'string'] }
export const numOrStr: Schema = { type: ['number', 'string'] }
export const strOrNum: Schema = { type: ['string', 'number'] }

export const listOfStrings: Schema = { type: 'array', items: { type: 'string' } }
export const uniqueStrings: Schema = { type: 'array', items: { type: 'string' }, uniqueItems: true }
const stringOrListDef: Schema = { oneOf: [{ type: 'string' }, listOfStrings] }

/** `KEY=VALUE` list or a mapping of scalars (environment, labels, args, sysctls, ...). */
const listOrDictDef: Schema = {
  oneOf: [
    {
      type: 'object',
      patternProperties: { '.+': { type: ['string', 'number', 'boolean', 'null'] } },
      additionalProperties: false,
    },
    { type: 'array', items: { type: 'string' }, uniqueItems: true },
  ],
}

/** Free-form `driver_opts`-like mappings: string or number values. */
const optionsDef: Schema = {
  type: 'object',
  patternProperties: { '^.+$': { type: ['string', 'number'] } },
  additionalProperties: false,
}

const blkioLimitDef: Schema = mapping({ path: str, rate: intOrStr }, { extensions: false })
const blkioWeightDef: Schema = mapping({ path: str, weight: intOrStr }, { extensions: false })

const ulimitsDef: Schema = {
  type: 'object',
  patternProperties: {
    '^[a-z]+$': {
      oneOf: [
        intOrStr,
        mapping({ hard: intOrStr, soft: intOrStr }, { required: ['soft', 'hard'] }),
      ],
    },
  },
  additionalProperties: false,
}

/** A service's reference to a secret or config: a name or a long form. */
const fileReferenceDef: Schema = {
  type: 'array',
  items: {
    oneOf: [
      str,
      mapping({ source: str, target: str, uid: str, gid: str, mode: numOrStr }),
    ],
  },
}

const externalDef: Schema = {
  oneOf: [boolOrStr, mapping({ name: str }, { extensions: false })],
}


function ref(name: string): Schema {
  return { $ref: `#/definitions/${name}` }
}

export const listOrDict = ref('list_or_dict')
export const labels = listOrDict
export const options = ref('options')
export const ulimits = ref('ulimits')
export const fileReference = ref('file_reference')
export const external = ref('external')
export const stringOrList = ref('string_or_list')
export const blkioLimit = ref('blkio_limit')
export const blkioWeight = ref('blkio_weight')

/** Top-level network, volume, secret and config definitions. */
export const network: Schema = {
  type: ['object', 'null'],
  properties: {
    name: str,
    driver: str,
    driver_opts: options,
    ipam: mapping({
      driver: str,
      config: {
        type: 'array',
        items: mapping({
          subnet: str,
          ip_range: str,
          gateway: str,
          aux_addresses: { type: 'object', patternProperties: { '^.+$': str }, additionalProperties: false },
        }),
      },
      options: { type: 'object', patternProperties: { '^.+$': str }, additionalProperties: false },
    }),
    external,
    internal: boolOrStr,
    enable_ipv4: boolOrStr,
    enable_ipv6: boolOrStr,
    attachable: boolOrStr,
    labels,
  },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false,
}

export const volume: Schema = {
  type: ['object', 'null'],
  properties: { name: str, driver: str, driver_opts: options, external, labels },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false,
}

export const secret: Schema = mapping({
  name: str,
  environment: str,
  file: str,
  external,
  labels,
  driver: str,
  driver_opts: options,
  template_driver: str,
})

export const config: Schema = mapping({
  name: str,
  content: str,
  environment: str,
  file: str,
  external,
  labels,
  template_driver: str,
})

export const model: Schema = mapping({
  name: str,
  model: str,
  context_size: int,
  runtime_flags: listOfStrings,
})

/** Compound schemas used in many places: one compiled function each instead of many copies. */
export const definitions: Record<string, Schema> = {
  list_or_dict: listOrDictDef,
  options: optionsDef,
  ulimits: ulimitsDef,
  file_reference: fileReferenceDef,
  external: externalDef,
  string_or_list: stringOrListDef,
  blkio_limit: blkioLimitDef,
  blkio_weight: blkioWeightDef,
}
