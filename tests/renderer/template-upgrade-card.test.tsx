// @vitest-environment jsdom
// The card that carries a document over to a newer built-in template version, and reports what changed.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../core/model/assessment.ts';
import { getBuiltinTemplate } from '../../core/template/builtin.ts';
import { ApiProvider } from '../../renderer/app/api-context.tsx';
import { EditorContext, type EditorContextValue } from '../../renderer/app/editor-context.tsx';
import { TemplateUpgradeCard } from '../../renderer/components/editor/template-upgrade-card.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { exampleOnPreviousTemplate } from '../fixtures/previous-example.ts';
import { FakeDpia } from './fake-dpia.ts';

afterEach(cleanup);

async function show(options: { readOnly?: boolean; assessment?: Assessment } = {}) {
  const document = await exampleOnPreviousTemplate();
  const current = getBuiltinTemplate('csu-videoprotection')!;
  const api = new FakeDpia({ templates: [current, document.template] });
  const onUpgraded = vi.fn();
  const editor = {
    edit: vi.fn(),
    template: document.template,
    documentLanguage: 'fr',
    readOnly: options.readOnly ?? false,
    reviewer: false,
    authorName: 'Claire Martin',
    undo: vi.fn(),
    announce: vi.fn(),
    showGuidance: vi.fn(),
  } satisfies EditorContextValue;
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <ApiProvider api={api}>
        <EditorContext value={editor}>
          <TemplateUpgradeCard
            assessment={options.assessment ?? document.assessment}
            sessionId="s1"
            onUpgraded={onUpgraded}
          />
        </EditorContext>
      </ApiProvider>
    </I18nextProvider>,
  );
  return { api, onUpgraded, document };
}

describe('TemplateUpgradeCard', () => {
  it('offers the newer built-in version, upgrades, and reports the questions added', async () => {
    const { api, onUpgraded } = await show();
    const button = await screen.findByRole('button', {
      name: 'Mettre à jour vers la version 1.1.0 du modèle',
    });
    await userEvent.setup().click(button);
    expect(api.calls.map((c) => c.method)).toContain('upgradeTemplate');
    expect(await screen.findByText(/3 questions ajoutées/)).toBeTruthy();
    expect(screen.getByText(/limitées au strict nécessaire \(minimisation\)/)).toBeTruthy();
    const [assessment, template] = onUpgraded.mock.calls[0]! as [Assessment, { version: string }];
    expect(template.version).toBe('1.1.0');
    expect(assessment.meta.templateVersion).toBe('1.1.0');
  });

  it('says nothing for a document already on the newest version', async () => {
    const { document } = await show();
    cleanup();
    const upToDate = {
      ...document.assessment,
      meta: { ...document.assessment.meta, templateVersion: '1.1.0' },
    };
    await show({ assessment: upToDate });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('does not offer the upgrade on a signed, read-only document', async () => {
    await show({ readOnly: true });
    expect(await screen.findByText(/Un document signé n’est jamais mis à jour en place/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
