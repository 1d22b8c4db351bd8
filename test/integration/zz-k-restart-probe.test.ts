import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'vitest'
import { openRuntime, createCgroupManager } from '../../packages/runtime/src/index.js'
import { makeBusyboxTar } from '../helpers/busybox.js'

it('probe restart', async () => {
  const tag = randomBytes(3).toString('hex')
  const root = mkdtempSync(join(tmpdir(), 'tsc-kprobe-'))
  const cgroupParent = `tsc-kprobe-${tag}`
  const rt = openRuntime({ root, cgroupParent })
  const tar = makeBusyboxTar()
  await rt.images.importRootfs(tar, { ref: 'busybox:latest' })
  const rec = await rt.containers.create({ image: 'busybox:latest', name: `kp-${tag}`, cmd: ['sh', '-c', "trap 'exit 0' TERM; i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.2; done"], network: { mode: 'none' } } as never)
  await rt.containers.start(rec.Id)
  let bad = 0
  for (let n = 0; n < 15; n++) {
    await new Promise((r) => setTimeout(r, 300))
    const before = rt.containers.state(rec.Id)
    await rt.containers.restart(rec.Id)
    const after = rt.containers.state(rec.Id)
    await new Promise((r) => setTimeout(r, 500))
    const later = rt.containers.state(rec.Id)
    if (later.status !== 'running') { bad++; console.log(n, 'before', before.status, before.startedAt, 'after', after.status, after.startedAt, after.pid, 'later', JSON.stringify(later)) }
  }
  console.log('bad', bad)
  await rt.containers.remove(rec.Id, { force: true })
  await createCgroupManager({ parent: cgroupParent }).remove(cgroupParent).catch(() => undefined)
  rmSync(root, { recursive: true, force: true })
}, 120_000)
