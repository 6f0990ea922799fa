// @vitest-environment jsdom
// Export reads the document through the controller's flush(): what was just typed is exported, blur or not.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/model/assessment.ts';
import { createAssessment } from './render-app.tsx';

afterEach(cleanup);

describe('export right after typing', () => {
  it('exports the text still being typed, with no blur and no pause', async () => {
    const { user, api } = await createAssessment();
    const nav = screen.getByRole('navigation', { name: 'Plan de l’analyse' });
    await user.click(within(nav).getByRole('button', { name: /^Vue d’ensemble/ }));
    const field = screen.getByRole('textbox', { name: /Décrivez le traitement/ });
    await user.type(field, 'Trois cents caméras.');
    // The menu, not a click: the field keeps the focus, and the commit delay has not run out.
    await act(() => {
      api.menu('export-docx');
      return Promise.resolve();
    });
    const dialog = screen.getByRole('dialog', { name: 'Exporter en Word' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Exporter…' }));
    await waitFor(() => expect(api.callsTo('exportDocx')).toHaveLength(1));
    const { assessment } = api.callsTo('exportDocx')[0]!.input as { assessment: Assessment };
    expect(assessment.answers['context.description']).toEqual({
      type: 'richtext',
      text: 'Trois cents caméras.',
    });
  });
});
