import { describe, expect, it } from 'vitest'
import { createCopydesk } from './copydesk.js'
import { glossaries } from '../generated/glossaries.js'

const copydesk = createCopydesk({ glossaries })
const MiB = 1024 * 1024
const fill = (unit: string) => unit.repeat(Math.ceil(MiB / unit.length)).slice(0, MiB)

// Inputs at the default body limit, shaped to break naive code: each once overflowed the call
// stack (push(...) of hundreds of thousands of shortcodes or warnings) or rescanned a long run
// from every position. They must come back as a result, never a throw. Not a speed test (that
// is bench/): the timeout leaves room for a loaded machine, where one input takes seconds.
describe('normalize of 1 MiB inputs of pathological shape', { timeout: 60_000 }, () => {
  it.each([
    ['closing shortcodes', '[x][/y] ', 'html'],
    ['names split by markup', '<b>Ki</b>ev ', 'html'],
    ['a dotted run that is no host name', 'kiev.xx.', 'markdown'],
    ['held variants next to changing ones', 'Kiew Kyjiw ', 'text'],
    ['names discussed as names and glossed by themselves', 'formerly Kiev (Kyiv) ', 'text'],
    ['a city among region words in one paragraph', 'Dnipropetrovsk. This region ', 'text'],
    // Each replacement's unstable-boundary window ran on to the end of the run ("Dynamo Kyiv"
    // reaches back from Kyiv, nothing forward): minutes at 1 MiB (2.6 s at 64 KiB).
    ['names joined by punctuation, a form reaching them one way', 'Kiev,Dynamo,', 'text'],
  ] as const)('%s', (_name, unit, format) => {
    const text = fill(unit)
    const result = copydesk.normalize({ text, format, language: 'en' })
    for (const change of result.changes) expect(text.slice(change.start, change.end)).toBe(change.original)
    expect(result.text.length).toBeGreaterThan(0)
    if (unit === '<b>Ki</b>ev ') expect(result.warnings.length).toBe(text.length / unit.length | 0)
  })
})
