import { describe, expect, it } from 'vitest'
import { processWord } from '../../src/build/substitute.js'

const vars: Record<string, string> = { A: 'aa', EMPTY: '', PATH: '/bin' }
const look = (n: string): string | undefined => vars[n]
const w = (s: string, escape = '\\'): string => processWord(s, look, escape)

describe('processWord (Dockerfile substitution)', () => {
  it('expands $VAR and ${VAR}; unset is empty', () => {
    expect(w('$A-${A}x$NOPE.')).toBe('aa-aax.')
    expect(w('${PATH}:/usr/bin')).toBe('/bin:/usr/bin')
  })
  it('supports :- - :+ + modifiers', () => {
    expect(w('${NOPE:-def}')).toBe('def')
    expect(w('${EMPTY:-def}')).toBe('def')
    expect(w('${EMPTY-def}')).toBe('')
    expect(w('${NOPE-def}')).toBe('def')
    expect(w('${A:+alt}')).toBe('alt')
    expect(w('${EMPTY:+alt}')).toBe('')
    expect(w('${EMPTY+alt}')).toBe('alt')
    expect(w('${NOPE:-${A}/x}')).toBe('aa/x')
  })
  it('fails ${VAR:?msg} when unset', () => {
    expect(() => w('${NOPE:?must be set}')).toThrow('NOPE: must be set')
  })
  it('single quotes are literal, double quotes expand, quotes are removed', () => {
    expect(w(`'$A'`)).toBe('$A')
    expect(w(`"$A b"`)).toBe('aa b')
    expect(w(`"a \\"q\\" \\$A \\x"`)).toBe('a "q" $A \\x')
  })
  it('the escape character makes the next one literal', () => {
    expect(w('\\$A')).toBe('$A')
    expect(w('`$A', '`')).toBe('$A')
    expect(w('c:\\dir', '`')).toBe('c:\\dir')
  })
  it('a lone $ stays', () => {
    expect(w('cost: 5$')).toBe('cost: 5$')
  })
})
