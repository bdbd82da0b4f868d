// Rendered markdown. markdownToSafeHtml already escapes raw HTML and drops unsafe URLs; in a
// browser DOMPurify runs as a second line of defence and forces rel/target on links.
import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { markdownToSafeHtml } from './markdown-to-html';

let hooked = false;
function purify(html: string): string {
  if (!DOMPurify.isSupported) return html;
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && /^(https?:|mailto:)/i.test(node.getAttribute('href') ?? '')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, { ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}

export function renderMarkdown(source: string): string {
  return purify(markdownToSafeHtml(source));
}

export interface MarkdownViewProps {
  source: string;
  className?: string;
}

export function MarkdownView({ source, className }: MarkdownViewProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={`bt-markdown${className ? ` ${className}` : ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
