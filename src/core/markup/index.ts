export { normalizeDocument } from './normalize-document.js'
export { extractHtml } from './extract-html.js'
export { extractMarkdown } from './markdown/index.js'
export { ATOM } from './types.js'
export type {
  Detect,
  DocumentBlock,
  EscapeContext,
  Finder,
  MarkupFormat,
  MarkupWarning,
  NotRead,
  NotReadReason,
  SplitByMarkup,
  NormalizeDocumentDeps,
  NormalizeDocumentResult,
  ProseBlock,
  Segment,
} from './types.js'
