import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core'

/**
 * Debian's Chromium (`apt-get install chromium`, .ci/run), driven by playwright-core: never a
 * downloaded browser. Playwright starts it with a fresh temporary profile; the switches keep it
 * off the network it has no business with (updates, sync, field trials) on an offline machine.
 */
export const CHROMIUM = '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A browser context for `origin`, English unless told, allowed to use the clipboard. */
export async function openContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1360, height: 900 }, acceptDownloads: true, ...options })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
  return context
}
