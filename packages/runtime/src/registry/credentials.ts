import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { DEFAULT_DOMAIN } from '../images/reference.js'
import { registryError, REGISTRY_BAD_CREDENTIALS_FILE } from './errors.js'

/** What a registry login yields: a user and password, or an OAuth refresh token. */
export interface Credentials {
  readonly username?: string
  readonly password?: string
  /** OAuth2 refresh token (docker's `identitytoken`). */
  readonly identityToken?: string
  /** A bearer token to use as is (docker's `registrytoken`). */
  readonly registryToken?: string
}

/** An entry of the `auths` map of docker's config.json (and of our `<root>/auth.json`). */
interface AuthEntry {
  auth?: string
  username?: string
  password?: string
  identitytoken?: string
  registrytoken?: string
}

interface AuthFile {
  auths?: Record<string, AuthEntry>
  [other: string]: unknown
}

/** The keys docker writes for Docker Hub (`https://index.docker.io/v1/`) all mean docker.io. */
const HUB_ALIASES = new Set([DEFAULT_DOMAIN, 'index.docker.io', 'registry-1.docker.io'])

/** docker's ConvertToHostname: `https://host:5000/v1/` → `host:5000`. */
export function keyHost(key: string): string {
  const h = key.replace(/^[a-z]+:\/\//i, '').split('/')[0]!.toLowerCase()
  return HUB_ALIASES.has(h) ? DEFAULT_DOMAIN : h
}

/** The key login writes for a domain: docker's own for Docker Hub, the domain otherwise. */
export function authKey(domain: string): string {
  return domain === DEFAULT_DOMAIN ? 'https://index.docker.io/v1/' : domain
}

/**
 * Credential files, most specific first: the state root's `auth.json` (written by
 * `tsc-compose login`), then docker's `config.json` ($DOCKER_CONFIG or ~/.docker), so a
 * `docker login` done earlier works here too.
 */
export function credentialFiles(root: string | undefined, env: Readonly<Record<string, string | undefined>>): string[] {
  const files: string[] = []
  if (root) files.push(join(root, 'auth.json'))
  if (env.DOCKER_CONFIG) files.push(join(env.DOCKER_CONFIG, 'config.json'))
  else if (env.HOME) files.push(join(env.HOME, '.docker', 'config.json'))
  return files
}

function readAuthFile(file: string): AuthFile | undefined {
  if (!existsSync(file)) return undefined
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object')
    return parsed as AuthFile
  } catch (err) {
    throw registryError(REGISTRY_BAD_CREDENTIALS_FILE, `cannot read credentials file ${file}: ${(err as Error).message}`, { cause: err })
  }
}

function fromEntry(entry: AuthEntry, file: string, key: string): Credentials | undefined {
  let { username, password } = entry
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const i = decoded.indexOf(':')
    if (i < 0) throw registryError(REGISTRY_BAD_CREDENTIALS_FILE, `credentials file ${file}: the "auth" of "${key}" is not base64 of user:password`)
    username = decoded.slice(0, i)
    password = decoded.slice(i + 1)
  }
  const c: Credentials = {
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    ...(entry.identitytoken ? { identityToken: entry.identitytoken } : {}),
    ...(entry.registrytoken ? { registryToken: entry.registrytoken } : {}),
  }
  return Object.keys(c).length > 0 ? c : undefined
}

/** The first credentials any of `files` holds for `domain`, or undefined (anonymous). */
export function findCredentials(domain: string, files: readonly string[]): Credentials | undefined {
  const want = keyHost(domain)
  for (const file of files) {
    const auths = readAuthFile(file)?.auths ?? {}
    for (const [key, entry] of Object.entries(auths)) {
      if (keyHost(key) !== want || !entry || typeof entry !== 'object') continue
      const c = fromEntry(entry, file, key)
      if (c) return c
    }
  }
  return undefined
}

function writeAuthFile(file: string, data: AuthFile): void {
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`
  // Written 0600 before the rename: a password never sits in a world-readable file.
  writeFileSync(tmp, JSON.stringify(data, null, '\t') + '\n', { mode: 0o600 })
  chmodSync(tmp, 0o600)
  renameSync(tmp, file)
}

/** `login`: stores user:password for `domain` in `file` (docker's config.json shape). */
export function saveCredentials(file: string, domain: string, username: string, password: string): void {
  const data = readAuthFile(file) ?? {}
  const auths = { ...(data.auths ?? {}) }
  for (const k of Object.keys(auths)) if (keyHost(k) === keyHost(domain)) delete auths[k]
  auths[authKey(domain)] = { auth: Buffer.from(`${username}:${password}`).toString('base64') }
  writeAuthFile(file, { ...data, auths })
}

/** `logout`: returns false when there was nothing stored for `domain`. */
export function removeCredentials(file: string, domain: string): boolean {
  const data = readAuthFile(file)
  if (!data?.auths) return false
  const auths = { ...data.auths }
  const keys = Object.keys(auths).filter((k) => keyHost(k) === keyHost(domain))
  if (keys.length === 0) return false
  for (const k of keys) delete auths[k]
  writeAuthFile(file, { ...data, auths })
  return true
}
