import { timingSafeEqualText } from '../../crypto.js'
import { fail, ok, type Verifier } from '../../verify/types.js'
import { withinWindow } from '../../verify/window.js'

/**
 * Strapi does not sign webhooks. Its documentation's answer is a header with a token, set per
 * webhook in the admin panel or for all of them in `config/server` `webhooks.defaultHeaders`,
 * e.g. `Authorization: Bearer <token>`
 * (https://docs.strapi.io/cms/backend-customization/webhooks#securing-your-webhooks).
 * So the configured header must equal `<prefix><secret>` for one of the secrets, compared in
 * constant time.
 *
 * Nothing covers the body, so there is no true replay protection: anyone holding the token can
 * send anything. What can be checked is the body's `createdAt`, which Strapi's webhook runner
 * sets to the sending time (`createdAt: new Date()` in
 * packages/core/core/src/services/webhook-runner.ts, https://github.com/strapi/strapi): a
 * captured delivery stops being accepted five minutes later. Strapi does not retry failed
 * deliveries (same file), so a genuine one is always fresh.
 */
export interface StrapiAuth {
  /** Header name, lower-cased. Default `authorization`. */
  header: string
  /** What precedes the secret in the header value. Default `Bearer `. */
  prefix: string
}

export function verifyStrapi(auth: StrapiAuth): Verifier {
  return async ({ headers, body, secrets, now }) => {
    const value = headers.get(auth.header)?.trim()
    if (!value) return fail('missing')
    let matched = false
    for (const secret of secrets) {
      if (await timingSafeEqualText(value, `${auth.prefix}${secret}`.trim())) matched = true
    }
    if (!matched) return fail('mismatch')
    const createdAt = sentAt(body)
    if (createdAt === undefined) return fail('malformed')
    return withinWindow(createdAt, now) ? ok : fail('expired')
  }
}

/** `createdAt` of the delivery (ISO 8601), read only once the token has matched. */
function sentAt(body: Uint8Array): number | undefined {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const createdAt = (parsed as { createdAt?: unknown }).createdAt
    if (typeof createdAt !== 'string') return undefined
    const time = Date.parse(createdAt)
    return Number.isNaN(time) ? undefined : time
  } catch {
    return undefined
  }
}
