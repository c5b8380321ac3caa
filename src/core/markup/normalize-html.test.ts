import { describe, expect, it } from 'vitest'
import type { Change } from '../normalize/change.js'
import { deps } from './fixtures/fake-deps.js'
import { fixture } from './fixtures/load.js'
import { normalizeDocument } from './normalize-document.js'
import type { Finder, NormalizeDocumentResult } from './types.js'

const html = (source: string, language = 'en'): NormalizeDocumentResult => normalizeDocument(source, 'html', deps(language))

/** The contract every result keeps, whatever the input. */
function expectConsistent(source: string, r: NormalizeDocumentResult): void {
  let text = ''
  let last = 0
  for (const c of r.changes) {
    expect(source.slice(c.start, c.end)).toBe(c.original)
    expect(c.start).toBeGreaterThanOrEqual(last)
    text += source.slice(last, c.start) + c.replacement
    last = c.end
  }
  expect(text + source.slice(last)).toBe(r.text)
}

describe('normalizeDocument(html): fixtures', () => {
  it.each([
    ['wordpress-post.html', 'wordpress-post.expected.html'],
    ['contentful-export.html', 'contentful-export.expected.html'],
  ])('%s', (input, expected) => {
    const source = fixture(input)
    const r = html(source, 'auto')
    expect(r.text).toBe(fixture(expected))
    expect(r.code).toBe('en')
    expect(r.warnings).toEqual([])
    expectConsistent(source, r)
    expect(html(r.text, 'auto').changes).toEqual([])
  })

  it('WordPress: leaves URLs, scripts, styles, comments, code, shortcodes and data-* alone', () => {
    const r = html(fixture('wordpress-post.html'))
    for (const kept of [
      'kiev-skyline-1024x683.jpg', '"contentLocation":"Kiev"', '/* Kiev */', '<!-- Kiev desk: remember to update the Kiev dateline -->',
      'city=Kiev</code></pre>', '<kbd>Kiev</kbd>', 'data-kiev="Kiev"', 'data-caption="Kiev metro"', "track('Kiev')",
      '[embed]https://www.youtube.com/watch?v=kiev-winter[/embed]', 'https://www.kiev.example/briefing/kiev', 'press@kiev.example',
      'allowfullscreen>Kiev</iframe>', 'category-kiev',
    ]) expect(r.text).toContain(kept)
    for (const changed of ['<title>Kyiv braces', 'content="Kyiv braces for winter"', '"headline":"Kyiv braces for winter"', 'alt="The Kyiv skyline at dusk"', "title='Kyiv, November 2023'", 'Kyiv at dusk. Photo: Ledger/Kyiv bureau[/caption]', 'title="Kyiv at night"', '[Zelensky] has said']) {
      expect(r.text).toContain(changed)
    }
  })
})

// A page's description shows in search results, its Open Graph and X card titles where it is
// shared, an aria-label is what a screen reader says: "Zelenskyy in Kiev" there was read by no rule.
describe('normalizeDocument(html): what readers see outside the text', () => {
  it('changes the content of description and card metadata and aria-label, and no other attribute', () => {
    const source = [
      '<head><meta name="description" content="Zelenskyy visited Kiev"><meta content=\'Kiev at night\' property="og:title">',
      '<meta name=twitter:description content=Kiev><meta name="keywords" content="Kiev, Zelenskyy"><meta property="og:url" content="https://kiev.example/kiev">',
      '<meta name="author" content="Kiev bureau"><meta name="DESCRIPTION" content="Kiev" name="keywords"></head>',
      '<body><button aria-label="Close the Kiev map">x</button><a href="/kiev" aria-labelledby="kiev">Kiev</a></body>',
    ].join('\n')
    const r = html(source)
    expectConsistent(source, r)
    expect(r.text).toBe([
      '<head><meta name="description" content="Zelensky visited Kyiv"><meta content=\'Kyiv at night\' property="og:title">',
      '<meta name=twitter:description content=Kyiv><meta name="keywords" content="Kiev, Zelenskyy"><meta property="og:url" content="https://kiev.example/kiev">',
      '<meta name="author" content="Kiev bureau"><meta name="DESCRIPTION" content="Kyiv" name="keywords"></head>',
      '<body><button aria-label="Close the Kyiv map">x</button><a href="/kiev" aria-labelledby="kiev">Kyiv</a></body>',
    ].join('\n'))
  })
})

