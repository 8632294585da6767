// The body's HTML: the fast path for plain paragraphs must write exactly what remark writes.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkHtml from "remark-html";
import { isPlain, renderBody } from "../src/records/render-body.ts";

const remark = unified().use(remarkParse).use(remarkHtml, { sanitize: true });
const squash = (s: string) => s.replace(/\n+/g, "\n").trim();

test("plain paragraphs render exactly as remark renders them", () => {
  const para = fc.string({ unit: fc.constantFrom(..."abc XYZ 123 .,;:'\"“”()-+=>?ñé%$@/¿¡".split("")), minLength: 1, maxLength: 60 }).map((p) => p.replace(/\s+/g, " ").trim());
  let plain = 0;
  fc.assert(
    fc.property(para, (p) => {
      // Only the fast path is compared: other paragraphs go through remark, after the guards
      // against quadratic or deeply nested Markdown, on purpose.
      if (!p || !isPlain(p)) return true;
      plain++;
      assert.equal(squash(renderBody([p])), squash(String(remark.processSync(p))));
      return true;
    }),
    { numRuns: 3000 },
  );
  assert.ok(plain > 1000, `only ${plain} plain paragraphs were generated`);
});

test("Markdown still goes through remark, sanitized", () => {
  const html = renderBody(["Text with *emphasis* and [a link](https://example.org).", "<script>alert(1)</script> and <b onclick=x>bold</b>"]);
  assert.match(html, /<em>emphasis<\/em>/);
  assert.match(html, /<a href="https:\/\/example.org">a link<\/a>/);
  assert.doesNotMatch(html, /<script|onclick/);
});
