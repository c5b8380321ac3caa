import { describe, expect, it } from 'vitest'
import { BODY_LIMIT, measureWorkerdMemory, shapes, type WorkerdMemory } from '../../scripts/workerd-memory.js'

// Issue 15: "Peak memory for any valid 1 MiB request ≤ 128 MB above idle … in workerd" (a
// Worker has 128 MB). The real worker bundle in real local workerd (Miniflare, 127.0.0.1), a
// fresh workerd process per request shape; memory is the process's, from Linux's /proc (VmHWM
// reset before the request), so the test runs on Linux only. Before the caps, one 1 MiB
// repeated-name request peaked at 1.3 GB here. Bounded: one 1 MiB request per shape, one
// workerd process at a time; each start compiles the glossaries, which is most of the time.
const BUDGET_MB = 128
const MAX_CHANGES = 5000 // the default

type Answer = Record<string, any>

describe.skipIf(process.platform !== 'linux')('memory of 1 MiB requests in workerd', () => {
  it('stays within 128 MB above idle for every shape of valid 1 MiB request, with correct answers', { timeout: 300_000 }, async () => {
    const list = shapes()
    for (const shape of list) expect(Buffer.byteLength(shape.body), shape.name).toBeLessThanOrEqual(BODY_LIMIT)
    // One workerd at a time: the other tests of the suite share the cores meanwhile.
    const rows = await measureWorkerdMemory(list, { parallel: 1 })
    const row = (prefix: string): WorkerdMemory & { answer: Answer } => rows.find((r) => r.shape.startsWith(prefix))! as WorkerdMemory & { answer: Answer }
    const input = (prefix: string) => JSON.parse(list.find((s) => s.name.startsWith(prefix))!.body) as Answer

    for (const r of rows) {
      expect(r.status, r.shape).toBe(200)
      // The process measured is a workerd with the worker loaded (V8, glossaries, language data).
      expect(r.idleMb, r.shape).toBeGreaterThan(50)
      expect(r.peakAboveIdleMb, `${r.shape}: ${r.peakAboveIdleMb.toFixed(1)} MB above idle`).toBeLessThanOrEqual(BUDGET_MB)
      expect(r.answerBytes, r.shape).toBeLessThanOrEqual(16 * 1024 * 1024) // MAX_RESPONSE_BYTES
    }

    const truncated = (answer: Answer) => answer.warnings.find((w: Answer) => w.code === 'changes-truncated')
    const repeated = row('repeated name').answer
    expect(repeated.text).toBe(input('repeated name').text.replaceAll('Kiev', 'Kyiv'))
    expect(repeated.changes).toHaveLength(MAX_CHANGES)
    expect(truncated(repeated)).toMatchObject({ total: 209_706, listed: MAX_CHANGES })

    const article = row('name-dense article').answer
    expect(article.text).toContain('Troops withdrew from Kyiv and Kharkiv as Zelensky visited Odesa.')
    expect(article.text).toContain('chicken Kiev') // the dish keeps its name
    expect(truncated(article).total).toBeGreaterThan(MAX_CHANGES)

    const everything = row('name-dense article, include everything').answer
    expect(everything.changes[0].note).toEqual(expect.any(String))
    expect(everything.concepts.kyiv).toBeDefined()
    expect(everything.diff).toMatch(/^-.*\n\+/m)

    const html = row('HTML').answer
    expect(html.text).toContain('<p class="lede"><a href="/world/europe">Troops withdrew from <strong><em>Kyiv</em></strong> and Kharkiv')
    const markdown = row('Markdown').answer
    expect(markdown.text).toContain('[Kyiv](https://example.org/Kiev)') // the link's target is not prose

    // The cells past the header's count are read (CommonMark's table extension drops them).
    expect(row('Markdown table').answer.text).toMatch(/^\| .* \| Kyiv \| .* \|$/m)
    expect(row('Markdown table').answer.text).not.toMatch(/\| Kiev \|/)

    const plain = row('text without names')
    expect(plain.answer.text).toBe(input('text without names').text)
    expect(plain.answer.changes).toEqual([])

    const mixed = row('short paragraphs').answer
    expect(mixed.language.code).toBe('en') // no language decides the whole text: the glossary's fallback
    expect(mixed.text).toContain('Officials in Kyiv met the mayor on Monday.')

    const batch = row('batch, 100 documents of the').answer.results
    expect(batch).toHaveLength(100)
    for (const result of batch) expect(result.text).toContain('Kyiv')
    // 100 answers of ~2,000 changes each would be ~50 MB: the first ones fit MAX_RESPONSE_BYTES,
    // the others are refused one by one, in order.
    const names = row('batch, 100 documents of a repeated name').answer.results as Answer[]
    expect(names).toHaveLength(100)
    const answered = names.findIndex((result) => result.text === undefined)
    expect(answered).toBeGreaterThan(0)
    for (const result of names.slice(0, answered)) expect(result.text.startsWith('Kyiv Kyiv ')).toBe(true)
    for (const result of names.slice(answered)) expect(result.error.code).toBe('response_too_large')

    const translatedNames = row('translate, repeated name').answer
    expect(translatedNames.text.startsWith('Kyiv Kyiv ')).toBe(true)
    expect(translatedNames.protected).toHaveLength(MAX_CHANGES)
    expect(translatedNames.warnings).toContainEqual(expect.objectContaining({ code: 'protected-truncated', total: 209_705, listed: MAX_CHANGES }))
    expect(row('translate (stand-in').answer.text).toContain('The president Volodymyr Zelensky visited Kyiv and spoke with the mayor.')
  })
})
