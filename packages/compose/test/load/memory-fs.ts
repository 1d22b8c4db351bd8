/** In-memory files for loader tests: absolute path -> content. */
export function memoryFs(files: Record<string, string>) {
  return {
    readFile(path: string): string {
      if (!Object.hasOwn(files, path)) {
        const err = new Error(`ENOENT: no such file or directory, open '${path}'`) as NodeJS.ErrnoException
        err.code = 'ENOENT'
        throw err
      }
      return files[path]
    },
    isFile(path: string): boolean {
      return Object.hasOwn(files, path)
    },
  }
}
