import type { SanityEntry } from './payload.js'
import type { SanityWriteBack } from './settings.js'
import { errorResult } from '../../errors.js'
import { message } from '../../messages.js'
import { versionConflict } from '../../write-back/conflict.js'
import { cmsFailure, cmsRequest, errorId, isCmsResponse } from '../../write-back/http.js'
import type { WriteBackInput, WriteBackResult } from '../../write-back/types.js'


/**
 * Sanity Mutation API (https://www.sanity.io/docs/http-reference/mutation):
 * `POST https://<project>.api.sanity.io/<apiVersion>/data/mutate/<dataset>` with a bearer
 * token and one patch that sets only the changed paths, guarded by `ifRevisionID`: the patch
 * applies only if the document's `_rev` is still the delivery's, else the whole transaction is
 * refused with 409 and nothing changes (https://www.sanity.io/docs/content-lake/http-patches).
 * One request, no read first: the revision check happens inside the transaction.
 */
export async function writeBackSanity({ config, entry, updates, fetch }: WriteBackInput<SanityWriteBack, SanityEntry>): Promise<WriteBackResult> {
  if (entry.revision === undefined) {
    return { ok: false, result: errorResult(422, 'invalid_payload', message('sanity-rev-required')) }
  }
  const set: Record<string, unknown> = {}
  for (const { target, value } of updates) set[target.path] = value
  const url = `${config.baseUrl}/${config.apiVersion}/data/mutate/${encodeURIComponent(config.dataset)}?returnIds=true`
  const response = await cmsRequest(fetch, 'Sanity', url, {
    method: 'POST',
    headers: { authorization: `Bearer ${config.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [{ patch: { id: entry.id, ifRevisionID: entry.revision, set } }] }),
  }, config.timeoutMs)
  if (!isCmsResponse(response)) return { ok: false, result: response }
  if (response.status === 409) return { ok: false, result: versionConflict('Sanity', entry.revision, undefined) }
  if (response.status !== 200) return { ok: false, result: cmsFailure('Sanity', response, 'POST', errorId(response.json, 'error', 'type')) }
  // The transaction id becomes the document's new `_rev`.
  const transactionId = (response.json as { transactionId?: unknown } | undefined)?.transactionId
  return { ok: true, outcome: { outcome: 'written', version: typeof transactionId === 'string' ? transactionId : 'unknown' } }
}
