export { apiKeys, keyId, type ApiKeys, type Identity } from './api-keys.js'
export { clientBucket } from './client-address.js'
export { COST_UNIT_BYTES, costOfBytes, type RateLimiter, type RateLimitOutcome, type RateLimitPolicy } from './rate-limiter.js'
