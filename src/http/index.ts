export { createApp, type AppOptions } from './app.js'
export { HttpError, type ErrorCode, type ErrorStatus } from './http-error.js'
export type { AppEnv } from './env.js'
export type { Log } from './middleware/index.js'
