export { TscError, RuntimeError, KernelError, isTscError, isKernelError, fromSystemError } from './errors.js'
export type { SourceLocation, TscErrorOptions } from './errors.js'
export { supervisorPath } from './native/load.js'
export { nativeFs, createNativeFs, lockFile, toKernelError, S_IFCHR, S_IFBLK, S_IFIFO, MNT_DETACH, OVERLAYFS_SUPER_MAGIC, TMPFS_MAGIC } from './native/fs.js'
export type { NativeFs, FsBinding, FlockMode, FileLock } from './native/fs.js'
export { parseBytes, parseMemorySwap, formatBytes, parseDuration, formatDuration, parseCpus, parseUlimit, formatUlimit, parseSignal, signalName, RLIMITS } from './util/index.js'
export type { Ulimit } from './util/index.js'
export { ImageStore } from './images/store.js'
export type { ImageStoreOptions, ResolvedImage, RemoveResult, PruneResult, ImageRecord } from './images/store.js'
export type { ImportOptions, CommitOptions } from './images/build.js'
export type { LoadResult, LoadedImage } from './images/archive-load.js'
export type { SaveOptions } from './images/archive-save.js'
export type { Change, ChangeKind } from './images/diff.js'
export type { ImageInspect, ImageSummary, HistoryItem, DockerContainerConfig } from './images/inspect.js'
export type { ImageConfig, ContainerConfig, Manifest, ImageIndex, Descriptor, Platform, HistoryEntry, HealthConfig } from './images/oci.js'
export { parseReference, normalizeReference, familiarString, familiarName, referenceString } from './images/reference.js'
export type { Reference } from './images/reference.js'
export { chainIds, shortId } from './images/digest.js'
export type { Digest } from './images/digest.js'
export { applyChanges } from './images/changes.js'
export * as imageErrors from './images/errors.js'
// Runtime core (D2): state root, containers, volumes, events.
export { openRuntime } from './runtime.js'
export type { Runtime, RuntimeOptions } from './runtime.js'
export { Containers } from './containers/containers.js'
export type { RunOptions, RunResult } from './containers/containers.js'
export type {
  CreateOptions, ContainerRecord, MountRequest, PortBinding, NetworkOptions, Resources, RestartPolicy, HealthConfig as ContainerHealthConfig, ResolvedMount,
  DeviceMapping,
} from './containers/config.js'
export type { ContainerInspect } from './containers/inspect.js'
export type { ContainerSummary, ListFilter } from './containers/list.js'
export type { ContainerStats, CpuSample } from './containers/stats.js'
export type { ExecOptions } from './containers/exec.js'
export type { AttachIo, RuntimeState } from './containers/supervisor-port.js'
export type { NetworkAttacher, NetworkAttachment } from './containers/network-hook.js'
export type { SecurityPlanner, SecurityPlan } from './containers/security-plan.js'
export { parseVolumeFlag, parseMountFlag, parseTmpfsFlag, parsePortFlag, parseRestartPolicy, healthFromFlags, parseEnvFile, parseDeviceFlag } from './containers/parse-flags.js'
export { humanDuration } from './containers/status.js'
export { VolumeStore } from './volumes/volume-store.js'
export type { VolumeInfo, VolumeCreateOptions } from './volumes/volume-store.js'
export { Volumes } from './volumes/volumes.js'
export { EventLog } from './events/events.js'
export { toDockerEvent, formatEventLine } from './events/event-log.js'
export type { RuntimeEvent, EventFilter } from './events/event-log.js'
export { StatePaths, resolveRoot, DEFAULT_ROOT } from './state/paths.js'
export { withLock } from './state/lock.js'
export { newId, shortId as shortContainerId, validateName } from './state/ids.js'
export { humanSize, formatTable, renderTemplate, imageRows, historyRows, since } from './images/format.js'
export type { ImageRow, HistoryRow } from './images/format.js'
// Supervisor spec file and Linux constants (A).
export { serializeSpec, writeSpecFile, specRecords, parseSpecRecords, SPEC_KEYS } from './containers/spec-file.js'
export type { SupervisorSpec, SpecMount, SpecDevice, SpecSymlink, SpecRlimit, SpecCapabilities, SpecHealth, SpecLog, NamespaceMode, NamespaceKind } from './containers/spec-file.js'
export { MS, RLIMIT, SIG, MOUNT_OPTION_FLAGS, splitMountOptions } from './mounts/linux-constants.js'
// Cgroups, security baseline, seccomp (D1).
export {
  createCgroupManager, managerForLayout, parseMountinfo, detectCgroupLayout, CgroupV1, CgroupV2, nodeCgroupFs,
  validateResources, effectiveMemorySwap, cpuSharesToWeight, dockerDeviceRules, parseDeviceCgroupRule,
  parseProcStat, cpuPercent, memoryPercent, makeFakeCgroupTree, FakeCgroupFs, DEFAULT_CGROUP_PARENT,
} from './cgroups/index.js'
export type {
  CgroupManager, CgroupResources, CgroupStats, CgroupLimits, CreateResult as CgroupCreateResult, DeviceRule,
  CgroupManagerOptions, MountInfo, CgroupLayout, CgroupFs, SystemCpu, FakeCgroupTree, FakeOptions,
} from './cgroups/index.js'
export {
  CAPABILITIES, DEFAULT_CAPABILITIES, resolveCapabilities, normalizeCapability, capMask, capMaskHex, capNamesOf,
  defaultMounts, defaultSysctls, maskedPaths, readonlyPaths, listThermalThrottle, DEFAULT_DEVICES, DEFAULT_DEV_SYMLINKS,
  DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS, DEFAULT_SHM_SIZE, WRITABLE_WHEN_READ_ONLY, parseSecurityOpts,
  DEFAULT_SECCOMP_PROFILE, parseSeccompProfile, resolveSeccomp, selectSeccompProfile, allowedSyscalls,
  seccompBpfPath, seccompBpfPathAsync, seccompKey,
} from './security/index.js'
export type {
  CapabilityOptions, ResolvedCapabilities, DefaultMount, DefaultDevice, SecurityOpts, SeccompChoice, SeccompProfile,
  SeccompRule, ResolvedSeccomp, ResolvedRule, ResolvedAction, ResolveSeccompOptions,
} from './security/index.js'
export { seccompNative, createSeccompNative } from './native/seccomp.js'
export type { SeccompNative, CompiledSeccomp, RunUnderFilterResult } from './native/seccomp.js'
export { invalidValue, SIGRTMIN, SIGRTMAX, compareText } from './util/index.js'
// networking (engineer G)
export { Networks, containerSpec } from './network/networks.js'
export type { NetworkSettings, EndpointSettings } from './network/networks.js'
export { DEFAULT_NETWORK } from './network/manager.js'
export { parsePortSpec, formatPortMappings } from './network/ports.js'
export { hostsFile as networkHostsFile, resolvConfInternal, resolvConfLegacy, parseResolvConf } from './network/etc-files.js'
export type { NetworkManagerOptions } from './network/manager.js'
export type { ReclaimReport, ReclaimOptions } from './network/reclaim.js'
export type {
  NetworkRecord,
  EndpointRecord,
  PortMapping,
  PortRequest,
  CreateNetworkOptions,
  EndpointRequest,
  ContainerNetworkSpec,
  Attachment,
} from './network/types.js'
export { Netlink, netlink } from './native/netlink.js'
// Per-container supervisor clients (B): start handshake, control socket, state.json, json-file logs.
export { SupervisorClient, parseHandshake, CONTROL_SOCKET } from './containers/supervisor-client.js'
export { spawnSupervisor } from './containers/supervisor-spawn.js'
export type { SpawnedSupervisor, SpawnOptions } from './containers/supervisor-client.js'
export { readState, parseState, isSupervisorAlive, STATE_FILE } from './containers/state-file.js'
export type { SupervisorState, SupervisedStatus, HealthStatus as SupervisorHealthStatus, HealthLogEntry } from './containers/state-file.js'
export { readLogs, readLogsUpTo, parseLogLine, logFiles, timeToNs, boundToNs } from './containers/log-reader.js'
export type { LogEntry, LogReadOptions, TimeBound } from './containers/log-reader.js'
export { FrameDecoder, encodeFrame, parseExitPayload, FRAME_STDOUT, FRAME_STDERR, FRAME_EXIT } from './containers/attach-frames.js'
export type { Frame } from './containers/attach-frames.js'
// A container's files from the host, running or stopped (compose cp, H1).
export { withContainerFs, reclaimContainerFsMounts, CONTAINER_FS_BUSY, CONTAINER_FS_UNSUPPORTED } from './containers/container-fs.js'
export type { ContainerFsHost, ContainerFsView } from './containers/container-fs.js'
export { resolveInRoot, PATH_SYMLINK_LOOP } from './containers/in-root-path.js'
// docker container export / update (H9).
export { exportContainer, mountPointsUnder } from './containers/export.js'
export { updateContainer, updatedHostConfig, UPDATE_CONFLICT, UPDATE_NOTHING, RESTART_POLICY_COMMAND } from './containers/update.js'
export type { UpdateOptions, UpdateResult } from './containers/update.js'
// Registry client: pull, push, login (J).
export { pullImage } from './registry/pull.js'
export type { PullOptions, PullResult } from './registry/pull.js'
export { pushImage, manifestForPush } from './registry/push.js'
export type { PushOptions, PushResult } from './registry/push.js'
export { login as registryLogin, logout as registryLogout, serverDomain, authFile } from './registry/login.js'
export type { LoginOptions } from './registry/login.js'
export { formatProgressBytes } from './registry/progress.js'
export type { RegistryProgress, RegistryProgressListener, LayerStatus } from './registry/progress.js'
export { parseWwwAuthenticate } from './registry/auth.js'
export { endpointFor, isInsecure } from './registry/hosts.js'
export { findCredentials, credentialFiles } from './registry/credentials.js'
export type { Credentials } from './registry/credentials.js'
export { parsePlatform, selectManifest } from './registry/manifest.js'
export * as registryErrors from './registry/errors.js'
// Image builder: Dockerfiles on our own runtime (L).
export { buildImage, platformArgs, PREDEFINED_ARGS } from './build/builder.js'
export { intermediateImageIds } from './build/cache.js'
export type { BuildOptions, BuildResult, BuildRuntime } from './build/builder.js'
export { parseDockerfile } from './build/dockerfile-parser.js'
export type { Instruction, ParsedDockerfile } from './build/dockerfile-parser.js'
export { parseDockerignore, IgnoreMatcher } from './build/dockerignore.js'
export * as buildErrors from './build/errors.js'
export { USERLAND_PROXY_ENV } from './network/firewall-mode.js'
export type { FirewallMode } from './network/firewall-mode.js'
