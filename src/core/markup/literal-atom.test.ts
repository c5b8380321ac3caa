import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../copydesk.js'
import { glossaries } from '../../generated/glossaries.js'
import { ATOM } from './types.js'

const copydesk = createCopydesk({ glossaries })

/**
 * The atom's character (types.ts) can be written in the copy itself. There it is prose: a URL
 * running through it is protected whole, where an inline element still ends it.
 */
describe('the atom character written in the copy', () => {
  it.each([
    ['markdown', `See https://news.example/a${ATOM}Kiev/b and Kiev.`, `See https://news.example/a${ATOM}Kiev/b and Kyiv.`],
    ['html', `<p>See https://news.example/a${ATOM}Kiev/b and Kiev.</p>`, `<p>See https://news.example/a${ATOM}Kiev/b and Kyiv.</p>`],
    ['html', '<p>See https://news.example/a&brvbar;Kiev/b and Kiev.</p>', '<p>See https://news.example/a&brvbar;Kiev/b and Kyiv.</p>'],
    ['markdown', `Kiev ${ATOM} Kiev`, `Kyiv ${ATOM} Kyiv`],
  ] as const)('%s: %s', (format, text, expected) => {
    const result = copydesk.normalize({ text, format, language: 'en' })
    expect(result.text).toBe(expected)
    for (const change of result.changes) expect(text.slice(change.start, change.end)).toBe(change.original)
  })

  it('still ends a URL at an inline element', () => {
    const text = '<p>See https://news.example/a<img src="x.jpg">Kiev and Kiev.</p>'
    expect(copydesk.normalize({ text, format: 'html', language: 'en' }).text).toBe('<p>See https://news.example/a<img src="x.jpg">Kyiv and Kyiv.</p>')
  })
})
