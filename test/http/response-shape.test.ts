import { applyPatch } from 'diff'
import { describe, expect, it } from 'vitest'
import { call, json } from './support/call.js'

/** The answer of POST /v1/normalize as API 1.2 shapes it for its readers (docs/api.md). */
async function normalize(body: unknown): Promise<any> {
  const res = await call('POST', '/v1/normalize', body)
  expect(res.status).toBe(200)
  return json(res)
}

describe('the normalize answer', () => {
  it('keeps the parts in a stable order', async () => {
    const body = await normalize({ text: 'Kiev', language: 'en' })
    expect(Object.keys(body)).toEqual(['text', 'language', 'glossary', 'changes', 'concepts', 'diff', 'warnings', 'locale'])
  })

  it('gives each concept once in concepts, however many changes it has', async () => {
    const body = await normalize({ text: 'Kiev, Kiev and Kharkov.', language: 'en' })
    expect(body.changes.map((c: { concept: string }) => c.concept)).toEqual(['kyiv', 'kyiv', 'kharkiv'])
    expect(Object.keys(body.concepts)).toEqual(['kyiv', 'kharkiv'])
    expect(body.concepts.kyiv.note).toMatch(/romanization/)
    for (const change of body.changes) expect(change).not.toHaveProperty('note')
  })

  it('sends only the parts asked for with include', async () => {
    const body = await normalize({ text: 'Kiev', language: 'en', include: ['changes'] })
    expect(Object.keys(body)).toEqual(['glossary', 'changes', 'locale'])
    const text = await normalize({ text: 'Kiev', language: 'en', include: ['text', 'diff'] })
    expect(text).toEqual({ text: 'Kyiv', glossary: expect.any(Object), diff: expect.stringContaining('+Kyiv'), locale: 'en' })
    expect(Object.keys(await normalize({ text: 'Kiev', include: [] }))).toEqual(['glossary', 'locale'])
  })

  it('refuses an unknown part, naming the field and the parts', async () => {
    const res = await call('POST', '/v1/normalize', { text: 'Kiev', include: ['changes', 'notes'] })
    expect(res.status).toBe(400)
    expect((await json(res)).error).toMatchObject({ code: 'invalid_field', message: expect.stringMatching(/^"include\[1\]" must name a part of the answer: "text"/) })
    const notArray = await call('POST', '/v1/normalize', { text: 'Kiev', include: 'changes' })
    expect((await json(notArray)).error.message).toMatch(/^"include" must name a part/)
  })

  it('has an empty diff when nothing changed, and a patch that applies when something did', async () => {
    const unchanged = await normalize({ text: 'Kyiv is the capital.\n', language: 'en' })
    expect(unchanged.changes).toEqual([])
    expect(unchanged.diff).toBe('')
    const input = 'Line one.\nKiev is here.\n'
    const changed = await normalize({ text: input, language: 'en' })
    expect(applyPatch(input, changed.diff)).toBe(changed.text)
  })

  it('gives 1-based line and column beside the UTF-16 offsets', async () => {
    const input = 'First line.\r\nSecond: 🇺🇦 Kiev,\nthird: Kharkov.'
    const body = await normalize({ text: input, language: 'en' })
    const [kiev, kharkov] = body.changes
    expect(input.slice(kiev.start, kiev.end)).toBe('Kiev')
    // "🇺🇦" is four UTF-16 code units; the column counts them, like the offsets.
    expect(kiev).toMatchObject({ line: 2, column: 14, endLine: 2, endColumn: 18 })
    expect(kharkov).toMatchObject({ line: 3, column: 8, endLine: 3, endColumn: 15 })
    const lines = input.split('\n')
    expect(lines[kiev.line - 1]!.slice(kiev.column - 1, kiev.endColumn - 1)).toBe('Kiev')
  })

  it('rounds confidence to three decimals', async () => {
    const body = await normalize({ text: 'The delegation arrived in Kiev on Monday after a long journey across the border.' })
    expect(body.language.source).toBe('detected')
    expect(Math.round(body.language.confidence * 1000) / 1000).toBe(body.language.confidence)
    const detect = await json(await call('POST', '/v1/detect', { text: 'Der Präsident sprach am Montag in Kiew über den Krieg.' }))
    for (const { score } of detect.candidates) expect(Math.round(score * 1000) / 1000).toBe(score)
  })

  describe('warns when text sent as "text" looks like markup', () => {
    it.each([
      ['HTML', '<p>The mayor of <a href="/kiev">Kiev</a> spoke.</p>', 'html'],
      ['a Markdown link', 'See [the Kiev story](https://example.com/kiev).', 'markdown'],
      ['Markdown blocks', '# Kiev\n\n- the mayor spoke\n- the council met', 'markdown'],
    ])('%s', async (_, text, looksLike) => {
      const body = await normalize({ text, language: 'en' })
      expect(body.warnings).toContainEqual({ code: 'format-looks-like-markup', looksLike, message: expect.stringContaining(`"format": "${looksLike}"`) })
      const declared = await normalize({ text, language: 'en', format: looksLike })
      expect(declared.warnings.map((w: { code: string }) => w.code)).not.toContain('format-looks-like-markup')
    })

    it.each([['prose with a hash', 'Kiev is #1 on the list, 3 < 4 and 5 > 2.'], ['one dash line', '- Kiev said so.']])('but not for %s', async (_, text) => {
      const body = await normalize({ text, language: 'en' })
      expect(body.warnings).toEqual([])
    })
  })
})
