import { concat, fromBase64Url, utf8, verifyHmacSha256 } from '../../crypto.js'
import { fail, ok, type Verifier } from '../../verify/types.js'
import { withinWindow } from '../../verify/window.js'

/**
 * Sanity GROQ-powered webhooks (https://www.sanity.io/docs/webhooks), verified as
 * `@sanity/webhook` does (src/signature.ts, https://github.com/sanity-io/webhook-toolkit):
 *
 *     sanity-webhook-signature: t=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0
 *
 * matched by `/^t=(\d+)[, ]+v1=([^, ]+)$/` on the trimmed value; `t` is in milliseconds and
 * must not be before 2021-01-01 (Sanity did not sign earlier); `v1` is the unpadded base64url
 * HMAC-SHA256 of `"<t>.<raw body>"` under the webhook's secret.
 *
 * The toolkit does not check the age of `t`; here it must be within five minutes.
 */
export const SANITY_SIGNATURE_HEADER = 'sanity-webhook-signature'

const SIGNATURE = /^t=(\d+)[, ]+v1=([^, ]+)$/
const MINIMUM_TIMESTAMP = 1609459200000

export const verifySanity: Verifier = async ({ headers, body, secrets, now }) => {
  const value = headers.get(SANITY_SIGNATURE_HEADER)?.trim()
  if (!value) return fail('missing')
  const match = SIGNATURE.exec(value)
  if (!match || match[1]!.length > 16) return fail('malformed')
  const timestamp = Number.parseInt(match[1]!, 10)
  const signature = fromBase64Url(match[2]!)
  if (timestamp < MINIMUM_TIMESTAMP || !signature) return fail('malformed')
  if (!(await verifyHmacSha256(secrets, concat(utf8(`${timestamp}.`), body), signature))) return fail('mismatch')
  return withinWindow(timestamp, now) ? ok : fail('expired')
}
