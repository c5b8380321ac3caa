import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv, { type ValidateFunction } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { validateSource } from '../../src/core/glossary/validate.js'
import type { ConceptSource } from '../../src/core/glossary/source.js'

// The JSON Schemas in glossaries/schema/ give editors completion and errors as they type; the
// build's validator (validate.ts) is what refuses a glossary. These tests keep them in step:
// every file validates, every file points its editor at the right schema, and broken concepts
// are refused by both.
const root = 'glossaries'
const schemaDir = join(root, 'schema')
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
for (const name of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, name), 'utf8')), name)
const schema = (name: string): ValidateFunction => ajv.getSchema(name)!

const glossaryDirs = readdirSync(root).filter((d) => d !== 'schema')
const files = glossaryDirs.flatMap((dir) => {
  const manifest = join(root, dir, 'glossary.yaml')
  const text = readFileSync(manifest, 'utf8')
  const profile = /^extends:/m.test(text)
  const concepts = readdirSync(join(root, dir, 'concepts')).map((f) => ({
    file: join(root, dir, 'concepts', f),
    schema: profile ? 'concept-overlay.schema.json' : 'concept.schema.json',
  }))
  return [{ file: manifest, schema: 'glossary.schema.json' }, ...concepts]
})

describe('glossary files against glossaries/schema', () => {
  it.each(files.map((f) => [f.file, f] as const))('%s', (_file, { file, schema: name }) => {
    const text = readFileSync(file, 'utf8')
    const depth = file.split('/').length - 2
    expect(text.split('\n')[0], 'first line names the schema for the editor').toBe(`# yaml-language-server: $schema=${'../'.repeat(depth)}schema/${name}`)
    const validate = schema(name)
    const ok = validate(parse(text))
    expect(ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([])
  })
})

describe('schema and validator agree', () => {
  const valid: ConceptSource = {
    id: 'kyiv', kind: 'place', note: { en: 'Kyiv.' }, sources: ['https://example.org/kyiv'],
    forms: { en: { preferred: 'Kyiv', variants: ['Kiev', { form: 'Kyyiv', context: { notPrecededBy: ['formerly'], window: 2 } }], exceptions: ['chicken Kiev'] } },
    omitted: [{ form: 'Chiovia', language: 'it', why: 'historical' }],
    examples: { en: { change: [{ text: 'Kiev', expect: 'Kyiv' }], keep: ['Kyiv'] } },
  }
  const issues = (concept: unknown) => validateSource({ id: 't', name: 'T', fallbackLanguage: 'en', languages: ['en'], concepts: [concept as ConceptSource] })
  const broken: [string, (c: Record<string, any>) => void][] = [
    ['a misspelt key', (c) => void (c.forms.en.varients = ['Kiev'])],
    ['an unknown kind', (c) => void (c.kind = 'city')],
    ['a padded form', (c) => void c.forms.en.variants.push(' Kiev')],
    ['an empty form', (c) => void c.forms.en.exceptions.push('')],
    ['a form starting with punctuation', (c) => void c.forms.en.variants.push('"Kiev')],
    ['a language code that is not one', (c) => void (c.forms.english = { preferred: 'Kyiv' })],
    ['an empty note', (c) => void (c.note = { en: ' ' })],
    ['a context word with a space', (c) => void (c.forms.en.variants[1].context.notPrecededBy = ['formerly known'])],
    ['a window out of range', (c) => void (c.forms.en.variants[1].context.window = 11)],
    ['confirmedBy without a doubt', (c) => void (c.forms.en.variants[1].context.confirmedBy = ['Ukraine'])],
    ['a confirmedBy phrase of four words', (c) => void Object.assign(c.forms.en.variants[1].context, { doubt: { words: ['Texas'] }, confirmedBy: ['in the south of Ukraine'] })],
    ['an empty confirmedBy', (c) => void Object.assign(c.forms.en.variants[1].context, { doubt: { words: ['Texas'] }, confirmedBy: [] })],
    ['an omission without a reason', (c) => void delete c.omitted[0].why],
    ['a change example without expect', (c) => void delete c.examples.en.change[0].expect],
    ['a bad id', (c) => void (c.id = 'Kyiv City')],
    ['variants that are not a list', (c) => void (c.forms.en.variants = 'Kiev')],
    ['exceptions that are not a list', (c) => void (c.forms.en.exceptions = null)],
  ]
  it('on a valid concept', () => {
    expect(schema('concept.schema.json')(valid)).toBe(true)
    expect(issues(valid)).toEqual([])
  })
  it('on a valid concept with confirmedBy beside its doubt', () => {
    const concept = structuredClone(valid) as Record<string, any>
    Object.assign(concept.forms.en.variants[1].context, { doubt: { words: ['Texas'], scope: 'text' }, confirmedBy: ['Ukraine', 'in Ukraine'] })
    expect(schema('concept.schema.json')(concept)).toBe(true)
    expect(issues(concept)).toEqual([])
  })
  it('saying which list is not one', () => {
    const concept = structuredClone(valid) as Record<string, any>
    concept.forms.en.variants = 'Kiev'
    concept.forms.en.exceptions = { form: 'chicken Kiev' }
    expect(issues(concept).filter((i) => i.message === 'must be a list').map((i) => i.path)).toEqual(['kyiv.forms.en.variants', 'kyiv.forms.en.exceptions'])
  })
  it.each(broken)('refusing %s', (_what, mutate) => {
    const concept = structuredClone(valid) as Record<string, any>
    mutate(concept)
    expect(schema('concept.schema.json')(concept)).toBe(false)
    expect(issues(concept).length).toBeGreaterThan(0)
  })
})
