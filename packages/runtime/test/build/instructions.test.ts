import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../../src/build/dockerfile-parser.js'
import { applyMetadata, type EvalContext, type StageFlags } from '../../src/build/instructions.js'
import type { ContainerConfig } from '../../src/images/oci.js'

const ctx = (vars: Record<string, string> = {}): EvalContext => ({ file: 'Dockerfile', escape: '\\', lookup: (n) => vars[n] })
function apply(line: string, config: ContainerConfig = {}, flags: StageFlags = { cmdSet: false }, vars: Record<string, string> = {}) {
  const inst = parseDockerfile(`FROM x\n${line}\n`).instructions[1]!
  return applyMetadata(config, inst, ctx(vars), flags)!
}

describe('metadata instructions', () => {
  it('ENV: pairs with quotes and substitution against the env before the line; legacy form', () => {
    const r = apply('ENV A=1 B="two words" C=${A}x', { Env: ['A=0', 'PATH=/bin'] }, undefined, { A: '0' })
    expect(r.config.Env).toEqual(['PATH=/bin', 'A=1', 'B=two words', 'C=0x'])
    expect(r.createdBy).toBe('ENV A=1 B=two words C=0x')
    expect(apply('ENV GREETING hello world').config.Env).toEqual(['GREETING=hello world'])
  })
  it('CMD/ENTRYPOINT: shell form through SHELL; ENTRYPOINT resets an inherited CMD only', () => {
    expect(apply('CMD echo hi', { Shell: ['/bin/bash', '-c'] }).config.Cmd).toEqual(['/bin/bash', '-c', 'echo hi'])
    expect(apply('ENTRYPOINT ["/app"]', { Cmd: ['inherited'] }).config).toMatchObject({ Entrypoint: ['/app'], Cmd: null })
    expect(apply('ENTRYPOINT ["/app"]', { Cmd: ['mine'] }, { cmdSet: true }).config).toMatchObject({ Entrypoint: ['/app'], Cmd: ['mine'] })
  })
  it('EXPOSE ranges and protocols, VOLUME json and words, LABEL, USER, WORKDIR relative', () => {
    expect(Object.keys(apply('EXPOSE 80 53/udp 8000-8001').config.ExposedPorts!)).toEqual(['80/tcp', '53/udp', '8000/tcp', '8001/tcp'])
    expect(apply('VOLUME ["/a", "/b"]').config.Volumes).toEqual({ '/a': {}, '/b': {} })
    expect(apply('VOLUME /c /d').config.Volumes).toEqual({ '/c': {}, '/d': {} })
    expect(apply('LABEL "a b"=c d=e').config.Labels).toEqual({ 'a b': 'c', d: 'e' })
    expect(apply('USER ${U}:grp', {}, undefined, { U: 'app' }).config.User).toBe('app:grp')
    expect(apply('WORKDIR sub', { WorkingDir: '/app' }).config.WorkingDir).toBe('/app/sub')
  })
  it('HEALTHCHECK: CMD forms, durations in ns, NONE', () => {
    expect(apply('HEALTHCHECK --interval=5s --timeout=1m --retries=3 CMD curl -f http://x/').config.Healthcheck).toEqual({
      Test: ['CMD-SHELL', 'curl -f http://x/'], Interval: 5e9, Timeout: 60e9, Retries: 3,
    })
    expect(apply('HEALTHCHECK CMD ["true"]').config.Healthcheck).toEqual({ Test: ['CMD', 'true'] })
    expect(apply('HEALTHCHECK NONE').config.Healthcheck).toEqual({ Test: ['NONE'] })
    expect(() => apply('HEALTHCHECK --interval=soon CMD true')).toThrow('invalid duration')
  })
  it('SHELL needs JSON; ONBUILD stores the trigger; STOPSIGNAL', () => {
    expect(() => apply('SHELL /bin/bash -c')).toThrow('SHELL requires the arguments to be in JSON form')
    expect(apply('ONBUILD COPY . /src').config.OnBuild).toEqual(['COPY . /src'])
    expect(apply('STOPSIGNAL SIGQUIT').config.StopSignal).toBe('SIGQUIT')
  })
  it('errors carry the Dockerfile line', () => {
    try {
      apply('EXPOSE nope')
      throw new Error('no error')
    } catch (err) {
      expect((err as { location?: unknown }).location).toEqual({ file: 'Dockerfile', line: 2 })
    }
  })
})
