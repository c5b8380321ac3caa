import { errorResult } from '../errors.js'
import { message } from '../messages.js'
import type { DeliveryResult } from '../types.js'
import type { CmsName } from './http.js'

/**
 * 409, not retryable, for every CMS: the entry changed after the delivery was sent. Retrying
 * this delivery would meet the same newer version; the newer save sends a delivery of its own,
 * which is normalized (and written back) in turn, and the CMS's webhook log shows the 409 to
 * the editor meanwhile.
 */
export function versionConflict(cms: CmsName, delivered: number | string, current: number | string | undefined): DeliveryResult {
  const why = current === undefined ? message('version-conflict', { cms, delivered }) : message('version-conflict-now', { cms, delivered, current })
  return errorResult(409, 'version_conflict', why, {
    details: current === undefined ? { delivered } : { delivered, current },
  })
}
