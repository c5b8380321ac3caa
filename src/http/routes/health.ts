import type { Handler } from 'hono'
import packageJson from '../../../package.json' with { type: 'json' }
import type { AppEnv } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { encodeJson, jsonBytesResponse } from '../json-response.js'

/** `GET /healthz` → `{"status": "ok", "version", "glossaries": [{"id", "version"}]}`. */
export function healthRoute(catalog: GlossaryCatalog): Handler<AppEnv> {
  let served: Uint8Array<ArrayBuffer> | undefined
  let body: Uint8Array<ArrayBuffer> = new Uint8Array()
  return () => {
    // Serialized again only when the glossaries served change (a glossary store activated one).
    if (served !== catalog.listJson) {
      served = catalog.listJson
      body = encodeJson({ status: 'ok', version: packageJson.version, glossaries: catalog.ids.map((id) => ({ id, version: catalog.get(id)?.summary.version })) })
    }
    return jsonBytesResponse(body)
  }
}
