// The body's HTML: the fast path for plain paragraphs must write exactly what remark writes.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkHtml from "remark-html";
import { renderBody } from "../src/records/render-body.ts";

const remark = unified().use(remarkParse).use(remarkHtml, { sanitize: true });
const squash = (s: string) => s.replace(/\n+/g, "\n").trim();

test("plain paragraphs render exactly as remark renders them", () => {
  const para = fc.string({ unit: fc.constantFrom(..."abc XYZ 123 .,;:'\"“”()-+=>?ñé%$@/¿¡".split("")), minLength: 1, maxLength: 60 }).map((p) => p.replace(/\s+/g, " ").trim());
  fc.assert(
    fc.property(fc.array(para, { minLength: 3, maxLength: 3 }), (ps) => {
      const paras = ps.filter(Boolean);
      const mine = squash(renderBody(paras));
      // Short capitalised lines between paragraphs become headings on purpose; remark cannot know that.
      if (mine.includes("<h3>")) return true;
      assert.equal(mine, squash(String(remark.processSync(paras.join("\n\n")))));
      return true;
    }),
    { numRuns: 2000 },
  );
});

test("Markdown still goes through remark, sanitized", () => {
  const html = renderBody(["Text with *emphasis* and [a link](https://example.org).", "<script>alert(1)</script> and <b onclick=x>bold</b>"]);
  assert.match(html, /<em>emphasis<\/em>/);
  assert.match(html, /<a href="https:\/\/example.org">a link<\/a>/);
  assert.doesNotMatch(html, /<script|onclick/);
});
