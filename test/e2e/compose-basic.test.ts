import { execFile, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { CLEAN_KERNEL, ComposeSuite, NOTHING_LEFT } from './compose-harness.js'

// A small stack driven through every day-to-day command, as a user types them.
let s: ComposeSuite

const STACK = `
name: basic
services:
  web:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "echo web says hi; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    environment:
      GREETING: hello
  worker:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "echo worker ready; trap 'exit 0' TERM; while [ ! -f /tmp/stop ]; do sleep 0.1; done; rm -f /tmp/stop; echo worker done; exit 3"]
    depends_on: [web]
    ports:
      - "127.0.0.1:18080:80"
`

beforeAll(async () => {
  s = await ComposeSuite.create('basic')
  s.write(STACK)
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('compose: a small stack, command by command', () => {
  it('up -d starts every service and ps shows them (table and json)', async () => {
    const up = await s.cli(['up', '-d'])
    expect(up.code, up.stderr).toBe(0)
    expect(up.stderr).toMatch(/Container basic-web-1\s+Started/)
    const rows = await s.ps()
    expect(rows.map((r) => r.Name).sort()).toEqual(['basic-web-1', 'basic-worker-1'])
    const web = rows.find((r) => r.Service === 'web')!
    expect(web).toMatchObject({ Name: 'basic-web-1', Names: 'basic-web-1', Project: 'basic', Service: 'web', State: 'running', Image: 'busybox', ExitCode: 0, Health: '' })
    expect(web.ID).toMatch(/^[0-9a-f]{64}$/)
    expect(Object.keys(web).sort()).toEqual(['Command', 'CreatedAt', 'ExitCode', 'Health', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Name', 'Names', 'Networks', 'Ports', 'Project', 'Publishers', 'RunningFor', 'Service', 'Size', 'State', 'Status'])
    expect(String(web.Labels)).toContain('com.docker.compose.project=basic')
    expect(String(web.Status)).toMatch(/^Up /)
    const table = (await s.ok(['ps'])).split('\n')
    expect(table[0]).toMatch(/^NAME\s+IMAGE\s+COMMAND\s+SERVICE\s+CREATED\s+STATUS\s+PORTS$/)
    expect(table.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['basic-web-1', 'basic-worker-1'])
    expect(await s.ok(['ps', '--services'])).toBe('web\nworker')
    expect((await s.ok(['ps', '-q'])).split('\n')).toHaveLength(2)
    // docker compose's templates, as scripts use them
    expect(await s.ok(['ps', '--format', '{{.Name}} {{.Service}} {{.State}}'])).toBe('basic-web-1 web running\nbasic-worker-1 worker running')
    expect((await s.ok(['ps', '--format', 'table {{.Name}}\t{{.Service}}'])).split('\n').map((l) => l.split(/\s+/))).toEqual([['NAME', 'SERVICE'], ['basic-web-1', 'web'], ['basic-worker-1', 'worker']])
    const bad = await s.cli(['ps', '--format', 'yaml'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('unsupported --format "yaml"')
  })

  it('logs shows each service with its prefix', async () => {
    await eventually(async () => {
      const logs = await s.ok(['logs', '--no-color'])
      expect(logs).toMatch(/^web-1\s+\| web says hi$/m)
      expect(logs).toMatch(/^worker-1\s+\| worker ready$/m)
    }, 10_000, 200)
    expect(await s.ok(['logs', '--no-log-prefix', 'web'])).toBe('web says hi')
    const nope = await s.cli(['logs', 'nope'])
    expect(nope.code).toBe(1)
    expect(nope.stderr).toContain('no such service: nope')
  })

  it('exec runs in the service container and returns the exit code', async () => {
    expect(await s.ok(['exec', '-T', 'web', 'sh', '-c', 'echo $GREETING from $(hostname)'])).toMatch(/^hello from /)
    expect((await s.cli(['exec', '-T', 'web', 'sh', '-c', 'exit 5'])).code).toBe(5)
    expect(await s.ok(['exec', '-T', '-e', 'X=1', '-w', '/tmp', '-u', 'nobody', 'web', 'sh', '-c', 'echo $X $PWD $(id -u)'])).toBe('1 /tmp 65534')
    expect(await s.ok(['exec', '-T', 'web', 'cat'], { input: 'from stdin\n' })).toBe('from stdin')
    const missing = await s.cli(['exec', '-T', 'nope', 'true'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no such service: nope')
    // On a terminal exec allocates a TTY by default; -T disables it (run in a pty by script(1)).
    const bin = join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js')
    const inPty = (args: string): Promise<string> => new Promise<string>((resolve, reject) => {
      execFile('script', ['-qec', `${process.execPath} ${bin} --root ${s.root} ${args}`, '/dev/null'], { cwd: s.dir, env: s.env(), timeout: 20_000 }, (err, out) => (err ? reject(err) : resolve(out.replace(/[\0\r]/g, '').trim())))
    })
    expect(await inPty('exec web tty')).toMatch(/^\/dev\/pts\/\d+$/)
    expect(await inPty('exec -T web sh -c "tty || true"')).toBe('not a tty')
    const index = await s.cli(['exec', '-T', '--index', '3', 'web', 'true'])
    expect(index.code).toBe(1)
    expect(index.stderr).toContain('service "web" is not running container #3')
  })

  it('up --dashboard renders the running stack in a terminal; q leaves it running', async () => {
    // The fast (CommonJS, code-cached) build of `up` reaches Ink's ES modules through the
    // CLI's importEsm: this runs that path in a real pty (script(1); a size, or Ink draws nothing).
    // CI=true: Ink draws only its last frame under CI unless the dashboard hides that from it.
    const bin = join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js')
    const child = spawn('script', ['-qfec', `stty cols 140 rows 40; ${process.execPath} ${bin} --root ${s.root} up --dashboard`, '/dev/null'], { cwd: s.dir, env: s.env({ CI: 'true', CI_JOB_ID: '1' }), stdio: ['pipe', 'pipe', 'pipe'] })
    let screen = ''
    child.stdout.on('data', (d: Buffer) => (screen += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      await eventually(() => {
        expect(screen).toContain('basic-web-1')
        expect(screen).toContain('basic-worker-1')
      }, 15_000, 100)
      child.stdin.write('q')
      expect(await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 10_000))])).toBe(0)
    } finally {
      child.kill('SIGKILL')
    }
    expect((await s.ps([], true)).map((c) => c.State)).toEqual(['running', 'running'])
  })

  it("accepts docker compose's global output and parallelism flags scripts use", async () => {
    const plain = await s.cli(['--ansi', 'never', '--progress', 'plain', '--parallel', '2', 'up', '-d'])
    expect(plain.code, plain.stderr).toBe(0)
    expect(plain.stderr).not.toContain('\x1b[')
    const quiet = await s.cli(['--progress', 'quiet', 'up', '-d'])
    expect(quiet.code, quiet.stderr).toBe(0)
    expect(quiet.stderr).toBe('')
    expect((await s.cli(['--compatibility', '--all-resources', 'ps', '-q'])).code).toBe(0)
    const bad = await s.cli(['--ansi', 'sometimes', 'ps'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('invalid --ansi value "sometimes"')
  })

  it('run --rm runs a one-off and returns its exit code, leaving nothing', async () => {
    const r = await s.cli(['run', '--rm', '-T', '-e', 'EXTRA=x', 'web', 'sh', '-c', 'echo $GREETING $EXTRA; exit 3'])
    expect(r.code).toBe(3)
    expect(r.stdout).toBe('hello x\n')
    expect((await s.ps([], true)).map((c) => c.Name).sort()).toEqual(['basic-web-1', 'basic-worker-1'])
    // A detached one-off: named <project>-<service>-run-<12 hex>, labelled oneoff and slug.
    const id = await s.ok(['run', '-d', '--no-deps', 'web', 'sleep', '30'])
    expect(id).toMatch(/^[0-9a-f]{64}$/)
    const all = await s.ps([], true)
    const oneoff = all.find((c) => c.ID === id)!
    expect(oneoff.Name).toMatch(/^basic-web-run-[0-9a-f]{12}$/)
    expect(String(oneoff.Labels)).toContain('com.docker.compose.oneoff=True')
    const slug = /com\.docker\.compose\.slug=([0-9a-f]{64})/.exec(String(oneoff.Labels))?.[1]
    expect(slug?.slice(0, 12)).toBe(oneoff.Name.slice(-12))
    expect((await s.ps()).map((c) => c.Name)).not.toContain(oneoff.Name)
    await s.ok(['container', 'rm', '-f', id])
    expect(await s.ok(['run', '--rm', '-T', '--entrypoint', 'sh -c', 'web', 'echo via entrypoint'])).toBe('via entrypoint')
    const named = await s.ok(['run', '-d', '--no-deps', '--name', 'my-one-off', 'web', 'sleep', '30'])
    expect((await s.ps([], true)).find((c) => c.ID === named)?.Name).toBe('my-one-off')
    await s.ok(['container', 'rm', '-f', named])
    expect((await s.cli(['run', '--rm', '-T', 'nope'])).stderr).toContain('no such service: nope')
  })

  it('top, port, images, ls, events, stats and cp report on the project', async () => {
    const top = (await s.ok(['top'])).split('\n')
    expect(top[0]).toMatch(/^SERVICE\s+#\s+UID\s+PID\s+PPID\s+C\s+STIME\s+TTY\s+TIME\s+CMD$/)
    expect(top.filter((l) => l.startsWith('web ')).length).toBeGreaterThan(0)
    const port = await s.cli(['port', 'worker', '80'])
    if (port.code === 0) expect(port.stdout).toBe('127.0.0.1:18080\n')
    else expect(port.stderr).toContain('no port 80/tcp for container basic-worker-1')
    const images = await s.ok(['images'])
    expect(images.split('\n')[0]).toMatch(/^CONTAINER\s+REPOSITORY\s+TAG\s+PLATFORM\s+IMAGE ID\s+SIZE\s+CREATED$/)
    expect(images).toMatch(/basic-web-1\s+busybox\s+latest/)
    const imagesJson = JSON.parse(await s.ok(['images', '--format', 'json'])) as Array<Record<string, unknown>>
    expect(imagesJson.map((i) => i.ContainerName)).toEqual(['basic-web-1', 'basic-worker-1'])
    const ls = JSON.parse(await s.ok(['ls', '--format', 'json'])) as Array<Record<string, string>>
    expect(ls).toEqual([{ Name: 'basic', Status: 'running(2)', ConfigFiles: join(s.dir, 'compose.yaml') }])
    expect(await s.ok(['ls', '-q', '--filter', 'name=bas'])).toBe('basic')
    expect(await s.ok(['ls', '-q', '--filter', 'name=zzz'])).toBe('')
    const events = (await s.ok(['events', '--json', '--since', '5m', '--until', '0s'])).split('\n').map((l) => JSON.parse(l))
    expect(events.some((e) => e.action === 'start' && e.service === 'web' && e.type === 'container')).toBe(true)
    expect(Object.keys(events[0].attributes).some((k: string) => k.startsWith('com.docker.compose.'))).toBe(false)
    const text = await s.ok(['events', '--since', '5m', '--until', '0s', 'worker'])
    expect(text).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6} container create [0-9a-f]{64} \(.*name=basic-worker-1/m)
    expect(text).not.toMatch(/basic-web-1/)
    const stats = (await s.ok(['stats', '--no-stream'])).split('\n')
    expect(stats[0]).toMatch(/^CONTAINER ID\s+NAME\s+CPU %/)
    expect(stats.slice(1).map((l) => l.split(/\s+/)[1]).sort()).toEqual(['basic-web-1', 'basic-worker-1'])
    // cp both ways, through the running container's root
    writeFileSync(join(s.root, 'in.txt'), 'copied in\n')
    await s.ok(['cp', join(s.root, 'in.txt'), 'web:/tmp/'])
    expect(await s.ok(['exec', '-T', 'web', 'cat', '/tmp/in.txt'])).toBe('copied in')
    await s.ok(['exec', '-T', 'web', 'sh', '-c', 'mkdir -p /data/sub && echo deep > /data/sub/f && ln -s /etc/passwd /data/link'])
    await s.ok(['cp', 'web:/data', join(s.root, 'out')])
    expect(readFileSync(join(s.root, 'out/sub/f'), 'utf8')).toBe('deep\n')
    const missing = await s.cli(['cp', 'web:/nope', s.root])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('could not find the file /nope in container basic-web-1')
    // a container's absolute symlink resolves inside the container, never on the host
    await s.ok(['exec', '-T', 'web', 'ln', '-s', '/', '/tmp/rootlink'])
    await s.ok(['cp', join(s.root, 'in.txt'), 'web:/tmp/rootlink/in-root.txt'])
    expect(await s.ok(['exec', '-T', 'web', 'cat', '/in-root.txt'])).toBe('copied in')
  })

  it('stop, start and restart act on the project; wait returns the exit code', async () => {
    await s.ok(['stop', 'worker'])
    expect((await s.ps([], true)).find((c) => c.Service === 'worker')!.State).toBe('exited')
    await s.ok(['start'])
    expect((await s.ps()).map((c) => c.State)).toEqual(['running', 'running'])
    const before = (await s.ps()).map((c) => c.ID)
    await s.ok(['restart', '-t', '2'])
    const after = await s.ps()
    expect(after.map((c) => c.ID)).toEqual(before)
    expect(after.every((c) => c.State === 'running')).toBe(true)
    // The worker exits 3 by itself two seconds from now: `wait` is blocked on it by then.
    await s.ok(['exec', '-d', 'worker', 'sh', '-c', 'sleep 2; touch /tmp/stop'])
    const w = await s.cli(['wait', 'worker'], { timeoutMs: 20_000 })
    expect(w.code).toBe(3)
    expect(w.stdout).toMatch(/^container "[0-9a-f]{64}" exited with status code 3\n$/)
    // attach follows the service container's output to its end and returns its exit code
    await s.ok(['start', 'worker'])
    await s.ok(['exec', '-d', 'worker', 'sh', '-c', 'sleep 2; touch /tmp/stop'])
    const a = await s.cli(['attach', 'worker'], { timeoutMs: 20_000 })
    expect(a.code).toBe(3)
    expect(a.stdout).toBe('worker done\n')
    expect((await s.cli(['attach', 'worker'])).stderr).toContain('service "worker" is not running')
  })

  it('down removes everything the project made', async () => {
    await s.ok(['down', '-t', '2'])
    expect(await s.ps([], true)).toEqual([])
    expect(s.stateDirs()).toEqual([])
    expect(await s.ok(['ls', '-a', '-q'])).toBe('')
    await eventually(() => expect(s.leftovers()).toEqual(CLEAN_KERNEL), 5000, 100)
  })
})
