// Integration tests need root and the built native code; fail loudly instead of skipping.
export default function setup(): void {
  if (process.getuid?.() !== 0) {
    throw new Error('integration tests need root (they create namespaces, cgroups, mounts and networks)')
  }
}
