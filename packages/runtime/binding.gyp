{
  "targets": [
    {
      "target_name": "tsc_native",
      "sources": [ "native/src/binding.cc", "native/src/fs.cc", "native/src/seccomp.cc", "native/src/netlink.cc", "native/src/spawn.cc" ],
      "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")" ],
      "defines": [ "NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS" ],
      "cflags_cc": [ "-std=c++17", "-O2", "-Wall" ],
      "libraries": [ "-lseccomp" ]
    },
    {
      "target_name": "tsc-supervisor",
      "type": "executable",
      "sources": [
        "native/supervisor/main.c",
        "native/supervisor/spec.c",
        "native/supervisor/container.c",
        "native/supervisor/exec.c",
        "native/supervisor/rootfs.c",
        "native/supervisor/security.c",
        "native/supervisor/pty.c",
        "native/supervisor/supervise.c",
        "native/supervisor/log.c",
        "native/supervisor/control.c",
        "native/supervisor/health.c",
        "native/supervisor/events.c",
        "native/supervisor/state.c",
        "native/supervisor/json.c",
        "native/supervisor/stdio.c",
        "native/supervisor/extra.c",
        "native/supervisor/device-filter.c",
        "native/supervisor/exe-seal.c",
        "native/supervisor/link-delete.c"
      ],
      "cflags": [ "-std=gnu11", "-O2", "-Wall", "-Wno-unused-result" ],
      "ldflags": [ "-static" ]
    },
    {
      "target_name": "tsc-dns",
      "type": "executable",
      "sources": [ "native/dns/tsc-dns.c" ],
      "cflags": [ "-std=gnu11", "-O2", "-Wall" ],
      "ldflags": [ "-static" ]
    },
    {
      "target_name": "tsc-proxy",
      "type": "executable",
      "sources": [ "native/proxy/tsc-proxy.c" ],
      "cflags": [ "-std=gnu11", "-O2", "-Wall" ],
      "ldflags": [ "-static" ]
    },
    {
      "target_name": "tsc-init",
      "type": "executable",
      "sources": [ "native/init/init.c" ],
      "cflags": [ "-std=gnu11", "-O2", "-Wall" ],
      "ldflags": [ "-static" ]
    }
  ]
}
