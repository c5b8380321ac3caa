import type { ContentfulEntry } from './payload.js'
import type { ContentfulWriteBack } from './settings.js'
import { errorResult } from '../../errors.js'
import { message } from '../../messages.js'
import { cmsFailure, cmsRequest, errorId, isCmsResponse } from '../../write-back/http.js'
import type { WriteBackInput, WriteBackResult } from '../../write-back/types.js'
import { versionConflict } from '../../write-back/conflict.js'
import { alreadyWritten } from '../../write-back/already-written.js'


/**
 * Contentful Content Management API
 * (https://www.contentful.com/developers/docs/references/content-management-api/):
 * `PUT /spaces/{space}/environments/{environment}/entries/{id}` with the entry's current
 * version in `X-Contentful-Version`; a stale version is refused with 409 `VersionMismatch`, so
 * an edit made after the delivery is never overwritten. Contentful does not merge: the PUT body
 * replaces all fields (and metadata), so the entry is read first (`GET` the same URL, bearer
 * CMA token) and only the changed locales of the configured fields are replaced in it.
 *
 * If the entry's version is no longer the delivery's, an editor (or another integration) saved
 * since: nothing is written and the answer is 409 `version_conflict`, not retryable — that
 * newer save sends its own delivery, which is normalized in turn. Unless the entry already holds
 * exactly the values we would write: that save was ours (a retry after a lost answer), `written`.
 */
export async function writeBackContentful({ config, entry, updates, fetch }: WriteBackInput<ContentfulWriteBack, ContentfulEntry>): Promise<WriteBackResult> {
  const url = `${config.baseUrl}/spaces/${encodeURIComponent(entry.spaceId)}/environments/${encodeURIComponent(entry.environmentId)}/entries/${encodeURIComponent(entry.id)}`
  const auth = { authorization: `Bearer ${config.token}` }

  const current = await cmsRequest(fetch, 'Contentful', url, { method: 'GET', headers: auth }, config.timeoutMs)
  if (!isCmsResponse(current)) return { ok: false, result: current }
  if (current.status !== 200) return { ok: false, result: cmsFailure('Contentful', current, 'GET', errorId(current.json, 'sys', 'id')) }
  const body = current.json as { sys?: { version?: unknown }; fields?: unknown; metadata?: unknown } | undefined
  const version = body?.sys?.version
  if (typeof version !== 'number' || typeof body?.fields !== 'object' || body.fields === null) {
    return { ok: false, result: errorResult(502, 'cms_unavailable', message('cms-incomplete', { cms: 'Contentful', field: typeof version === 'number' ? 'fields' : 'sys.version' })) }
  }
  const fieldsNow = body.fields as Record<string, Record<string, unknown> | undefined>
  // The version moved on because of our own earlier write (its answer was lost): `written`.
  if (version !== entry.version && alreadyWritten(updates, ({ target }) => fieldsNow[target.field]?.[target.locale ?? ''])) {
    return { ok: true, outcome: { outcome: 'written', version } }
  }
  if (version !== entry.version) return { ok: false, result: versionConflict('Contentful', entry.version, version) }

  const fields = structuredClone(body.fields) as Record<string, Record<string, unknown>>
  for (const { target, value } of updates) {
    fields[target.field] = { ...(fields[target.field] ?? {}), [target.locale ?? '']: value }
  }
  const put = await cmsRequest(fetch, 'Contentful', url, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/vnd.contentful.management.v1+json', 'x-contentful-version': String(version) },
    body: JSON.stringify(body.metadata === undefined ? { fields } : { fields, metadata: body.metadata }),
  }, config.timeoutMs)
  if (!isCmsResponse(put)) return { ok: false, result: put }
  if (put.status === 409) return { ok: false, result: versionConflict('Contentful', entry.version, undefined) }
  if (put.status !== 200 && put.status !== 201) return { ok: false, result: cmsFailure('Contentful', put, 'PUT', errorId(put.json, 'sys', 'id')) }
  const written = (put.json as { sys?: { version?: unknown } } | undefined)?.sys?.version
  return { ok: true, outcome: { outcome: 'written', version: typeof written === 'number' ? written : version + 1 } }
}
