/**
 * Reading configuration variables: a plain record of strings (`process.env` on Node, the
 * bindings on Workers), an empty value counting as unset, and errors that name the variable,
 * say what is allowed and repeat what was given (never for a secret: see config-access.ts).
 */
export type ConfigSource = Readonly<Record<string, string | undefined>>

export function read(source: ConfigSource, name: string): string | undefined {
  const value = source[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

export function invalid(name: string, allowed: string, value: string): Error {
  return new Error(`${name} must be ${allowed}, got ${JSON.stringify(value)}`)
}

export function integer(source: ConfigSource, name: string, min: number, max: number, allowed: string): number | undefined {
  const value = read(source, name)
  if (value === undefined) return undefined
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(parsed >= min && parsed <= max)) throw invalid(name, allowed, value)
  return parsed
}
