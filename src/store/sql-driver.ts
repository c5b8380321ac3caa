/** A parameter of a statement: what both node:sqlite and D1 bind. */
export type SqlValue = string | number | null

export interface Statement {
  sql: string
  params: SqlValue[]
}

/**
 * The little the store needs of a SQLite database, so one store (`sql-store.ts`) runs on
 * node:sqlite (Node) and on D1 (Workers), which speak the same SQL.
 */
export interface SqlDriver {
  all<Row>(statement: Statement): Promise<Row[]>
  /** Runs the statements in one transaction: all or none. */
  batch(statements: Statement[]): Promise<void>
}

export const sql = (strings: TemplateStringsArray, ...params: SqlValue[]): Statement => ({ sql: strings.join('?'), params })
