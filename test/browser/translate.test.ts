import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApy, type Apy } from '../../scripts/apertium/apy.js'
import { launchChromium, openContext } from './support/browser.js'
import { changeCards, clipboard, counts, eventually, openEditor, seriousViolations, storyBox } from './support/editor.js'
import { startNode, type RunningServer } from './support/servers.js'

// The translate mode for real: the Node server with Apertium's APy (Debian's packages) on loopback.
describe('the editor page translating with Apertium', { timeout: 90_000 }, () => {
  let browser: Browser
  let apy: Apy
  let server: RunningServer

  beforeAll(async () => {
    ;[browser, apy] = await Promise.all([launchChromium(), startApy({ readyTimeoutMs: 60_000 })])
    server = await startNode({ APERTIUM_URL: apy.url })
  }, 90_000)

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()])
    await apy?.stop()
  })

  it('translates Spanish wire copy into English: the engine output with the house-style changes on top, accept, copy', async () => {
    const context = await openContext(browser, server.url)
    const page = await context.newPage()
    const problems = await openEditor(page, server.url)
    await page.getByRole('tab', { name: 'Translate' }).click()
    await storyBox(page).fill('El presidente Zelenskyy visitó Kiev y la Plaza San Miguel.')
    await page.getByLabel('From', { exact: true }).selectOption('es')
    await page.getByLabel('To', { exact: true }).selectOption('en')
    expect(await page.getByLabel('Engine', { exact: true }).locator('option:checked').innerText()).toBe('apertium')
    await page.getByRole('button', { name: 'Translate' }).click()
    await counts(page).waitFor({ timeout: 60_000 })
    await eventually(() => page.getByText('Machine translation by apertium, then house style for English.').count()).toBe(1)

    // The engine wrote the square word by word; house style makes it St Michael's Square.
    const square = page.getByRole('article', { name: /St Michael's Square/ })
    await eventually(() => square.count()).toBe(1)
    expect(await changeCards(page).count()).toBeGreaterThanOrEqual(1)
    await square.getByRole('button', { name: /Accept/ }).click()
    await page.getByRole('button', { name: 'Copy result' }).click()
    await eventually(() => page.getByText('Copied to the clipboard.').count()).toBe(1)
    const copied = await clipboard(page)
    expect(copied).toContain("St Michael's Square")
    expect(copied).toContain('Kyiv')
    expect(copied).toContain('Zelensky')
    expect(copied).not.toMatch(/Kiev|Zelenskyy|San Miguel/)
    expect(await seriousViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
