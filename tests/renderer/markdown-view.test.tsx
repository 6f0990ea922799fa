// @vitest-environment jsdom
// Rich text rendered from the Markdown AST: formatting kept, raw HTML shown as text, links opened outside the app.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/app/api-context.tsx';
import { MarkdownView } from '../../renderer/components/markdown/markdown-view.tsx';
import { FakeDpia } from './fake-dpia.ts';
import { miniTemplate } from '../fixtures/mini-document.ts';

afterEach(cleanup);

function show(source: string) {
  const api = new FakeDpia({ templates: [miniTemplate] });
  const view = render(
    <ApiProvider api={api}>
      <MarkdownView source={source} />
    </ApiProvider>,
  );
  return { api, ...view };
}

describe('MarkdownView', () => {
  it('renders bold, italic, bullet and numbered lists', () => {
    const { container } = show('Des **caméras** *fixes* :\n\n- une\n- deux\n\n3. trois\n4. quatre');
    expect(container.querySelector('strong')?.textContent).toBe('caméras');
    expect(container.querySelector('em')?.textContent).toBe('fixes');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'une',
      'deux',
      'trois',
      'quatre',
    ]);
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
  });

  it('shows raw HTML, scripts and event handlers as text', () => {
    const hostile = '<img src=x onerror=alert(1)>\n\n<script>alert(2)</script> et <b onclick="x()">gras</b>';
    const { container } = show(hostile);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>alert(2)</script>');
  });

  it('opens web links through the API and keeps other schemes as plain text', async () => {
    const { api, container } = show('[CNIL](https://www.cnil.fr) et [piège](javascript:alert(1))');
    await userEvent.setup().click(screen.getByRole('link', { name: 'CNIL' }));
    expect(api.callsTo('openExternal')).toEqual([
      { method: 'openExternal', input: { url: 'https://www.cnil.fr' } },
    ]);
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(container.textContent).toContain('piège');
  });

  it('never loads an image', () => {
    const { container } = show('![plan](https://example.org/plan.png)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('plan');
  });

  it('keeps each typed line on its own line, as Word does', () => {
    const { container } = show('Première ligne\nDeuxième ligne\\\nTroisième');
    const paragraph = container.querySelector('p')!;
    expect(paragraph.querySelectorAll('br')).toHaveLength(2);
    expect(paragraph.innerHTML).toBe('Première ligne<br>Deuxième ligne<br>Troisième');
  });
});
