import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openContext } from './support/browser.js'
import { openEditor, rejectTheSquareAndCopy } from './support/editor.js'
import { startWorker, type RunningServer } from './support/servers.js'

// The same page from the Worker, in local workerd (`wrangler dev --local`, as `npm run dev:worker`).
describe('the editor page on the Worker (wrangler dev --local)', { timeout: 60_000 }, () => {
  let browser: Browser
  let worker: RunningServer

  beforeAll(async () => {
    ;[browser, worker] = await Promise.all([launchChromium(), startWorker()])
  }, 120_000)

  afterAll(async () => {
    await Promise.all([browser?.close(), worker?.close()])
  })

  it('paste the seed article, reject the square, copy Kyiv and Zelensky', async () => {
    const context = await openContext(browser, worker.url)
    const page = await context.newPage()
    const problems = await openEditor(page, worker.url)
    await rejectTheSquareAndCopy(page)
    expect(problems).toEqual([])
    await context.close()
  })
})
