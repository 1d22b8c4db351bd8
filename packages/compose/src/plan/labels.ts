/**
 * The labels every container of a project carries, the same keys docker compose uses so
 * that tools that read them (and users' filters) keep working. Changing one is a visible,
 * public decision.
 */
export const LABEL_PROJECT = 'com.docker.compose.project'
export const LABEL_SERVICE = 'com.docker.compose.service'
export const LABEL_CONTAINER_NUMBER = 'com.docker.compose.container-number'
export const LABEL_CONFIG_HASH = 'com.docker.compose.config-hash'
export const LABEL_ONEOFF = 'com.docker.compose.oneoff'
export const LABEL_DEPENDS_ON = 'com.docker.compose.depends_on'
export const LABEL_IMAGE = 'com.docker.compose.image'
export const LABEL_WORKING_DIR = 'com.docker.compose.project.working_dir'
export const LABEL_CONFIG_FILES = 'com.docker.compose.project.config_files'
export const LABEL_ENVIRONMENT_FILE = 'com.docker.compose.project.environment_file'
export const LABEL_VERSION = 'com.docker.compose.version'
export const LABEL_SLUG = 'com.docker.compose.slug'
export const LABEL_REPLACE = 'com.docker.compose.replace'
export const LABEL_NETWORK = 'com.docker.compose.network'
export const LABEL_VOLUME = 'com.docker.compose.volume'

/** The compose version we claim in labels: a docker compose v2 that the labels match. */
export const COMPOSE_LABEL_VERSION = '2.29.0'
