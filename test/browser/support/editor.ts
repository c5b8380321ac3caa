import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import axe from 'axe-core'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * `expect.poll` with room for a busy machine (vitest's default gives up after one second; the
 * browser tests share two cores with the rest of the suite). Not a timing assertion.
 */
export const eventually = <T,>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 })

export const seedArticle = readFileSync(fileURLToPath(new URL('../../../../shared/fixtures/seed-article-en.txt', import.meta.url)), 'utf8')

/** The seed article as the editor wants it after rejecting the square: Kyiv and Zelensky only. */
export const seedWithoutSquare = seedArticle.replace('provided Kiev with', 'provided Kyiv with').replace('Volodímir Zelenski', 'Volodymyr Zelensky')

/** Opens the page and records what the browser refused or failed to run (CSP, script errors). */
export async function openEditor(page: Page, url: string): Promise<string[]> {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text())
  })
  await page.goto(url)
  await eventually(() => page.getByRole('button', { name: /^(Check|Revisar|Prüfen|Vérifier|Перевірити)$/ }).count()).toBe(1)
  return problems
}

export const storyBox = (page: Page): Locator => page.getByRole('textbox', { name: 'Story' })
export const changeCards = (page: Page): Locator => page.getByRole('article')
export const card = (page: Page, name: RegExp): Locator => page.getByRole('article', { name })
export const counts = (page: Page): Locator => page.getByRole('status').filter({ hasText: '·' })
export const alert = (page: Page): Locator => page.getByRole('alert')

/** Pastes a text and runs the check, as an editor does with the mouse. */
export async function check(page: Page, text: string): Promise<void> {
  await storyBox(page).fill(text)
  await page.getByRole('button', { name: 'Check' }).click()
  await counts(page).waitFor()
}

export function clipboard(page: Page): Promise<string> {
  return page.evaluate('navigator.clipboard.readText()')
}

/** The main flow of the issue, on whichever server: three changes, reject the square, copy. */
export async function rejectTheSquareAndCopy(page: Page): Promise<void> {
  await check(page, seedArticle)
  await eventually(() => changeCards(page).count()).toBe(3)
  const reasons = await changeCards(page).allInnerTexts()
  expect(reasons.join('\n')).toContain('Use “St Michael\'s Square” rather than “Plaza San Miguel” (house style)')
  expect(reasons.join('\n')).toContain('Use “Kyiv” rather than “Kiev” (house style)')
  expect(reasons.join('\n')).toMatch(/Volodymyr Zelensky/)
  await eventually(() => counts(page).innerText()).toBe('3 pending · 0 accepted · 0 rejected')

  await card(page, /Plaza San Miguel/).getByRole('button', { name: /Reject/ }).click()
  await eventually(() => counts(page).innerText()).toBe('2 pending · 0 accepted · 1 rejected')
  await eventually(() => card(page, /Plaza San Miguel/).innerText()).toMatch(/Rejected/)

  await page.getByRole('button', { name: 'Copy result' }).click()
  await eventually(() => page.getByText('Copied to the clipboard.').count()).toBe(1)
  const copied = await clipboard(page)
  expect(copied).toContain('provided Kyiv with $65 billion')
  expect(copied).toContain('Volodymyr Zelensky')
  expect(copied).toContain("the capital's Plaza San Miguel.")
  expect(copied).toBe(seedWithoutSquare)
}

/** axe-core's findings of serious or critical impact, run inside the page (its CSP stays on). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source)
  const violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] = await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))',
  )
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)
}
