/** Identity of an entry that is neither a string nor a known shape: its JSON text. */
export function scalarTextForKey(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v) ?? String(v)
}
