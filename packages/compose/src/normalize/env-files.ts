import type { NormalizeContext } from './context.js'
import { fail, isRecord } from './context.js'
import { VALIDATION_CODES as C } from '../validate/error-codes.js'
import { resolvePath } from './paths.js'

export interface EnvFileRef {
  readonly path: string
  readonly required: boolean
}

/** env_file in any form -> absolute paths with their `required` flag. */
export function envFileRefs(value: unknown, ctx: Pick<NormalizeContext, 'workingDir' | 'home'>): EnvFileRef[] {
  const items = Array.isArray(value) ? value : [value]
  return items.map((item) => {
    if (isRecord(item)) {
      const req = item.required
      return { path: resolvePath(ctx, String(item.path)), required: req === undefined ? true : req === true || req === 'true' }
    }
    return { path: resolvePath(ctx, String(item)), required: true }
  })
}

/** The variables a service's env_file entries define, later files winning. */
export function envFileEntries(service: string, value: unknown, ctx: NormalizeContext): Record<string, string> {
  const out: Record<string, string> = {}
  envFileRefs(value, ctx).forEach((ref, i) => {
    const vars = ctx.envFiles.get(ref.path)
    if (!vars) {
      if (!ref.required) return
      fail(ctx, C.ENV_FILE_NOT_FOUND, ['services', service, 'env_file', ...(Array.isArray(value) ? [i] : [])],
        `env file ${ref.path} not found`, 'create the file, or mark it `required: false`')
    }
    Object.assign(out, vars)
  })
  return out
}
