// npm run add -- FILE... [--seeds DIR]
// Checks each file, copies it into the seeds folder under a safe name, and prints what was
// extracted. A refused file leaves the seeds folder as it was. Exits 1 when any file was refused.
import { parseArgs } from "node:util";
import { addSeeds, describeAdded } from "../src/build/add.ts";

const { values, positionals } = parseArgs({ options: { seeds: { type: "string", default: "seeds" } }, allowPositionals: true });
if (!positionals.length) {
  console.error("usage: npm run add -- FILE... [--seeds DIR]");
  process.exit(2);
}
const results = await addSeeds(positionals, values.seeds!);
for (const r of results) console.log(describeAdded(r));
const added = results.filter((r) => r.ok).length;
console.log(`\n${added} of ${results.length} added to ${values.seeds}.${added ? " Run `npm run build` (or keep `npm start` running: it rebuilds by itself) and open the page above." : ""}`);
process.exitCode = added === results.length ? 0 : 1;
