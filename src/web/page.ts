import type { Handler } from 'hono'
import { webAssets } from '../generated/web.js'

/**
 * The editor's page at `GET /`: one HTML document with its script and style sheet inlined
 * (built by scripts/build-web.ts), so Node and Workers serve it from memory and nothing is
 * fetched from anywhere else. The Content-Security-Policy allows exactly these two by their
 * SHA-256 hashes (https://www.w3.org/TR/CSP3/#grammardef-hash-source), no 'unsafe-inline';
 * the page talks to its own origin only.
 */
export function editorPage(): Handler {
  const { script, style, scriptHash, styleHash } = webAssets
  const html =
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>Copydesk</title>\n<link rel="icon" href="data:,">\n` +
    `<style>${style}</style>\n</head>\n<body>\n` +
    `<div id="app"><noscript><p>Copydesk's editor page needs JavaScript. The HTTP API is at /v1/normalize.</p></noscript></div>\n` +
    `<script type="module">${script}</script>\n</body>\n</html>\n`
  const body = new TextEncoder().encode(html)
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-security-policy': [
      "default-src 'none'",
      `script-src '${scriptHash}'`,
      `style-src '${styleHash}'`,
      "connect-src 'self'",
      "img-src 'self' data:",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  }
  return () => new Response(body, { headers })
}
