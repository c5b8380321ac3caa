// The part of the Workers runtime module that the worker entry uses. Hand-written because
// `npm run types:worker` generates only the Env interface (worker-configuration.d.ts): the full
// runtime types would clash with @types/node, which the rest of the project compiles against.
declare module 'cloudflare:workers' {
  /** The Worker's bindings (`[vars]` in wrangler.toml), also available at the top level of a module. */
  export const env: Cloudflare.Env
}
