import { imageError, IMAGE_INVALID_REFERENCE } from './errors.js'

/**
 * Image references, parsed and normalized the way docker does (distribution/reference
 * `ParseNormalizedNamed` + `TagNameOnly`): `busybox` is `docker.io/library/busybox:latest`,
 * shown back in its familiar form. Pure functions over strings.
 */
export interface Reference {
  /** Registry host with optional port, `docker.io` by default. */
  readonly domain: string
  /** Repository path inside the registry (`library/busybox`). */
  readonly path: string
  readonly tag?: string
  readonly digest?: string
}

export const DEFAULT_DOMAIN = 'docker.io'
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io'
const OFFICIAL_PREFIX = 'library/'
export const DEFAULT_TAG = 'latest'

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*'
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE_RE = new RegExp(`^((?:${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`)
const TAG_RE = new RegExp(`^${TAG}$`)
const HEX64_RE = /^[a-f0-9]{64}$/
const NAME_MAX = 255

function invalid(input: string, why?: string): never {
  throw imageError(IMAGE_INVALID_REFERENCE, `invalid reference format${why ? `: ${why}` : ''}: "${input}"`)
}

/** docker's splitDockerDomain: the first component is a registry only if it looks like a host. */
function splitDomain(name: string): [string, string] {
  const i = name.indexOf('/')
  let domain: string
  let rest: string
  const first = i === -1 ? '' : name.slice(0, i)
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_DOMAIN
    rest = name
  } else {
    domain = first
    rest = name.slice(i + 1)
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN
  if (domain === DEFAULT_DOMAIN && !rest.includes('/')) rest = OFFICIAL_PREFIX + rest
  return [domain, rest]
}

/**
 * Parses a user-written reference (`busybox`, `localhost:5000/a/b:tag`, `x@sha256:…`) to its
 * normalized form. Does not add `:latest`; use withDefaultTag for that.
 */
export function parseReference(input: string): Reference {
  if (input === '') invalid(input, 'empty reference')
  if (HEX64_RE.test(input)) {
    throw imageError(IMAGE_INVALID_REFERENCE, `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`)
  }
  const [domain, rest] = splitDomain(input)
  const remote = rest.split('@')[0]!.replace(/:[^/]*$/, '')
  if (remote.toLowerCase() !== remote) {
    throw imageError(IMAGE_INVALID_REFERENCE, `invalid reference format: repository name (${remote}) must be lowercase: "${input}"`)
  }
  const m = REFERENCE_RE.exec(`${domain}/${rest}`)
  if (!m) invalid(input)
  const path = m[2]!
  if (domain.length + 1 + path.length > NAME_MAX) invalid(input, `repository name must not be more than ${NAME_MAX} characters`)
  const digest = m[4]
  if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) invalid(input, `unsupported digest ${digest}`)
  return { domain, path, ...(m[3] !== undefined ? { tag: m[3] } : {}), ...(digest !== undefined ? { digest } : {}) }
}

/** docker's TagNameOnly: a name without tag nor digest means `:latest`. */
export function withDefaultTag(ref: Reference): Reference {
  return ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: DEFAULT_TAG } : ref
}

/** Parses and adds `:latest` when neither tag nor digest is given. */
export function normalizeReference(input: string): Reference {
  return withDefaultTag(parseReference(input))
}

export function fullName(ref: Reference): string {
  return `${ref.domain}/${ref.path}`
}

/** `docker.io/library/busybox` → `busybox`; `docker.io/me/app` → `me/app`. */
export function familiarName(ref: Reference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return fullName(ref)
  if (ref.path.startsWith(OFFICIAL_PREFIX) && ref.path.indexOf('/', OFFICIAL_PREFIX.length) === -1) {
    return ref.path.slice(OFFICIAL_PREFIX.length)
  }
  return ref.path
}

function suffix(ref: Reference): string {
  return `${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`
}

/** The fully qualified string (`docker.io/library/busybox:latest`). */
export function referenceString(ref: Reference): string {
  return fullName(ref) + suffix(ref)
}

/** The familiar string docker prints (`busybox:latest`). */
export function familiarString(ref: Reference): string {
  return familiarName(ref) + suffix(ref)
}

/** A bare tag as used by `org.opencontainers.image.ref.name` or `docker tag`'s target. */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag)
}

/**
 * Could `input` be (a prefix of) an image ID, as `docker image inspect 3f57` accepts?
 * Only lowercase hex, optionally `sha256:`-prefixed.
 */
export function idPrefixOf(input: string): string | undefined {
  const m = /^(?:sha256:)?([a-f0-9]{1,64})$/.exec(input)
  return m ? m[1] : undefined
}
