const { main } = await import('/work/main/packages/cli/dist-bundle/main.js')
process.exitCode = await main(process.argv.slice(2))
