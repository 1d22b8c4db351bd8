/** OCI whiteout names (image-spec layer.md) and their overlayfs counterparts. */
export const WHITEOUT_PREFIX = '.wh.'
export const WHITEOUT_OPAQUE = '.wh..wh..opq'
/** overlayfs marks an opaque directory with this xattr (trusted.*: needs CAP_SYS_ADMIN). */
export const OPAQUE_XATTR = 'trusted.overlay.opaque'
/** overlayfs bookkeeping xattrs: never copied into a layer. */
export const OVERLAY_XATTR_PREFIX = 'trusted.overlay.'
/** How GNU tar, Go's archive/tar and docker carry xattrs in PAX headers. */
export const XATTR_PAX_PREFIX = 'SCHILY.xattr.'

/** Linux dev_t → major/minor (glibc gnu_dev_major/minor), for dev_t values above 2^32 too. */
export function devMajor(rdev: number): number {
  const lo = rdev % 2 ** 32
  const hi = Math.floor(rdev / 2 ** 32)
  return (((lo >>> 8) & 0xfff) | (hi & 0xfffff000)) >>> 0
}
export function devMinor(rdev: number): number {
  const lo = rdev % 2 ** 32
  const hi = Math.floor(rdev / 2 ** 32)
  return ((lo & 0xff) | ((lo >>> 12) & 0xfff00) | ((hi << 20) & 0xfff00000)) >>> 0
}
