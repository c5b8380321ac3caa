import { createCopydesk } from '../src/core/copydesk.js'
import { glossaries } from '../src/generated/glossaries.js'
const c = createCopydesk({ glossaries })
const text = 'Officials in Kiev met Zelenski. '.repeat(Math.floor(1048000 / 32))
global.gc?.()
const before = process.memoryUsage().rss
let peak = before
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 5)
const t0 = performance.now()
const r = c.normalize({ text, language: 'en' })
const t1 = performance.now()
peak = Math.max(peak, process.memoryUsage().rss)
clearInterval(timer)
console.log('changes', r.changes.length, 'ms', Math.round(t1 - t0), 'rss+MB', Math.round((peak - before) / 1e6), 'diff bytes', r.diff.length, 'json', JSON.stringify(r.changes[0]))
