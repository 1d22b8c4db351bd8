import { join } from 'node:path'
import { DEFAULT_DOMAIN } from '../images/reference.js'
import { RegistryClient } from './client.js'
import { removeCredentials, saveCredentials } from './credentials.js'
import { registryError, REGISTRY_PROTOCOL } from './errors.js'
import { endpointFor } from './hosts.js'
import { discard } from './transport.js'
import { registrySettings, type RegistrySettingsInput } from './settings.js'

export interface LoginOptions extends RegistrySettingsInput {
  /** Registry domain (`127.0.0.1:5000`); Docker Hub by default. */
  readonly server?: string
  readonly username: string
  readonly password: string
  readonly signal?: AbortSignal
}

/** `https://host:5000/` or `host:5000` → `host:5000`; docker.io's aliases → docker.io. */
export function serverDomain(server: string | undefined): string {
  if (!server) return DEFAULT_DOMAIN
  const h = server.replace(/^[a-z]+:\/\//i, '').split('/')[0]!
  return ['index.docker.io', 'registry-1.docker.io', 'docker.io'].includes(h.toLowerCase()) ? DEFAULT_DOMAIN : h
}

/** The credentials file `login` writes: `<root>/auth.json`. */
export function authFile(root: string): string {
  return join(root, 'auth.json')
}

/**
 * `docker login`: checks the credentials against the registry (a token from its realm, or
 * an authenticated GET /v2/ for Basic-auth registries) and only then stores them.
 */
export async function login(opts: LoginOptions & { readonly root: string }): Promise<{ domain: string; messages: string[] }> {
  const domain = serverDomain(opts.server)
  const settings = registrySettings({ ...opts, credentials: { username: opts.username, password: opts.password } })
  const client = new RegistryClient({
    endpoint: endpointFor(domain, settings.insecureRegistries),
    repository: '',
    actions: 'pull',
    credentials: { username: opts.username, password: opts.password },
    signal: opts.signal,
  })
  try {
    // request() authenticates (and fails on bad credentials) whatever the scheme.
    const res = await client.request('/v2/', { method: 'GET' })
    discard(res)
    if (res.status !== 200) throw registryError(REGISTRY_PROTOCOL, `login to ${domain}: GET /v2/ answered ${res.status}`)
  } finally {
    client.close()
  }
  saveCredentials(authFile(opts.root), domain, opts.username, opts.password)
  return { domain, messages: ['Login Succeeded'] }
}

/** `docker logout`. */
export function logout(root: string, server?: string): { domain: string; removed: boolean } {
  const domain = serverDomain(server)
  return { domain, removed: removeCredentials(authFile(root), domain) }
}
