// npm run pack [-- --out FILE] [--site DIR] [--no-pagefind]
// Zips the built site (npm run build) so it works unzipped and opened from files: see src/build/pack.ts.
import { parseArgs } from "node:util";
import { formatPackReport, pack } from "../src/build/pack.ts";

const USAGE = "usage: npm run pack -- [--out FILE] [--site DIR] [--no-pagefind]";
let values;
try {
  ({ values } = parseArgs({
    options: {
      out: { type: "string", default: "news-archive.zip" },
      site: { type: "string", default: "_site" },
      // Pagefind's index only serves a copy put on a web server; without it the zip is smaller.
      "no-pagefind": { type: "boolean", default: false },
    },
    allowPositionals: false,
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}

try {
  const result = await pack({ siteDir: values.site!, out: values.out!, pagefind: !values["no-pagefind"] });
  console.log(formatPackReport(result));
} catch (e) {
  console.error(`Pack failed: ${(e as Error).message}`);
  process.exit(1);
}
