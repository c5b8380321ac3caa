// What the workers-project tests use of the Workers runtime (the runtime types are not part of
// this project's compilation; see src/runtime/worker/cloudflare-workers.d.ts).
declare module 'cloudflare:workers' {
  /** The main worker's entry points; `default` is src/runtime/worker/main.ts's default export. */
  export const exports: { default: { fetch(request: Request): Promise<Response> } }
}
