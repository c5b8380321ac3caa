export { renderChange, type RenderedChange } from './change.js'
export { renderWarning, type RenderedWarning } from './warning.js'
export { renderLanguage, type RenderedLanguage } from './language.js'
export { renderNormalizeResult, type RenderedNormalizeResult } from './normalize-result.js'
