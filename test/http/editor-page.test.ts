import { describe, expect, it } from 'vitest'
import { call } from './support/call.js'

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  return `sha256-${btoa(String.fromCharCode(...digest))}`
}

describe('GET / (the editor page)', () => {
  it('serves the page with its script and style allowed by hash, nothing inline otherwise', async () => {
    const res = await call('GET', '/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)?.[1]
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1]
    expect(script).toBeTruthy()
    expect(style).toBeTruthy()
    // Nothing is fetched from elsewhere: no external script, style sheet or font.
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//)

    const csp = res.headers.get('content-security-policy') ?? ''
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual([`'${await sha256(script!)}'`])
    expect(directives['style-src']).toEqual([`'${await sha256(style!)}'`])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('leaves the API responses their own policy', async () => {
    const res = await call('GET', '/healthz')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
  })
})
