/** Polls `check` until it returns without throwing, or rethrows its last error after `timeoutMs`. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      return await check()
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline) throw last
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
