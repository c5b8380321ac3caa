export { extractMarkdown } from './extract.js'
export { isSafeInMarkdown } from './safety.js'
