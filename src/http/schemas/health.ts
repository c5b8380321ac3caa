import * as v from 'valibot'

export const Health = v.pipe(
  v.object({
    status: v.literal('ok'),
    version: v.pipe(v.string(), v.description('The service\'s version.')),
    glossaries: v.array(v.object({ id: v.string(), version: v.string() })),
  }),
  v.title('Health'),
)
