/**
 * Host-side helpers of the networking end-to-end tests: free ports, HTTP and UDP probes of
 * this machine's own addresses, a stub upstream resolver on loopback, and a tiny static UDP
 * echo server to run in a busybox container. Nothing here talks to another machine.
 */
import { execFileSync } from 'node:child_process'
import { createSocket } from 'node:dgram'
import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'

// dns-packet is a dependency of the runtime package, not of the repository root.
const dnsPacket = createRequire(new URL('../../packages/runtime/package.json', import.meta.url))('dns-packet') as typeof import('dns-packet')

/** A port the kernel says is free now (TCP or UDP, all addresses). */
export function freePort(proto: 'tcp' | 'udp'): Promise<number> {
  return new Promise((resolve, reject) => {
    if (proto === 'udp') {
      const s = createSocket('udp4')
      s.once('error', reject)
      s.bind(0, '0.0.0.0', () => {
        const p = s.address().port
        s.close(() => resolve(p))
      })
      return
    }
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '0.0.0.0', () => {
      const a = srv.address()
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0))
    })
  })
}

/** This machine's own non-loopback IPv4 address (not one of our bridges). */
export function hostAddress(): string {
  for (const [name, addrs] of Object.entries(networkInterfaces())) {
    if (name.startsWith('tsc-') || name.startsWith('tv') || name.startsWith('docker') || name.startsWith('br-')) continue
    const a = addrs?.find((x) => x.family === 'IPv4' && !x.internal)
    if (a) return a.address
  }
  throw new Error('this machine has no non-loopback IPv4 address')
}

/** GET http://host:port/path with a bound timeout; rejects when nothing answers. */
export function httpGet(host: string, port: number, path = '/', timeoutMs = 3000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, timeout: timeoutMs, agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (d: string) => (body += d))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`no HTTP answer from ${host}:${port} in ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end()
  })
}

/** Sends one datagram and returns the first reply as text. */
export function udpAsk(host: string, port: number, text: string, timeoutMs = 1500): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = createSocket('udp4')
    const timer = setTimeout(() => {
      s.close()
      reject(new Error(`no UDP answer from ${host}:${port}`))
    }, timeoutMs)
    s.once('message', (m) => {
      clearTimeout(timer)
      s.close()
      resolve(m.toString())
    })
    s.once('error', (err) => {
      clearTimeout(timer)
      s.close()
      reject(err)
    })
    s.send(text, port, host)
  })
}

export interface StubDns {
  readonly port: number
  /** Names asked, lower case, in order. */
  readonly queries: string[]
  close(): Promise<void>
}

/** An upstream resolver on 127.0.0.1 that answers NXDOMAIN to everything and records the names. */
export function startStubDns(): Promise<StubDns> {
  return new Promise((resolve, reject) => {
    const s = createSocket('udp4')
    const queries: string[] = []
    s.on('message', (msg, rinfo) => {
      let q: ReturnType<typeof dnsPacket.decode>
      try {
        q = dnsPacket.decode(msg)
      } catch {
        return
      }
      for (const x of q.questions ?? []) queries.push(x.name.toLowerCase())
      const answer = dnsPacket.encode({ type: 'response', id: q.id, flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | 3, questions: q.questions })
      s.send(answer, rinfo.port, rinfo.address)
    })
    s.once('error', reject)
    s.bind(0, '127.0.0.1', () => {
      resolve({ port: s.address().port, queries, close: () => new Promise<void>((r) => s.close(() => r())) })
    })
  })
}

const UDP_ECHO_C = `
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
static void bye(int sig) { (void)sig; _exit(0); }
int main(int argc, char **argv) {
  signal(SIGTERM, bye);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(argc > 1 ? atoi(argv[1]) : 5353);
  if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0) return 1;
  for (;;) {
    char buf[512];
    struct sockaddr_in from;
    socklen_t len = sizeof from;
    ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
    if (n > 0) sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&from, len);
  }
}
`

/**
 * A static UDP echo server at `out` (busybox has no UDP server applet): the compiler is
 * there for the native addon anyway.
 */
export function udpEchoBinary(out: string): string {
  const src = join(tmpdir(), `tsc-udpecho-${process.pid}.c`)
  writeFileSync(src, UDP_ECHO_C)
  execFileSync('cc', ['-static', '-O2', '-o', out, src], { stdio: 'pipe', timeout: 30_000 })
  execFileSync('rm', ['-f', src])
  return out
}
