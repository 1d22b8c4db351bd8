import fc from 'fast-check'
import { parseComposeYaml, parseWithPositions } from '/work/main/packages/compose/dist/load/parse-yaml.js'
import { OverrideTag, ResetTag } from '/work/main/packages/compose/dist/load/merge-tags.js'
function show(v) {
  if (v instanceof ResetTag) return '!reset'
  if (v instanceof OverrideTag) return `!override(${show(v.value)})`
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${show(x)}`).join(',')}}`
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`
  return `${typeof v}:${JSON.stringify(v)}`
}
const out = (f) => { try { return show(f()) } catch (e) { return `error ${e.code} ${e.message} ${JSON.stringify(e.location)}` } }
const token = fc.constantFrom('a', 'b', 'key', ':', ': ', ' ', '  ', '\n', '\n  ', '\n    ', '- ', '[', ']', '{', '}', ', ', '"', "'", '#', '&x ', '*x',
  '<<: *x', '!reset ', '!override ', '|', '>', '1', '0x1', 'yes', '~', 'null', '?', '---\n', '\t', '\\', '$', '%')
const seen = new Map()
const samples = fc.sample(fc.array(token, { maxLength: 24 }), 100000)
for (const t of samples) {
  const text = t.join('')
  const a = out(() => parseComposeYaml(text, 'f').doc), b = out(() => parseWithPositions(text, 'f').doc)
  if (a !== b) {
    const key = (a.startsWith('error') ? 'E' : 'V') + '/' + (b.startsWith('error') ? b.split(' ').slice(0,6).join(' ') : 'V')
    if (!seen.has(key) || seen.get(key).text.length > text.length) seen.set(key, { text, a, b })
  }
}
for (const [k, v] of seen) console.log(k, '\n  ', JSON.stringify(v.text), '\n   fast:', v.a.slice(0,150), '\n   slow:', v.b.slice(0,150))
console.log(seen.size)
