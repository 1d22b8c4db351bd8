/*
 * The `yaml` library (positions, located syntax errors, `config` output) is loaded only
 * when needed: it is as large as the rest of the loader, and most commands never use it
 * (js-yaml parses valid files). Its users are synchronous, so it is loaded ahead:
 * loadProject retries once with it loaded when a step asks for it, and `config` loads it
 * before printing.
 */
type YamlLibrary = typeof import('yaml')

let library: YamlLibrary | undefined

/** Thrown by a synchronous step that needs the `yaml` library before it was loaded. */
export class YamlLibraryNotLoaded extends Error {
  constructor() {
    super('the yaml library is not loaded: await loadYamlLibrary() first')
    this.name = 'YamlLibraryNotLoaded'
  }
}

export async function loadYamlLibrary(): Promise<YamlLibrary> {
  if (!library) {
    const mod = await import('yaml')
    // `yaml` is CommonJS for Node: a bundler's dynamic import may hand it over as `default`.
    library = (typeof mod.LineCounter === 'function' ? mod : (mod as unknown as { default: YamlLibrary }).default)
  }
  return library
}

export function yamlLibrary(): YamlLibrary {
  if (!library) throw new YamlLibraryNotLoaded()
  return library
}

export function isYamlLibraryNotLoaded(err: unknown): err is YamlLibraryNotLoaded {
  return err instanceof YamlLibraryNotLoaded
}
