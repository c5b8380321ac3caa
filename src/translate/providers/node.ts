import type { ProviderFactory } from '../provider.js'
import { apertium } from './apertium/index.js'
import { deeplProvider } from './deepl/index.js'
import { workersAi } from './workers-ai/index.js'

/** The Node registry: Apertium first (the default when TRANSLATE_PROVIDER is unset), then DeepL when DEEPL_AUTH_KEY is set. */
export const nodeRegistry: readonly ProviderFactory[] = [apertium, deeplProvider, workersAi]
