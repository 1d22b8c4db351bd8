import { readFileSync } from 'node:fs'
import { RuntimeError } from '../errors.js'
import { topLowerEntry } from './lower-entry.js'

export interface ResolvedUser {
  readonly uid: number
  readonly gid: number
  readonly groups: number[]
  readonly home: string
}

interface PasswdEntry { name: string; uid: number; gid: number; home: string }
interface GroupEntry { name: string; gid: number; members: string[] }

/**
 * Reads `rel` (etc/passwd) from the top-most lower that has it. An overlay whiteout (char
 * device 0:0) in a higher layer means the file was deleted: undefined, as for a non-file.
 */
export function readFromLowers(lowers: readonly string[], rel: string): string | undefined {
  const e = topLowerEntry(lowers, rel)
  return e?.stat.isFile() ? readFileSync(e.path, 'utf8') : undefined
}

export function parsePasswd(text: string | undefined): PasswdEntry[] {
  const out: PasswdEntry[] = []
  for (const line of (text ?? '').split('\n')) {
    const f = line.split(':')
    if (f.length < 4 || line.startsWith('#')) continue
    out.push({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), home: f[5] ?? '/' })
  }
  return out
}

export function parseGroup(text: string | undefined): GroupEntry[] {
  const out: GroupEntry[] = []
  for (const line of (text ?? '').split('\n')) {
    const f = line.split(':')
    if (f.length < 3 || line.startsWith('#')) continue
    out.push({ name: f[0]!, gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) })
  }
  return out
}

const isNum = (s: string): boolean => /^\d+$/.test(s)

/**
 * docker's user resolution (moby user.GetExecUser): "" = root; "name" or "uid" looked up in
 * passwd (a numeric uid may be absent); ":group" by name or gid; supplementary groups from
 * /etc/group membership plus --group-add.
 */
export function resolveUser(spec: string, passwdText: string | undefined, groupText: string | undefined, groupAdd: readonly string[] = []): ResolvedUser {
  const passwd = parsePasswd(passwdText)
  const groups = parseGroup(groupText)
  const [userPart = '', groupPart] = spec.split(':', 2)
  let uid = 0
  let gid = 0
  let home = '/'
  let userName: string | undefined
  if (userPart === '') {
    const root = passwd.find((p) => p.uid === 0)
    userName = root?.name
    home = root?.home ?? '/root'
  } else if (isNum(userPart)) {
    uid = Number(userPart)
    const e = passwd.find((p) => p.uid === uid)
    if (e) {
      gid = e.gid
      home = e.home
      userName = e.name
    }
  } else {
    const e = passwd.find((p) => p.name === userPart)
    if (!e) throw new RuntimeError('USER_NOT_FOUND', `unable to find user ${userPart}: no matching entries in passwd file`, { exitCode: 125 })
    uid = e.uid
    gid = e.gid
    home = e.home
    userName = e.name
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (isNum(groupPart)) gid = Number(groupPart)
    else {
      const g = groups.find((x) => x.name === groupPart)
      if (!g) throw new RuntimeError('GROUP_NOT_FOUND', `unable to find group ${groupPart}: no matching entries in group file`, { exitCode: 125 })
      gid = g.gid
    }
  }
  const extra = new Set<number>()
  // Supplementary groups from membership only apply when no explicit group was given (docker).
  if (userName && groupPart === undefined) for (const g of groups) if (g.members.includes(userName) && g.gid !== gid) extra.add(g.gid)
  for (const ga of groupAdd) {
    if (isNum(ga)) extra.add(Number(ga))
    else {
      const g = groups.find((x) => x.name === ga)
      if (!g) throw new RuntimeError('GROUP_NOT_FOUND', `unable to find group ${ga}: no matching entries in group file`, { exitCode: 125 })
      extra.add(g.gid)
    }
  }
  return { uid, gid, groups: [...extra], home }
}
