/**
 * The locked-down target of the contract suite (`lockedCall`): the service configured as an
 * operator would lock it down, through each runtime's own wiring (src/runtime/node/app.ts on
 * Node, src/runtime/worker/app.ts with a real rate-limiting binding in workerd). vitest.config.ts
 * gives the workers project a binding with the same limit and period.
 *
 * Rate limits are counted per API key, per client and per webhook integration and client: each
 * test uses keys and client addresses of its own, so that tests never share a budget.
 */
export const LOCKED = {
  rateLimit: 8,
  /** Seconds; one of the binding's periods (10 or 60). */
  period: 60,
  origin: 'https://editor.example.com',
  keys: {
    auth: 'auth-key-0123456789abcdef',
    headers: 'headers-key-0123456789abcdef',
    cors: 'cors-key-0123456789abcdef',
    limit: 'limit-key-0123456789abcdef',
    other: 'other-key-0123456789abcdef',
    batch: 'batch-key-0123456789abcdef',
    fields: 'fields-key-0123456789abcdef',
  },
  secrets: {
    wire: 'wire-secret-5f2b1c9e0a7d4e3b',
    contentful: 'contentful-secret-new-8c1d2e3f4a5b',
    contentfulOld: 'contentful-secret-old-0f9e8d7c6b5a',
    sanity: 'sanity-secret-1a2b3c4d5e6f',
    strapi: 'strapi-token-9f8e7d6c5b4a3f2e',
  },
} as const

/** The integrations of the locked target: one per provider, secrets by environment variable. */
export const lockedIntegrations = {
  integrations: [
    { name: 'wire', provider: 'generic', secrets: [{ env: 'WIRE_SECRET' }], fields: [{ name: 'headline', format: 'text' }, { name: 'body', format: 'markdown' }] },
    {
      name: 'contentful-main',
      provider: 'contentful',
      secrets: [{ env: 'CONTENTFUL_SECRET' }, { env: 'CONTENTFUL_SECRET_OLD' }],
      fields: [{ name: 'title', format: 'text' }, { name: 'body', format: 'rich-text' }],
      locales: { 'en-US': 'en', 'es-ES': 'es' },
    },
    { name: 'sanity-news', provider: 'sanity', secrets: [{ env: 'SANITY_SECRET' }], fields: [{ name: 'title', format: 'text' }], localeField: 'language' },
    { name: 'strapi-blog', provider: 'strapi', secrets: [{ env: 'STRAPI_TOKEN' }], fields: [{ name: 'title', format: 'text' }, { name: 'lede', format: 'html' }] },
  ],
}

/** The configuration of the locked target, as environment variables (Node) or bindings (Workers). */
export function lockedEnv(): Record<string, string> {
  return {
    API_KEYS: Object.values(LOCKED.keys).join(','),
    RATE_LIMIT: String(LOCKED.rateLimit),
    RATE_LIMIT_PERIOD: String(LOCKED.period),
    CORS_ORIGINS: LOCKED.origin,
    WEBHOOKS: JSON.stringify(lockedIntegrations),
    WIRE_SECRET: LOCKED.secrets.wire,
    CONTENTFUL_SECRET: LOCKED.secrets.contentful,
    CONTENTFUL_SECRET_OLD: LOCKED.secrets.contentfulOld,
    SANITY_SECRET: LOCKED.secrets.sanity,
    STRAPI_TOKEN: LOCKED.secrets.strapi,
  }
}

/** The client address a locked call comes from unless a test names one. */
export const DEFAULT_CLIENT = '192.0.2.1'

export function bearer(key: string): { authorization: string } {
  return { authorization: `Bearer ${key}` }
}
