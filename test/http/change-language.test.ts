import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { NormalizeResponse, TranslateResponse } from '../../src/http/schemas/index.js'
import { call, json, translateCall } from './support/call.js'

interface Change {
  start: number
  end: number
  original: string
  replacement: string
  language: string
}

const found = (changes: Change[]) => changes.map((c) => [c.original, c.replacement, c.language])

async function normalize(body: unknown): Promise<any> {
  const res = await call('POST', '/v1/normalize', body)
  expect(res.status).toBe(200)
  const answer = await json(res)
  // The answer has the documented shape, `language` on every change included.
  expect(v.safeParse(NormalizeResponse, answer).issues).toBeUndefined()
  return answer
}

/**
 * Each change says, as a code, the language whose house style it followed (docs/api.md,
 * "Changes"): the copy's, or that of a quotation or a block in another language
 * (docs/changes.md, "Quotations and paragraphs in another language"), which the message alone
 * said in words.
 */
describe('the language of each change', () => {
  // As src/core/copydesk.foreign-spans.test.ts: an English quotation in Spanish copy.
  const spanish = 'El presidente Volodymyr Zelensky habló desde Kyiv y dijo en inglés: "We will defend Kyiv and Kharkov". Luego viajó a Kharkiv.'

  it('is the quotation’s (en) inside an English quotation of Spanish copy, the copy’s (es) elsewhere', async () => {
    const body = await normalize({ text: spanish, language: 'es' })
    expect(body.language.code).toBe('es')
    expect(body.text).toBe('El presidente Volodímir Zelenski habló desde Kiev y dijo en inglés: "We will defend Kyiv and Kharkiv". Luego viajó a Járkov.')
    expect(found(body.changes)).toEqual([
      ['Volodymyr Zelensky', 'Volodímir Zelenski', 'es'],
      ['Kyiv', 'Kiev', 'es'],
      ['Kharkov', 'Kharkiv', 'en'],
      ['Kharkiv', 'Járkov', 'es'],
    ])
    const quotation = [spanish.indexOf('"We'), spanish.indexOf('". ')]
    for (const change of body.changes as Change[]) {
      expect(spanish.slice(change.start, change.end)).toBe(change.original)
      const inside = change.start > quotation[0]! && change.end <= quotation[1]!
      expect(change.language, change.original).toBe(inside ? 'en' : 'es')
    }
  })

  it('is the same whether the language was declared or detected, and in a batch', async () => {
    const detected = await normalize({ text: spanish })
    expect(detected.language).toMatchObject({ code: 'es', source: 'detected' })
    const declared = await normalize({ text: spanish, language: 'es' })
    expect(found(detected.changes)).toEqual(found(declared.changes))
    const res = await call('POST', '/v1/normalize/batch', { documents: [{ text: spanish, language: 'es', include: ['changes'] }] })
    expect(found((await json(res)).results[0].changes)).toEqual(found(declared.changes))
  })

  it('is each block’s in a Markdown document with blocks in two languages', async () => {
    const text = '# Zelensky en Kharkiv\n\nEl presidente Volodymyr Zelensky visitó el lunes la ciudad de Kharkiv, en el este del país.\n\nPresident Volodimir Zelenskyy spoke in Kiev on Monday about the war and the attacks on the city.\n'
    const body = await normalize({ text, format: 'markdown' })
    const blocks = body.language.blocks as { start: number; end: number; code: string }[]
    // Runs of prose: the Spanish heading and paragraph are one run, the English paragraph another.
    expect(blocks.map((b) => b.code)).toEqual(['es', 'en'])
    expect(found(body.changes)).toEqual([
      ['Zelensky', 'Zelenski', 'es'],
      ['Kharkiv', 'Járkov', 'es'],
      ['Volodymyr Zelensky', 'Volodímir Zelenski', 'es'],
      ['Kharkiv', 'Járkov', 'es'],
      ['Volodimir Zelenskyy', 'Volodymyr Zelensky', 'en'],
      ['Kiev', 'Kyiv', 'en'],
    ])
    for (const change of body.changes as Change[]) {
      const block = blocks.find((b) => b.start <= change.start && change.end <= b.end)
      expect(change.language, change.original).toBe(block?.code)
    }
  })

  it('is a plain code, in every locale of the messages, beside the message that names it', async () => {
    const en = await normalize({ text: spanish, language: 'es', include: ['changes'], locale: 'en' })
    const de = await normalize({ text: spanish, language: 'es', include: ['changes'], locale: 'de' })
    expect(de.changes.map((c: Change) => c.language)).toEqual(en.changes.map((c: Change) => c.language))
    expect(Object.keys(en.changes[0])).toEqual(['start', 'end', 'line', 'column', 'endLine', 'endColumn', 'original', 'replacement', 'concept', 'rule', 'language', 'message', 'status'])
  })

  it('is on the changes of a translation (the target’s house style)', async () => {
    const res = await translateCall('POST', '/v1/translate', { text: 'ENGINE-GLUES El alcalde de Járkov habló.', from: 'es', to: 'en' })
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(found(body.changes)).toEqual([['Járkov', 'Kharkiv', 'en']])
    expect(v.safeParse(TranslateResponse, body).issues).toBeUndefined()
  })
})
