import type { Project, Service } from '../model/types.js'
import type { ContainerNetworkRequest } from '../execute/container-options.js'
import { fileObjectKey } from './file-objects.js'

/**
 * The network part of a service's containers: network_mode, or the project networks by
 * runtime name with their aliases (the service name is always an alias, as in docker
 * compose), published ports, dns and hosts; volume keys to runtime names; secret/config
 * files to bind-mount.
 */
export function networkRequestFor(project: Project, serviceName: string, service: Service, containerIdOf?: (service: string) => string | undefined, fileSources: Readonly<Record<string, string>> = fileObjectFiles(project)): ContainerNetworkRequest {
  const model = project.model
  let mode: string
  const networks: Record<string, { aliases: string[]; ipv4Address?: string; macAddress?: string; priority?: number }> = {}
  if (service.network_mode) {
    mode = service.network_mode.startsWith('service:')
      ? `container:${containerIdOf?.(service.network_mode.slice(8)) ?? service.network_mode.slice(8)}`
      : service.network_mode
  } else {
    const entries = Object.entries(service.networks ?? {}).sort(([, a], [, b]) => (b?.priority ?? 0) - (a?.priority ?? 0))
    for (const [key, cfg] of entries) {
      const name = model.networks?.[key]?.name ?? `${model.name}_${key}`
      networks[name] = { aliases: [serviceName, ...(cfg?.aliases ?? [])], ipv4Address: cfg?.ipv4_address, macAddress: cfg?.mac_address, priority: cfg?.priority }
    }
    mode = Object.keys(networks)[0] ?? 'none'
  }
  const ports = (service.ports ?? []).flatMap((p) => {
    const published = p.published ?? ''
    const [from, to] = published.includes('-') ? published.split('-').map(Number) : [Number(published) || 0, Number(published) || 0]
    const count = (to ?? 0) - (from ?? 0) + 1
    const out = []
    for (let i = 0; i < Math.max(1, count); i++) {
      out.push({ containerPort: p.target + (count > 1 ? i : 0), protocol: p.protocol as 'tcp' | 'udp', hostIp: p.host_ip, hostPort: from ? from + i : undefined })
    }
    return out
  })
  const extraHosts = Object.entries(service.extra_hosts ?? {}).flatMap(([host, ips]) => ips.map((ip) => `${host}:${ip}`))
  const volumeNames: Record<string, string> = {}
  for (const [key, vol] of Object.entries(model.volumes ?? {})) volumeNames[key] = vol.name ?? `${model.name}_${key}`
  const [primary, ...extra] = Object.entries(networks)
  return {
    network: {
      mode,
      aliases: primary?.[1].aliases,
      ipv4Address: primary?.[1].ipv4Address,
      dns: service.dns,
      dnsSearch: service.dns_search,
      dnsOptions: service.dns_opt as string[] | undefined,
      extraHosts,
      ports,
      macAddress: (service.mac_address as string | undefined) ?? primary?.[1].macAddress,
    },
    extraNetworks: extra.map(([name, cfg]) => ({ name, aliases: cfg.aliases, ipv4Address: cfg.ipv4Address, macAddress: cfg.macAddress })),
    volumeNames,
    fileSources,
  }
}

/** Secret/config sources that are plain files (no state root needed to resolve them). */
function fileObjectFiles(project: Project): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, f] of Object.entries(project.model.secrets ?? {})) if (f.file) out[fileObjectKey('secret', key)] = f.file
  for (const [key, f] of Object.entries(project.model.configs ?? {})) if (f.file) out[fileObjectKey('config', key)] = f.file
  return out
}
