// `tsx scripts/bundle-size.ts [dir]` (run by `npm run build:worker`): the raw and gzip size of
// each .js file in dir (default dist/), the Worker bundle that `wrangler deploy` uploads.
// Cloudflare limits the compressed size: 3 MB on the free plan, 10 MB on paid plans.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export interface BundleSize {
  file: string
  raw: number
  gzip: number
}

/** Sizes in bytes of the .js files directly in `dir`. */
export function bundleSizes(dir: string): BundleSize[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name))
      return { file: join(dir, name), raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength }
    })
}

/** The free plan's limit on the compressed Worker, taken as 3,000,000 bytes to be safe. */
export const FREE_PLAN_GZIP_LIMIT = 3_000_000

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`
}

export function describeBundle(sizes: BundleSize[]): string {
  const lines = sizes.map((s) => `${s.file}: ${formatSize(s.raw)} raw, ${formatSize(s.gzip)} gzip`)
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0)
  lines.push(`gzip total ${formatSize(gzip)}: ${((gzip / FREE_PLAN_GZIP_LIMIT) * 100).toFixed(0)} % of the free plan's 3 MB limit`)
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist'
  const sizes = bundleSizes(dir)
  if (sizes.length === 0) {
    console.error(`no .js file in ${dir}/`)
    process.exit(1)
  }
  console.log(describeBundle(sizes))
}
