import { applyPatch } from 'diff'
import { describe, expect, it } from 'vitest'
import { call, json as readJson } from './support/call.js'

async function normalize(body: unknown): Promise<{ status: number; json: any }> {
  const res = await call('POST', '/v1/normalize', body)
  return { status: res.status, json: await readJson(res) }
}

function expectExact(input: string, json: any): void {
  for (const change of json.changes) expect(input.slice(change.start, change.end)).toBe(change.original)
  expect(applyPatch(input, json.diff)).toBe(json.text)
}

describe('POST /v1/normalize with format', () => {
  it('html: changes the prose and the title attribute, never URLs, tags or entity style', async () => {
    const input = '<p>President <em>Volodímir</em> Zelenski visited <a href="https://kiev.ua/kiev" title="Kiev at night">Kiev</a>&rsquo;s centre, said the press office in the capital.</p>'
    const { status, json } = await normalize({ text: input, format: 'html', language: 'en' })
    expect(status).toBe(200)
    expect(json.text).toBe('<p>President <em>Volodymyr</em> Zelensky visited <a href="https://kiev.ua/kiev" title="Kyiv at night">Kyiv</a>&rsquo;s centre, said the press office in the capital.</p>')
    expect(json.changes.map((c: any) => c.message)).toContain('Use “Kyiv” rather than “Kiev” (house style)')
    expectExact(input, json)
  })

  it('html: leaves code, scripts and comments alone', async () => {
    const input = '<p>Kiev</p><pre><code>Kiev</code></pre><script>var city = "Kiev"</script><!-- Kiev --><style>.kiev{}</style>'
    const { json } = await normalize({ text: input, format: 'html', language: 'en' })
    expect(json.text).toBe('<p>Kyiv</p><pre><code>Kiev</code></pre><script>var city = "Kiev"</script><!-- Kiev --><style>.kiev{}</style>')
  })

  it('html: reports a name split by markup instead of breaking it', async () => {
    const input = '<p>Ki<b>ev</b> is the capital of Ukraine.</p>'
    const { json } = await normalize({ text: input, format: 'html', language: 'en' })
    expect(json.text).toBe(input)
    expect(json.warnings).toEqual([expect.objectContaining({ code: 'split-by-markup', start: 3, end: 10, concept: 'kyiv', original: 'Ki<b>ev', replacement: 'Kyiv', message: expect.stringContaining('Ki<b>ev') })])
  })

  it('html with "auto": detects each block and applies its glossary', async () => {
    const input = '<p>The president of Ukraine travelled to Kiev on Monday for talks with allies.</p>\n<p>El presidente de Ucrania viajó a Kyiv el lunes para reunirse con sus aliados.</p>'
    const { json } = await normalize({ text: input, format: 'html' })
    expect(json.text).toContain('travelled to Kyiv')
    expect(json.text).toContain('viajó a Kiev')
    expect(json.language.source).toBe('detected')
    expect(json.language.blocks.map((b: any) => b.code)).toEqual(['en', 'es'])
    expectExact(input, json)
  })

  it('markdown: changes headings, text and link text; never code or link destinations', async () => {
    const input = '# Kiev\n\nZelenskyy visited [Kiev](https://kiev.ua/kiev) and ran `kiev --help`.\n\n```\nKiev\n```\n'
    const { json } = await normalize({ text: input, format: 'markdown', language: 'en' })
    expect(json.text).toBe('# Kyiv\n\nZelensky visited [Kyiv](https://kiev.ua/kiev) and ran `kiev --help`.\n\n```\nKiev\n```\n')
    expectExact(input, json)
  })

  it('markdown: reports text nested too deep for the parser, in the locale asked for', async () => {
    const input = `Kiev first.\n\n${'>'.repeat(120)} Kiev is nested ${'very '.repeat(20)}deep.`
    const start = input.indexOf('Kiev is nested')
    const messages = new Set<string>()
    for (const locale of ['en', 'es', 'de', 'fr', 'uk']) {
      const { status, json } = await normalize({ text: input, format: 'markdown', language: 'en', locale })
      expect(status).toBe(200)
      expect(json.text).toBe(input.replace('Kiev first', 'Kyiv first'))
      expect(json.warnings).toEqual([{
        code: 'not-read', start, end: input.length, original: input.slice(start), reason: 'nesting-limit',
        message: expect.stringContaining(`${input.slice(start, start + 59)}…`),
      }])
      messages.add(json.warnings[0].message)
    }
    expect(messages.size).toBe(5)
    expect([...messages][0]).toBe(`The text “${input.slice(start, start + 59)}…” is nested too deeply in block quotes or lists to be read, so it was not normalized; check it`)
  })

  it('html: reports what an element left open hides where a browser would show it, in the locale asked for', async () => {
    // The <kbd> is never closed: from the <li> a browser ends it at, to the end, nothing is read.
    const input = '<p>Kiev</p><ul><li><kbd>Ctrl<li>Kiev is big.</ul><p>Kiev</p>'
    const start = input.indexOf('<li>Kiev')
    const end = input.length
    const messages = new Set<string>()
    for (const locale of ['en', 'es', 'de', 'fr', 'uk']) {
      const { status, json } = await normalize({ text: input, format: 'html', language: 'en', locale })
      expect(status).toBe(200)
      expect(json.text).toBe(input.replace('Kiev', 'Kyiv'))
      expect(json.warnings).toEqual([{ code: 'not-read', start, end, original: input.slice(start, end), reason: 'left-open', message: expect.stringContaining(input.slice(start, end)) }])
      messages.add(json.warnings[0].message)
    }
    expect(messages.size).toBe(5)
  })

  // The front matter's title is prose (markdown/front-matter.ts); what it cannot read or write
  // is said as what it is, not as markup: several lines, or quotes that cannot hold the name.
  it('markdown: says why a front matter title is not read or not changed, in the locale asked for', async () => {
    const input = "+++\ntitle = 'Tanks on Plaza San Miguel'\nsummary = \"\"\"\nKiev\n\"\"\"\n+++\n\nText.\n"
    const messages = new Set<string>()
    for (const locale of ['en', 'es', 'de', 'fr', 'uk']) {
      const { status, json } = await normalize({ text: input, format: 'markdown', language: 'en', locale })
      expect(status).toBe(200)
      expect(json.text).toBe(input)
      expect(json.warnings).toEqual([
        { code: 'split-by-markup', start: input.indexOf('Plaza'), end: input.indexOf('Plaza') + 16, concept: 'st_michaels_square', original: 'Plaza San Miguel', replacement: "St Michael's Square", reason: 'quoting', message: expect.stringContaining('Plaza San Miguel') },
        // From the value's first line of text: the message quotes "Kiev…", not the opening quotes.
        { code: 'not-read', start: input.indexOf('Kiev'), end: input.indexOf('Kiev') + 8, original: 'Kiev\n"""', reason: 'front-matter', message: expect.stringContaining('Kiev') },
      ])
      for (const w of json.warnings) messages.add(w.message)
    }
    expect(messages.size).toBe(10)
    // Neither message speaks of markup splitting a name.
    const { json } = await normalize({ text: input, format: 'markdown', language: 'en' })
    expect(json.warnings.map((w: { message: string }) => w.message).join(' ')).not.toMatch(/split by markup/)
  })

  it('html: reports the text of a form control and of inline SVG, not edited, in the locale asked for', async () => {
    const input = '<p>Kiev</p><select><option>Kiev</option></select><svg><text>Kiev</text></svg>'
    const messages = new Set<string>()
    for (const locale of ['en', 'es', 'de', 'fr', 'uk']) {
      const { status, json } = await normalize({ text: input, format: 'html', language: 'en', locale })
      expect(status).toBe(200)
      expect(json.text).toBe(input.replace('Kiev', 'Kyiv'))
      const at = (from: number) => input.indexOf('Kiev', from)
      expect(json.warnings).toEqual([
        { code: 'not-read', start: at(8), end: at(8) + 4, original: 'Kiev', reason: 'form-control', message: expect.stringContaining('Kiev') },
        { code: 'not-read', start: at(at(8) + 1), end: at(at(8) + 1) + 4, original: 'Kiev', reason: 'foreign-content', message: expect.stringContaining('Kiev') },
      ])
      for (const w of json.warnings) messages.add(w.message)
    }
    expect(messages.size).toBe(10)
  })

  it('markdown: suggests a name in a shortcut or collapsed reference link, whose text is its label, in the locale asked for', async () => {
    const messages = new Set<string>()
    for (const input of ['See [Kiev] for more.\n\n[kiev]: https://example.com/k\n', 'See [Kiev][] for more.\n\n[Kiev]: https://example.com/k\n']) {
      for (const locale of ['en', 'es', 'de', 'fr', 'uk']) {
        const { status, json } = await normalize({ text: input, format: 'markdown', language: 'en', locale, apply: 'all' })
        expect(status).toBe(200)
        expect(json.text).toBe(input)
        expect(json.warnings).toEqual([])
        expect(json.changes).toEqual([expect.objectContaining({ start: 5, end: 9, original: 'Kiev', replacement: 'Kyiv', status: 'suggested', reason: 'reference-label' })])
        expect(json.changes[0].message).toContain('Kiev')
        messages.add(json.changes[0].message)
        expectExact(input, json)
      }
    }
    expect(messages.size).toBe(5)
    expect(messages).toContain('Use “Kyiv” rather than “Kiev” (house style). Not applied: “Kiev” is also the reference label of a Markdown link, which must match the link’s definition: change it together with the definition')
  })

  it('markdown: suggests, with apply all too, a change that would make bracketed text a link, in the locale asked for', async () => {
    const input = 'See [Kiev] now.\n\n[kyiv]: https://example.com/k\n'
    const messages = new Set<string>()
    for (const locale of ['en', 'es', 'de', 'fr', 'uk']) {
      const { status, json } = await normalize({ text: input, format: 'markdown', language: 'en', locale, apply: 'all' })
      expect(status).toBe(200)
      expect(json.text).toBe(input)
      expect(json.changes).toEqual([expect.objectContaining({ start: 5, end: 9, original: 'Kiev', replacement: 'Kyiv', status: 'suggested', reason: 'creates-link' })])
      messages.add(json.changes[0].message)
      expectExact(input, json)
    }
    expect(messages.size).toBe(5)
    expect(messages).toContain('Use “Kyiv” rather than “Kiev” (house style). Not applied: in the output, the bracketed text would become a link to the document’s reference definition for “Kyiv”; in the input it is plain text')
  })

  it('refuses an unknown format, naming the field', async () => {
    const { status, json } = await normalize({ text: 'Kiev', format: 'docx' })
    expect(status).toBe(400)
    expect(json.error).toEqual({ code: 'invalid_field', message: '"format" must be "text", "markdown" or "html"', retryable: false })
  })

  it('returns truncated HTML with only word changes', async () => {
    const input = '<p>Kiev is <b>big'
    const { status, json } = await normalize({ text: input, format: 'html', language: 'en' })
    expect(status).toBe(200)
    expect(json.text).toBe('<p>Kyiv is <b>big')
  })
})
