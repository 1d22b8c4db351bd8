import { posix } from 'node:path'
import { isPlainObject } from './merge-tags.js'

type Obj = Record<string, unknown>

/**
 * Makes the relative paths of a compose tree absolute against `baseDir`. Used for content
 * that comes from another project directory (an `include`d file, a service `extends`-ed
 * from another file), so that later normalization, which resolves what is still relative
 * against the main project directory, does not misplace them (compose-go paths/resolve.go).
 * Works on raw (short or long) syntax; remote build contexts, named volumes and `~` paths
 * are left alone. Returns a new tree.
 */
export function resolveRelativePaths(model: unknown, baseDir: string): unknown {
  if (!isPlainObject(model)) return model
  const out: Obj = { ...model }
  if (isPlainObject(out.services)) {
    const services: Obj = {}
    for (const [name, svc] of Object.entries(out.services)) services[name] = resolveService(svc, baseDir)
    out.services = services
  }
  for (const kind of ['configs', 'secrets'] as const) {
    if (!isPlainObject(out[kind])) continue
    const section: Obj = {}
    for (const [name, def] of Object.entries(out[kind] as Obj)) {
      section[name] = isPlainObject(def) && typeof def.file === 'string' ? { ...def, file: abs(baseDir, def.file) } : def
    }
    out[kind] = section
  }
  if (isPlainObject(out.volumes)) {
    const volumes: Obj = {}
    for (const [name, def] of Object.entries(out.volumes)) volumes[name] = resolveVolumeDriverOpts(def, baseDir)
    out.volumes = volumes
  }
  if (Array.isArray(out.include)) out.include = out.include.map((inc) => resolveInclude(inc, baseDir))
  return out
}

export function resolveService(svc: unknown, baseDir: string): unknown {
  if (!isPlainObject(svc)) return svc
  const s: Obj = { ...svc }
  if (typeof s.build === 'string') s.build = absContext(baseDir, s.build)
  else if (isPlainObject(s.build)) {
    const b: Obj = { ...s.build }
    if (typeof b.context === 'string') b.context = absContext(baseDir, b.context)
    if (isPlainObject(b.additional_contexts)) {
      const ac: Obj = {}
      for (const [k, v] of Object.entries(b.additional_contexts)) ac[k] = typeof v === 'string' ? absContext(baseDir, v) : v
      b.additional_contexts = ac
    } else if (Array.isArray(b.additional_contexts)) {
      b.additional_contexts = b.additional_contexts.map((e) => {
        if (typeof e !== 'string') return e
        const eq = e.indexOf('=')
        return eq < 0 ? e : `${e.slice(0, eq)}=${absContext(baseDir, e.slice(eq + 1))}`
      })
    }
    s.build = b
  }
  if (s.env_file !== undefined) s.env_file = mapPaths(s.env_file, baseDir)
  if (s.label_file !== undefined) s.label_file = mapPaths(s.label_file, baseDir)
  if (isPlainObject(s.extends) && typeof s.extends.file === 'string') {
    s.extends = { ...s.extends, file: abs(baseDir, s.extends.file) }
  }
  if (Array.isArray(s.volumes)) s.volumes = s.volumes.map((v) => resolveServiceVolume(v, baseDir))
  if (isPlainObject(s.develop) && Array.isArray(s.develop.watch)) {
    s.develop = {
      ...s.develop,
      watch: s.develop.watch.map((w) => (isPlainObject(w) && typeof w.path === 'string' ? { ...w, path: abs(baseDir, w.path) } : w)),
    }
  }
  return s
}

function mapPaths(v: unknown, baseDir: string): unknown {
  if (typeof v === 'string') return abs(baseDir, v)
  if (Array.isArray(v)) {
    return v.map((e) => {
      if (typeof e === 'string') return abs(baseDir, e)
      if (isPlainObject(e) && typeof e.path === 'string') return { ...e, path: abs(baseDir, e.path) }
      return e
    })
  }
  return v
}

function resolveServiceVolume(v: unknown, baseDir: string): unknown {
  if (typeof v === 'string') {
    const colon = v.indexOf(':')
    if (colon <= 0) return v
    const src = v.slice(0, colon)
    return isLocalPath(src) ? `${abs(baseDir, src)}${v.slice(colon)}` : v
  }
  if (isPlainObject(v) && v.type === 'bind' && typeof v.source === 'string' && isLocalPath(v.source)) {
    return { ...v, source: abs(baseDir, v.source) }
  }
  return v
}

function resolveVolumeDriverOpts(def: unknown, baseDir: string): unknown {
  if (!isPlainObject(def) || !isPlainObject(def.driver_opts)) return def
  const o = def.driver_opts
  if ((def.driver === undefined || def.driver === 'local') && typeof o.o === 'string' && o.o.split(',').includes('bind') && typeof o.device === 'string') {
    return { ...def, driver_opts: { ...o, device: abs(baseDir, o.device) } }
  }
  return def
}

function resolveInclude(inc: unknown, baseDir: string): unknown {
  if (typeof inc === 'string') return abs(baseDir, inc)
  if (!isPlainObject(inc)) return inc
  const out: Obj = { ...inc }
  if (out.path !== undefined) out.path = mapPaths(out.path, baseDir)
  if (typeof out.project_directory === 'string') out.project_directory = abs(baseDir, out.project_directory)
  if (out.env_file !== undefined) out.env_file = mapPaths(out.env_file, baseDir)
  return out
}

// Bind sources in short syntax are paths only when they look like one; `data:/x` is a volume.
function isLocalPath(p: string): boolean {
  return p.startsWith('.') || p.startsWith('/')
}

function isRemoteContext(p: string): boolean {
  return p.includes('://') || p.startsWith('git@') || p.startsWith('github.com/') || p.startsWith('service:')
}

function absContext(baseDir: string, p: string): string {
  return isRemoteContext(p) ? p : abs(baseDir, p)
}

function abs(baseDir: string, p: string): string {
  if (p === '' || p.startsWith('~') || posix.isAbsolute(p) || p === '/dev/null') return p
  return posix.resolve(baseDir, p)
}
