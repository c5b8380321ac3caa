import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadGlossaries } from '../../scripts/load-glossaries.js'

let root: string
function layout(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'copydesk-glossaries-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return join(root, 'glossaries')
}
afterEach(() => rmSync(root, { recursive: true, force: true }))

const manifest = 'id: t\nname: T\nfallbackLanguage: en\nlanguages: [en]\n'

describe('loadGlossaries', () => {
  it('reads the manifest and one file per concept, remembering each file', () => {
    const dir = layout({ 'glossaries/t/glossary.yaml': manifest, 'glossaries/t/concepts/kyiv.yaml': 'id: kyiv\nkind: place\nforms:\n  en:\n    preferred: Kyiv\n' })
    expect(loadGlossaries(dir, root)).toEqual([{
      id: 't', name: 'T', fallbackLanguage: 'en', languages: ['en'],
      concepts: [{ id: 'kyiv', kind: 'place', forms: { en: { preferred: 'Kyiv' } }, file: 'glossaries/t/concepts/kyiv.yaml' }],
    }])
  })

  it('names the file and line of a YAML error', () => {
    const dir = layout({ 'glossaries/t/glossary.yaml': manifest, 'glossaries/t/concepts/kyiv.yaml': 'id: kyiv\nforms:\n  en: [unclosed\n' })
    expect(() => loadGlossaries(dir, root)).toThrow(/^glossaries\/t\/concepts\/kyiv\.yaml: not valid YAML: .*at line 4, column 1/s)
  })

  it('refuses duplicate keys, which would silently drop data', () => {
    const dir = layout({ 'glossaries/t/glossary.yaml': manifest, 'glossaries/t/concepts/kyiv.yaml': 'id: kyiv\nkind: place\nkind: person\n' })
    expect(() => loadGlossaries(dir, root)).toThrow(/^glossaries\/t\/concepts\/kyiv\.yaml: not valid YAML: Map keys must be unique/)
  })

  it('requires ids to match folder and file names', () => {
    const dir = layout({ 'glossaries/t/glossary.yaml': manifest, 'glossaries/t/concepts/kiev.yaml': 'id: kyiv\nkind: place\n' })
    expect(() => loadGlossaries(dir, root)).toThrow('glossaries/t/concepts/kiev.yaml: id "kyiv" must match the file name')
    const other = layout({ 'glossaries/t/glossary.yaml': manifest.replace('id: t', 'id: u') })
    expect(() => loadGlossaries(other, root)).toThrow('glossaries/t/glossary.yaml: id "u" must match the folder name "t"')
  })
})
