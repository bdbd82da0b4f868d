import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ResultGrid } from './ResultGrid';

describe('ResultGrid (server render)', () => {
  it('renders an accessible grid with header, placeholders and footer, without fetching everything', () => {
    const requested: [number, number][] = [];
    const fetchWindow = async (o: number, l: number) => {
      requested.push([o, l]);
      return new Uint8Array();
    };
    const html = renderToStaticMarkup(<ResultGrid columns={[{ name: 'id', type: 'BIGINT' }, { name: 'city', type: 'VARCHAR' }]} rowCount={1_000_000} fetchWindow={fetchWindow} />);
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-rowcount="1000001"');
    expect(html).toContain('BIGINT');
    expect(html).toContain('1,000,000 rows');
    expect(html).toContain('2 columns');
    const rendered = html.match(/role="row"/g)?.length ?? 0;
    expect(rendered).toBeGreaterThan(1);
    expect(rendered).toBeLessThan(60);
    expect(requested).toEqual([]); // effects do not run on the server
  });

  it('says when there are no rows', () => {
    const html = renderToStaticMarkup(<ResultGrid columns={[{ name: 'a', type: 'INTEGER' }]} rowCount={0} fetchWindow={async () => new Uint8Array()} />);
    expect(html).toContain('No rows');
  });
});
