export { apiKeys, keyId, type ApiKeys, type Identity } from './api-keys.js'
export { clientBucket } from './client-address.js'
export type { RateLimiter, RateLimitOutcome, RateLimitPolicy } from './rate-limiter.js'
