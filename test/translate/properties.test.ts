import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { document, listDocument, richDocument, tableDocument } from '../../src/core/markup/fixtures/markdown-documents.js'
import { placeholders } from '../../src/translate/protect.js'
import type { TranslationProvider } from '../../src/translate/provider.js'
import { createTranslator } from '../../src/translate/translate.js'
import { splitUnits } from '../../src/translate/units.js'
import { copydesk } from './support.js'

/** An engine that answers each text as it was sent: what the pipeline does around it is tested. */
const echo: TranslationProvider = {
  id: 'echo',
  engine: 'echo',
  protection: placeholders,
  pairs: async () => [{ from: 'en', to: 'es' }],
  translate: async (request) => ({ texts: [...request.texts] }),
}
const translator = createTranslator({ copydesk, providers: [echo] })

/** HTML whose elements carry prose attributes (title, alt, aria-label) before, after and around their text. */
const PROSE = ['Kiev', 'the Kiev desk', 'Zelenskyy said', 'Kharkov &amp; Kiev', 'a < b', '']
const html = fc.array(fc.tuple(
  fc.constantFrom('a', 'span', 'img', 'p', 'abbr', 'button'),
  fc.constantFrom('title', 'alt', 'aria-label', 'href', 'data-x'),
  fc.constantFrom(...PROSE),
  fc.constantFrom(...PROSE),
  fc.constantFrom(' ', '', ', ', '. '),
), { maxLength: 8 }).map((elements) => elements
  .map(([tag, name, value, text, after]) => (tag === 'img' ? `<img ${name}="${value}" src="k.jpg">` : `<${tag} ${name}="${value}">${text}</${tag}>`) + after)
  .join(''))

/**
 * Every document translates, and what lies between its units (tags, code, URLs, attributes not
 * prose) comes back byte for byte, in order. A link title before its text made joinUnits throw.
 */
function holds(text: string, format: 'markdown' | 'html'): Promise<void> {
  return translator.translate({ text, format, from: 'en', to: 'es' }).then((result) => {
    const units = splitUnits(text, format)
    let at = 0
    let cursor = 0
    for (const unit of [...units, { start: text.length, end: text.length }]) {
      const gap = text.slice(at, unit.start)
      const found = result.machineTranslation.indexOf(gap, cursor)
      expect(found, JSON.stringify({ text, gap })).toBeGreaterThanOrEqual(cursor)
      cursor = found + gap.length
      at = unit.end
    }
  })
}

describe('translating any document', () => {
  for (const [name, documents] of [['plain', document], ['rich', richDocument], ['tables', tableDocument], ['lists', listDocument]] as const) {
    it(`Markdown (${name}): never throws, and keeps what is not prose`, async () => {
      await fc.assert(fc.asyncProperty(documents, (text) => holds(text, 'markdown')), { numRuns: 200 })
    })
  }

  it('HTML with prose attributes: never throws, and keeps what is not prose', async () => {
    await fc.assert(fc.asyncProperty(html, (text) => holds(`<p>${text}</p>`, 'html')), { numRuns: 500 })
  })
})
