import { describe, expect, it } from 'vitest'
import { IntegrationConfigError, parseIntegrations } from '../../src/webhooks/index.js'

const env = { CF_SECRET: 'cf-signing-secret', CF_SECRET_OLD: 'cf-old-secret', CF_TOKEN: 'cma-token', SANITY_TOKEN: 'sanity-token', STRAPI_SECRET: 'strapi-token', STRAPI_API: 'strapi-api' }

const example = {
  integrations: [
    {
      name: 'contentful-main',
      provider: 'contentful',
      secrets: [{ env: 'CF_SECRET' }, { env: 'CF_SECRET_OLD' }],
      fields: [{ name: 'title', format: 'text' }, { name: 'body', format: 'rich-text' }],
      locales: { 'en-US': 'en', 'es-ES': 'es' },
      glossary: 'news',
      mode: 'write-back',
      writeBack: { token: { env: 'CF_TOKEN' } },
    },
    {
      name: 'sanity-news',
      provider: 'sanity',
      secrets: ['inline-secret'],
      fields: [{ name: 'title', format: 'text' }],
      localeField: 'language',
      mode: 'write-back',
      writeBack: { token: { env: 'SANITY_TOKEN' }, projectId: 'abc123', dataset: 'production' },
    },
    {
      name: 'strapi-blog',
      provider: 'strapi',
      secrets: [{ env: 'STRAPI_SECRET' }],
      fields: [{ name: 'lede', format: 'html' }],
      defaultLocale: 'en',
      mode: 'write-back',
      writeBack: { token: { env: 'STRAPI_API' }, baseUrl: 'https://cms.example.com/', collections: { 'api::article.article': 'articles' } },
    },
    { name: 'wire', provider: 'generic', secrets: ['wire-secret'], fields: [{ name: 'headline', format: 'markdown' }] },
  ],
}

function errorsOf(json: unknown, environment = env): string[] {
  try {
    parseIntegrations(json, environment)
  } catch (error) {
    expect(error).toBeInstanceOf(IntegrationConfigError)
    return (error as IntegrationConfigError).errors
  }
  throw new Error('expected the config to be refused')
}

function withIntegration(patch: Record<string, unknown>, index = 0): unknown {
  const integrations = structuredClone(example.integrations) as Record<string, unknown>[]
  integrations[index] = { ...integrations[index], ...patch }
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete integrations[index]![key]
  return { integrations }
}

describe('parseIntegrations', () => {
  it('reads the documented example, resolving secrets from the environment and filling defaults', () => {
    const [contentful, sanity, strapi, generic] = parseIntegrations(example, env)
    expect(contentful).toMatchObject({
      name: 'contentful-main',
      provider: 'contentful',
      secrets: ['cf-signing-secret', 'cf-old-secret'],
      locales: { 'en-US': 'en', 'es-ES': 'es' },
      mode: 'write-back',
      writeBack: { token: 'cma-token', baseUrl: 'https://api.contentful.com', timeoutMs: 8000 },
    })
    expect(sanity).toMatchObject({ localeField: 'language', writeBack: { baseUrl: 'https://abc123.api.sanity.io', apiVersion: 'v2025-02-19', dataset: 'production' } })
    expect(strapi).toMatchObject({ auth: { header: 'authorization', prefix: 'Bearer ' }, defaultLocale: 'en', writeBack: { baseUrl: 'https://cms.example.com' } })
    expect(generic).toMatchObject({ mode: 'report', glossary: undefined, locales: {} })
  })

  it('names the integration and the setting', () => {
    expect(errorsOf(withIntegration({ mode: 'push' }, 1))).toEqual(['integrations[1] "sanity-news": "mode" must be "report" or "write-back", got "push"'])
    expect(errorsOf(withIntegration({ provider: 'wordpress' }))).toEqual(['integrations[0] "contentful-main": "provider" must be one of "generic", "contentful", "sanity" or "strapi", got "wordpress"'])
    expect(errorsOf(withIntegration({ fields: [{ name: 'title', format: 'pdf' }] }))).toEqual(['integrations[0] "contentful-main": "fields[0].format" must be one of "text", "markdown", "html" or "rich-text", got "pdf"'])
    expect(errorsOf(withIntegration({ locales: { 'en-US': 'english' } }))).toEqual(['integrations[0] "contentful-main": "locales.en-US" must be a language code of 2 or 3 letters such as "en", got "english"'])
  })

  it('refuses unknown settings, such as a misspelt one or another provider\'s', () => {
    expect(errorsOf(withIntegration({ secrts: [] }))).toContain('integrations[0] "contentful-main": "secrts" is not a setting here (known: name, provider, secrets, fields, locales, defaultLocale, glossary, mode, writeBack)')
    expect(errorsOf(withIntegration({ localeField: 'lang' }))).toHaveLength(1)
  })

  it('says which environment variable is missing, and never prints a secret', () => {
    const errors = errorsOf(example, { ...env, CF_SECRET_OLD: '' })
    expect(errors).toEqual(['integrations[0] "contentful-main": "secrets[1]" names environment variable CF_SECRET_OLD, which is not set'])
    const inline = errorsOf(withIntegration({ secrets: [{ env: 'CF_SECRET', extra: 'leak-me' }] }))
    expect(inline.join('\n')).not.toContain('leak-me')
  })

  it('requires write-back settings in write-back mode, and refuses write-back for the generic provider', () => {
    expect(errorsOf(withIntegration({ writeBack: undefined }))).toEqual(['integrations[0] "contentful-main": "writeBack" is required when "mode" is "write-back" (the contentful API URL and token)'])
    expect(errorsOf(withIntegration({ mode: 'write-back' }, 3))).toEqual(['integrations[3] "wire": "mode" must be "report" for provider "generic" (there is no CMS API to write back to)'])
    expect(errorsOf(withIntegration({ writeBack: { token: 'x' } }, 2))).toEqual([
      'integrations[2] "strapi-blog": "writeBack.baseUrl" must be a non-empty string, got nothing',
      'integrations[2] "strapi-blog": "writeBack.collections" must be an object, got nothing',
    ])
  })

  it('reports every problem at once, and duplicate names', () => {
    const errors = errorsOf({ integrations: [{ name: 'a b', provider: 'sanity', secrets: [], fields: [] }, example.integrations[3], example.integrations[3]] })
    expect(errors).toEqual([
      'integrations[0]: "name" must be letters, digits, ".", "_" or "-" (at most 64), starting with a letter or digit, got "a b"',
      'integrations[0]: "secrets" must be a non-empty array of secrets (strings or {"env": "NAME"}); several during a rotation',
      'integrations[0]: "fields" must be a non-empty array of {"name", "format"}',
      'integrations[2] "wire": "name" is already used by another integration',
    ])
    expect(() => parseIntegrations([])).toThrow('must be an object {"integrations": [...]}')
  })
})
