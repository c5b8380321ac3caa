import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runWrangler } from '../../scripts/wrangler.js'
import { useOfflineWranglerEnv } from '../../scripts/wrangler-env.js'
import { configVariables, parseConfig } from '../../src/config/index.js'
import { RATE_LIMIT_BINDING } from '../../src/runtime/worker/app.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

async function readWranglerConfig() {
  useOfflineWranglerEnv()
  const { unstable_readConfig } = await import('wrangler')
  return unstable_readConfig({ config: `${root}wrangler.toml` }, { hideWarnings: true })
}

describe('wrangler.toml', () => {
  it('deploys the worker entry as "copydesk" with the glossaries and the editor page bundled in', async () => {
    const config = await readWranglerConfig()
    expect(config.name).toBe('copydesk')
    expect(config.main).toBe(`${root}src/runtime/worker/main.ts`)
    expect(config.compatibility_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(config.build.command).toBe('npm run -s build:glossaries && npm run -s build:web') // before every build
    // Nothing is loaded at run time but the script: no assets, no module rules, no file system.
    expect(config.assets).toBeUndefined()
    expect(config.rules).toEqual([])
  })

  it('sets only variables of src/config/ in [vars], to the defaults of the Node service', async () => {
    const { vars } = await readWranglerConfig()
    expect(Object.keys(vars).sort()).toEqual(['BODY_LIMIT', 'CORS_ORIGINS', 'DEFAULT_GLOSSARY', 'DETECTOR', 'FALLBACK_LANGUAGE', 'RATE_LIMIT', 'RATE_LIMIT_PERIOD'])
    for (const name of Object.keys(vars)) expect(configVariables).toContain(name)
    for (const value of Object.values(vars)) expect(typeof value).toBe('string') // parsed as on Node
    expect(parseConfig(vars as Record<string, string>)).toEqual(parseConfig({}))
    // Secrets are never vars: a key in wrangler.toml would be committed and shown in the dashboard.
    expect(Object.keys(vars)).not.toContain('API_KEYS')
  })

  it('counts requests with the RATE_LIMITER binding, whose limit and period [vars] repeat', async () => {
    const { ratelimits, vars } = await readWranglerConfig()
    expect(ratelimits).toEqual([{ name: RATE_LIMIT_BINDING, namespace_id: expect.stringMatching(/^\d+$/), simple: expect.any(Object) }])
    const config = parseConfig(vars as Record<string, string>)
    expect(ratelimits[0]!.simple).toEqual({ limit: config.rateLimit, period: config.rateLimitPeriod })
  })

  it('has its Env type up to date in worker-configuration.d.ts (npm run types:worker)', { timeout: 60_000 }, async () => {
    const script: string = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts['types:worker']
    expect(script).toMatch(/^tsx scripts\/wrangler\.ts types /)
    const args = script.split(' ').slice(2) // the same options as the script, plus --check
    expect(await runWrangler([...args, '--check'], { quiet: true }).exit).toBe(0)
  })
})
