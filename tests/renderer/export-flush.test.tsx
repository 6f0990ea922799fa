// @vitest-environment jsdom
// Export reads the document through the controller's flush(): what was just typed is exported, blur or not.
import { UNSIGNED } from '../../core/model/signature-verdict.ts';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment as newAssessment } from '../../core/assessment/new-assessment.ts';
import { setMeta } from '../../core/assessment/edits.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { ApiProvider } from '../../renderer/app/api-context.tsx';
import { useDocumentController } from '../../renderer/app/use-document-controller.ts';
import type { DocumentController } from '../../renderer/app/use-document-controller.ts';
import { useDraftText } from '../../renderer/app/use-draft-text.ts';
import { FakeDpia } from './fake-dpia.ts';
import { createAssessment, csuTemplate } from './render-app.tsx';

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

describe('the document controller', () => {
  it('flush() commits the text still being typed and returns it at once, with no render in between', () => {
    const api = new FakeDpia({ templates: [csuTemplate] });
    let id = 0;
    const assessment = newAssessment({
      template: csuTemplate,
      title: 'AIPD',
      language: 'fr',
      now: new Date('2026-03-01T09:00:00Z'),
      newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    });
    const opened = {
      sessionId: 's1',
      filePath: null,
      assessment,
      template: csuTemplate,
      signature: UNSIGNED,
    };
    const probe: { controller?: DocumentController; type?: (text: string) => void } = {};
    function Probe() {
      const controller = useDocumentController(opened, () => undefined);
      const draft = useDraftText(controller.state.assessment.meta.title, (title) =>
        controller.edit('title', setMeta({ title })),
      );
      probe.controller = controller;
      probe.type = draft.change;
      return null;
    }
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider api={api}>{children}</ApiProvider>
    );
    render(<Probe />, { wrapper });
    act(() => probe.type!('AIPD du CSU de Valmont'));
    // Read in the same tick as the call: no blur, no timer, no re-render.
    expect(probe.controller!.flush().meta.title).toBe('AIPD du CSU de Valmont');
  });
});
