/**
 * hook.exit of an auto-remove (`run -d --rm`) container: the supervisor runs
 * `node auto-remove-main.js <root> <id> <cgroup parent>` detached once the container exited
 * for good. Removes the container and its anonymous volumes; quiet when it is already gone.
 */
import { openRuntime } from '../runtime.js'

const [root, id, cgroupParent] = process.argv.slice(2)
if (root && id) {
  const rt = openRuntime({ root, cgroupParent })
  rt.containers.remove(id, { force: true, volumes: true }).then(
    () => undefined,
    () => undefined,
  )
}
