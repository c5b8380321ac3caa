export { extractMarkdown, readMarkdown } from './extract.js'
export { isSafeInMarkdown } from './safety.js'
