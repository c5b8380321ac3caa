import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { compileGlossary } from '../core/glossary/compile.js'
import { createCopydesk } from '../core/copydesk.js'
import { glossaries } from '../generated/glossaries.js'
import { resolveGlossaries } from '../core/glossary/extend.js'
import type { GlossarySource } from '../core/api.js'
import { checkDraft, readGlossaryDocument } from './draft.js'
import { liveGlossaries } from './live.js'
import { preview } from './preview.js'
import { sqliteGlossaryStore } from './sqlite/index.js'

const news = resolveGlossaries(glossaries).find((g) => g.id === 'news')!
const builtIns = [{ source: news, version: compileGlossary(news).version }]
const dirs: string[] = []
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-store-'))
  dirs.push(dir)
  return join(dir, 'nested', 'glossaries.db')
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

/** News where English keeps "Kiev": a decision a desk could take, and reverse. */
function withoutKyiv(): GlossarySource {
  const copy: GlossarySource = structuredClone(news)
  const kyiv = copy.concepts.find((c) => c.id === 'kyiv')!
  kyiv.forms.en = { preferred: 'Kiev', variants: ['Kyyiv'] }
  kyiv.examples = {}
  // Concepts whose examples expect "Kyiv" in English would fail: drop their English examples.
  for (const c of copy.concepts) if (c.examples?.en && JSON.stringify(c.examples.en).includes('Kyiv')) delete c.examples.en
  return copy
}

describe('glossary store (SQLite)', () => {
  it('seeds the built-in glossary once, as the active version, and survives a restart', async () => {
    const path = tempDb()
    const first = sqliteGlossaryStore(path)
    await first.init(builtIns)
    await first.init(builtIns)
    expect(await first.activeVersions()).toEqual([{ glossary: 'news', version: builtIns[0]!.version }])
    expect(await first.versions('news')).toEqual([{ version: builtIns[0]!.version, createdAt: expect.any(String), createdBy: 'built-in', active: true }])
    const draft = checkDraft(withoutKyiv(), 'news')
    if (!draft.ok) throw new Error(JSON.stringify(draft.issues))
    expect(await first.putDraft('news', draft.version, draft.source, 'key-a')).toEqual({ created: true })
    expect(await first.putDraft('news', draft.version, draft.source, 'key-a')).toEqual({ created: false })
    expect(await first.activate('news', draft.version, 'key-b')).toBe(true)
    expect(await first.activate('news', 'ffffffffffffff', 'key-b')).toBe(false)
    first.close()

    const second = sqliteGlossaryStore(path)
    await second.init(builtIns) // a restart with the same bundle keeps the editor's choice
    expect(await second.activeVersions()).toEqual([{ glossary: 'news', version: draft.version }])
    expect((await second.audit('news')).map((a) => [a.actor, a.action, a.version])).toEqual([
      ['key-b', 'activate', draft.version], ['key-a', 'draft', draft.version], ['key-a', 'draft', draft.version],
      ['built-in', 'activate', builtIns[0]!.version], ['built-in', 'draft', builtIns[0]!.version],
    ])
    expect(await second.source('news', draft.version)).toEqual(draft.source)
    second.close()
  })

  // Two processes started together on one database (a cluster, a rolling deploy): the second
  // opened it while the first held its lock and failed at once with "database is locked", since
  // the switch to WAL ran before the busy timeout was set (bench/load-cluster.ts, round 29).
  it('waits for another process that holds the database, instead of failing to start', async () => {
    const path = tempDb()
    mkdirSync(dirname(path), { recursive: true })
    const holder = spawn(process.execPath, ['-e', `
      const { DatabaseSync } = require('node:sqlite')
      const db = new DatabaseSync(${JSON.stringify(path)})
      db.exec('BEGIN EXCLUSIVE; CREATE TABLE held (x)')
      process.stdout.write('locked\\n')
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
      db.exec('COMMIT')
      db.close()`], { stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise((resolve) => holder.once('exit', resolve))
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve())
      holder.once('exit', (code) => reject(new Error(`the lock holder exited with ${code} before locking`)))
    })
    const store = sqliteGlossaryStore(path)
    await store.init(builtIns)
    expect(await store.activeVersions()).toEqual([{ glossary: 'news', version: builtIns[0]!.version }])
    store.close()
    expect(await exited).toBe(0)
  })

  it('refuses to change a stored version, even from SQL', async () => {
    const { DatabaseSync } = await import('node:sqlite')
    const path = tempDb()
    const store = sqliteGlossaryStore(path)
    await store.init(builtIns)
    store.close()
    const db = new DatabaseSync(path)
    expect(() => db.exec(`UPDATE glossary_versions SET source = '{}'`)).toThrow(/immutable/)
    db.close()
  })

  it('lets a new deploy’s built-in glossary go live only while no editor has activated a version', async () => {
    const store = sqliteGlossaryStore(':memory:')
    await store.init(builtIns)
    const changed = { ...news, name: 'News (2027)' }
    await store.init([{ source: changed, version: compileGlossary(changed).version }])
    expect((await store.activeVersions())[0]!.version).toBe(compileGlossary(changed).version)
    await store.activate('news', builtIns[0]!.version, 'editor')
    const again = { ...news, name: 'News (2028)' }
    await store.init([{ source: again, version: compileGlossary(again).version }])
    expect((await store.activeVersions())[0]!.version).toBe(builtIns[0]!.version)
  })
})

