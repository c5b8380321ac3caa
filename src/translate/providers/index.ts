import type { ProviderFactory } from '../provider.js'
import { apertium } from './apertium/index.js'
import { workersAi } from './workers-ai/index.js'

/**
 * The providers that run on every runtime (they only need `fetch` or a binding). The Worker's
 * registry is this list; deepl-node is Node-only and is added by ./node.ts.
 */
export const workerRegistry: readonly ProviderFactory[] = [workersAi, apertium]
