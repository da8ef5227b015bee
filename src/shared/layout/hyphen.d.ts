/** Types for the parts of the `hyphen` package (ISC, Liang's algorithm with TeX patterns) we use. */
declare module 'hyphen/nl/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const nl: { hyphenateSync(text: string, options?: HyphenateOptions): string };
  export default nl;
}
