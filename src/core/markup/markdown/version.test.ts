import installed from 'markdown-it/package.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import { createMarkdownParser, MARKDOWN_IT_VERSION } from './parser.js'

describe('the Markdown layer and markdown-it', () => {
  // The plugins wrap markdown-it's block rules, rely on how its inline tokenizer steps through
  // the content, and recompute what its rules cut (content-map-lines.ts mirrors getLines and the
  // table rule). A new markdown-it may change any of that without an error: re-check them
  // against its changelog and source, run the property tests, then move MARKDOWN_IT_VERSION.
  it(`runs on the markdown-it the plugins were written against (${MARKDOWN_IT_VERSION})`, () => {
    expect(installed.version, `markdown-it ${installed.version} is installed; src/core/markup/markdown/ was written against ${MARKDOWN_IT_VERSION} (see its README)`).toBe(MARKDOWN_IT_VERSION)
  })

  it('builds a new instance per factory call, so no instance is shared or patched behind it', () => {
    const a = createMarkdownParser()
    const b = createMarkdownParser()
    const text = 'Kiev *and* [Kyiv](https://kyiv.example "title")\n'
    expect(a.parse(text).tokens).toEqual(b.parse(text).tokens)
    const children = a.parse(text).tokens[1]!.children!
    const content = a.parse(text).tokens[1]!.content
    expect(children.map((t) => content.slice(...t.map!))).toEqual(['Kiev ', '*', 'and', '*', ' ', '[', 'Kyiv', '](https://kyiv.example "title")'])
  })
})
