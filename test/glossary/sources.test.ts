import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// Every concept cites where its forms come from, and glossaries/news/verified.yaml records which
// concepts had those sources opened and checked, language by language. A verified concept may not
// keep a form that neither a source shows nor a reason excuses: such forms are dropped instead.
interface ConceptFile { id: string; sources?: string[]; forms?: Record<string, unknown> }
interface Verified { checked: string; shown: string[]; notShown?: Record<string, string> }

const glossaryIds = readdirSync('glossaries', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`glossaries/${d.name}/glossary.yaml`))
  .map((d) => d.name)
const conceptFiles = glossaryIds.flatMap((g) =>
  readdirSync(`glossaries/${g}/concepts`).filter((f) => f.endsWith('.yaml')).map((f) => `glossaries/${g}/concepts/${f}`))
const read = (file: string) => parse(readFileSync(file, 'utf8')) as ConceptFile
const verified = (parse(readFileSync('glossaries/news/verified.yaml', 'utf8')) as { concepts: Record<string, Verified> }).concepts
const fileOf = (key: string) => key.includes('/') ? `glossaries/${key.replace('/', '/concepts/')}.yaml` : `glossaries/news/concepts/${key}.yaml`

describe('sources of every concept file', () => {
  it.each(conceptFiles.map((f) => [f]))('%s cites http(s) sources, each once', (file) => {
    const { sources = [] } = read(file)
    expect(sources.length, 'sources').toBeGreaterThan(0)
    for (const source of sources) expect(source).toMatch(/^https?:\/\/\S+$/)
    expect(sources.filter((s, i) => sources.indexOf(s) !== i), 'repeated sources').toEqual([])
  })
})

describe('glossaries/news/verified.yaml', () => {
  it('lists concepts', () => expect(Object.keys(verified).length).toBeGreaterThan(0))

  it.each(Object.entries(verified))('%s: every language with forms is shown by a source or excused', (key, entry) => {
    expect(existsSync(fileOf(key)), `${key} has no concept file`).toBe(true)
    expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(Date.parse(entry.checked)).toBeLessThanOrEqual(Date.now())
    const excused = Object.entries(entry.notShown ?? {})
    for (const [language, why] of excused) expect(why.trim().length, `${key}.notShown.${language}`).toBeGreaterThan(20)
    expect(entry.shown.filter((l) => excused.some(([x]) => x === l)), 'both shown and not shown').toEqual([])
    const concept = read(fileOf(key))
    expect([...entry.shown, ...excused.map(([l]) => l)].sort()).toEqual(Object.keys(concept.forms ?? {}).sort())
    expect(concept.sources?.length ?? 0).toBeGreaterThan(0)
  })
})
