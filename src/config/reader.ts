/**
 * The one configuration reader: environment variables (`process.env` on Node, the bindings on
 * Workers) and JSON settings (the webhook integrations) alike. Each check records a problem and
 * returns `undefined`, so that one start reports every mistake at once, one line each. A
 * problem names the variable or the setting, says what is allowed and repeats what was given —
 * never for a secret (API keys, webhook secrets and tokens, the WEBHOOKS text).
 */

/** A plain record of strings: `process.env` on Node, the bindings / `[vars]` on Workers. */
export type ConfigSource = Readonly<Record<string, string | undefined>>

export class ConfigReader {
  readonly problems: string[] = []

  constructor(private readonly env: ConfigSource) {}

  /**
   * Throws if anything was recorded: an Error whose message lists every problem, one a line,
   * or `new Problems(problems)`.
   */
  throwIfAny(Problems?: new (problems: string[]) => Error): void {
    if (this.problems.length === 0) return
    throw Problems ? new Problems(this.problems) : new Error(this.problems.join('\n'))
  }

  // Environment variables: problems read `NAME must be <allowed>, got "<value>"`.

  /** A variable's trimmed value; an empty value counts as unset. */
  variable(name: string): string | undefined {
    const value = this.env[name]?.trim()
    return value === undefined || value === '' ? undefined : value
  }

  /** Records a problem about a whole variable (or several); returns undefined. */
  problem(text: string): undefined {
    this.problems.push(text)
    return undefined
  }

  invalid(name: string, allowed: string, value: string): undefined {
    return this.problem(`${name} must be ${allowed}, got ${JSON.stringify(value)}`)
  }

  /** A variable matching `pattern`, as given. */
  matching(name: string, pattern: RegExp, allowed: string): string | undefined {
    const value = this.variable(name)
    if (value === undefined || pattern.test(value)) return value
    return this.invalid(name, allowed, value)
  }

  integer(name: string, min: number, max: number, allowed: string): number | undefined {
    const value = this.variable(name)
    if (value === undefined) return undefined
    const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN
    if (!(parsed >= min && parsed <= max)) return this.invalid(name, allowed, value)
    return parsed
  }

  oneOfVariable<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.variable(name)
    if (value === undefined) return undefined
    if (!(allowed as readonly string[]).includes(value)) return this.invalid(name, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value)
    return value as T
  }

  // JSON settings: problems read `<where>: "<setting>" <problem>`, `where` naming the entry
  // (e.g. `integrations[1] "wp-main"`).

  error(where: string, setting: string, problem: string): undefined {
    return this.problem(`${where}: "${setting}" ${problem}`)
  }

  object(where: string, setting: string, value: unknown): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
    return this.error(where, setting, `must be an object, got ${describe(value)}`)
  }

  onlyKeys(where: string, prefix: string, value: Record<string, unknown>, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.error(where, `${prefix}${key}`, `is not a setting here (known: ${known.join(', ')})`)
    }
  }

  string(where: string, setting: string, value: unknown, pattern?: RegExp, expected = 'a non-empty string'): string | undefined {
    if (typeof value !== 'string' || value.trim() === '' || (pattern && !pattern.test(value))) {
      return this.error(where, setting, `must be ${expected}, got ${describe(value)}`)
    }
    return value
  }

  oneOf<T extends string>(where: string, setting: string, value: unknown, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    return this.error(where, setting, `must be ${alternatives(allowed)}, got ${describe(value)}`)
  }

  positiveInteger(where: string, setting: string, value: unknown, max: number): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max) return value
    return this.error(where, setting, `must be an integer from 1 to ${max}, got ${describe(value)}`)
  }

  url(where: string, setting: string, value: unknown): string | undefined {
    const text = this.string(where, setting, value)
    if (text === undefined) return undefined
    try {
      const url = new URL(text)
      if (url.protocol === 'https:' || url.protocol === 'http:') return text.replace(/\/+$/, '')
    } catch {
      // reported below
    }
    return this.error(where, setting, `must be an http(s) URL, got ${describe(value)}`)
  }

  /** A secret given inline (`"s3cret"`) or by environment variable (`{"env": "NAME"}`); never quoted. */
  secret(where: string, setting: string, value: unknown): string | undefined {
    if (typeof value === 'string') return value.trim() === '' ? this.error(where, setting, 'must not be empty') : value
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const { env, ...rest } = value as Record<string, unknown>
      if (Object.keys(rest).length > 0 || typeof env !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(env)) {
        return this.error(where, setting, `must be a string or {"env": "VARIABLE_NAME"}, got ${describe(value)}`)
      }
      const resolved = this.env[env]?.trim()
      if (!resolved) return this.error(where, setting, `names environment variable ${env}, which is not set`)
      return resolved
    }
    return this.error(where, setting, `must be a string or {"env": "VARIABLE_NAME"}, got ${describe(value)}`)
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

export function alternatives(allowed: readonly string[]): string {
  const quoted = allowed.map((a) => `"${a}"`)
  if (quoted.length <= 2) return quoted.join(' or ')
  return `one of ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}
