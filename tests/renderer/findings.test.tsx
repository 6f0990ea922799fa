// @vitest-environment jsdom
// The findings as a DPO meets them: one count in the navigation, the findings page and the validation card; the page's
// filters and grouped missing answers; « Y aller » opening the one camera or measure concerned; new risks and measures
// focused; a linked measure named in place; and the Ctrl+F search that jumps to the place.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { UNSIGNED } from '../../core/signature/trust.ts';
import { App } from '../../renderer/app/app.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { FakeDpia } from './fake-dpia.ts';
import { createAssessment, csuTemplate } from './render-app.tsx';

afterEach(cleanup);

const nav = () => screen.getByRole('navigation', { name: 'Plan de l’analyse' });
const goTo = async (user: UserEvent, name: RegExp | string) =>
  user.click(within(nav()).getByRole('button', { name }));

/** The example, changed by `change` before it opens. */
async function openChangedExample(change: (assessment: Assessment) => void) {
  const api = new FakeDpia({
    templates: [csuTemplate],
    preferences: { language: 'fr' },
    example: async () => {
      const document = await buildExampleDocument();
      change(document.assessment);
      return {
        sessionId: '',
        filePath: null,
        assessment: document.assessment,
        template: document.template,
        signature: UNSIGNED,
      };
    },
  });
  const user = userEvent.setup();
  render(<App api={api} i18n={createI18n('fr')} />);
  await user.click(await screen.findByRole('button', { name: 'Ouvrir l’exemple' }));
  await screen.findByRole('navigation', { name: 'Plan de l’analyse' });
  return { api, user };
}

describe('the count of findings', () => {
  it('is the same in the navigation, on the findings page and on the validation card, missing answers said', async () => {
    const { user } = await createAssessment();
    const badge = within(nav()).getByTestId('findings-badge');
    const full = badge.getAttribute('title')!;
    expect(full).toMatch(/^(\d+) erreurs, dont (\d+) réponses manquantes/);
    const [, errors, missing] = /^(\d+) erreurs, dont (\d+) réponses manquantes/.exec(full)!;
    expect(badge.textContent).toMatch(new RegExp(`^${errors} err\\.`));
    await goTo(user, /^Points de vigilance/);
    expect(screen.getByTestId('findings-count').textContent).toBe(full);
    await goTo(user, 'Avis et validation');
    const card = screen.getByRole('button', { name: /erreurs relevées par les contrôles/ }).closest('.card')!;
    expect(card.querySelector('.card-figure')?.textContent).toBe(errors);
    expect(card.textContent).toContain(`dont ${missing} réponses manquantes`);
  });
});

describe('the findings page', () => {
  it('groups the missing answers by section, and filters by severity and by section', async () => {
    const { user } = await createAssessment();
    await goTo(user, /^Points de vigilance/);
    const page = screen.getByRole('article', { name: 'Points de vigilance' });
    const groups = page.querySelectorAll('.finding-group');
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.length).toBeLessThanOrEqual(csuTemplate.sections.length);
    // One row per section, the questions inside, each with its way there.
    const first = groups[0] as HTMLElement;
    const summary = first.querySelector('summary')!;
    const n = Number(/^(\d+) réponses? obligatoires? manquantes?/.exec(summary.textContent ?? '')?.[1]);
    expect(n).toBeGreaterThan(1);
    await user.click(summary);
    expect(within(first).getAllByRole('button', { name: 'Y aller' })).toHaveLength(n);

    const allRows = page.querySelectorAll('.finding-list > li').length;
    await user.click(screen.getByRole('checkbox', { name: /erreurs?$/ }));
    expect(page.querySelectorAll('.finding-error')).toHaveLength(0);
    expect(page.querySelectorAll('.finding-list > li').length).toBeLessThan(allRows);
    expect(screen.getByText(/points? affichés? sur \d+/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tout afficher' }));
    expect(page.querySelectorAll('.finding-list > li')).toHaveLength(allRows);

    const section = csuTemplate.sections.find((s) => s.id === first.dataset.section)!;
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Partie' }),
      screen.getByRole('option', { name: new RegExp(`^${section.title.fr} \\(`) }),
    );
    const left = page.querySelectorAll<HTMLElement>('.finding-group');
    expect([...left].map((g) => g.dataset.section)).toEqual([section.id]);
  });

  it('« Y aller » on a finding about one camera opens that camera, its row selected', async () => {
    let only = '';
    const { user } = await openChangedExample((a) => {
      const exposed = a.cameras.filter((c) => c.nearHomes && c.privacyMasks === 'none');
      for (const camera of exposed.slice(0, -1)) camera.privacyMasks = 'static';
      only = exposed.at(-1)!.code;
    });
    await goTo(user, /^Points de vigilance/);
    const item = screen.getAllByText(`Caméra ${only}`, { exact: false })[0]!.closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Y aller' }));
    const dialog = await screen.findByRole('dialog', { name: `Caméra ${only}` });
    expect(dialog).toBeTruthy();
    const row = document.querySelector<HTMLElement>('.camera-row.selected');
    expect(row?.getAttribute('aria-selected')).toBe('true');
    expect(within(row!).getByRole('button', { name: `Modifier la caméra ${only}` })).toBeTruthy();
  });

  it('« Y aller » on a finding about one measure opens that measure', async () => {
    const { user } = await openChangedExample(() => undefined);
    await goTo(user, /^Points de vigilance/);
    const item = screen.getByText(/Mesure « Outil de floutage/).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Y aller' }));
    const toggle = (
      await screen.findAllByRole('button', { name: /Outil de floutage pour les demandes d’accès/ })
    ).find((b) => b.classList.contains('entry-toggle'))!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(toggle));
  });
});

