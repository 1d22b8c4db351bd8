import type { ContainersSuite } from './containers-harness.js'

/**
 * What a build suite left behind. Builds run RUN steps with no network, so interfaces, netns
 * and nft tables are never theirs; other engineers' suites create those concurrently on the
 * same kernel. Only objects naming this suite's root or cgroup parent count; cgroups,
 * processes and state dirs are already scoped to the suite.
 */
export function ours<T extends { mounts: string[]; links: string[]; netns: string[]; nftTables: string[] }>(s: ContainersSuite, left: T): T {
  const mine = (x: string): boolean => x.includes(s.root) || x.includes(s.cgroupParent)
  return { ...left, mounts: left.mounts.filter(mine), links: left.links.filter(mine), netns: left.netns.filter(mine), nftTables: left.nftTables.filter(mine) }
}
