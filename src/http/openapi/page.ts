/**
 * The API reference page (/docs), rendered on the server from the OpenAPI document: plain HTML
 * and one same-origin style sheet, no script, nothing from a CDN, so the page keeps a strict
 * Content-Security-Policy (`style-src 'self'`, no `unsafe-inline`).
 */

type Json = Record<string, any>

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!)
}

/** The only Markdown the descriptions use: `code` spans. */
function inline(text: string): string {
  return escape(text).replace(/`([^`]+)`/g, '<code>$1</code>')
}

function json(value: unknown): string {
  return `<pre><code>${escape(JSON.stringify(value, null, 2))}</code></pre>`
}

const clientExample = `import { hc } from 'hono/client'
import type { CopydeskApi } from './src/http/client.js' // in the Copydesk repository

const api = hc<CopydeskApi>('https://copydesk.example', {
  headers: { authorization: \`Bearer \${process.env.COPYDESK_API_KEY}\` },
})
const res = await api.v1.normalize.$post({ json: { text: 'Kiev', language: 'en' } })
if (res.ok) {
  const { text, changes } = await res.json() // typed: NormalizeResponse
  console.log(text, changes?.map((c) => \`\${c.line}:\${c.column} \${c.message}\`))
}`

export function renderReference(document: Json): string {
  const { info, paths, tags } = document
  const operations: { path: string; method: string; op: Json }[] = []
  for (const [path, methods] of Object.entries(paths as Record<string, Json>)) {
    for (const [method, op] of Object.entries(methods)) operations.push({ path, method, op })
  }
  const sections = (tags as Json[])
    .map((tag) => {
      const ops = operations.filter(({ op }) => op.tags?.[0] === tag.name)
      return `<section id="tag-${escape(tag.name)}"><h2>${escape(tag.name)}</h2><p>${inline(tag.description ?? '')}</p>${ops.map(renderOperation).join('')}</section>`
    })
    .join('')
  const nav = operations
    .map(({ path, method, op }) => `<li><a href="#${escape(op.operationId)}"><span class="method ${method}">${method.toUpperCase()}</span> ${escape(path)}</a></li>`)
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title)} API ${escape(info.version)}</title>
<link rel="stylesheet" href="/docs/reference.css">
</head>
<body>
<nav><h1>${escape(info.title)} <small>${escape(info.version)}</small></h1><ul>${nav}</ul>
<p><a href="/openapi.json">openapi.json</a></p></nav>
<main>
<header><p class="summary">${inline(info.summary)}</p><p>${inline(info.description)}</p></header>
${sections}
<section id="client"><h2>Typed client</h2><p>The routes are typed for <code>hono/client</code> from the same schemas:</p><pre><code>${escape(clientExample)}</code></pre></section>
</main>
</body>
</html>
`
}

function renderOperation({ path, method, op }: { path: string; method: string; op: Json }): string {
  const params = (op.parameters ?? []) as Json[]
  const body = op.requestBody?.content?.['application/json']
  const examples = Object.entries((body?.examples ?? {}) as Record<string, Json>)
  const responses = Object.entries(op.responses as Record<string, Json>)
  return `<article id="${escape(op.operationId)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
<p class="summary">${inline(op.summary)}</p>
${op.description ? `<p>${inline(op.description)}</p>` : ''}
${op.security ? '<p class="auth">Needs an API key when the service has keys configured (<code>Authorization: Bearer …</code>).</p>' : ''}
${params.length > 0 ? `<h4>Parameters</h4><dl>${params.map((p) => `<dt><code>${escape(p.name)}</code> <small>${escape(p.in)}${p.required ? '' : ', optional'}</small></dt><dd>${inline(p.schema?.description ?? '')}</dd>`).join('')}</dl>` : ''}
${body ? `<h4>Request body</h4>${renderFields(body.schema)}<details><summary>JSON Schema</summary>${json(body.schema)}</details>` : ''}
${examples.map(([, example]) => `<h4>Example: ${escape(example.summary)}</h4>${json(example.value)}`).join('')}
<h4>Responses</h4>
<dl class="responses">${responses
    .map(([status, response]) => {
      const content = Object.values((response.content ?? {}) as Record<string, Json>)[0]
      const shown = Object.values((content?.examples ?? {}) as Record<string, Json>)
      return `<dt>${escape(status)}</dt><dd>${inline(response.description)}${shown.map((e) => `<p>${escape(e.summary)}:</p>${json(e.value)}`).join('')}</dd>`
    })
    .join('')}</dl>
</article>`
}

/** A body's fields: name, type, default, description. */
function renderFields(schema: Json | undefined): string {
  const properties = (schema?.properties ?? {}) as Record<string, Json>
  const required = new Set<string>((schema?.required ?? []) as string[])
  const rows = Object.entries(properties)
    .map(([name, field]) => {
      const type = field.enum ? field.enum.map((v: unknown) => JSON.stringify(v)).join(' | ') : (field.type ?? '')
      const fallback = field.default !== undefined ? ` (default ${escape(JSON.stringify(field.default))})` : ''
      return `<tr><td><code>${escape(name)}</code>${required.has(name) ? ' <em>required</em>' : ''}</td><td>${escape(String(type))}${fallback}</td><td>${inline(field.description ?? '')}</td></tr>`
    })
    .join('')
  return `<table><thead><tr><th>Field</th><th>Type</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>`
}

export const referenceStyle = `:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fff; --muted: #6e6e73; --line: #d2d2d7; --code: #f5f5f7; }
@media (prefers-color-scheme: dark) { :root { --fg: #f5f5f7; --bg: #1d1d1f; --muted: #a1a1a6; --line: #424245; --code: #2c2c2e; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); display: grid; grid-template-columns: 18rem 1fr; }
nav { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 1rem; border-right: 1px solid var(--line); font-size: 14px; }
nav ul { list-style: none; padding: 0; }
nav li { margin: .25rem 0; }
nav a { color: inherit; text-decoration: none; }
main { padding: 1rem 2rem; max-width: 60rem; }
article { border-top: 1px solid var(--line); padding: 1rem 0; }
h1 small { color: var(--muted); font-weight: normal; font-size: 60%; }
.summary { font-weight: 600; }
.method { display: inline-block; min-width: 3.5rem; font: 600 12px/1.6 ui-monospace, monospace; text-align: center; border-radius: 4px; padding: 0 .3rem; color: #fff; background: #0a7; }
.method.post { background: #06c; }
.method.delete { background: #c33; }
pre { background: var(--code); padding: .75rem; overflow: auto; border-radius: 6px; font-size: 13px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .3rem .5rem; }
dt { font-weight: 600; }
.auth { color: var(--muted); }
@media (max-width: 50rem) { body { display: block; } nav { position: static; height: auto; border: 0; } }
`
