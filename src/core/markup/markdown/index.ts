export { becomesLabel, extractMarkdown, readMarkdown, type BecomesLabel } from './extract.js'
export { isSafeInMarkdown } from './safety.js'
