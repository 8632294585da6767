// The parts of Nunjucks (@11ty/nunjucks, Eleventy's own build) that .eleventy.ts uses.
declare module "nunjucks" {
  export class Environment {}
  export class Template {
    constructor(src: string, env: Environment, path?: string | null, eagerCompile?: boolean);
    render(context: object, callback: (err: Error | null, result: string | null) => void): void;
  }
  const nunjucks: { Template: typeof Template; Environment: typeof Environment };
  export default nunjucks;
}
