import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// src/webhooks runs in workerd without nodejs_compat: only fetch, WebCrypto and web globals.
const dir = fileURLToPath(new URL('../../src/webhooks/', import.meta.url))
const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))

describe('src/webhooks portability', () => {
  it.each(sources)('%s uses no Node built-in or global', (file) => {
    const source = readFileSync(`${dir}${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    expect(source).not.toMatch(/from\s+['"](node:|fs|path|crypto|http|https|net|buffer|url|util)['"/]/)
    const code = source.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
    expect(code).not.toMatch(/\b(Buffer|require|__dirname|__filename|setImmediate)\b|\bprocess\.|globalThis\.process/)
  })

  it('bundles for a neutral platform, where no Node built-in resolves', async () => {
    const result = await build({ entryPoints: [`${dir}index.ts`], bundle: true, write: false, platform: 'neutral', format: 'esm', logLevel: 'silent' })
    expect(result.errors).toEqual([])
  })
})
