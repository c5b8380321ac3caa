import type { Context } from 'hono'
import type { AppEnv } from '../../env.js'
import { HttpError } from '../../http-error.js'
import { jsonResponse } from '../../json-response.js'
import { checkDraft } from '../../../store/draft.js'
import type { LiveGlossaries } from '../../../store/live.js'

/**
 * Validates a whole glossary exactly as the build does (every issue by entry, examples run) and
 * stores it as a draft version: 201 when new, 200 when that content was stored before. Nothing
 * goes live here: `…/versions/:version/activate` does.
 */
export async function storeDraft(c: Context<AppEnv>, live: LiveGlossaries, id: string, document: unknown): Promise<Response> {
  const check = checkDraft(document, id)
  if (!check.ok) {
    throw new HttpError(422, 'invalid_glossary', { glossary: id, count: check.issues.length }, {}, { issues: check.issues })
  }
  const { created } = await live.store.putDraft(id, check.version, check.source, c.get('keyId'))
  const active = (await live.store.activeVersions()).find((a) => a.glossary === id)?.version === check.version
  return jsonResponse({ glossary: id, version: check.version, created, active }, created ? 201 : 200, {
    location: `/v1/glossaries/${encodeURIComponent(id)}/versions/${check.version}`,
  })
}
