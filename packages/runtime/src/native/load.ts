import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RuntimeError } from '../errors.js'

/**
 * The runtime package's root directory. dist/native/load.js and src/native/load.ts sit two
 * levels below it; inside the CLI's bundle this file is inlined elsewhere, so fall back to
 * resolving the package by name (the bundle lives in a workspace that links it).
 */
function findPackageRoot(): string {
  const here = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  if (existsSync(join(here, 'binding.gyp'))) return here
  // The CLI's bundle (packages/cli/dist-bundle/<dir>/): its workspace link, one stat instead
  // of the package resolver below (~3 ms of every start).
  const linked = join(here, 'node_modules', '@tsc-compose', 'runtime')
  if (existsSync(join(linked, 'binding.gyp'))) return linked
  try {
    const entry = createRequire(import.meta.url).resolve('@tsc-compose/runtime')
    return join(dirname(entry), '..')
  } catch {
    return here
  }
}

export const packageRoot = findPackageRoot()

/** A file of the built runtime package (dist/...), wherever this code was bundled to. */
export function runtimeFile(relative: string): string {
  return join(packageRoot, relative)
}

const buildDirs = ['build/Release', 'build/Debug']

function candidates(file: string): string[] {
  return buildDirs.map((d) => join(packageRoot, d, file))
}

/** Path of the native supervisor executable built next to the addon by node-gyp. */
export function supervisorPath(): string {
  const tried = candidates('tsc-supervisor')
  const found = tried.find((p) => existsSync(p))
  if (!found) {
    throw new RuntimeError('NATIVE_NOT_BUILT', `the tsc-supervisor executable is not built (tried ${tried.join(', ')})`, {
      hint: 'run "pnpm install" (it builds the native code with node-gyp)',
    })
  }
  return found
}

let cached: unknown

/** Loads the addon once. The raw surface is typed in native.d.ts, apart from the public types. */
export function loadBinding<T>(): T {
  if (cached) return cached as T
  const require = createRequire(import.meta.url)
  const tried = candidates('tsc_native.node')
  for (const p of tried) {
    if (!existsSync(p)) continue
    cached = require(p)
    return cached as T
  }
  throw new RuntimeError('NATIVE_NOT_BUILT', `the native addon is not built (tried ${tried.join(', ')})`, {
    hint: 'run "pnpm install" (it builds the native code with node-gyp)',
  })
}
