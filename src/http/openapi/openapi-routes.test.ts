import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../core/copydesk.js'
import { glossaries } from '../../generated/glossaries.js'
import { createApp } from '../app.js'
import { routeDocs } from './index.js'

describe('routeDocs', () => {
  it('describes every route of the app, and no other', () => {
    // The bundled glossaries were validated at build (prevalidated): compiling them again only made this test slow.
    const app = createApp({ copydesk: createCopydesk({ glossaries, prevalidated: true }), log: () => {} })
    const routes = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))
    const documented = new Set(routeDocs.map((r) => `${r.method.toUpperCase()} ${r.path}`))
    // A route missing here: describe it in src/http/openapi/routes/ and list it in routeDocs.
    expect([...routes].filter((r) => !documented.has(r)), 'routes of the app missing from routeDocs').toEqual([])
    expect([...documented].filter((r) => !routes.has(r)), 'routeDocs that the app does not serve').toEqual([])
  })

  it('has unique operation ids and example names, and an example for every route', () => {
    expect(new Set(routeDocs.map((r) => r.operationId)).size).toBe(routeDocs.length)
    for (const route of routeDocs) {
      expect(route.examples.length, route.path).toBeGreaterThan(0)
      expect(new Set(route.examples.map((e) => e.name)).size, route.path).toBe(route.examples.length)
    }
  })
})
