export type { CgroupManager, CgroupResources, CgroupStats, CgroupLimits, CreateResult, DeviceRule } from './types.js'
export { createCgroupManager, managerForLayout } from './manager.js'
export type { CgroupManagerOptions } from './manager.js'
export { parseMountinfo, detectCgroupLayout } from './mountinfo.js'
export type { MountInfo, CgroupLayout } from './mountinfo.js'
export { CgroupV1, V1_CONTROLLERS } from './v1.js'
export type { CgroupV1Options } from './v1.js'
export { CgroupV2, V2_CONTROLLERS } from './v2.js'
export type { CgroupV2Options } from './v2.js'
export { nodeCgroupFs } from './cgroup-fs.js'
export type { CgroupFs } from './cgroup-fs.js'
export {
  validateResources,
  effectiveMemorySwap,
  cpuSharesToWeight,
  cpuWeightToShares,
  blkioToIoWeight,
  MIN_MEMORY,
  INVALID_RESOURCES,
} from './resources.js'
export { dockerDeviceRules, privilegedDeviceRules, formatDeviceRule, parseDeviceCgroupRule } from './devices.js'
export { compileDeviceFilter, emulateDeviceRules, deviceFilterInsns, encodeInsns } from './device-filter.js'
export type { DeviceFilter, DeviceState, DeviceException, Insn } from './device-filter.js'
export { DEFAULT_CGROUP_PARENT, CGROUP_BUSY, CONTROLLER_MISSING, FREEZE_TIMEOUT, INVALID_PATH, NOT_MOUNTED } from './common.js'
export { makeFakeCgroupTree, FakeCgroupFs } from './fake-tree.js'
export type { FakeCgroupTree, FakeOptions } from './fake-tree.js'
export { parseProcStat, cpuPercent, memoryPercent } from './docker-stats.js'
export type { SystemCpu } from './docker-stats.js'
