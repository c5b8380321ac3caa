import { describe, expect, it } from 'vitest'
import { createCopydesk } from './copydesk.js'
import { glossaries } from '../generated/glossaries.js'

const copydesk = createCopydesk({ glossaries, prevalidated: true })

describe('normalize with diff: false', () => {
  it.each([
    ['text', 'Troops left Kiev.\n\nZelenskyy spoke in Kharkov.'],
    ['html', '<p>Troops left <em>Kiev</em>.</p><p>Zelenskyy spoke in Kharkov.</p>'],
    ['markdown', '# Kiev\n\nZelenskyy spoke in *Kharkov*.'],
  ] as const)('leaves the diff empty and everything else as it was (%s)', (format, text) => {
    const full = copydesk.normalize({ text, format })
    const lean = copydesk.normalize({ text, format, diff: false })
    expect(full.diff).not.toBe('')
    expect(lean).toEqual({ ...full, diff: '' })
  })
})
