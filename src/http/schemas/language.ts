import * as v from 'valibot'

export const Language = v.pipe(
  v.object({
    code: v.pipe(v.string(), v.description('The primary language subtag whose house style applied, or "und".')),
    confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1), v.description('0 to 1, rounded to 3 decimals.')),
    source: v.picklist(['declared', 'detected', 'fallback']),
    reason: v.optional(v.pipe(v.picklist(['no-letters', 'too-short', 'not-confident']), v.description('Why detection could not tell.'))),
    explanation: v.pipe(v.string(), v.description('How the language was chosen, in the locale of the answer.')),
    blocks: v.optional(v.array(v.object({ start: v.number(), end: v.number(), code: v.string() }))),
  }),
  v.title('Language'),
)
