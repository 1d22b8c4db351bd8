import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { credentialFiles, type Credentials, findCredentials } from './credentials.js'
import { registryError, REGISTRY_BAD_CREDENTIALS_FILE } from './errors.js'

export type Env = Readonly<Record<string, string | undefined>>

/** What every registry operation reads from the state root and the environment. */
export interface RegistrySettingsInput {
  /** State root: `<root>/auth.json` (credentials), `<root>/registries.json` (insecure registries). */
  readonly root?: string
  readonly env?: Env
  /** Extra insecure registries (host, host:port or CIDR), like dockerd's `--insecure-registry`. */
  readonly insecureRegistries?: readonly string[]
  /** Credentials to use instead of the files (tests, `login`). */
  readonly credentials?: Credentials
}

export interface RegistrySettings {
  readonly insecureRegistries: readonly string[]
  credentialsFor(domain: string): Credentials | undefined
}

/** `TSC_COMPOSE_INSECURE_REGISTRIES=a:5000,10.0.0.0/8` adds insecure registries. */
export const INSECURE_ENV = 'TSC_COMPOSE_INSECURE_REGISTRIES'

function fileInsecure(root: string | undefined): string[] {
  if (!root) return []
  const file = join(root, 'registries.json')
  if (!existsSync(file)) return []
  try {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { 'insecure-registries'?: unknown }
    const list = doc['insecure-registries']
    if (list === undefined) return []
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new Error('"insecure-registries" must be a list of strings')
    return list as string[]
  } catch (err) {
    throw registryError(REGISTRY_BAD_CREDENTIALS_FILE, `cannot read ${file}: ${(err as Error).message}`, { cause: err })
  }
}

export function registrySettings(input: RegistrySettingsInput): RegistrySettings {
  const env = input.env ?? {}
  const insecure = [
    ...(input.insecureRegistries ?? []),
    ...(env[INSECURE_ENV] ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    ...fileInsecure(input.root),
  ]
  const files = credentialFiles(input.root, env)
  return {
    insecureRegistries: insecure,
    credentialsFor: (domain) => input.credentials ?? findCredentials(domain, files),
  }
}
