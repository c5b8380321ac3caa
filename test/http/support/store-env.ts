/**
 * The glossary-store target of the contract suite (`storeCall`): the service with a store
 * (SQLite in memory on Node, a D1 database in workerd), an admin key and a reader key.
 */
export const STORE = {
  admin: 'admin-key-0123456789abcdef',
  reader: 'reader-key-0123456789abcdef',
} as const

export function storeEnv(): Record<string, string> {
  return { API_KEYS: STORE.reader, ADMIN_API_KEYS: STORE.admin, RATE_LIMIT: '0', GLOSSARY_REFRESH_MS: '0' }
}
