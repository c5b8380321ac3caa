/**
 * How each element affects prose. Names are lowercase; anything not listed is a block
 * boundary, which is the safe default: a wrong boundary can only hide a match across it, while
 * a wrong join could glue two words (`<td>Kyiv</td><td>Kiev</td>`) into one.
 */

/**
 * Phrasing content (https://html.spec.whatwg.org/multipage/dom.html#phrasing-content) that
 * flows through: "<em>Volodímir</em> Zelenski" is one run of prose.
 */
export const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'label', 'mark', 'nobr', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub',
  'time', 'tt', 'u', 'wbr', 'output', 'slot', 'area', 'map',
])

/**
 * Elements whose content is never prose: code, raw text (script, style,
 * https://html.spec.whatwg.org/multipage/syntax.html#raw-text-elements), form values, content a
 * browser does not show (a template's, an iframe's, the fallback of media every browser plays),
 * and foreign content (SVG, MathML). What of it a reader sees is reported (REPORTED).
 * `noscript` is not here: it holds the no-JavaScript copy of the same content (lazy-loading
 * plugins put the real `<img alt>` there), which should read like the rest; nor `object`, whose
 * content is the fallback a browser shows when it cannot show the object (no plugin runs Flash
 * any more), copy for the reader like the rest; nor `button`, whose label is the page's text.
 */
export const SKIP = new Set([
  'code', 'kbd', 'samp', 'var', 'pre', 'listing', 'xmp', 'plaintext', 'script', 'style', 'template', 'textarea',
  'noembed', 'noframes', 'iframe', 'video', 'audio', 'canvas', 'select', 'datalist', 'svg',
  'math', 'sup',
])

/**
 * Skipped elements whose text a reader sees, left as it is but reported (`not-read`) with a
 * reason, never passed over in silence:
 * - `form-control`: a `<select>`'s option labels (the chosen one shows, the rest when it opens)
 *   and a `<textarea>`'s initial text are on the page, but they are also what the form sends (an
 *   option without a `value` sends its label): a style edit there changes data a server may
 *   match on, so a person decides;
 * - `foreign-content`: an inline SVG's `<text>` and `<title>` (its tooltip), a formula's `<mi>`
 *   or `<mtext>`: shown, but placed by the drawing (a longer name may overrun its box) among
 *   style and metadata that are not prose.
 */
export const REPORTED: ReadonlyMap<string, 'form-control' | 'foreign-content'> = new Map([
  ['select', 'form-control'], ['textarea', 'form-control'], ['svg', 'foreign-content'], ['math', 'foreign-content'],
])

/**
 * Skipped elements that sit inside a line of prose: they become an atom, not a boundary.
 * `sup` is here because in news copy it holds footnote markers (`Kiev<sup>1</sup>`), which
 * must not glue onto the word before them.
 */
export const INLINE_SKIP = new Set(['sup', 'code', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'video', 'audio', 'canvas', 'select', 'textarea'])

/**
 * Skipped elements that end with an element that holds them, as a browser's tree builder ends
 * them (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody): in
 * `<p><kbd>Ctrl</p><p>Kiev</p>` and `<td><kbd>a<td>Kiev` "Kiev" is outside the `kbd`. Not the
 * others: raw text (`script`, `textarea`…: the tokenizer reads on to their own end tag), foreign
 * content, `template` and `select`, which the tree builder treats otherwise.
 */
export const ENDS_WITH_HOLDER = new Set(['code', 'kbd', 'samp', 'var', 'pre', 'listing', 'sup', 'video', 'audio', 'canvas', 'datalist'])

/**
 * `code` is a formatting element: when one that holds it ends, the browser opens it again for
 * what follows (`<p><code>a</p><p>Kiev</p>` has "Kiev" in code), unless a table cell, a
 * caption or the like that holds it ends too (a marker: "clear the list of active formatting
 * elements up to the last marker").
 */
export const REOPENED = new Set(['code'])

