/** One `${VAR...}` use, as `config --variables` lists it. */
export interface VariableInfo {
  readonly name: string
  readonly required: boolean
  readonly defaultValue: string
  readonly presenceValue: string
}

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g

/** Every variable an uninterpolated model refers to, with its default / alternate / required-ness. */
export function extractVariables(value: unknown): Map<string, VariableInfo> {
  const out = new Map<string, VariableInfo>()
  const scan = (text: string): void => {
    const s = text.replaceAll('$$', '')
    for (const m of s.matchAll(VAR)) {
      const name = m[1] ?? m[4]!
      const op = m[2] ?? ''
      const arg = m[3] ?? ''
      const info: VariableInfo = {
        name,
        required: op.endsWith('?'),
        defaultValue: op.endsWith('-') ? arg : '',
        presenceValue: op.endsWith('+') ? arg : '',
      }
      const prev = out.get(name)
      if (!prev || (!prev.defaultValue && info.defaultValue) || (!prev.required && info.required)) out.set(name, { ...prev, ...info })
      if (arg.includes('$')) scan(arg)
    }
  }
  const walk = (v: unknown): void => {
    if (typeof v === 'string') scan(v)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(value)
  return out
}
