/** A file imported as text with Vite's `?raw` suffix (test/http/support/fixtures.ts). */
declare module '*?raw' {
  const text: string
  export default text
}
