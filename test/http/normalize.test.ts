import { applyPatch } from 'diff'
import { describe, expect, it } from 'vitest'
import { call, json as readJson } from './support/call.js'
import { seedArticle } from './support/fixtures.js'

interface RenderedChange {
  start: number
  end: number
  original: string
  replacement: string
  concept: string
  rule: string
  language: string
  message: string
  note?: string
  status: 'applied' | 'suggested'
  reason?: string
}

async function normalize(body: unknown): Promise<{ status: number; json: any }> {
  const res = await call('POST', '/v1/normalize', body)
  return { status: res.status, json: await readJson(res) }
}

describe('POST /v1/normalize', () => {
  it('makes exactly the three house-style changes in the seed article', async () => {
    const input = seedArticle()
    const { status, json } = await normalize({ text: input })
    expect(status).toBe(200)
    expect(json.language).toMatchObject({ code: 'en', source: 'detected' })
    expect(json.glossary).toEqual({ id: 'news', version: expect.any(String) })
    expect(json.warnings).toEqual([])
    const changes = json.changes as RenderedChange[]
    expect(changes.map((c) => [c.original, c.replacement])).toEqual([
      ['Plaza San Miguel', "St Michael's Square"],
      ['Kiev', 'Kyiv'],
      ['Volodímir Zelenski', 'Volodymyr Zelensky'],
    ])
    for (const change of changes) {
      expect(input.slice(change.start, change.end)).toBe(change.original)
      expect(Object.keys(change).sort()).toEqual(
        ['column', 'concept', 'end', 'endColumn', 'endLine', 'language', 'line', 'message', 'original', 'replacement', 'rule', 'start', 'status'].sort(),
      )
      expect(change.language).toBe('en')
      expect(change.message).toContain(`“${change.replacement}”`)
      expect(change.message).toContain(`“${change.original}”`)
    }
    expect(applyPatch(input, json.diff)).toBe(json.text)
    expect(json.text).not.toMatch(/Kiev|Zelenski|Plaza San Miguel/)
  })

  it('renders the rule message and the concept note', async () => {
    const { json } = await normalize({ text: 'The delegation arrived in Kiev on Monday.', language: 'en' })
    const [change] = json.changes as RenderedChange[]
    expect(change).toMatchObject({
      start: 26,
      end: 30,
      original: 'Kiev',
      replacement: 'Kyiv',
      concept: 'kyiv',
      rule: 'preferred-form',
      message: 'Use “Kyiv” rather than “Kiev” (house style)',
    })
    expect(json.language).toEqual({ code: 'en', confidence: 1, source: 'declared', explanation: 'Declared in the request: English' })
  })

  it('includes the note of a concept that has one', async () => {
    const glossary = await readJson(await call('GET', '/v1/glossaries/news'))
    const kyiv = glossary.concepts.find((c: { id: string }) => c.id === 'kyiv')
    const { json } = await normalize({ text: 'The delegation arrived in Kiev on Monday.', language: 'en' })
    const note = typeof kyiv.note === 'string' ? kyiv.note : kyiv.note.en
    expect(json.concepts).toEqual({ kyiv: { note } })
    expect(json.changes[0].note).toBeUndefined()
  })

  it('puts the deprecated note back on each change when include asks for "changes.note"', async () => {
    const text = 'Kiev, then Kiev again.'
    const { json } = await normalize({ text, language: 'en', include: ['changes', 'changes.note'] })
    expect(Object.keys(json)).toEqual(['glossary', 'changes', 'locale'])
    expect(json.changes).toHaveLength(2)
    for (const change of json.changes) expect(change.note).toMatch(/romanization/)
  })

  it('accepts a region subtag and uses its primary language', async () => {
    const { status, json } = await normalize({ text: 'They met in Kiev.', language: 'en-GB' })
    expect(status).toBe(200)
    expect(json.language).toMatchObject({ code: 'en', source: 'declared' })
    expect(json.text).toBe('They met in Kyiv.')
  })

  it('uses the default glossary when none is named, and the named one otherwise', async () => {
    const a = await normalize({ text: 'Kiev' , language: 'en' })
    const b = await normalize({ text: 'Kiev', language: 'en', glossary: 'news' })
    expect(a.json).toEqual(b.json)
  })

  it('returns the text unchanged, with an empty diff patch, when nothing applies', async () => {
    const input = 'Nothing to change in this sentence about the weather.'
    const { status, json } = await normalize({ text: input, language: 'en' })
    expect(status).toBe(200)
    expect(json.text).toBe(input)
    expect(json.changes).toEqual([])
    expect(applyPatch(input, json.diff)).toBe(input)
  })

  it('accepts an empty text', async () => {
    const { status, json } = await normalize({ text: '' })
    expect(status).toBe(200)
    expect(json.text).toBe('')
    expect(json.changes).toEqual([])
  })

  it('ignores extra fields', async () => {
    const { status, json } = await normalize({ text: 'Kiev', language: 'en', extra: { deep: [1, 2, 3] }, options: null })
    expect(status).toBe(200)
    expect(json.text).toBe('Kyiv')
  })

  it('keeps offsets in UTF-16 code units around astral characters', async () => {
    const input = '🇺🇦 Kiev 🇺🇦 Kiev'
    const { json } = await normalize({ text: input, language: 'en' })
    for (const change of json.changes as RenderedChange[]) expect(input.slice(change.start, change.end)).toBe(change.original)
    expect(json.text).toBe('🇺🇦 Kyiv 🇺🇦 Kyiv')
    expect(applyPatch(input, json.diff)).toBe(json.text)
  })

  describe('"apply" and suggestions', () => {
    // The story never says Ukraine: which Odessa is meant is not decided by the text.
    const text = 'The port of Odessa reopened to grain ships on Monday.\n\nOfficials in Kiev welcomed the news.'
    const odessaFree = 'The port of Odessa reopened to grain ships on Monday, the harbour master said.'

    it('reports a finding the context does not decide as a suggestion with its reason, and leaves it in the text', async () => {
      const { status, json } = await normalize({ text: odessaFree, language: 'en' })
      expect(status).toBe(200)
      expect(json.text).toBe(odessaFree)
      expect(json.diff).not.toContain('@@')
      expect(json.changes).toEqual([expect.objectContaining({
        original: 'Odessa', replacement: 'Odesa', status: 'suggested', reason: 'context-missing',
        message: expect.stringMatching(/^Use “Odesa” rather than “Odessa”.*\. Not applied: nothing in the text shows/),
      })])
    })

    it('looks for the context in the whole text, not only the sentence', async () => {
      const { json } = await normalize({ text, language: 'en' })
      expect(json.text).toBe('The port of Odesa reopened to grain ships on Monday.\n\nOfficials in Kyiv welcomed the news.')
      expect((json.changes as RenderedChange[]).map((c) => [c.original, c.status])).toEqual([['Odessa', 'applied'], ['Kiev', 'applied']])
    })

    it('applies suggestions too with "all", and says why it was not sure', async () => {
      const all = await normalize({ text: odessaFree, language: 'en', apply: 'all' })
      expect(all.json.text).toBe(odessaFree.replace('Odessa', 'Odesa'))
      expect(all.json.changes).toEqual([expect.objectContaining({ status: 'applied', reason: 'context-missing' })])
      expect(applyPatch(odessaFree, all.json.diff)).toBe(all.json.text)
    })

    it('only checks with "none": the text comes back as sent and every finding is suggested', async () => {
      const input = `${odessaFree}\n\nZelenskyy spoke.`
      const { json } = await normalize({ text: input, language: 'en', apply: 'none' })
      expect(json.text).toBe(input)
      expect(json.diff).not.toContain('@@')
      expect((json.changes as RenderedChange[]).map((c) => [c.original, c.status, c.reason])).toEqual([
        ['Odessa', 'suggested', 'check-only'], ['Zelenskyy', 'suggested', 'check-only'],
      ])
    })

    it('renders the reason in the locale asked for', async () => {
      const { json } = await normalize({ text: odessaFree, language: 'en', locale: 'de' })
      expect(json.changes[0].message).toMatch(/^„Odesa“ statt „Odessa“ verwenden.*\. Nicht übernommen: nichts im Text zeigt/)
    })

    it('holds the changes when the declared language disagrees with a confident detection, and says so', async () => {
      const german = 'Russische Raketen trafen in der Nacht Kiew, teilte die Militärverwaltung am Morgen mit.'
      const { json } = await normalize({ text: german, language: 'en' })
      expect(json.text).toBe(german)
      expect(json.changes).toEqual([expect.objectContaining({
        original: 'Kiew', replacement: 'Kyiv', status: 'suggested', reason: 'language-mismatch',
        message: expect.stringContaining('Not applied: the text looks like German rather than the declared English'),
      })])
      expect(json.warnings).toEqual([expect.objectContaining({ code: 'language-mismatch', language: 'en', detected: 'de', message: expect.stringMatching(/^The text looks like German/) })])
      // Declared right, or too short to tell: applied as before.
      expect((await normalize({ text: german, language: 'de' })).json.text).toBe(german.replace('Kiew', 'Kyjiw'))
      expect((await normalize({ text: 'Zelenskyy in Kiev', language: 'en' })).json.changes.every((c: RenderedChange) => c.status === 'applied')).toBe(true)
    })

    it('rejects an unknown mode with a message that lists the modes', async () => {
      const { status, json } = await normalize({ text, apply: 'some' })
      expect(status).toBe(400)
      expect(json.error).toMatchObject({ code: 'invalid_field', message: '"apply" must be "confident", "all" or "none"' })
    })
  })
})
