import type { Config } from '../config/index.js'
import type { Copydesk } from '../core/api.js'
import { detectors } from '../core/detect/index.js'
import { liveGlossaries, type LiveGlossaries } from '../store/live.js'
import type { GlossaryStore } from '../store/types.js'

/** The live glossaries over a runtime's store, seeded from the built-in bundle: the same on Node and Workers. */
export function serveFromStore(config: Config, builtIn: Copydesk, store: GlossaryStore): LiveGlossaries {
  return liveGlossaries({
    builtIn,
    store,
    defaultGlossary: config.defaultGlossary,
    refreshMs: config.glossaryRefreshMs,
    detector: detectors[config.detector],
    ...(config.fallbackLanguage ? { fallbackLanguage: config.fallbackLanguage } : {}),
  })
}
