import { describe, expect, it } from 'vitest'
import { parseDockerfile, splitWordsKeepQuotes } from '../../src/build/dockerfile-parser.js'
import { isTscError } from '../../src/errors.js'

function parseError(text: string): { code: string; line?: number; message: string } {
  try {
    parseDockerfile(text)
  } catch (err) {
    if (!isTscError(err)) throw err
    return { code: err.code, line: err.location?.line, message: err.message }
  }
  throw new Error('expected a parse error')
}

describe('parseDockerfile', () => {
  it('splits instructions, any case, with their lines', () => {
    const df = parseDockerfile('from busybox\n\n# comment\nRun echo hi\nCMD ["sh"]\n')
    expect(df.instructions.map((i) => [i.name, i.line, i.rest])).toEqual([
      ['FROM', 1, 'busybox'],
      ['RUN', 4, 'echo hi'],
      ['CMD', 5, '["sh"]'],
    ])
    expect(df.instructions[2]!.json).toEqual(['sh'])
  })

  it('joins continuation lines and drops comments and blank lines inside them', () => {
    const df = parseDockerfile('FROM a\nRUN echo a \\\n# inner comment\n  && echo b \\\n\n  && echo c\nENV X=1\n')
    const run = df.instructions[1]!
    expect(run.rest).toBe('echo a   && echo b   && echo c')
    expect([run.line, run.endLine]).toEqual([2, 6])
    expect(df.instructions[2]!.line).toBe(7)
    expect(df.warnings).toEqual(['Dockerfile:2: empty continuation line'])
  })

  it('honours the escape directive and ignores syntax', () => {
    const df = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN dir c:\\ `\n  && echo x\n')
    expect(df.escape).toBe('`')
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`' })
    expect(df.instructions[1]!.rest).toBe('dir c:\\   && echo x')
  })

  it('stops reading directives at the first other line', () => {
    const df = parseDockerfile('# hello\n# escape=`\nFROM a\n')
    expect(df.escape).toBe('\\')
  })

  it('reads flags and JSON forms', () => {
    const df = parseDockerfile('FROM a AS b\nCOPY --from=b --chown=1:2 --link ["x y", "/d/"]\nRUN --network=none ["echo", "hi"]\nRUN [not json\n')
    const copy = df.instructions[1]!
    expect(copy.flags).toEqual([{ name: 'from', value: 'b' }, { name: 'chown', value: '1:2' }, { name: 'link', value: true }])
    expect(copy.json).toEqual(['x y', '/d/'])
    expect(df.instructions[2]!.json).toEqual(['echo', 'hi'])
    expect(df.instructions[3]!.json).toBeUndefined()
  })

  it('wraps ONBUILD triggers and refuses forbidden ones', () => {
    const df = parseDockerfile('FROM a\nONBUILD RUN echo hi\n')
    expect(df.instructions[1]!.inner?.name).toBe('RUN')
    expect(parseError('FROM a\nONBUILD FROM b\n')).toMatchObject({ code: 'BUILD_SYNTAX', line: 2 })
  })

  it('errors name the line', () => {
    expect(parseError('FROM a\nFOO bar\n')).toMatchObject({ code: 'BUILD_UNKNOWN_INSTRUCTION', line: 2, message: 'unknown instruction: FOO' })
    expect(parseError('FROM a\nCOPY --bogus=1 a b\n')).toMatchObject({ code: 'BUILD_SYNTAX', line: 2 })
    expect(parseError('FROM a\nCOPY --from a b\n')).toMatchObject({ code: 'BUILD_SYNTAX' })
    expect(parseError('# only a comment\n')).toMatchObject({ code: 'BUILD_SYNTAX' })
  })

  it('refuses heredocs clearly', () => {
    expect(parseError('FROM a\nRUN <<EOF\necho hi\nEOF\n')).toMatchObject({ code: 'BUILD_UNSUPPORTED', line: 2 })
  })
})

describe('splitWordsKeepQuotes', () => {
  it('keeps quotes and escapes for the substitution step', () => {
    expect(splitWordsKeepQuotes(`a="x y" b='$z' c\\ d`)).toEqual(['a="x y"', "b='$z'", 'c\\ d'])
  })
})
