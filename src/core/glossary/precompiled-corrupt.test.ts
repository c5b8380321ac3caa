import { describe, expect, it } from 'vitest'
import { glossaries } from '../../generated/glossaries.js'
import { precompiled as generated } from '../../generated/precompiled.js'
import { createCopydesk } from '../copydesk.js'
import { resolveGlossaries } from './extend.js'
import { openPrecompiled, type Precompiled, type PrecompiledNames, type PrecompiledTrie, type StoredArray } from './precompiled.js'

// An artifact the build did not write as it is (a truncated deploy, a hand edit, a bug in a
// writer) must fail where it is decoded, with what does not fit, never answer from a table
// that reads past its end or holds undefined forms. The build's own artifact is checked
// against a fresh compile in precompiled.test.ts; these are the decoders' own checks.

const news = resolveGlossaries(glossaries).find((s) => s.id === 'news')!

/** A copy of the artifact with news's record changed by `edit`, which may add blobs and objects. */
function corrupted(edit: (names: PrecompiledNames, trie: PrecompiledTrie, artifact: Precompiled) => void): Precompiled {
  const artifact = structuredClone(generated)
  const record = artifact.glossaries.find((g) => g.id === 'news')!
  const trie = record.languages.en
  if (trie === undefined || trie === 'base') throw new Error('news has its own English trie')
  edit(record.names, trie, artifact)
  return artifact
}

/** A blob of `values` as the writer stores them (little-endian bytes, base64), added to `artifact`. */
function blob(artifact: Precompiled, type: 'i32' | 'u16', values: number[]): StoredArray {
  const array = type === 'i32' ? Int32Array.from(values) : Uint16Array.from(values)
  const bytes = new Uint8Array(array.buffer)
  return [type, artifact.blobs.push(btoa(String.fromCharCode(...bytes))) - 1]
}

function decodedNames(artifact: Precompiled) {
  const loaded = openPrecompiled(artifact).load(news)
  if (!loaded.ok) throw new Error(loaded.reason)
  return () => loaded.glossary.names!()
}

/** The numbers of a stored array (the tests corrupt copies of them). */
function numbers(artifact: Precompiled, [type, index]: StoredArray): number[] {
  const binary = atob(artifact.blobs[index]!)
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return Array.from(type === 'u16' ? new Uint16Array(bytes.buffer) : new Int32Array(bytes.buffer))
}

