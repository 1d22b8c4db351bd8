import { posix } from 'node:path'
import { imageError, IMAGE_INVALID_CHANGE } from './errors.js'
import type { ContainerConfig } from './oci.js'

/**
 * Dockerfile-like `--change` lines for `image import` and `container commit`
 * (`CMD ["sh"]`, `ENV A=1`, `EXPOSE 80/udp`, ...), applied to an image config the way
 * docker's `dockerfile.BuildFromConfig` does. Only the instructions docker allows there.
 */
export const CHANGE_INSTRUCTIONS = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'ONBUILD', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'] as const

function fail(line: string, why: string): never {
  throw imageError(IMAGE_INVALID_CHANGE, `invalid change "${line}": ${why}`)
}

/** Splits shell-ish words, honouring "double" and 'single' quotes and backslash escapes. */
export function splitWords(s: string): string[] {
  const out: string[] = []
  let cur = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"' && i + 1 < s.length) cur += s[++i]
      else cur += c
      continue
    }
    if (c === '"' || c === "'") {
      quote = c
      inWord = true
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i]
      inWord = true
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur)
      cur = ''
      inWord = false
    } else {
      cur += c
      inWord = true
    }
  }
  if (quote) throw imageError(IMAGE_INVALID_CHANGE, `unterminated quote in "${s}"`)
  if (inWord) out.push(cur)
  return out
}

/** JSON array form (`["sh","-c"]`) or shell form (`/bin/sh -c "…"`), like the Dockerfile. */
function commandForm(line: string, rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const v = JSON.parse(rest) as unknown
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v
    } catch {
      // not JSON: docker then treats it as shell form too
    }
  }
  if (rest === '') fail(line, 'missing command')
  return ['/bin/sh', '-c', rest]
}

function keyValues(line: string, rest: string, legacySpace: boolean): [string, string][] {
  const words = splitWords(rest)
  if (words.length === 0) fail(line, 'missing arguments')
  if (legacySpace && !words[0]!.includes('=')) {
    // ENV key value with spaces (legacy form)
    const m = /^(\S+)\s+(.*)$/.exec(rest)
    if (!m) fail(line, 'ENV needs a value')
    return [[m[1]!, m[2]!]]
  }
  return words.map((w) => {
    const i = w.indexOf('=')
    if (i <= 0) fail(line, `"${w}" is not KEY=VALUE`)
    return [w.slice(0, i), w.slice(i + 1)] as [string, string]
  })
}

/** Returns a new config with the changes applied in order. */
export function applyChanges(config: ContainerConfig, lines: readonly string[]): ContainerConfig {
  const c: ContainerConfig = structuredClone(config)
  let cmdSetHere = false
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const m = /^(\S+)\s*(.*)$/s.exec(line)!
    const instr = m[1]!.toUpperCase()
    const rest = m[2]!.trim()
    switch (instr) {
      case 'CMD':
        c.Cmd = commandForm(line, rest)
        cmdSetHere = true
        break
      case 'ENTRYPOINT':
        c.Entrypoint = commandForm(line, rest)
        // docker: a new ENTRYPOINT resets an inherited CMD
        if (!cmdSetHere && c.Cmd) c.Cmd = null
        break
      case 'ENV': {
        const env = [...(c.Env ?? [])]
        for (const [k, v] of keyValues(line, rest, true)) {
          const i = env.findIndex((e) => e.split('=')[0] === k)
          if (i >= 0) env[i] = `${k}=${v}`
          else env.push(`${k}=${v}`)
        }
        c.Env = env
        break
      }
      case 'LABEL':
        c.Labels = { ...(c.Labels ?? {}), ...Object.fromEntries(keyValues(line, rest, false)) }
        break
      case 'EXPOSE': {
        const ports = { ...(c.ExposedPorts ?? {}) }
        for (const p of splitWords(rest)) {
          const pm = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(p)
          if (!pm) fail(line, `invalid port "${p}"`)
          const from = Number(pm[1])
          const to = pm[2] ? Number(pm[2]) : from
          if (from < 1 || to > 65535 || to < from) fail(line, `invalid port range "${p}"`)
          for (let port = from; port <= to; port++) ports[`${port}/${(pm[3] ?? 'tcp').toLowerCase()}`] = {}
        }
        c.ExposedPorts = ports
        break
      }
      case 'USER':
        if (rest === '') fail(line, 'USER needs a user')
        c.User = rest
        break
      case 'WORKDIR':
        if (rest === '') fail(line, 'WORKDIR needs a path')
        c.WorkingDir = posix.resolve(c.WorkingDir || '/', rest)
        break
      case 'VOLUME': {
        const vols = { ...(c.Volumes ?? {}) }
        let list: string[]
        try {
          list = rest.startsWith('[') ? (JSON.parse(rest) as string[]) : splitWords(rest)
        } catch {
          list = splitWords(rest)
        }
        if (list.length === 0) fail(line, 'VOLUME needs a path')
        for (const v of list) vols[v] = {}
        c.Volumes = vols
        break
      }
      case 'ONBUILD':
        if (rest === '') fail(line, 'ONBUILD needs an instruction')
        c.OnBuild = [...(c.OnBuild ?? []), rest]
        break
      case 'STOPSIGNAL':
        if (rest === '') fail(line, 'STOPSIGNAL needs a signal')
        c.StopSignal = rest
        break
      default:
        throw imageError(IMAGE_INVALID_CHANGE, `"${m[1]}" is not a valid change command`, {
          hint: `allowed: ${CHANGE_INSTRUCTIONS.join(', ')}`,
        })
    }
  }
  return c
}
