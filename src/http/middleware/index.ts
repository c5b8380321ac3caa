export { locale, localeHeaders } from './locale.js'
export { requestLog, type Log } from './request-log.js'
export { errorsOnly, NonErrorThrown } from './errors-only.js'
