import { describe, expect, it } from 'vitest'
import { familiarString, idPrefixOf, normalizeReference, parseReference, referenceString } from '../../src/images/reference.js'

describe('reference parsing, like docker', () => {
  it.each([
    ['busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['busybox:1.36', 'docker.io/library/busybox:1.36', 'busybox:1.36'],
    ['library/busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['docker.io/busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['index.docker.io/library/busybox:x', 'docker.io/library/busybox:x', 'busybox:x'],
    ['me/app', 'docker.io/me/app:latest', 'me/app:latest'],
    ['me/app/sub:v1', 'docker.io/me/app/sub:v1', 'me/app/sub:v1'],
    ['localhost/a', 'localhost/a:latest', 'localhost/a:latest'],
    ['localhost:5000/a/b:tag', 'localhost:5000/a/b:tag', 'localhost:5000/a/b:tag'],
    ['ghcr.io/o/r', 'ghcr.io/o/r:latest', 'ghcr.io/o/r:latest'],
    ['[::1]:5000/x:y', '[::1]:5000/x:y', '[::1]:5000/x:y'],
    ['a_b.c-d__e--f', 'docker.io/library/a_b.c-d__e--f:latest', 'a_b.c-d__e--f:latest'],
    [`busybox@sha256:${'a'.repeat(64)}`, `docker.io/library/busybox@sha256:${'a'.repeat(64)}`, `busybox@sha256:${'a'.repeat(64)}`],
    [`busybox:1@sha256:${'b'.repeat(64)}`, `docker.io/library/busybox:1@sha256:${'b'.repeat(64)}`, `busybox:1@sha256:${'b'.repeat(64)}`],
  ])('%s → %s (shown as %s)', (input, full, familiar) => {
    const ref = normalizeReference(input)
    expect(referenceString(ref)).toBe(full)
    expect(familiarString(ref)).toBe(familiar)
  })

  it('treats an uppercase first component as a registry host, like docker', () => {
    expect(parseReference('Registry/x').domain).toBe('Registry')
  })

  it('does not add a tag when parsing without normalizing', () => {
    expect(parseReference('busybox').tag).toBeUndefined()
  })

  it.each([
    ['', /empty reference/],
    ['Busybox', /repository name \(library\/Busybox\) must be lowercase/],
    ['a b', /invalid reference format: "a b"/],
    ['busybox:', /invalid reference format/],
    ['busybox:-x', /invalid reference format/],
    ['-busybox', /invalid reference format/],
    ['a//b', /invalid reference format/],
    [`busybox:${'t'.repeat(129)}`, /invalid reference format/],
    ['busybox@sha256:abc', /invalid reference format/],
    ['a'.repeat(64).replace(/a/g, 'f'), /cannot specify 64-byte hexadecimal strings/],
    [`${'a'.repeat(250)}/b`, /must not be more than 255 characters/],
  ])('rejects %j', (input, message) => {
    let caught: unknown
    try {
      parseReference(input)
    } catch (err) {
      caught = err
    }
    expect(caught).toMatchObject({ code: 'IMAGE_INVALID_REFERENCE' })
    expect((caught as Error).message).toMatch(message)
  })

  it('recognizes ID prefixes', () => {
    expect(idPrefixOf('3f57d9401f8d')).toBe('3f57d9401f8d')
    expect(idPrefixOf('sha256:3f57')).toBe('3f57')
    expect(idPrefixOf('busybox')).toBeUndefined()
  })
})
