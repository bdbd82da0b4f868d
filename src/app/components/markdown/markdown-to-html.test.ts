import { describe, expect, it } from 'vitest';
import { isSafeLink, markdownToSafeHtml, urlScheme } from './markdown-to-html';
import { renderMarkdown } from './MarkdownView';

describe('markdownToSafeHtml', () => {
  it('renders ordinary markdown', () => {
    expect(markdownToSafeHtml('# Title\n\nSome **bold** and `code`.')).toBe('<h1>Title</h1>\n<p>Some <strong>bold</strong> and <code>code</code>.</p>\n');
  });

  it('escapes raw HTML instead of parsing it', () => {
    const html = markdownToSafeHtml('<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const script = markdownToSafeHtml('before <script>alert(1)</script> after\n\n<script>\nalert(2)\n</script>');
    expect(script).not.toMatch(/<script/i);
    expect(script).toContain('&lt;script&gt;');
    expect(markdownToSafeHtml('<a href="javascript:alert(1)" onclick="x()">x</a>')).not.toMatch(/<a /);
  });

  it('drops javascript:, vbscript: and data: links, also when disguised', () => {
    for (const md of ['[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x]( java\tscript:alert(1))', '[x](vbscript:msgbox(1))', '[x](data:text/html;base64,PHNjcmlwdD4=)', '<javascript:alert(1)>']) {
      const html = markdownToSafeHtml(md);
      expect(html, md).not.toMatch(/href="\s*(javascript|vbscript|data)/i);
      expect(html, md).not.toMatch(/<a /);
    }
  });

  it('keeps safe links and opens external ones in a new tab without opener', () => {
    expect(markdownToSafeHtml('[DuckDB](https://duckdb.org "docs")')).toBe('<p><a href="https://duckdb.org" title="docs" target="_blank" rel="noopener noreferrer">DuckDB</a></p>\n');
    expect(markdownToSafeHtml('[below](#results)')).toBe('<p><a href="#results">below</a></p>\n');
    expect(markdownToSafeHtml('<https://example.org>')).toContain('rel="noopener noreferrer"');
  });

  it('keeps only safe images', () => {
    expect(markdownToSafeHtml('![plot](https://example.org/a.png)')).toContain('<img src="https://example.org/a.png" alt="plot"');
    expect(markdownToSafeHtml('![x](javascript:alert(1))')).not.toContain('<img');
    expect(markdownToSafeHtml('![x](data:image/svg+xml;base64,AAAA)')).not.toContain('<img');
  });

  it('escapes attribute breakouts in titles and hrefs', () => {
    const html = markdownToSafeHtml('[x](https://a.org/"onmouseover="alert(1) "t\\"itle")');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });

  it('classifies URL schemes', () => {
    expect(urlScheme('https://x')).toBe('https');
    expect(urlScheme('data/file.csv')).toBeNull();
    expect(urlScheme('./a:b')).toBeNull();
    expect(isSafeLink('mailto:a@b.c')).toBe(true);
    expect(isSafeLink(' javascript:alert(1)')).toBe(false);
  });

  it('renderMarkdown works without a DOM (DOMPurify unsupported → marked output)', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).not.toMatch(/<script/i);
  });
});
