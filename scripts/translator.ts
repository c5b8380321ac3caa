// `npm run translator`: Apertium's APy on 127.0.0.1 (APERTIUM_URL's port, default 2737) for
// local use, until Ctrl-C. Needs `apt-get install apertium apertium-apy apertium-eng-spa`.
import { DEFAULT_APERTIUM_URL } from '../src/translate/config.js'
import { startApy } from './apertium/apy.js'

const port = Number(new URL(process.env['APERTIUM_URL'] || DEFAULT_APERTIUM_URL).port || 2737)
try {
  const apy = await startApy({ port, stdio: 'inherit' })
  const pairs = (await (await fetch(`${apy.url}/listPairs`)).json()) as { responseData: { sourceLanguage: string; targetLanguage: string }[] }
  console.log(`Apertium APy listening on ${apy.url} (pairs: ${pairs.responseData.map((p) => `${p.sourceLanguage}-${p.targetLanguage}`).join(', ')}); Ctrl-C stops it`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void apy.stop().then(() => process.exit(0)))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
