import { readFileSync } from 'node:fs'
import { hostsFile as networkHostsFile } from '../network/etc-files.js'
import type { ContainerRecord } from './config.js'

/** /etc/hosts docker writes for a container (without a network attacher). */
export function hostsFile(rec: ContainerRecord, ip?: string): string {
  // host-gateway: on the host's network the host is this machine; with none there is no route.
  const hostGateway = rec.HostConfig.NetworkMode === 'host' ? '127.0.0.1' : undefined
  return networkHostsFile({ hostname: rec.Config.Hostname, extraHosts: rec.HostConfig.ExtraHosts, ...(ip ? { ip } : {}), ...(hostGateway ? { hostGateway } : {}) })
}

/**
 * resolv.conf: --dns/--dns-search/--dns-option win; otherwise the host's file minus
 * loopback nameservers (unreachable from a private netns), as docker filters them.
 */
export function resolvConf(rec: ContainerRecord, hostText?: string): string {
  const hc = rec.HostConfig
  let host = hostText
  if (host === undefined) {
    try {
      host = readFileSync('/etc/resolv.conf', 'utf8')
    } catch {
      host = ''
    }
  }
  const hostLines = host.split('\n').map((l) => l.trim())
  const isHostNet = hc.NetworkMode === 'host'
  const ns = hc.Dns.length > 0
    ? hc.Dns
    : hostLines.filter((l) => l.startsWith('nameserver')).map((l) => l.split(/\s+/)[1] ?? '').filter((a) => a && (isHostNet || !/^(127\.|::1$)/.test(a)))
  const search = hc.DnsSearch.length > 0 ? hc.DnsSearch : hostLines.filter((l) => l.startsWith('search')).flatMap((l) => l.split(/\s+/).slice(1))
  const options = hc.DnsOptions.length > 0 ? hc.DnsOptions : hostLines.filter((l) => l.startsWith('options')).flatMap((l) => l.split(/\s+/).slice(1))
  const out = ns.map((a) => `nameserver ${a}`)
  if (search.length) out.push(`search ${search.join(' ')}`)
  if (options.length) out.push(`options ${options.join(' ')}`)
  return out.join('\n') + '\n'
}

export function hostnameFile(rec: ContainerRecord): string {
  return `${rec.Config.Hostname}\n`
}
