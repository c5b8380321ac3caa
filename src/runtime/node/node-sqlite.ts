/**
 * Loads a module that uses Node's built-in `node:sqlite`, which Node has without a flag since
 * 22.13 (npm scripts run the pinned Node 24). On an older Node the variable that asked for a
 * SQLite file is named, with the two ways out (`without`: how to run with no file), instead of a
 * crash at import.
 */
export async function withNodeSqlite<T>(variable: string, without: string, load: () => Promise<T>): Promise<T> {
  try {
    await import('node:sqlite')
  } catch {
    throw new Error(
      `${variable} needs Node's built-in SQLite (node:sqlite, Node 22.13 or later; this is Node ${process.versions.node}): ` +
        `run with the project's pinned Node (npm start, or node_modules/.bin/node), or ${without}`,
    )
  }
  return load()
}
