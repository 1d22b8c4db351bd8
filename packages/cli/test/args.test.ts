import { describe, expect, it } from 'vitest'
import { parseArgs } from '../src/args.js'
import type { OptionsTable } from '../src/command.js'

const table: OptionsTable = {
  interactive: { type: 'boolean', short: 'i', description: 'keep stdin open' },
  tty: { type: 'boolean', short: 't', description: 'allocate a tty' },
  publish: { type: 'string', short: 'p', multiple: true, description: 'publish' },
  name: { type: 'string', description: 'name' },
  time: { type: 'number', description: 'seconds' },
}

describe('parseArgs', () => {
  it('groups short booleans and takes attached short values', () => {
    const r = parseArgs(['-it', '-p8080:80', '-p', '9090:90', 'img'], table)
    expect(r.options).toMatchObject({ interactive: true, tty: true, publish: ['8080:80', '9090:90'] })
    expect(r.positionals).toEqual(['img'])
  })
  it('stops at the command so container flags stay with it', () => {
    const r = parseArgs(['--name=x', 'img', 'ls', '-l', '--name', 'y'], table, 1)
    expect(r.options.name).toBe('x')
    expect(r.positionals).toEqual(['img', 'ls', '-l', '--name', 'y'])
  })
  it('rejects unknown flags and bad numbers with usage errors', () => {
    expect(() => parseArgs(['--nope'], table)).toThrow(/unknown flag: --nope/)
    expect(() => parseArgs(['--time', 'abc'], table)).toThrow(/invalid value "abc" for --time/)
    expect(() => parseArgs(['--name'], table)).toThrow(/flag needs an argument/)
  })
})
