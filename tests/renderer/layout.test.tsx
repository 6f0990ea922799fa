// @vitest-environment jsdom
// The layout as a DPO meets it: the help reachable as a drawer in a narrow window, the catalogues from the registers,
// and the camera grid's columns (flags in words, widths and hidden columns remembered in the preferences).
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { DEFAULT_COLUMN_WIDTHS } from '../../core/preferences/camera-grid-layout.ts';
import { UNSIGNED } from '../../core/signature/trust.ts';
import { App } from '../../renderer/app/app.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { FakeDpia } from './fake-dpia.ts';
import { csuTemplate, openExample } from './render-app.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const nav = () => screen.getByRole('navigation', { name: 'Plan de l’analyse' });
const goTo = async (user: UserEvent, name: RegExp | string) =>
  user.click(within(nav()).getByRole('button', { name }));

/** A window narrower than 1,100 px, as jsdom has no layout: matchMedia answers for it. */
function narrowWindow(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width: 1100px'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('the help in a narrow window', () => {
  it('opens as a dialog from a question’s « Aide », with the law; Escape closes it and focus returns', async () => {
    narrowWindow();
    const { user } = await openExample();
    await goTo(user, /^Vue d’ensemble/);
    expect(screen.queryByRole('complementary', { name: 'Aide' })).toBeNull();
    const help = screen.getAllByRole('button', { name: /^Afficher l’aide/ })[0]!;
    await user.click(help);
    const drawer = screen.getByRole('dialog', { name: 'Aide' });
    expect(within(drawer).getByRole('heading', { name: 'Textes de référence' })).toBeTruthy();
    expect(drawer.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Aide' })).toBeNull();
    expect(document.activeElement).toBe(help);
  });

  it('opens from the top bar on a page without questions', async () => {
    narrowWindow();
    const { user } = await openExample();
    await goTo(user, 'Plan d’action');
    await user.click(screen.getByRole('button', { name: 'Aide' }));
    expect(within(screen.getByRole('dialog', { name: 'Aide' })).getByText(/Risque résiduel/)).toBeTruthy();
  });
});

describe('the catalogues from the registers', () => {
  it('adds a catalogue risk from the risks screen itself', async () => {
    const { user } = await openExample();
    await goTo(user, /^Scénarios de risques/);
    const before = screen.getAllByRole('button', { name: /^R\d+ / }).length;
    await user.click(screen.getByRole('button', { name: 'Catalogue' }));
    const dialog = screen.getByRole('dialog', { name: 'Catalogue des risques' });
    await user.click(within(dialog).getAllByRole('button', { name: 'Ajouter au registre' })[0]!);
    await user.keyboard('{Escape}');
    expect(screen.getAllByRole('button', { name: /^R\d+ / })).toHaveLength(before + 1);
  });

  it('opens the measure catalogue from the measures screen', async () => {
    const { user } = await openExample();
    await goTo(user, /^Registre des mesures/);
    await user.click(screen.getByRole('button', { name: 'Catalogue' }));
    const dialog = screen.getByRole('dialog', { name: 'Catalogue des mesures' });
    expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThan(5);
  });
});

describe('the camera grid', () => {
  it('says why a camera is flagged, in words, in the row and in its form', async () => {
    const { user } = await openExample();
    await goTo(user, /^Données, processus/);
    const grid = screen.getByRole('grid', { name: 'Inventaire des caméras' });
    // The example's lapsed order comes first when sorted by the end of authorisation.
    await user.click(within(grid).getByRole('button', { name: /^Fin d’autorisation/ }));
    const first = within(grid).getAllByRole('row')[1]!;
    expect(within(first).getByText(/Autorisation expirée/)).toBeTruthy();
    await user.click(within(first).getByRole('button', { name: /Modifier la caméra/ }));
    const flags = screen.getByRole('region', { name: 'Points d’attention' });
    expect(within(flags).getByText('Autorisation expirée')).toBeTruthy();
  });

  it('remembers a width changed with the keyboard and a hidden column in the preferences', async () => {
    const { api, user } = await openExample();
    await goTo(user, /^Données, processus/);
    const edge = screen.getByRole('separator', { name: /Largeur de la colonne «\sEmplacement\s»/ });
    expect(edge.getAttribute('aria-valuenow')).toBe(String(DEFAULT_COLUMN_WIDTHS.location));
    fireEvent.keyDown(edge, { key: 'ArrowRight' });
    expect(edge.getAttribute('aria-valuenow')).toBe(String(DEFAULT_COLUMN_WIDTHS.location + 16));
    await user.click(screen.getByRole('button', { name: 'Colonnes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Propriétaire' }));
    const grid = screen.getByRole('grid', { name: 'Inventaire des caméras' });
    expect(within(grid).queryByRole('columnheader', { name: /^Propriétaire/ })).toBeNull();
    await waitFor(() =>
      expect(api.preferences.cameraGrid).toEqual({
        widths: { location: DEFAULT_COLUMN_WIDTHS.location + 16 },
        hidden: ['owner'],
      }),
    );
  });

  it('opens with the layout remembered from the last session', async () => {
    const document = await buildExampleDocument();
    const api = new FakeDpia({
      templates: [csuTemplate],
      preferences: { cameraGrid: { widths: { location: 400 }, hidden: ['owner'] } },
      example: () => ({ sessionId: '', filePath: null, ...document, signature: UNSIGNED }),
    });
    const user = userEvent.setup();
    render(<App api={api} i18n={createI18n('fr')} />);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir l’exemple' }));
    await act(() => goTo(user, /^Données, processus/));
    const grid = screen.getByRole('grid', { name: 'Inventaire des caméras' });
    expect(
      screen
        .getByRole('separator', { name: /Largeur de la colonne «\sEmplacement\s»/ })
        .getAttribute('aria-valuenow'),
    ).toBe('400');
    expect(within(grid).queryByRole('columnheader', { name: /^Propriétaire/ })).toBeNull();
    expect(grid.style.getPropertyValue('--camera-columns')).toContain('400px');
  });
});
