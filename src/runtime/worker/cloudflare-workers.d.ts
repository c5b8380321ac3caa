// The part of the Workers runtime that the worker entry uses. Hand-written because
// `npm run types:worker` generates only the Env interface (worker-configuration.d.ts): the full
// runtime types would clash with @types/node, which the rest of the project compiles against.
declare module 'cloudflare:workers' {
  /** The Worker's bindings (`[vars]`, secrets, the rate limiter), also available at the top level of a module. */
  export const env: Cloudflare.Env
}

/** A rate-limiting binding (`[[ratelimits]]` in wrangler.toml), as the Env type names it. */
interface RateLimit {
  limit(options: { key: string }): Promise<{ success: boolean }>
}
