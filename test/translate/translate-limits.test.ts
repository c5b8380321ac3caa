import { describe, expect, it } from 'vitest'
import type { Change } from '../../src/core/normalize/change.js'
import { createApp } from '../../src/http/index.js'
import { capTranslateResult } from '../../src/http/limits.js'
import { workersAi } from '../../src/translate/providers/workers-ai/index.js'
import { createTranslator, DEFAULT_TRANSLATE_TIMEOUT_MS, type TranslateResult } from '../../src/translate/translate.js'
import { requestInit } from '../http/support/request-init.js'
import aiStandIn from '../workers/stand-ins/ai.js'
import { copydesk } from './support.js'

// POST /v1/translate under the same answer limits as normalize (docs/hardening.md): at most
// MAX_CHANGES changes and protected names listed, each cut with its warning, and an answer over
// MAX_RESPONSE_BYTES refused. Before, 1 MiB of a repeated name listed ~210,000 protected names
// (an 18.6 MB answer, past MAX_RESPONSE_BYTES) and peaked at 160 MB in workerd.
function app(config: { maxChanges?: number; maxResponseBytes?: number }) {
  const translator = createTranslator({ copydesk, providers: [workersAi({ apertiumUrl: undefined, deeplAuthKey: undefined, deeplServerUrl: undefined, timeoutMs: DEFAULT_TRANSLATE_TIMEOUT_MS, ai: aiStandIn(), fetch })!] })
  const service = createApp({ copydesk, translator, config, log: () => {} })
  return (body: unknown) => service.request('/v1/translate', requestInit('POST', body))
}

describe('translate answer limits', () => {
  const text = 'El presidente Volodímir Zelenski visitó Kiev. '.repeat(6).trim()

  it('lists at most MAX_CHANGES protected names, with a protected-truncated warning and the full count', async () => {
    const res = await app({ maxChanges: 4 })({ text, from: 'es', to: 'en' })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { text: string; protected: { original: string; start: number }[]; warnings: { code: string; total?: number; listed?: number; message: string }[] }
    expect(body.text).toBe('The president Volodymyr Zelensky visited Kyiv. '.repeat(6).trim()) // every name, listed or not
    expect(body.protected.map((p) => p.original)).toEqual(['Volodímir Zelenski', 'Kiev', 'Volodímir Zelenski', 'Kiev'])
    const warning = body.warnings.find((w) => w.code === 'protected-truncated')
    expect(warning).toMatchObject({ total: 12, listed: 4 })
    expect(warning?.message).toBe('Only the first 4 of 12 protected names are listed (MAX_CHANGES); the translation carries them all')
  })

  it('renders the warning in the locale asked for', async () => {
    const res = await app({ maxChanges: 4 })({ text, from: 'es', to: 'en', locale: 'es' })
    const body = (await res.json()) as { warnings: { code: string; message: string }[] }
    expect(body.warnings.find((w) => w.code === 'protected-truncated')?.message).toBe('Solo se listan los primeros 4 de 12 nombres protegidos (MAX_CHANGES); la traducción los lleva todos')
  })

  it('leaves an answer within the limits as it is', async () => {
    const body = (await (await app({})({ text, from: 'es', to: 'en' })).json()) as { protected: unknown[]; warnings: { code: string }[] }
    expect(body.protected).toHaveLength(12)
    expect(body.warnings.map((w) => w.code)).not.toContain('protected-truncated')
  })

  it('refuses an answer larger than MAX_RESPONSE_BYTES with 422 response_too_large', async () => {
    const res = await app({ maxResponseBytes: 65_536 })({ text: `${text} `.repeat(800), from: 'es', to: 'en' })
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('response_too_large')
  })

  it('cuts the changes too, with the changes-truncated warning', () => {
    const change: Change = { start: 0, end: 4, original: 'Kiev', replacement: 'Kyiv', concept: 'kyiv', rule: 'preferred-form', language: 'en', preferred: 'Kyiv', status: 'applied' }
    const result: TranslateResult = {
      text: 'Kyiv',
      source: { code: 'es', confidence: 1, source: 'declared' },
      target: 'en',
      provider: { id: 'workers-ai', engine: 'm2m100' },
      glossary: { id: 'news', version: '1' },
      machineTranslation: 'Kiev',
      changes: [change, change, change],
      diff: '',
      protected: [],
      warnings: [],
    }
    const capped = capTranslateResult(result, 2)
    expect(capped.changes).toHaveLength(2)
    expect(capped.warnings).toEqual([{ code: 'changes-truncated', total: 3, listed: 2 }])
    expect(capTranslateResult(result, 3)).toBe(result)
  })
})

describe('translate warnings over HTTP', () => {
  it("says where a name's case is left to the editor, in the caller's locale", async () => {
    const text = 'Alert in Kyiv. Aid from Kyiv arrived.'
    const res = await app({})({ text, from: 'en', to: 'pl', locale: 'de' })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { text: string; protected: { form: string }[]; warnings: { code: string; start: number; end: number; message: string }[] }
    // "w" decides the locative; "z" leaves the genitive and the instrumental, which differ.
    expect(body.text).toBe('Alarm w Kijowie. Pomoc z Kijów dotarła.')
    expect(body.protected.map((p) => p.form)).toEqual(['Kijowie', 'Kijów'])
    expect(body.warnings).toEqual([{
      code: 'name-case-unsure', concept: 'kyiv', original: 'Kyiv', form: 'Kijów', start: 24, end: 28,
      message: 'Der Name „Kyiv“ steht als „Kijów“ in der Grundform, obwohl die Wörter davor in der Übersetzung einen anderen Kasus verlangen; bitte beugen',
    }])
  })

  it('says so for the listed names only, as many as MAX_CHANGES, and that more are not listed', async () => {
    const res = await app({ maxChanges: 4 })({ text: 'Aid from Kyiv arrived. '.repeat(12), from: 'en', to: 'pl' })
    const body = (await res.json()) as { text: string; protected: unknown[]; warnings: { code: string; total?: number }[] }
    expect(body.text).toBe('Pomoc z Kijów dotarła. '.repeat(12))
    expect(body.protected).toHaveLength(4)
    expect(body.warnings.map((w) => w.code)).toEqual([...Array<string>(4).fill('name-case-unsure'), 'protected-truncated'])
    expect(body.warnings.at(-1)).toMatchObject({ total: 12, listed: 4 })
  })
})
