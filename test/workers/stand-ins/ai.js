// A stand-in for the Workers AI binding (`env.AI`), bound in place of wrangler.toml's [ai] by
// vitest.config.ts (miniflare wrappedBindings): the model cannot run here. It speaks the part of
// the documented interface Copydesk calls: `run("@cf/meta/m2m100-1.2b", {text, source_lang,
// target_lang})` → `{translated_text}` (https://developers.cloudflare.com/workers-ai/models/m2m100-1.2b/),
// and throws like the binding does for an unknown model or missing input. Its "translation" is a
// word list, enough to see which words went through the engine; unknown words are copied, as
// m2m100 mostly does with names and made-up tokens. Text containing "ENGINE-GLUES" gets its
// placeholders glued into the next word, as a neural model sometimes does.
const WORDS = {
  'es-en': { el: 'the', la: 'the', de: 'of', en: 'in', presidente: 'president', visitó: 'visited', visita: 'visits', alcalde: 'mayor', y: 'and', habló: 'spoke', con: 'with' },
  'en-es': { the: 'el', of: 'de', in: 'en', president: 'presidente', visited: 'visitó', mayor: 'alcalde', and: 'y', spoke: 'habló', with: 'con' },
  // Polish puts names in cases the words before them govern: "w" (in) the locative, "z" (from or with) the genitive or instrumental.
  'en-pl': { alert: 'alarm', in: 'w', aid: 'pomoc', from: 'z', arrived: 'dotarła' },
}

const LISTED = Object.fromEntries(
  Object.entries(WORDS).map(([pair, words]) => [pair, new RegExp(`(?<!\\p{L})(?:${Object.keys(words).join('|')})(?!\\p{L})`, 'giu')]),
)

export default function () {
  return {
    async run(model, inputs) {
      if (model !== '@cf/meta/m2m100-1.2b') throw new Error(`5007: No such model ${model} or task`)
      if (typeof inputs?.text !== 'string' || typeof inputs?.target_lang !== 'string') throw new Error('5006: Error: required properties missing')
      const words = WORDS[`${inputs.source_lang ?? 'en'}-${inputs.target_lang}`] ?? {}
      // Only the listed words are visited (a whole run of letters, any case): on a megabyte of
      // names the stand-in then allocates nothing, so the memory measured in workerd
      // (scripts/workerd-memory.ts) is Copydesk's, not the stand-in's. The real model runs on
      // Cloudflare's network, outside the Worker's isolate.
      const listed = LISTED[`${inputs.source_lang ?? 'en'}-${inputs.target_lang}`]
      let out = listed === undefined ? inputs.text : inputs.text.replace(listed, (w) => {
        const t = words[w.toLowerCase()]
        if (t === undefined) return w
        return w[0] === w[0].toUpperCase() ? t[0].toUpperCase() + t.slice(1) : t
      })
      if (inputs.text.includes('ENGINE-GLUES')) out = out.replace(/([A-Z][a-z]\d+x) (\p{L})/gu, '$1$2')
      return { translated_text: out }
    },
  }
}
