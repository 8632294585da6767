// Seed folders for the bad-input and hostile-input tests: one of every bad case, and seeds that
// try to smuggle markup, scripts or paths into the output. Written into temporary folders, since
// binary, huge, mis-encoded and oddly named files do not belong in the repository.
import { readdirSync, readFileSync, symlinkSync } from "node:fs";
import { truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import { MAX_SEED_BYTES } from "../src/ingest/decode.ts";
import { SEEDS } from "./helpers.ts";

export const ARTICLE = (place: string, day: string) =>
  `Protesters block the road to ${place}\n\nThousands of protesters blocked the main road into ${place} on ${day}, demanding new elections, local radio reported.\n\nPolice said the blockade would be cleared by nightfall.\n`;

/** Writes one of every bad case into `dir` (beside whatever is there); returns which files must be refused and which published. */
export async function writeBadSeeds(dir: string): Promise<{ bad: string[]; good: string[] }> {
  const files: Record<string, string | Uint8Array> = {
    "empty.txt": "",
    "whitespace.txt": "  \r\n\t\n",
    "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    "bad-yaml.md": "---\ntitle: [unclosed\n---\nThe road to Puno was blocked on Monday.\n",
    "wrong-types.md": "---\ndate: not a date\nplaces: 42\n---\nThe road to Puno was blocked on Monday, police said.\n",
    "only-front-matter.md": "---\ntitle: Nothing below\n---\n",
    // Read in name order, "000_…" comes first: it is published and the copy is the duplicate.
    "copy of 000.txt": readFileSync(join(SEEDS, "000_659d4556c4cf58f8.txt")),
    "notes.docx": "PK\u0003\u0004 not really a document",
    "latin1.txt": iconv.encode(ARTICLE("Apurímac", "Monday"), "latin1"),
    "bom crlf.txt": "\uFEFF" + ARTICLE("Tacna", "Tuesday").replace(/\n/g, "\r\n"),
    "Protesta en Apurímac (copia) #2.txt": ARTICLE("Andahuaylas", "Wednesday"),
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  await writeFile(join(dir, "huge.txt"), "");
  await truncate(join(dir, "huge.txt"), MAX_SEED_BYTES + 1);
  symlinkSync(join(SEEDS, "001_ea67ae3c146ba8a5.txt"), join(dir, "linked.txt"));
  const bad = ["empty.txt", "whitespace.txt", "binary.txt", "bad-yaml.md", "wrong-types.md", "only-front-matter.md", "copy of 000.txt", "notes.docx", "huge.txt", "linked.txt"];
  const good = ["latin1.txt", "bom crlf.txt", "Protesta en Apurímac (copia) #2.txt"];
  return { bad, good };
}

/** The five seeds' file names. */
export const FIVE_SEEDS = () => readdirSync(SEEDS);

export const HOSTILE: Record<string, string> = {
  // Markup in every front-matter field and all through the text; a casualty sentence and place
  // names carry it too, since those reach the casualty table, the CSV and the map.
  "hostile-markup.md": `---
title: 'Police fire on marchers in Juliaca <script>alert("title")</script><img src=x onerror=alert(1)>'
subtitle: '<iframe src="javascript:alert(2)"></iframe>Witnesses describe <b>the day</b> & say 5 < 6 "<Lima>"'
author: '<a href="javascript:alert(3)">Jane Roe</a>'
source: 'Evil <b onmouseover=alert(4)>Times</b>'
date: 2023-01-10
places: ['<script>alert(5)</script>Juliaca', 'Puno<img src=x onerror=alert(5)>']
"<script>key</script>": 1
---
Thousands of protesters gathered in Juliaca on Monday to demand the president's resignation. <script>alert("body")</script>At least 17 <b onmouseover=alert(6)>protesters</b> were killed in Juliaca, officials said.

<iframe src="https://evil.example/"></iframe>

Read [the report](javascript:alert(7)) or <javascript:alert(8)> or [this](JaVaScRiPt:alert(9)) or [that](data:text/html,<script>alert(10)</script>).

<img src=x onerror=alert(11)

<a href="javascript:alert(12)">Residents said</a> the march was peaceful <div onclick="alert(13)">until the afternoon</div>.

Template syntax stays text: {{ 7*7 }} and {% raw %}x{% endraw %} and \${alert(14)}.

Entities stay text: &lt;iframe&gt; and &lt;script&gt;alert(15)&lt;/script&gt; were quoted in the indictment.

<style>body{display:none}</style><object data="x.swf"></object><embed src="x.swf"><svg onload=alert(16)><circle/></svg><math><mi xlink:href="javascript:alert(17)">x</mi></math>

![tracker](https://evil.example/pixel.png) and a [real link](https://example.org/report).

<!-- <script>alert(18)</script> -->

[ref]: javascript:alert(19)
`,
  // ids and slugs that try to climb out of the output folder: refused, with a message.
  "escape-id.md": "---\nid: ../../../escaped-id\n---\nA march in Cusco on Tuesday ended without incident, organisers said.\n",
  "escape-slug.md": "---\nslug: 'nested/../../escaped-slug'\n---\nA second march in Cusco on Wednesday ended peacefully, police said.\n",
  // A title that looks like a path becomes a plain slug.
  "dotdot-title.txt": "../../../../escaped-title\n\nRoad blockades continued in Puno on Thursday as truckers waited at the border.\n",
  // gray-matter would eval() this; it must stay text.
  "js-front-matter.md": `---js\n{ title: require("fs").writeFileSync(${JSON.stringify("CANARY")}, "pwned") || "x" }\n---\nStudents in Arequipa marched on Friday to the main square.\n`,
  "bad-url.md": "---\nurl: 'javascript:alert(1)'\n---\nA vigil was held in Ayacucho for the victims on Saturday.\n",
  "<img src=x onerror=alert(20)>.txt": "Farmers in Andahuaylas blocked the highway on Sunday, local radio reported.\n",
  "nunjucks {{ 7*7 }} & \"quotes\" (copy) #2.txt": "{{ archive.title }} {% include '/etc/passwd' %}\n\nThe miners' federation in Ilave called a general strike on Monday, its leaders said.\n",
};

/** Hostile seeds the build must refuse (with a reason); the others it publishes as text. */
export const HOSTILE_REFUSED = ["escape-id.md", "escape-slug.md", "bad-url.md", "<img src=x onerror=alert(20)>.txt"];

/** Writes the hostile seeds into `dir`; `canary` is the file the JavaScript front matter would create if it ran. */
export async function writeHostileSeeds(dir: string, canary: string): Promise<void> {
  for (const [name, text] of Object.entries(HOSTILE)) await writeFile(join(dir, name), text.replace('"CANARY"', JSON.stringify(canary)));
}
