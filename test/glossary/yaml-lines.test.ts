import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lineOf } from '../../scripts/yaml-lines.js'

// build:glossaries reports each problem as file:line, so an editor jumps to it.
const dir = mkdtempSync(join(tmpdir(), 'copydesk-lines-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = join(dir, 'kyiv.yaml')
writeFileSync(file, [
  '# yaml-language-server: $schema=../../schema/concept.schema.json', // 1
  'id: kyiv', // 2
  'kind: place', // 3
  'forms:', // 4
  '  en:', // 5
  '    preferred: Kyiv', // 6
  '    variants: [Kiev, Kyyiv]', // 7
  'examples:', // 8
  '  en:', // 9
  '    change:', // 10
  '      - text: Kiev', // 11
  '        expect: Kyiv', // 12
  '      - text: KIEV', // 13
  '        expect: KYIV', // 14
].join('\n'))

describe('lineOf', () => {
  it('finds the line of an entry from the path in a glossary issue', () => {
    expect(lineOf(file, 'kyiv.examples.en.change[1]')).toBe(13)
    expect(lineOf(file, 'kyiv.forms.en.variants[1]')).toBe(7)
    expect(lineOf(file, 'kyiv.forms.en.preferred')).toBe(6)
  })

  it('falls back to the deepest entry that exists, and to nothing for a missing file', () => {
    expect(lineOf(file, 'kyiv.forms.en (from another language: "Kiew")')).toBe(6)
    expect(lineOf(file, 'kyiv.examples.de.keep[0]')).toBe(9)
    expect(lineOf(join(dir, 'none.yaml'), 'kyiv.forms.en')).toBeUndefined()
  })
})
