// @11ty/eleventy ships JavaScript without type declarations; the build uses only its constructor
// and write(), typed where they are called (src/build/render.ts).
declare module "@11ty/eleventy" {
  const Eleventy: new (input: string, output: string, options?: Record<string, unknown>) => { write(): Promise<unknown>; setIsVerbose(v: boolean): void };
  export default Eleventy;
}
