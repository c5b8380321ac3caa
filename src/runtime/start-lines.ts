import type { Service } from './service.js'

/**
 * What the service says about itself at start (Node: on standard output, Workers: in the logs,
 * once per isolate): whether it is open or needs an API key, and its webhook integrations. Counts and names only, never a key or a secret.
 */
export function startLines({ config, integrations, stalePrecompiled }: Pick<Service, 'config' | 'integrations' | 'stalePrecompiled'>): string[] {
  const keys = config.apiKeys.length
  const lines = [
    keys === 0
      ? 'Copydesk is open: API_KEYS is not set, every /v1 route answers without a key'
      : `Copydesk requires an API key (${keys} ${keys === 1 ? 'key' : 'keys'})`,
  ]
  if (stalePrecompiled.length > 0) {
    lines.push(`Copydesk compiled glossaries at start: the build's precompiled tries are stale (${stalePrecompiled.join('; ')}); run npm run build:glossaries`)
  }
  if (integrations.length > 0) lines.push(`Copydesk webhooks: ${integrations.map((i) => `${i.name} (${i.provider}, ${i.mode})`).join(', ')}`)
  return lines
}

/** The translation providers configured, and the default (names only). */
export function translateStartLine(ids: readonly string[], defaultProvider: string | undefined): string {
  return ids.length === 0
    ? 'Copydesk translation: no provider configured (POST /v1/translate answers 503)'
    : `Copydesk translation: ${ids.join(', ')} (default ${defaultProvider})`
}
