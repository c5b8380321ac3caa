import { jsonUtf8 } from './json-utf8.js'

/** A JSON response with an exact Content-Length (the request log reports it). */
export function jsonResponse(value: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Response {
  return jsonBytesResponse(jsonUtf8(value), status, headers)
}

/** Same, for a body serialized ahead of time. */
export function jsonBytesResponse(
  bytes: Uint8Array<ArrayBuffer>,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(bytes, {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(bytes.byteLength),
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  })
}

/** The UTF-8 bytes of `JSON.stringify(value)` (src/http/json-utf8.ts). */
export function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return jsonUtf8(value)
}