describe('new risks and measures', () => {
  it('focuses the title of a new risk, selected so that typing names it', async () => {
    const { user } = await createAssessment();
    await goTo(user, /^Scénarios de risques/);
    await user.click(screen.getByRole('button', { name: 'Ajouter un risque' }));
    await waitFor(() =>
      expect((document.activeElement as HTMLInputElement | null)?.value).toBe('Nouveau risque 1'),
    );
    await user.keyboard('Export sur clé USB');
    await user.tab();
    expect(await screen.findByText('Export sur clé USB', { selector: '.entry-title' })).toBeTruthy();
  });

  it('focuses the title of a new measure', async () => {
    const { user } = await createAssessment();
    await goTo(user, /^Registre des mesures/);
    await user.click(screen.getByRole('button', { name: 'Ajouter une mesure' }));
    await waitFor(() => expect(document.activeElement?.closest('.entry-panel')).not.toBeNull());
    expect(document.activeElement?.tagName).toBe('INPUT');
  });

  it('names a measure created from a risk in place, and links it', async () => {
    const { user } = await createAssessment();
    await goTo(user, /^Scénarios de risques/);
    await user.click(screen.getByRole('button', { name: 'Ajouter un risque' }));
    await user.click(screen.getByRole('button', { name: 'Nouvelle mesure liée' }));
    const input = screen.getByRole('textbox', { name: 'Intitulé de la nouvelle mesure' });
    expect(document.activeElement).toBe(input);
    await user.type(input, 'Journalisation des exports{Enter}');
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: /Journalisation des exports/ }).checked,
    ).toBe(true);
    expect(screen.queryByText('Nouvelle mesure', { selector: 'span' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nouvelle mesure liée' }));
  });
});

describe('search', () => {
  it('opens on Ctrl+F, finds « sécurité » from « securite », and goes to a camera', async () => {
    const { user } = await openChangedExample(() => undefined);
    await user.keyboard('{Control>}f{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Rechercher dans l’analyse' });
    const box = within(dialog).getByRole('combobox', { name: 'Mots à rechercher' });
    expect(document.activeElement).toBe(box);
    await user.type(box, 'securite');
    const listbox = await within(dialog).findByRole('listbox');
    expect(within(listbox).getAllByRole('option').length).toBeGreaterThan(0);
    expect(listbox.querySelector('mark')?.textContent?.toLowerCase()).toBe('sécurité');

    await user.clear(box);
    await user.type(box, 'CAM-002');
    const option = await within(dialog).findByRole('option', { name: /^CAM-002/ });
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Rechercher dans l’analyse' })).toBeNull();
    expect(await screen.findByRole('dialog', { name: 'Caméra CAM-002' })).toBeTruthy();
  });

  it('moves through results with the arrows, goes to an answer, and closes on Escape', async () => {
    const { user } = await openChangedExample(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    const box = screen.getByRole('combobox', { name: 'Mots à rechercher' });
    await user.type(box, 'conservation');
    const options = await within(await screen.findByRole('listbox')).findAllByRole('option');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H3'));
    expect(document.activeElement?.closest('[data-question-id]')).not.toBeNull();

    await user.keyboard('{Control>}f{/Control}');
    expect(screen.getByRole('dialog', { name: 'Rechercher dans l’analyse' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Rechercher dans l’analyse' })).toBeNull();
  });
});

describe('search to a risk', () => {
  it('opens the risk found, its header focused', async () => {
    let title = '';
    const { user } = await openChangedExample((a) => {
      title = a.risks[1]!.title;
    });
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await user.type(screen.getByRole('combobox', { name: 'Mots à rechercher' }), title);
    const risks = await screen.findByRole('group', { name: /^Risques/ });
    await user.click(within(risks).getAllByRole('option')[0]!);
    const toggle = (
      await screen.findAllByRole('button', {
        name: new RegExp(title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      })
    ).find((b) => b.classList.contains('entry-toggle'))!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(toggle));
  });
});
