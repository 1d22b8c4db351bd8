import { describe, expect, it } from 'vitest'
import { serviceToCreateOptions } from '../../src/execute/container-options.js'
import { loadProject } from '../../src/load/load-project.js'

const id = { project: 'p', service: 'app', number: 1, name: 'p-app-1', image: 'busybox', configHash: 'h', oneoff: false, workingDir: '/w', configFiles: [] }
const nets = { network: { mode: 'p_default' }, volumeNames: {}, fileSources: {} }

async function optionsOf(yaml: string): Promise<Record<string, unknown>> {
  const project = await loadProject({ cwd: '/w', files: ['/w/compose.yaml'], processEnv: {}, readFile: async () => yaml })
  return serviceToCreateOptions(id, project.model.services.app!, nets)
}

describe('compose devices: and device_cgroup_rules: to create options', () => {
  it('short and long syntax both become docker HostConfig.Devices entries, defaults applied', async () => {
    const o = await optionsOf(`
services:
  app:
    image: busybox
    devices:
      - /dev/zero
      - /dev/null:/dev/mynull
      - /dev/full:r
      - /dev/urandom:/dev/u:rw
      - source: /dev/zero
        target: /dev/z2
        permissions: rm
      - source: /dev/random
    device_cgroup_rules:
      - 'c 1:3 mr'
      - 'a *:* rwm'
`)
    expect(o.devices).toEqual([
      { PathOnHost: '/dev/zero', PathInContainer: '/dev/zero', CgroupPermissions: 'rwm' },
      { PathOnHost: '/dev/null', PathInContainer: '/dev/mynull', CgroupPermissions: 'rwm' },
      { PathOnHost: '/dev/full', PathInContainer: '/dev/full', CgroupPermissions: 'r' },
      { PathOnHost: '/dev/urandom', PathInContainer: '/dev/u', CgroupPermissions: 'rw' },
      { PathOnHost: '/dev/zero', PathInContainer: '/dev/z2', CgroupPermissions: 'rm' },
      { PathOnHost: '/dev/random', PathInContainer: '/dev/random', CgroupPermissions: 'rwm' },
    ])
    expect(o.deviceCgroupRules).toEqual(['c 1:3 mr', 'a *:* rwm'])
  })

  it('a service without them passes nothing (the runtime keeps docker defaults)', async () => {
    const o = await optionsOf('services:\n  app:\n    image: busybox\n')
    expect(o.devices).toBeUndefined()
    expect(o.deviceCgroupRules).toBeUndefined()
  })
})
