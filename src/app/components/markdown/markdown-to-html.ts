// Markdown → HTML that is safe without a DOM sanitiser: raw HTML is escaped (shown as text, never
// parsed), links keep only http(s), mailto, in-page and relative targets, images only http(s),
// relative and raster data: URLs. Notebooks arrive from links, so this treats all text as hostile.
import { Marked, type Tokens } from 'marked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The URL's scheme, lower-cased, ignoring the whitespace and control characters browsers skip; null when relative. */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (m) return m[1];
  // "java&#115;cript:" and similar entity tricks never reach here decoded, but refuse anything odd before ':'
  const colon = compact.indexOf(':');
  if (colon >= 0 && !/[/?#]/.test(compact.slice(0, colon))) return compact.slice(0, colon);
  return null;
}

export function isSafeLink(href: string): boolean {
  const scheme = urlScheme(href);
  return scheme === null || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

export function isSafeImage(src: string): boolean {
  const scheme = urlScheme(src);
  if (scheme === null || scheme === 'http' || scheme === 'https') return true;
  return scheme === 'data' && /^data:image\/(png|jpe?g|gif|webp);/i.test(src.trim());
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(token.text);
    },
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link): string {
      const inner = this.parser.parseInline(token.tokens);
      if (!isSafeLink(token.href)) return `<span class="bt-md-unsafe-link">${inner}</span>`;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      const external = urlScheme(token.href) !== null;
      const target = external ? ' target="_blank" rel="noopener noreferrer"' : '';
      return `<a href="${escapeHtml(token.href)}"${title}${target}>${inner}</a>`;
    },
    image(token: Tokens.Image): string {
      if (!isSafeImage(token.href)) return escapeHtml(token.text);
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}"${title} loading="lazy" referrerpolicy="no-referrer">`;
    },
  },
});

export function markdownToSafeHtml(text: string): string {
  return marked.parse(text, { async: false }) as string;
}
