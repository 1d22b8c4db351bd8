import type { Service } from '../model/types.js'

/** `<project>-<service>-<n>`, or `container_name` (which forbids scale > 1). */
export function containerName(project: string, serviceName: string, service: Service, number: number): string {
  return service.container_name ?? `${project}-${serviceName}-${number}`
}

/** The image a service runs: `image:`, else the name docker compose gives built images. */
export function serviceImage(project: string, serviceName: string, service: Service): string {
  return service.image ?? `${project}-${serviceName}`
}

export function desiredScale(service: Service, override?: number): number {
  if (override !== undefined) return override
  if (typeof service.scale === 'number') return service.scale
  const replicas = service.deploy?.replicas
  return typeof replicas === 'number' ? replicas : 1
}
