import { describe, expect, it } from 'vitest'
import { createService } from '../../src/runtime/service.js'
import { startLines } from '../../src/runtime/start-lines.js'

describe('the service starts from the precompiled glossaries', () => {
  it('decodes every bundled glossary from the build\'s artifact (none compiled at start)', () => {
    const service = createService({})
    expect(service.stalePrecompiled).toEqual([])
    expect(service.copydesk.normalize({ text: 'They flew to Kiev.', language: 'en' }).text).toBe('They flew to Kyiv.')
  })

  it('says in its start lines which glossaries it compiled instead, and why', () => {
    const service = createService({})
    const lines = startLines({ ...service, stalePrecompiled: ['news: the artifact was built from another source (version 0, this one is 1)'] })
    expect(lines).toContain("Copydesk compiled glossaries at start: the build's precompiled tries are stale (news: the artifact was built from another source (version 0, this one is 1)); run npm run build:glossaries")
  })
})
