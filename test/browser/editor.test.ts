import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openContext } from './support/browser.js'
import { alert, card, eventually, changeCards, check, clipboard, counts, openEditor, rejectTheSquareAndCopy, seedArticle, seriousViolations, storyBox } from './support/editor.js'
import { startNode, type RunningServer } from './support/servers.js'

const screenshotPath = fileURLToPath(new URL('../../docs/editor.png', import.meta.url))

/** The page as a person uses it, in Debian's Chromium, against the Node server on loopback. */
describe('the editor page on Node', { timeout: 60_000 }, () => {
  let browser: Browser
  let open: RunningServer

  beforeAll(async () => {
    ;[browser, open] = await Promise.all([launchChromium(), startNode()])
  }, 60_000)

  afterAll(async () => {
    await Promise.all([browser?.close(), open?.close()])
  })

  async function newPage(url = open.url, options = {}): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await openContext(browser, url, options)
    const page = await context.newPage()
    const problems = await openEditor(page, url)
    return { page, problems, close: () => context.close() }
  }

  it('paste the seed article: three changes with their reasons; reject the square; the copied result keeps it', async () => {
    const { page, problems, close } = await newPage()
    await rejectTheSquareAndCopy(page)

    // The unified diff of what was accepted: Kyiv and Zelensky, not the square.
    await page.getByRole('button', { name: 'Copy diff' }).click()
    const diff = await clipboard(page)
    expect(diff).toMatch(/^-.*provided Kiev with/m)
    expect(diff).toMatch(/^\+.*provided Kyiv with/m)
    expect(diff).toMatch(/^\+.*Volodymyr Zelensky/m)
    expect(diff).not.toContain("St Michael's Square")

    // The clean text shows the result as it will be copied.
    await page.getByRole('button', { name: 'Clean text' }).click()
    await eventually(() => page.getByText('provided Kyiv with $65 billion', { exact: false }).count()).toBe(1)
    expect(await page.getByText("the capital's Plaza San Miguel.", { exact: false }).count()).toBe(1)
    expect(await page.getByRole('link', { name: /Change \d/ }).count()).toBe(0)
    await page.getByRole('button', { name: 'Redline' }).click()
    expect(await page.getByRole('link', { name: /Change \d/ }).count()).toBe(3)
    expect(problems).toEqual([])
    await close()
  })

  it('shows the page after a check (the screenshot in docs/ and the README)', async () => {
    const { page, close } = await newPage(open.url, { viewport: { width: 1360, height: 1020 } })
    await check(page, seedArticle)
    await card(page, /Plaza San Miguel/).getByRole('button', { name: /Reject/ }).click()
    await card(page, /Kiev/).getByRole('button', { name: /Accept/ }).click()
    await eventually(() => page.getByText(/Language: Detected as English/).count()).toBe(1)
    await page.evaluate('window.scrollTo(0, 0)')
    const png = await page.screenshot({ path: screenshotPath })
    expect(png.length).toBeGreaterThan(20_000)
    await close()
  })

  it('opens an HTML file, accepts all and downloads the same HTML with only the names changed', async () => {
    const html = [
      '<!doctype html>',
      '<html lang="en">',
      '<head><meta charset="utf-8"><title>Stoltenberg in Kiev</title></head>',
      '<body>',
      '<article class="story" data-city="Kiev">',
      '  <h1>Stoltenberg visits Kiev</h1>',
      '  <p>The Ukrainian president, <em>Volodímir Zelenski</em>, met him in <a href="https://example.com/kiev-visit">Kiev</a>&nbsp;on Thursday.</p>',
      '  <pre><code>GET /cities/Kiev</code></pre>',
      '</article>',
      '</body>',
      '</html>',
      '',
    ].join('\n')
    const { page, close } = await newPage()
    await page.getByLabel('Open file…').setInputFiles({ name: 'stoltenberg.html', mimeType: 'text/html', buffer: Buffer.from(html) })
    await eventually(() => page.getByText('File: stoltenberg.html').count()).toBe(1)
    await eventually(() => page.getByLabel('Format').locator('option:checked').innerText()).toBe('Auto (HTML)')
    await page.getByRole('button', { name: 'Check' }).click()
    await counts(page).waitFor()
    const total = await changeCards(page).count()
    expect(total).toBeGreaterThanOrEqual(3)
    await page.getByRole('button', { name: 'Accept all' }).click()
    await eventually(() => counts(page).innerText()).toBe(`0 pending · ${total} accepted · 0 rejected`)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()])
    expect(download.suggestedFilename()).toBe('stoltenberg.html')
    const saved = readFileSync(await download.path(), 'utf8')
    // The same document, byte for byte, but for the names in its prose.
    const expected = html
      .replace('<title>Stoltenberg in Kiev</title>', '<title>Stoltenberg in Kyiv</title>')
      .replace('<h1>Stoltenberg visits Kiev</h1>', '<h1>Stoltenberg visits Kyiv</h1>')
      .replace('<em>Volodímir Zelenski</em>', '<em>Volodymyr Zelensky</em>')
      .replace('>Kiev</a>', '>Kyiv</a>')
    expect(saved).toBe(expected)
    await close()
  })

  it('opens a Markdown file dropped on the text box, and checks it as Markdown', async () => {
    const markdown = '# Kiev diary\n\nWe met [the mayor of Kiev](https://example.com/kiev) and `Kiev` stays in code.\n'
    const { page, close } = await newPage()
    const dataTransfer = await page.evaluateHandle(
      `(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(markdown)}], 'diary.md', { type: 'text/markdown' })); return dt })()`,
    )
    await storyBox(page).dispatchEvent('drop', { dataTransfer })
    await eventually(() => page.getByText('File: diary.md').count()).toBe(1)
    expect(await storyBox(page).inputValue()).toBe(markdown)
    expect(await page.getByLabel('Format').locator('option:checked').innerText()).toBe('Auto (Markdown)')
    await page.getByRole('button', { name: 'Check' }).click()
    await eventually(() => changeCards(page).count()).toBe(2)
    await page.getByRole('button', { name: 'Copy result' }).click()
    await eventually(() => clipboard(page)).toBe('# Kyiv diary\n\nWe met [the mayor of Kyiv](https://example.com/kiev) and `Kiev` stays in code.\n')
    await close()
  })

  it('says on a change inside a quotation in another language whose house style it followed, and on no other', async () => {
    const { page, problems, close } = await newPage()
    await check(page, 'El alcalde de Kyiv dijo el lunes en la capital: "We will defend Kyiv and Kharkov".')
    await eventually(() => changeCards(page).count()).toBe(2)
    expect(await card(page, /Kharkov/).innerText()).toContain('House style for English')
    expect(await card(page, /Kyiv/).innerText()).not.toContain('House style for')
    expect(problems).toEqual([])
    await close()
  })

  it('works from the keyboard alone: Ctrl+Enter, j / k, a / r, Tab to copy', async () => {
    const { page, close } = await newPage()
    for (let i = 0; i < 30 && (await page.evaluate('document.activeElement?.id')) !== 'story'; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement?.id')).toBe('story')
    await page.keyboard.insertText(seedArticle)
    await page.keyboard.press('Control+Enter')
    await counts(page).waitFor()
    await eventually(() => changeCards(page).count()).toBe(3)

    await page.keyboard.press('j') // change 2 (the first is selected after a check)
    await page.keyboard.press('a')
    await page.keyboard.press('k') // change 1
    await page.keyboard.press('r')
    await page.keyboard.press('j')
    await page.keyboard.press('j') // change 3
    await page.keyboard.press('a')
    await eventually(() => page.evaluate('document.activeElement?.id')).toBe('finding-3')
    await eventually(() => counts(page).innerText()).toBe('0 pending · 2 accepted · 1 rejected')
    expect(await changeCards(page).nth(0).innerText()).toMatch(/Rejected/)
    expect(await changeCards(page).nth(1).innerText()).toMatch(/Accepted/)
    expect(await changeCards(page).nth(2).innerText()).toMatch(/Accepted/)

    const focusedText = () => page.evaluate('document.activeElement?.textContent?.trim()')
    for (let i = 0; i < 20 && (await focusedText()) !== 'Copy result'; i++) await page.keyboard.press('Tab')
    expect(await focusedText()).toBe('Copy result')
    // Focus is visible on what the keyboard reached.
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none')
    await page.keyboard.press('Enter')
    await eventually(() => page.getByText('Copied to the clipboard.').count()).toBe(1)
    const copied = await clipboard(page)
    expect(copied).toContain("the capital's Plaza San Miguel.")
    expect(copied).toContain('provided Kyiv with')
    expect(copied).toContain('Volodymyr Zelensky')
    await close()
  })

  it('has no serious or critical accessibility violation (axe-core), before and after a check', async () => {
    const { page, close } = await newPage()
    expect(await seriousViolations(page)).toEqual([])
    await check(page, seedArticle)
    await card(page, /Plaza San Miguel/).getByRole('button', { name: /Reject/ }).click()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('speaks the browser’s language and switches locale, keeping the decisions', async () => {
    const { page, close } = await newPage(open.url, { locale: 'es-ES' })
    await page.getByRole('textbox', { name: 'Texto' }).fill('Zelenskyy’s office in Kiev confirmed the visit.')
    await page.getByRole('button', { name: 'Revisar' }).click()
    await eventually(() => page.getByText('Use «Kyiv» en lugar de «Kiev» (libro de estilo)').count()).toBe(1)
    await card(page, /Kiev/).getByRole('button', { name: /Rechazar/ }).click()

    await page.getByLabel('Idioma de la página').selectOption('de')
    await eventually(() => page.getByRole('button', { name: 'Prüfen' }).count()).toBe(1)
    await eventually(() => page.getByText('„Kyiv“ statt „Kiev“ verwenden (Hausstil)').count()).toBe(1)
    expect(await card(page, /Kiev/).innerText()).toMatch(/Abgelehnt/)
    expect(await page.evaluate('document.documentElement.lang')).toBe('de')
    await close()
  })

  it('lists a held-back suggestion apart, with its reason, out of the result until accepted', async () => {
    const { page, close } = await newPage()
    await check(page, 'Odessa port reopens.\n\nThe spelling Kiev is old.')
    const suggestions = page.getByRole('region', { name: 'Suggestions held back' })
    await eventually(() => suggestions.getByRole('article').count()).toBe(1)
    const suggestion = suggestions.getByRole('article', { name: /Kiev to Kyiv/ })
    expect(await suggestion.innerText()).toMatch(/Why held back: name-discussed/)
    expect(await changeCards(page).count()).toBe(2)
    expect(await page.getByRole('link', { name: /Kiev/ }).innerText()).toContain('Kiev') // in the text, not applied
    await page.getByRole('button', { name: 'Copy result' }).click()
    await eventually(() => clipboard(page)).toBe('Odesa port reopens.\n\nThe spelling Kiev is old.')

    await suggestion.getByRole('button', { name: /Accept/ }).click()
    await eventually(() => counts(page).innerText()).toBe('1 pending · 1 accepted · 0 rejected')
    await page.getByRole('button', { name: 'Copy result' }).click()
    await eventually(() => clipboard(page)).toBe('Odesa port reopens.\n\nThe spelling Kyiv is old.')
    await close()
  })

  // Round 35: a `form-unknown` change has no form to write (its replacement is its original); the
  // card read "Dniepropietrowska → Dniepropietrowska" with buttons that changed nothing.
  it('marks a change with no form to accept to edit by hand, with no buttons', async () => {
    const { page, close } = await newPage()
    await check(page, 'Dniepropietrowska policja poinformowała w nocy o ataku, a władze miasta ogłosiły żałobę.')
    const suggestions = page.getByRole('region', { name: 'Suggestions held back' })
    await eventually(() => suggestions.getByRole('article').count()).toBe(1)
    const suggestion = suggestions.getByRole('article', { name: 'Dniepropietrowska' })
    expect(await suggestion.innerText()).toMatch(/Nothing to accept: no form is known here/)
    expect(await suggestion.innerText()).toMatch(/Why held back: form-unknown/)
    expect(await suggestion.getByRole('button').count()).toBe(0)
    expect(await page.locator('.text mark.byhand').innerText()).toContain('Dniepropietrowska')
    await close()
  })

  it('hides the translate mode when no translation provider answers (Apertium configured, not running)', async () => {
    const { page, close } = await newPage()
    expect(await page.getByRole('tab', { name: 'Translate' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Translate' }).count()).toBe(0)
    await close()
  })

  describe('with API keys', () => {
    const key = 'editor-key-0123456789abcdef'
    let locked: RunningServer

    beforeAll(async () => {
      locked = await startNode({ API_KEYS: key })
    })
    afterAll(() => locked?.close())

    it('asks for the key, refuses a wrong one, works with the right one, and keeps it in sessionStorage only', async () => {
      const { page, close } = await newPage(locked.url)
      const sent: (string | undefined)[] = []
      page.on('request', (request) => {
        if (request.url().endsWith('/v1/normalize')) sent.push(request.headers().authorization)
      })
      await eventually(() => alert(page).innerText()).toBe('This service needs an API key. Enter it above.')
      expect(await seriousViolations(page)).toEqual([])

      await page.getByLabel('API key', { exact: true }).fill('wrong-key-0123456789abcdef')
      await page.getByRole('button', { name: 'Use key' }).click()
      await eventually(() => alert(page).innerText()).toBe('The API key was not accepted. Check it and enter it again.')

      await page.getByLabel('API key', { exact: true }).fill(key)
      await page.getByRole('button', { name: 'Use key' }).click()
      await eventually(() => alert(page).innerText()).toBe('')
      await eventually(() => page.getByText('A key is in use in this tab.').count()).toBe(1)
      await check(page, seedArticle)
      await eventually(() => changeCards(page).count()).toBe(3)

      expect(sent).toEqual([`Bearer ${key}`])
      expect(await page.evaluate('sessionStorage.getItem("copydesk.apiKey")')).toBe(key)
      expect(await page.evaluate('localStorage.length')).toBe(0)
      expect(await page.evaluate('document.cookie')).toBe('')
      expect(await page.context().cookies()).toEqual([])
      expect(page.url()).not.toContain(key)
      await close()
    })
  })

  describe('with a tiny rate limit and body limit', () => {
    let limited: RunningServer

    beforeAll(async () => {
      limited = await startNode({ RATE_LIMIT: '4', RATE_LIMIT_PERIOD: '60', BODY_LIMIT: '1000' })
    })
    afterAll(() => limited?.close())

    it('says a text is too long, with the limit, then counts a 429 down from Retry-After', async () => {
      const { page, close } = await newPage(limited.url)
      await check(page, 'Stoltenberg visited Kiev.')
      await page.getByRole('button', { name: 'Edit text' }).click()
      await storyBox(page).fill(seedArticle)
      await page.getByRole('button', { name: 'Check' }).click()
      await eventually(() => alert(page).innerText()).toMatch(/^The text is too long for this service \([\d,]+ bytes\)\. The request body exceeds the limit of 1,?000 bytes/)

      // Page load (glossaries, providers) and two checks used four requests of the budget.
      await storyBox(page).fill('Stoltenberg visited Kiev again.') // still editing: a failed check keeps the text box
      await page.getByRole('button', { name: 'Check' }).click()
      await eventually(() => alert(page).innerText()).toMatch(/^Too many requests\. You can try again in \d+ s\.$/)
      const seconds = async () => Number(/in (\d+) s/.exec(await alert(page).innerText())?.[1])
      const first = await seconds()
      expect(first).toBeGreaterThan(1)
      expect(first).toBeLessThanOrEqual(60)
      expect(await page.getByRole('button', { name: 'Check' }).isDisabled()).toBe(true)
      await expect.poll(seconds, { timeout: 10_000, interval: 200 }).toBeLessThan(first)
      await close()
    })
  })
})
