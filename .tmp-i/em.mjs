const m = await import('/work/main/packages/compose/dist/model/yaml-emitter.js')
const y = await (await import('/work/main/packages/compose/dist/load/yaml-library.js')).loadYamlLibrary()
const cases = JSON.parse(process.argv[2])
for (const d of cases) { console.log('ref ', JSON.stringify(y.stringify(d, m.EMIT_OPTIONS))); console.log('emit', JSON.stringify(m.emitYaml(d))) }
