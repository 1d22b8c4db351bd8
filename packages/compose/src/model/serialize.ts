import { yamlLibrary } from '../load/yaml-library.js'
import { emitYaml } from './yaml-emitter.js'
import type { ComposeModel } from './types.js'
import { toPrintable } from './printable.js'

export interface SerializeOptions {
  /** docker compose doubles every `$` of an interpolated model so the output loads back the same. */
  readonly escapeDollars: boolean
}

function escape(text: string, opts: SerializeOptions): string {
  return opts.escapeDollars ? text.replaceAll('$', '$$$$') : text
}

/**
 * What `config` prints: the canonical model as YAML (2-space indent, no line folding).
 * Needs the `yaml` library loaded (`await loadYamlLibrary()`).
 */
export function modelToYaml(model: ComposeModel, opts: SerializeOptions = { escapeDollars: true }): string {
  return escape(emitYaml(toPrintable(model)), opts)
}

/** What `config --format json` prints. */
export function modelToJson(model: ComposeModel, opts: SerializeOptions = { escapeDollars: true }): string {
  return escape(JSON.stringify(toPrintable(model), null, 2), opts) + '\n'
}

/** YAML for any plain value. Needs the `yaml` library loaded (`await loadYamlLibrary()`). */
export function toYaml(value: unknown): string {
  return yamlLibrary().stringify(value, { indent: 2, lineWidth: 0, aliasDuplicateObjects: false })
}
