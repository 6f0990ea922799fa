// @vitest-environment jsdom
// The rich-text field as a writer uses it: toolbar and keys, lists, links, paste, and commits only on real edits.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/app/api-context.tsx';
import { flushDrafts } from '../../renderer/app/use-draft-text.ts';
import { RichTextField } from '../../renderer/components/questions/rich-text-field.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { I18nextProvider } from 'react-i18next';
import { miniTemplate } from '../fixtures/mini-document.ts';
import { FakeDpia } from './fake-dpia.ts';
import './prosemirror-jsdom.ts';

afterEach(cleanup);

function field(initial: string, options: { readOnly?: boolean } = {}) {
  const commits: string[] = [];
  const i18n = createI18n('fr');
  let setValue: (value: string) => void = () => {};
  function Host() {
    const [value, set] = useState(initial);
    setValue = set;
    return (
      <>
        <span id="label">Décrivez le traitement</span>
        <RichTextField
          value={value}
          labelledBy="label"
          readOnly={options.readOnly}
          onCommit={(text) => {
            commits.push(text);
            set(text);
          }}
        />
        <button type="button">Ailleurs</button>
      </>
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider api={new FakeDpia({ templates: [miniTemplate] })}>
        <Host />
      </ApiProvider>
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  const box = screen.queryByRole('textbox', { name: 'Décrivez le traitement' });
  const commit = () => act(() => flushDrafts());
  return { user, box, commits, commit, setValue: (v: string) => act(() => setValue(v)) };
}

const button = (name: string) => screen.getByRole('button', { name });

describe('the rich-text field', () => {
  it('is a multi-line textbox named by its label', () => {
    const { box } = field('');
    expect(box?.getAttribute('aria-multiline')).toBe('true');
    expect(box?.isContentEditable || box?.getAttribute('contenteditable') === 'true').toBe(true);
  });

  it('starts a bullet list on an empty line from the toolbar, and the words typed next land in it', async () => {
    const { user, box, commits, commit } = field('');
    await user.click(box!);
    await user.click(button('Liste à puces'));
    expect(document.activeElement).toBe(box);
    await user.keyboard('Caméras fixes{Enter}Dômes');
    commit();
    expect(commits).toEqual(['- Caméras fixes\n- Dômes']);
    expect(
      within(box!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Caméras fixes', 'Dômes']);
  });

  it('formats with Ctrl+B and Ctrl+I, and Tab nests a list item', async () => {
    const { user, box, commits, commit } = field('');
    await user.click(box!);
    await user.keyboard('{Control>}b{/Control}Gras{Control>}b{/Control} puis {Control>}i{/Control}penché');
    await user.keyboard('{Enter}');
    await user.click(button('Liste numérotée'));
    await user.keyboard('un{Enter}{Tab}un.un');
    commit();
    expect(commits.at(-1)).toBe('**Gras** puis *penché*\n\n1. un\n   1. un.un');
  });

  it('opens an in-app link form with Ctrl+K, keeps only web and mail links', async () => {
    const { user, box, commits, commit } = field('la CNIL');
    await user.click(box!);
    await user.keyboard('{Control>}a{/Control}{Control>}k{/Control}');
    const form = screen.getByRole('form', { name: 'Lien' });
    const address = within(form).getByRole('textbox', { name: 'Adresse du lien' });
    expect(document.activeElement).toBe(address);
    await user.type(address, 'javascript:alert(1){Enter}');
    expect(within(form).getByRole('alert').textContent).toMatch(/adresse web/);
    await user.clear(address);
    await user.type(address, 'www.cnil.fr{Enter}');
    expect(screen.queryByRole('form', { name: 'Lien' })).toBeNull();
    // TipTap gives the focus back on the next frame.
    await waitFor(() => expect(document.activeElement).toBe(box));
    commit();
    expect(commits).toEqual(['[la CNIL](https://www.cnil.fr)']);
  });

  it('is one Tab stop: the arrow keys move between the toolbar buttons', async () => {
    const { user } = field('');
    const toolbar = screen.getByRole('toolbar', { name: 'Mise en forme' });
    const tabbable = within(toolbar)
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    act(() => tabbable[0]!.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(button('Liste à puces'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(button('Lien'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(button('Gras'));
  });

  it('pastes Word HTML as its lists and bold, and never renders it', async () => {
    const { user, box, commits, commit } = field('');
    await user.click(box!);
    // jsdom has no DataTransfer: the clipboard's data as the paste event carries it.
    const clipboard: Record<string, string> = {
      'text/html': `<p class=MsoNormal><b>Accès</b> <img src=x onerror="window.__pwned=1"></p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;</span></span><![endif]>Opérateurs<o:p></o:p></p><script>window.__pwned=2</script>`,
      'text/plain': 'Accès\nOpérateurs',
    };
    const data = { types: Object.keys(clipboard), getData: (type: string) => clipboard[type] ?? '' };
    fireEvent.paste(box!, { clipboardData: data });
    expect(box!.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    commit();
    expect(commits).toEqual(['**Accès**\n\n- Opérateurs']);
  });

  it('commits nothing when an answer written elsewhere is opened, read and left, even if not canonical', async () => {
    const { user, box, commits, commit } = field('* un\n* deux\n\n__gras__');
    await user.click(box!);
    await user.click(button('Gras'));
    await user.click(button('Gras'));
    await user.click(button('Ailleurs'));
    commit();
    expect(commits).toEqual([]);
    // A real edit writes the canonical form.
    // The cursor at the end of the text (jsdom cannot move it with the keyboard: it lays nothing out).
    act(() => {
      (box as HTMLElement & { editor: { commands: { focus: (at: string) => void } } }).editor.commands.focus(
        'end',
      );
      box!.focus();
    });
    await user.keyboard('!');
    commit();
    expect(commits).toEqual(['- un\n- deux\n\n**gras!**']);
  });

  it('shows a change from outside (undo of the document) in place of the text', () => {
    const { box, setValue, commits } = field('avant');
    setValue('après **gras**');
    expect(box!.querySelector('strong')?.textContent).toBe('gras');
    expect(commits).toEqual([]);
  });

  it('renders the read-only answer with the editor’s elements and classes', () => {
    const source = 'Un **centre**\\\nligne\n\n- un\n  - deux\n\n3. trois';
    const { box } = field(source);
    const editorHtml = box!.innerHTML;
    cleanup();
    field(source, { readOnly: true });
    const reading = document.querySelector('.rich-text.read-only .rich-doc')!;
    expect(reading.innerHTML).toBe(editorHtml);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('mounts no editor until the field is used, and shows the same text before', async () => {
    const { user, box, commits, commit } = field('Déjà **écrit**');
    expect(box!.classList.contains('ProseMirror')).toBe(false);
    expect(box!.querySelector('strong')?.textContent).toBe('écrit');
    await user.click(box!);
    expect(box!.classList.contains('ProseMirror')).toBe(true);
    expect(box!.querySelector('strong')?.textContent).toBe('écrit');
    commit();
    expect(commits).toEqual([]);
  });
});
