import { config, definitions, mapping, model, network, secret, str, stringOrList, volume, X_EXTENSIONS, type Schema } from './definitions.js'
import { service } from './service.js'

/** Resource names docker compose accepts as map keys. */
const NAME_KEY = '^[a-zA-Z0-9._-]+$'

function named(schema: Schema): Schema {
  return { type: 'object', patternProperties: { [NAME_KEY]: schema }, additionalProperties: false }
}

/**
 * The Compose Specification as a JSON Schema (draft-07), written by us from the specification's
 * text. It validates one compose file after interpolation and before merge, so every key is
 * optional: an override file may hold a single attribute.
 */
export const composeSchema: Schema = {
  $id: 'https://tsc-compose.dev/compose-spec.json',
  definitions,
  type: 'object',
  properties: {
    version: { type: 'string' },
    name: { type: 'string' },
    include: {
      type: 'array',
      items: {
        oneOf: [
          str,
          mapping({ path: stringOrList, env_file: stringOrList, project_directory: str }, { extensions: false }),
        ],
      },
    },
    services: named(service),
    models: named(model),
    networks: named(network),
    volumes: named(volume),
    secrets: named(secret),
    configs: named(config),
  },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false,
}

/** Known keys per path pattern, for "did you mean" suggestions on misspelt keys. */
export { serviceProperties } from './service.js'
