import type { Handler } from 'hono'
import { exchangeFormats } from '../../core/glossary/exchange/index.js'
import { formLanguages } from '../../core/glossary/exchange/pairs.js'
import type { Copydesk } from '../../core/api.js'
import type { AppEnv } from '../env.js'
import { HttpError } from '../http-error.js'

const FORMATS = Object.keys(exchangeFormats)

/**
 * `GET /v1/glossaries/:id/export?format=tbx|csv|deepl|google|amazon[&from=&to=]` → the glossary
 * in a format translation tools read, as a download named after the glossary, pair and version.
 * What each format cannot carry is in docs/glossary-exchange.md; what this export loses, field by
 * field, is in the `Copydesk-Not-Carried` header.
 */
export function exportGlossaryRoute(copydesk: Copydesk): Handler<AppEnv, '/:id/export'> {
  return (c) => {
    const id = c.req.param('id')
    const glossary = copydesk.glossary(id)
    if (!glossary) throw new HttpError(404, 'unknown_glossary', { glossary: id.slice(0, 128), available: copydesk.glossaries().map((g) => g.id) })
    const formatId = c.req.query('format') ?? ''
    const format = Object.hasOwn(exchangeFormats, formatId) ? exchangeFormats[formatId]! : undefined
    if (!format) throw new HttpError(400, 'invalid_field', { field: 'format', context: 'export_format', formats: FORMATS })
    let pair: { from: string; to: string } | undefined
    if (format.needsPair) {
      const languages = formLanguages(glossary)
      const from = c.req.query('from') ?? ''
      const to = c.req.query('to') ?? ''
      for (const [field, value, other] of [['from', from, to], ['to', to, from]] as const) {
        if (!languages.includes(value) || value === other) {
          throw new HttpError(400, 'invalid_field', { field, context: 'export_pair', format: format.id, languages })
        }
      }
      pair = { from, to }
    }
    const body = format.export(glossary, pair)
    // What the file loses of this glossary, by field (docs/glossary-exchange.md): never silent.
    const notCarried = format.notCarried(glossary, pair).map((r) => r.field)
    const name = [glossary.id, ...(pair ? [pair.from, pair.to] : []), glossary.version].join('-')
    return c.body(body, 200, {
      'content-type': format.mediaType,
      'content-disposition': `attachment; filename="${name}.${format.extension}"`,
      etag: `"${name}-${format.id}"`,
      'copydesk-not-carried': notCarried.join(', '),
    })
  }
}