describe('live glossaries', () => {
  it('serves the active version, and a new one after activation and refresh', async () => {
    let clock = 0
    const store = sqliteGlossaryStore(':memory:')
    await store.init(builtIns)
    const live = liveGlossaries({ builtIn: createCopydesk({ glossaries: [news] }), store, defaultGlossary: 'news', refreshMs: 1000, now: () => clock })
    await live.refresh()
    const run = () => live.copydesk.normalize({ text: 'Troops left Kiev.', language: 'en' })
    expect(run()).toMatchObject({ text: 'Troops left Kyiv.', glossary: { version: builtIns[0]!.version } })

    const draft = checkDraft(withoutKyiv(), 'news')
    if (!draft.ok) throw new Error('draft')
    await store.putDraft('news', draft.version, draft.source, 'k')
    await store.activate('news', draft.version, 'k')
    await live.refresh()
    expect(run().glossary.version).toBe(builtIns[0]!.version) // still within refreshMs
    clock = 1000
    await live.refresh()
    expect(run()).toMatchObject({ text: 'Troops left Kiev.', glossary: { version: draft.version } })
    expect(live.copydesk.glossaries()[0]!.version).toBe(draft.version)
    // Rollback: activate the older version again.
    await store.activate('news', builtIns[0]!.version, 'k')
    await live.refresh(true)
    expect(run().text).toBe('Troops left Kyiv.')
  })

  it('shares one SQLite file between processes: each serves an activation on its next refresh', async () => {
    const path = tempDb()
    const [one, two] = [sqliteGlossaryStore(path), sqliteGlossaryStore(path)]
    const builtIn = createCopydesk({ glossaries: [news] })
    const a = liveGlossaries({ builtIn, store: one, defaultGlossary: 'news', refreshMs: 0 })
    const b = liveGlossaries({ builtIn, store: two, defaultGlossary: 'news', refreshMs: 0 })
    await Promise.all([a.refresh(), b.refresh()])
    const draft = checkDraft(withoutKyiv(), 'news')
    if (!draft.ok) throw new Error('draft')
    await one.putDraft('news', draft.version, draft.source, 'k')
    await one.activate('news', draft.version, 'k')
    await b.refresh()
    expect(b.copydesk.normalize({ text: 'Kyyiv', language: 'en' })).toMatchObject({ text: 'Kiev', glossary: { version: draft.version } })
    expect((await two.audit('news')).filter((e) => e.actor === 'built-in')).toHaveLength(2) // seeded once, not per process
    one.close()
    two.close()
  })

  it('compiles a version once, whatever the number of requests', async () => {
    const store = sqliteGlossaryStore(':memory:')
    await store.init(builtIns)
    const live = liveGlossaries({ builtIn: createCopydesk({ glossaries: [news] }), store, defaultGlossary: 'news', refreshMs: 0 })
    await live.refresh()
    const a = await live.version('news', builtIns[0]!.version)
    await live.refresh()
    expect(await live.version('news', builtIns[0]!.version)).toBe(a)
  })
})

describe('drafts', () => {
  it('accepts what GET /v1/glossaries/:id answers, unchanged, with the same version', () => {
    const fetched = JSON.parse(JSON.stringify({ ...news, version: builtIns[0]!.version }))
    const check = checkDraft(fetched, 'news')
    expect(check).toMatchObject({ ok: true, version: builtIns[0]!.version })
  })

  it('lists every problem by entry, and failing examples, as the build does', () => {
    const bad = structuredClone(news) as GlossarySource
    bad.concepts.find((c) => c.id === 'kyiv')!.forms.en!.variants!.push('')
    bad.concepts.find((c) => c.id === 'lviv')!.examples!.en = { keep: ['Lvov is a city.'] }
    const broken = checkDraft(bad, 'news')
    expect(broken.ok).toBe(false)
    expect(!broken.ok && broken.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([expect.stringMatching(/^kyiv\.forms\.en\.variants\[\d+\]: empty form/)])
    const failing = structuredClone(news) as GlossarySource
    failing.concepts.find((c) => c.id === 'lviv')!.examples!.en = { keep: ['Lvov is a city in Ukraine.'] }
    const result = checkDraft(failing, 'news')
    expect(!result.ok && result.issues).toEqual([{ file: 'news/concepts/lviv', path: 'lviv.examples.en.keep[0]', message: 'must not change, got "Lviv is a city in Ukraine."' }])
  })

  it('reads YAML as the files hold it, refusing duplicate keys with the line', () => {
    expect(readGlossaryDocument('id: news\nname: News\n', true)).toEqual({ id: 'news', name: 'News' })
    expect(() => readGlossaryDocument('id: a\nid: b\n', true)).toThrow(/line 2/)
    expect(checkDraft({ ...news, id: 'other' }, 'news')).toMatchObject({ ok: false, issues: [{ path: 'id' }] })
  })
})

describe('preview', () => {
  it('shows what a draft would change that the live version does not, and the reverse', async () => {
    const store = sqliteGlossaryStore(':memory:')
    await store.init(builtIns)
    const live = liveGlossaries({ builtIn: createCopydesk({ glossaries: [news] }), store, defaultGlossary: 'news', refreshMs: 0 })
    await live.refresh()
    const draft = checkDraft(withoutKyiv(), 'news')
    if (!draft.ok) throw new Error('draft')
    const texts = [{ text: 'Troops left Kiev and Kyyiv.', language: 'en' }, { text: 'Zelenskyy spoke.', language: 'en' }]
    const [first, second] = preview(live.copydesk, live.compile(draft.source).core, 'news', texts)
    expect(first!.added.map((c) => [c.original, c.replacement])).toEqual([['Kyyiv', 'Kiev']])
    expect(first!.removed.map((c) => [c.original, c.replacement])).toEqual([['Kiev', 'Kyiv'], ['Kyyiv', 'Kyiv']])
    expect(second).toEqual({ added: [], removed: [] })
  })
})