/** The formatting elements (https://html.spec.whatwg.org/multipage/parsing.html#formatting): their end tags run the adoption agency. */
export const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u'])
export const MARKERS = new Set(['td', 'th', 'caption', 'object', 'applet', 'marquee', 'template'])

/** Where an end tag stops looking for its element (https://html.spec.whatwg.org/multipage/parsing.html#has-an-element-in-scope). */
export const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template'])

/**
 * The tree builder's special elements (https://html.spec.whatwg.org/multipage/parsing.html#special):
 * an end tag of another element does not end what is open past one of them (`</span>` inside
 * `<span><pre>` is ignored), and the end tag of one looks for it in scope instead.
 */
export const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption',
  'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input',
  'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol',
  'p', 'param', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td',
  'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
])

/** A table's parts, which the tree builder ignores outside a table (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody). */
export const TABLE_PARTS = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'])

/** Start tags that end an open `p` first (https://html.spec.whatwg.org/multipage/parsing.html#close-a-p-element). */
export const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'table', 'hr', 'xmp', 'plaintext',
])

/** Void elements never have content, so they never open a skipped region. */
export const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
])

/** Replaced inline elements without content: an atom in the prose. */
export const INLINE_ATOM = new Set(['img', 'input', 'embed'])

/**
 * In SVG and MathML `<x/>` really closes the element
 * (https://html.spec.whatwg.org/multipage/syntax.html#start-tags); in HTML the slash is ignored
 * and `<code/>` opens a code element.
 */
export const FOREIGN = new Set(['svg', 'math'])

/** The sets above as bits of ELEMENT_KINDS. */
export const KIND = {
  inline: 1, skip: 2, inlineSkip: 4, void: 8, inlineAtom: 16, foreign: 32,
  endsWithHolder: 64, reopened: 128, marker: 256, scope: 512, special: 1024, closesP: 2048, tablePart: 4096, reported: 8192, formatting: 16384,
} as const

/**
 * Each element named in a set above, with the sets it is in as KIND bits (absent: 0): one
 * lookup a tag for a walker that asks several sets about it (a tag name sliced from the
 * source is a new string, hashed and compared anew by each set).
 */
export const ELEMENT_KINDS: ReadonlyMap<string, number> = kinds([
  [INLINE, KIND.inline], [SKIP, KIND.skip], [INLINE_SKIP, KIND.inlineSkip], [VOID, KIND.void], [INLINE_ATOM, KIND.inlineAtom], [FOREIGN, KIND.foreign],
  [ENDS_WITH_HOLDER, KIND.endsWithHolder], [REOPENED, KIND.reopened], [MARKERS, KIND.marker], [SCOPE, KIND.scope], [SPECIAL, KIND.special],
  [CLOSES_P, KIND.closesP], [TABLE_PARTS, KIND.tablePart], [new Set(REPORTED.keys()), KIND.reported], [FORMATTING, KIND.formatting],
])

function kinds(sets: [ReadonlySet<string>, number][]): Map<string, number> {
  const out = new Map<string, number>()
  for (const [set, bit] of sets) for (const name of set) out.set(name, (out.get(name) ?? 0) | bit)
  return out
}

/**
 * Attributes whose values are prose; every other attribute value is left alone. `aria-label` is
 * the name a screen reader says for its element (https://www.w3.org/TR/wai-aria-1.2/#aria-label).
 */
export const PROSE_ATTRIBUTES = new Set(['alt', 'title', 'aria-label'])

/**
 * The `<meta>` names and properties whose `content` readers see: a page's description in search
 * results (https://html.spec.whatwg.org/multipage/semantics.html#standard-metadata-names), its
 * card where it is shared (Open Graph, https://ogp.me/: og:title, og:description, og:image:alt;
 * X cards: twitter:title, twitter:description, twitter:image:alt). Keywords, authors and every
 * other name are not prose.
 */
export const PROSE_META = new Set(['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt'])
