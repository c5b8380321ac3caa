import type { PayloadProblem } from './types.js'
import { invalid } from './types.js'

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** UTF-8 JSON (a leading byte order mark is dropped by the decoder), or a 400 saying why not. */
export function parseJsonBody(body: Uint8Array): { json: unknown } | PayloadProblem {
  let text: string
  try {
    text = decoder.decode(body)
  } catch {
    return invalid('body-not-utf8', undefined, 400)
  }
  if (text.trim() === '') return invalid('body-empty', undefined, 400)
  try {
    return { json: JSON.parse(text) as unknown }
  } catch {
    return invalid('body-not-json', undefined, 400)
  }
}
