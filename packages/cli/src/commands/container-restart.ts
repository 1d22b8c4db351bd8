import { stopLikeCommand } from './container-stop.js'

// docker restarts stopped and created containers too: the stop is a no-op for them.
export default stopLikeCommand('container restart', 'Restart one or more containers', (rt, ref, t) => rt.containers.restart(ref, t))
