import { build } from 'esbuild'
await build({ entryPoints: ['/work/main/packages/compose/dist/index.js'], outdir: '/work/main/.tmp-i/cb', bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', external: ['*.node'], logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } })
