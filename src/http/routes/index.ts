export { normalizeRoute, type NormalizeRouteOptions } from './normalize.js'
export { detectRoute, type DetectRouteOptions } from './detect.js'
export { listGlossariesRoute, getGlossaryRoute } from './glossaries.js'
export { healthRoute } from './health.js'
