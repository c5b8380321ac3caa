import type { StrapiEntry } from './payload.js'
import type { StrapiWriteBack } from './settings.js'
import { errorResult } from '../../errors.js'
import { message } from '../../messages.js'
import { alreadyWritten, sameJson } from '../../write-back/already-written.js'
import { versionConflict } from '../../write-back/conflict.js'
import type { FieldUpdate } from '../../normalize-fields.js'
import { cmsFailure, cmsRequest, errorId, isCmsResponse } from '../../write-back/http.js'
import type { WriteBackInput, WriteBackResult } from '../../write-back/types.js'


/**
 * Strapi 5 REST API (https://docs.strapi.io/cms/api/rest): `PUT /api/{pluralApiId}/{documentId}`
 * with `{"data": {…}}` and an API token as bearer. The query carries `status=draft`, so the
 * draft is updated and nothing is published on the editor's behalf (without it the REST API
 * publishes, https://docs.strapi.io/cms/api/rest/status), and `locale` for the entry's locale
 * (https://docs.strapi.io/cms/api/rest/locale).
 *
 * Strapi has no optimistic concurrency control (no version or If-Match on updates). The check
 * here, right before the write: GET the same draft and compare its `updatedAt` with the
 * delivery's, and the current values of the fields we write with the delivered ones; if either
 * differs, an edit happened since and nothing is written (409) — unless the entry already holds
 * exactly our values, which is our own earlier write (a retry after a lost answer): `written`.
 * A save landing between that GET and the PUT (one PUT round trip, at most `timeoutMs` plus the
 * GET's return trip) can still be overwritten on the fields we write (only those are sent);
 * docs/hardening.md says so, and why Strapi integrations are report-only unless opted in.
 */
export async function writeBackStrapi({ config, entry, updates, fetch }: WriteBackInput<StrapiWriteBack, StrapiEntry>): Promise<WriteBackResult> {
  const plural = config.collections[entry.uid]
  if (plural === undefined) {
    return { ok: false, result: errorResult(422, 'unknown_content_type', message('unknown-content-type', { uid: entry.uid })) }
  }
  const query = new URLSearchParams({ status: 'draft' })
  if (entry.locale !== undefined) query.set('locale', entry.locale)
  const url = `${config.baseUrl}/api/${encodeURIComponent(plural)}/${encodeURIComponent(entry.documentId)}?${query}`
  const auth = { authorization: `Bearer ${config.token}` }

  const current = await cmsRequest(fetch, 'Strapi', url, { method: 'GET', headers: auth }, config.timeoutMs)
  if (!isCmsResponse(current)) return { ok: false, result: current }
  if (current.status !== 200) return { ok: false, result: cmsFailure('Strapi', current, 'GET', errorId(current.json, 'error', 'name')) }
  const updatedAt = updatedAtOf(current.json)
  if (updatedAt === undefined) return { ok: false, result: errorResult(502, 'cms_unavailable', message('cms-incomplete', { cms: 'Strapi', field: 'updatedAt' })) }
  const now = (update: FieldUpdate) => attributesOf(current.json)?.[update.target.field]
  if (alreadyWritten(updates, now)) return { ok: true, outcome: { outcome: 'written', version: updatedAt } }
  const untouched = updates.every((update) => sameJson(now(update), update.target.value))
  if (Date.parse(updatedAt) !== Date.parse(entry.updatedAt) || !untouched) return { ok: false, result: versionConflict('Strapi', entry.updatedAt, updatedAt) }

  const data: Record<string, unknown> = {}
  for (const { target, value } of updates) data[target.field] = value
  const put = await cmsRequest(fetch, 'Strapi', url, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  }, config.timeoutMs)
  if (!isCmsResponse(put)) return { ok: false, result: put }
  if (put.status !== 200) return { ok: false, result: cmsFailure('Strapi', put, 'PUT', errorId(put.json, 'error', 'name')) }
  return { ok: true, outcome: { outcome: 'written', version: updatedAtOf(put.json) ?? 'unknown' } }
}

/** `data.updatedAt` (Strapi 5), `data.attributes.updatedAt` (Strapi 4), or the first of a list. */
function updatedAtOf(json: unknown): string | undefined {
  const value = attributesOf(json)?.updatedAt
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined
}

/** The document's attributes: `data` (Strapi 5), `data.attributes` (Strapi 4), or the first of a list. */
function attributesOf(json: unknown): Record<string, unknown> | undefined {
  let data = (json as { data?: unknown } | undefined)?.data
  if (Array.isArray(data)) data = data[0]
  if (typeof data !== 'object' || data === null) return undefined
  const record = data as Record<string, unknown> & { attributes?: unknown }
  return typeof record.attributes === 'object' && record.attributes !== null && !('updatedAt' in record) ? (record.attributes as Record<string, unknown>) : record
}