describe('a precompiled artifact with corrupt known names', () => {
  it('reads the build’s own names (the baseline the corruptions change)', () => {
    expect(decodedNames(generated)).not.toThrow()
  })

  it('refuses a list of forms that runs past the end of the forms', () => {
    const artifact = corrupted((names, _trie, a) => {
      const forms = numbers(a, names.forms)
      forms[forms.length - 2] = 5 // the last list's count, when its one form is the last number
      names.forms = blob(a, 'i32', forms)
    })
    const last = numbers(generated, generated.glossaries.find((g) => g.id === 'news')!.names.forms)
    // The corruption above assumes the last whole form has one written form.
    expect(last[last.length - 2]).toBe(1)
    expect(decodedNames(artifact)).toThrow(/^precompiled known names: a list of 5 forms at \d+, in \d+ numbers$/)
  })

  it('refuses a list of no forms', () => {
    const artifact = corrupted((names, _trie, a) => {
      const forms = numbers(a, names.forms)
      forms[0] = 0
      names.forms = blob(a, 'i32', forms)
    })
    expect(decodedNames(artifact)).toThrow('precompiled known names: a list of 0 forms at 0, in ')
  })

  it('refuses a form that is not an entry (an object the entries do not have)', () => {
    const artifact = corrupted((names, _trie, a) => {
      const forms = numbers(a, names.forms)
      forms[1] = a.objects.push({ a: ['Kyiv'] }) - 1
      names.forms = blob(a, 'i32', forms)
    })
    expect(decodedNames(artifact)).toThrow(/^precompiled known names: object \d+ is not an entry with a form$/)
  })

  it('refuses an index past the objects', () => {
    const artifact = corrupted((names, _trie, a) => {
      const forms = numbers(a, names.forms)
      forms[1] = a.objects.length + 7
      names.forms = blob(a, 'i32', forms)
    })
    expect(decodedNames(artifact)).toThrow(/^precompiled entries: no object \d+$/)
  })

  it('refuses slots that are not the lists of forms: one whole form more, or a slot with no hash', () => {
    const extra = corrupted((names, _trie, a) => {
      const slots = numbers(a, names.slots)
      slots.push(12345 | (1 << 31))
      names.slots = blob(a, 'i32', slots)
    })
    expect(decodedNames(extra)).toThrow(/^stored known names: \d+ lists of forms for \d+ whole forms$/)
    const empty = corrupted((names, _trie, a) => {
      const slots = numbers(a, names.slots)
      slots.push(0)
      names.slots = blob(a, 'i32', slots)
    })
    expect(decodedNames(empty)).toThrow(/^precompiled known names: slot \d+ holds no hash$/)
  })

  it('refuses a longest form that is not a count, and a start flag table of the wrong size', () => {
    for (const longest of [-1, 2.5, Number.NaN]) {
      const artifact = corrupted((names) => {
        names.longest = longest
      })
      expect(decodedNames(artifact)).toThrow(`precompiled known names: a longest form of ${longest} units`)
    }
    const starts = corrupted((names, _trie, a) => {
      names.starts = blob(a, 'u16', [1, 2, 3])
    })
    expect(decodedNames(starts)).toThrow('precompiled known names: starts not a flag per code unit')
  })

  it('fails the first text read with "auto" with the decoder’s message, not with a silently wrong answer', () => {
    const artifact = corrupted((names) => {
      names.longest = -1
    })
    const copydesk = createCopydesk({ glossaries, prevalidated: true, precompiled: { artifact } })
    // A declared language reads no names.
    expect(copydesk.normalize({ text: 'Officials in Kiev said.', language: 'en' }).text).toBe('Officials in Kyiv said.')
    expect(() => copydesk.normalize({ text: 'Officials in Kiev said the talks would resume next week.', language: 'auto' })).toThrow(
      'precompiled known names: a longest form of -1 units',
    )
  })
})

describe('a precompiled artifact with a corrupt trie', () => {
  const englishOf = (artifact: Precompiled) => () => {
    const loaded = openPrecompiled(artifact).load(news, { lazy: true })
    if (!loaded.ok) throw new Error(loaded.reason)
    return loaded.glossary.matcherFor('en')
  }

  it('refuses arrays of different lengths', () => {
    const artifact = corrupted((_names, trie, a) => {
      trie.nextEntry = blob(a, 'i32', numbers(a, trie.nextEntry).slice(1))
    })
    expect(englishOf(artifact)).toThrow(/^precompiled trie: arrays of \d+, \d+, \d+ and \d+ nodes, \d+ links for \d+ entries$/)
  })

  it('refuses runs out of order, and a child numbered before its node', () => {
    const runs = corrupted((_names, trie, a) => {
      const run = numbers(a, trie.run)
      ;[run[3], run[4]] = [run[4]!, run[3]!]
      trie.run = blob(a, 'i32', run)
    })
    expect(englishOf(runs)).toThrow(/^precompiled trie: runs that do not lie one after another within \d+ units$/)
    const order = corrupted((_names, trie, a) => {
      const firstChild = numbers(a, trie.firstChild)
      const parent = firstChild.findIndex((child, n) => n > 1 && child > n)
      firstChild[parent] = 1
      trie.firstChild = blob(a, 'i32', firstChild)
    })
    expect(englishOf(order)).toThrow('precompiled trie: a child or a sibling numbered before its node')
  })

  it('refuses a blob it does not hold', () => {
    const artifact = corrupted((_names, trie, a) => {
      trie.units = ['u16', a.blobs.length + 3]
    })
    expect(englishOf(artifact)).toThrow(/^precompiled trie: no blob \d+$/)
  })
})
