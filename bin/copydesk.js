#!/usr/bin/env node
// The `copydesk` command (src/cli): TypeScript run through tsx, as `npm start` runs the server.
import { readFileSync } from 'node:fs'
import { register } from 'tsx/esm/api'

register()
const { run } = await import('../src/cli/main.ts')
const status = await run({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0),
})
process.exitCode = status
