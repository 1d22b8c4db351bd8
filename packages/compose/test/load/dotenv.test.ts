import { describe, expect, it } from 'vitest'
import { ComposeFileError, parseDotenv, parseDotenvFiles } from '../../src/index.js'

const none = () => undefined
const parse = (text: string, env: Record<string, string> = {}) =>
  parseDotenv(text, { lookup: (n) => (Object.hasOwn(env, n) ? env[n] : undefined), file: 'test.env' })

describe('parseDotenv edge cases', () => {
  it.each([
    ['CRLF line endings', 'A=1\r\nB="2"\r\n', { A: '1', B: '2' }],
    ['tab before inline comment is not a comment', 'A=1\t#x', { A: '1\t#x' }],
    ['hash without space is part of the value', 'A=a#b #c', { A: 'a#b' }],
    ['quotes inside an unquoted value are kept', "A=it's", { A: "it's" }],
    ['unquoted value keeps inner spaces', 'A= a  b  ', { A: 'a  b' }],
    ['single quotes are literal', "A='$HOME ${X} \\n'", { A: '$HOME ${X} \\n' }],
    ['double quotes expand and unescape', 'X=1\nA="x=${X}\\t\\\\"', { X: '1', A: 'x=1\t\\' }],
    ['\\$ in double quotes is a literal dollar', 'A="\\$X"', { A: '$X' }],
    ['$$ in an unquoted value is a literal dollar', 'A=$$X', { A: '$X' }],
    ['multi-line double-quoted value', 'A="l1\nl2"\nB=2', { A: 'l1\nl2', B: '2' }],
    ['multi-line single-quoted value', "A='l1\n  l2'", { A: 'l1\n  l2' }],
    ['later definition wins', 'A=1\nA=2', { A: '2' }],
    ['export with several spaces', 'export    A=1', { A: '1' }],
    ['yaml-style key', 'A: b: c', { A: 'b: c' }],
    ['empty values', 'A=\nB=""\nC=\'\'', { A: '', B: '', C: '' }],
    ['comments and blank lines', '# c\n\n   # c2\nA=1\n\n', { A: '1' }],
    ['default expansion', 'A=${UNSET:-dflt}', { A: 'dflt' }],
    ['alternative expansion', 'A=x\nB=${A:+yes}', { A: 'x', B: 'yes' }],
    ['octal escapes need three digits', 'A="\\012x\\0101"', { A: '\\012xA' }],
    ['unknown escapes stay', 'A="\\q\\c"', { A: '\\q\\c' }],
    ['dashes, dots and brackets in keys', 'a.b-c[0]=1', { 'a.b-c[0]': '1' }],
    ['unicode keys and values', 'ÉTÉ=chaud ☀', { 'ÉTÉ': 'chaud ☀' }],
    ['key after a quoted value on the same line', 'A="1" B=2', { A: '1', B: '2' }],
  ])('%s', (_n, text, expected) => {
    expect(parse(text)).toEqual(expected)
  })

  it('the environment wins over earlier values when expanding, but not as the value itself', () => {
    expect(parse('A=file\nB=${A}', { A: 'env' })).toEqual({ A: 'file', B: 'env' })
  })

  it('a bare key takes its value from the environment', () => {
    expect(parse('A\nB', { A: 'x' })).toEqual({ A: 'x' })
  })

  it.each([
    ['bad key character', 'A$B=1', 1, 'unexpected character "$" in variable name'],
    ['space inside a key', 'A=1\nMY KEY=1', 2, 'key cannot contain a space'],
    ['unterminated double quote', 'A=1\n\nB="abc', 3, 'unterminated quoted value "abc'],
    ['unterminated single quote', "B='abc\\'", 1, 'unterminated quoted value'],
  ])('%s is an error with its line', (_n, text, line, fragment) => {
    let err: ComposeFileError | undefined
    try {
      parse(text)
    } catch (e) {
      err = e as ComposeFileError
    }
    expect(err).toBeInstanceOf(ComposeFileError)
    expect(err!.code).toBe('COMPOSE_DOTENV_SYNTAX')
    expect(err!.message).toContain(fragment)
    expect(err!.location).toEqual({ file: 'test.env', line })
  })

  it('a missing required variable is an error with the line', () => {
    try {
      parse('A=1\nB=${NEED:?please}')
      expect.unreachable()
    } catch (e) {
      expect((e as ComposeFileError).code).toBe('COMPOSE_MISSING_VARIABLE')
      expect((e as ComposeFileError).location).toEqual({ file: 'test.env', line: 2 })
    }
  })

  it('parseDotenvFiles: later files win and see earlier values', () => {
    const got = parseDotenvFiles([
      { file: 'a.env', text: 'HOST=a\nURL=http://${HOST}' },
      { file: 'b.env', text: 'PORT=1\nURL2=${URL}:${PORT}' },
    ], { lookup: none })
    expect(got).toEqual({ HOST: 'a', URL: 'http://a', PORT: '1', URL2: 'http://a:1' })
  })
})
