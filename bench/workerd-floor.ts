// The floor of a normalize request in workerd (bench/workerd-cpu.ts): a Hono worker that does
// what any service answering it must, and nothing of ours besides. It reads the JSON body,
// detects the text's language as the core does (eld on a prepared sample, detect-language.ts),
// and serializes an answer of the same size: ours to that text, handed over once in the ANSWER
// binding, with the language found written in. No glossary, no matching, no rendering, no
// middleware. Built by `wrangler deploy --dry-run` like the real worker.
import { Hono } from 'hono'
import { detectLanguage } from '../src/core/detect/detect-language.js'

interface Answer {
  language: Record<string, unknown>
}

const encoder = new TextEncoder()
const app = new Hono<{ Bindings: { ANSWER: string } }>()
let answer: Answer | undefined

app.post('/v1/normalize', async (c) => {
  const { text } = await c.req.json<{ text: string }>()
  answer ??= JSON.parse(c.env.ANSWER) as Answer
  const { code, confidence } = detectLanguage(text)
  const bytes = encoder.encode(JSON.stringify({ ...answer, language: { ...answer.language, code, confidence } }))
  return c.body(bytes, 200, { 'content-type': 'application/json; charset=utf-8' })
})

export default app
