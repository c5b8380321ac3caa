import { isRecord } from './api.js'

/**
 * The translation providers as `GET /v1/translate/providers` lists them (issue 12: "the
 * providers configured, whether each is reachable, and its language pairs"). Read tolerantly:
 * a pair may be written `{from, to}`, `{source, target}` or `"es-en"` / `"es|en"`; a provider
 * without a reachability field counts as reachable. Absent route, no provider: no translate mode.
 */
export interface Provider {
  id: string
  reachable: boolean
  /** The service's default provider (`default: true`, or the id in the list's `default`). */
  isDefault: boolean
  pairs: { from: string; to: string }[]
}

export function parseProviders(json: unknown): Provider[] {
  const list = isRecord(json) && Array.isArray(json.providers) ? json.providers : []
  const defaultId = isRecord(json) && typeof json.default === 'string' ? json.default : undefined
  const providers = list.flatMap((entry: unknown): Provider[] => {
    if (!isRecord(entry) || typeof entry.id !== 'string') return []
    const reachable = typeof entry.reachable === 'boolean' ? entry.reachable : typeof entry.available === 'boolean' ? entry.available : true
    const pairs = (Array.isArray(entry.pairs) ? entry.pairs : []).flatMap((pair: unknown) => {
      const parsed = parsePair(pair)
      return parsed ? [parsed] : []
    })
    return [{ id: entry.id, reachable, isDefault: entry.default === true || entry.id === defaultId, pairs }]
  })
  // The default first, so that the page starts with it.
  return [...providers.filter((p) => p.isDefault), ...providers.filter((p) => !p.isDefault)]
}

function parsePair(pair: unknown): { from: string; to: string } | undefined {
  if (typeof pair === 'string') {
    const [from, to] = /^([a-z]{2,3})-([a-z]{2,3})$/i.test(pair) ? pair.split('-') : pair.split(/[|>]/)
    return from && to ? { from, to } : undefined
  }
  if (!isRecord(pair)) return undefined
  const from = pair.from ?? pair.source
  const to = pair.to ?? pair.target
  return typeof from === 'string' && typeof to === 'string' ? { from, to } : undefined
}

/** The target languages a provider offers from `from` (`auto`: from any). */
export function targetsOf(provider: Provider | undefined, from: string): string[] {
  if (!provider) return []
  const primary = (tag: string) => tag.toLowerCase().split('-')[0]!
  const targets = provider.pairs.filter((p) => from === 'auto' || primary(p.from) === primary(from)).map((p) => p.to)
  return [...new Set(targets)]
}

export function sourcesOf(provider: Provider | undefined): string[] {
  return provider ? [...new Set(provider.pairs.map((p) => p.from))] : []
}