// An article's structured data gives search engines its headline and description
// (https://developers.google.com/search/docs/appearance/structured-data/article).
describe('normalizeDocument(html): JSON-LD', () => {
  it('changes the headline, description and body of application/ld+json, and no name, URL or other script', () => {
    const ld = (h: string, d: string, a: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${h}","contentLocation":{"@type":"Place","name":"Kiev"},` +
      `"description":["${d}", {"name": "Kiev"}],"url":"https://kiev.example/kiev","author":{"name":"Kiev desk","description":"${a}"}}</script>`
    const source = `<head>${ld('Zelenskyy in \\"Kiev\\"', 'Kiev\\u0020at night', 'Desk in Kiev')}<script>var headline = "Kiev"</script><script type="application/ld+json">{"headline": "Kiev"</script></head><p>Kiev</p>`
    const r = html(source)
    expectConsistent(source, r)
    expect(r.text).toBe(`<head>${ld('Zelensky in \\"Kyiv\\"', 'Kyiv\\u0020at night', 'Desk in Kyiv')}<script>var headline = "Kiev"</script><script type="application/ld+json">{"headline": "Kiev"</script></head><p>Kyiv</p>`)
    const data = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(r.text)![1]!
    expect(JSON.parse(data)).toMatchObject({ headline: 'Zelensky in "Kyiv"', description: ['Kyiv at night', { name: 'Kiev' }], contentLocation: { name: 'Kiev' } })
  })
})

describe('normalizeDocument(html): character references', () => {
  it('keeps references outside a change and replaces one inside it whole', () => {
    const source = '<p>Kiev&rsquo;s Kiev&#39;s &#x4B;iev &amp; Ki&#101;v</p>'
    const r = html(source)
    expect(r.text).toBe('<p>Kyiv&rsquo;s Kyiv&#39;s Kyiv &amp; Kyiv</p>')
    expect(r.changes.map((c) => c.original)).toEqual(['Kiev', 'Kiev', '&#x4B;iev', 'Ki&#101;v'])
    expectConsistent(source, r)
  })

  it('keeps a &nbsp; between words of a multi-word change', () => {
    const source = '<p>Volodímir&nbsp;Zelenski</p>'
    expect(html(source).text).toBe('<p>Volodymyr&nbsp;Zelensky</p>')
  })

  it('escapes what the replacement must not say raw, per context', () => {
    const finder: Finder = (text, language) =>
      [...text.matchAll(/AT and T|Q and A/g)].map((m): Change => ({
        start: m.index, end: m.index + m[0].length, original: m[0], replacement: m[0] === 'Q and A' ? `Q<A "'` : 'AT&T',
        concept: 'x', rule: 'preferred-form', language, preferred: '', status: 'applied',
      }))
    const source = `<p title="AT and T" alt='Q and A'>AT and T, Q and A <img alt=AT and T> <img alt=Q and A></p>`
    const r = normalizeDocument(source, 'html', { ...deps(), find: finder })
    expect(r.text).toBe(`<p title="AT&amp;T" alt='Q<A "&#39;'>AT&amp;T, Q&lt;A "' <img alt=AT and T> <img alt=Q and A></p>`)
    const unquoted = normalizeDocument('<img alt=Q_and_A title=x>', 'html', {
      ...deps(), find: (t, l) => (t.startsWith('Q_and_A') ? [{ ...finder('Q and A', l, '')[0]!, end: 7, original: 'Q_and_A' }] : []),
    })
    expect(unquoted.text).toBe('<img alt=Q&#60;A&#32;&#34;&#39; title=x>')
  })
})

describe('normalizeDocument(html): changes across markup', () => {
  it('places a multi-word change word by word around inline markup', () => {
    expect(html('<p><em>Volodímir</em> Zelenski</p>').text).toBe('<p><em>Volodymyr</em> Zelensky</p>')
    expect(html('<p>Volodímir <a href="/z">Zelenski</a>.</p>').text).toBe('<p>Volodymyr <a href="/z">Zelensky</a>.</p>')
  })

  it('narrows a change to what differs when markup cuts a word', () => {
    expect(html('<p>Volo<b>dímir</b> Zelenski</p>').text).toBe('<p>Volo<b>dymyr</b> Zelensky</p>')
    expect(html('<p>Zelensk<i>yy</i> said</p>').text).toBe('<p>Zelensk<i>y</i> said</p>')
  })

  it('warns, and changes nothing, when the difference itself crosses markup', () => {
    const source = '<p>K<b>ie</b>v and Ki<b>e</b>v</p>'
    const r = html(source)
    // "ie" → "yi" lies inside the first <b>, but straddles the second one.
    expect(r.text).toBe('<p>K<b>yi</b>v and Ki<b>e</b>v</p>')
    expect(r.warnings).toEqual([
      { code: 'split-by-markup', start: 19, end: 30, concept: 'kyiv', original: 'Ki<b>e</b>v', replacement: 'Kyiv' },
    ])
    const r2 = html('<p>Volodímir <em>Zelen</em>ski</p>')
    expect(r2.changes.map((c) => c.original)).toEqual(['Volodímir', 'i']) // "Zelenski" → "Zelensky": only the "i" differs
    expect(r2.text).toBe('<p>Volodymyr <em>Zelen</em>sky</p>')
  })

  it('keeps **Kiev**\'s simple: the match lies inside the element', () => {
    expect(html("<p><strong>Kiev</strong>'s</p>").text).toBe("<p><strong>Kyiv</strong>'s</p>")
  })

  it('never matches across a block boundary or an atom', () => {
    const source = '<p>Volodímir</p><p>Zelenski</p><table><tr><td>Kyiv</td><td>Kiev</td></tr></table><p>Volodímir<code>x</code>Zelenski</p>'
    expect(html(source).text).toBe(source.replace('<td>Kiev', '<td>Kyiv'))
  })
})

describe('normalizeDocument(html): invalid and truncated input', () => {
  it.each([
    ['<p>Kiev is <b>big', '<p>Kyiv is <b>big'],
    ['Kiev <a href="x', 'Kyiv <a href="x'],
    ['<a href="Kiev">Kiev</div></div> Kiev', '<a href="Kiev">Kyiv</div></div> Kyiv'],
    ['<p>Kiev <img alt="Kiev', '<p>Kyiv <img alt="Kiev'],
    ['<p>Kiev <!-- Kiev', '<p>Kyiv <!-- Kiev'],
    ['<table>Kiev<tr>Kiev</table>', '<table>Kyiv<tr>Kyiv</table>'],
    ['<p>a < Kiev > b</p>', '<p>a < Kyiv > b</p>'],
    ['<code>Kiev</p><p>Kiev', '<code>Kiev</p><p>Kiev'],
    ['', ''],
  ])('%j', (source, expected) => {
    const r = html(source)
    expect(r.text).toBe(expected)
    expectConsistent(source, r)
  })
})
