import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Writes a generated module only when its text changed, and atomically (a temporary file,
 * then a rename): `wrangler dev` runs the builds again while the tests may be importing the
 * same modules, which must never see a half-written file.
 */
export function writeGenerated(path: string, text: string): void {
  let current: string | undefined
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    current = undefined
  }
  if (current === text) return
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}
