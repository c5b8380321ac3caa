/**
 * What a replay answers, written out from the first answer: the same report without the fields'
 * values and changes (each field says how many changes it had), flagged `summary: true`.
 */
export function replayOf(first: Record<string, any>): Record<string, unknown> {
  const { fields, ...rest } = first
  return {
    ...rest,
    summary: true,
    fieldCount: fields.length,
    fields: fields.map((f: Record<string, any>) => ({ field: f.field, locale: f.locale, language: f.language, format: f.format, changed: f.changed, changeCount: f.changes.length })),
  }
}
