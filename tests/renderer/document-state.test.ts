// The document reducer: undo and redo, typing merged into one undo step, the history cap, and the save counters.
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../core/assessment/new-assessment.ts';
import type { OpenedDocument } from '../../core/api.ts';
import {
  COALESCE_MS,
  HISTORY_LIMIT,
  documentReducer,
  initialDocumentState,
  isDirty,
} from '../../renderer/app/document-state.ts';
import type { DocumentState } from '../../renderer/app/document-state.ts';
import { setAnswer } from '../../core/assessment/edits.ts';
import { miniTemplate } from '../fixtures/mini-document.ts';

function opened(): OpenedDocument {
  let n = 0;
  const assessment = createAssessment({
    template: miniTemplate,
    language: 'fr',
    now: new Date('2026-01-01T00:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  return { sessionId: 's1', filePath: null, assessment, template: miniTemplate, signed: false };
}

const type = (state: DocumentState, text: string, at: number, question = 'context.description') =>
  documentReducer(state, {
    type: 'edit',
    key: `answer:${question}`,
    at,
    edit: setAnswer(question, { type: 'richtext', text }),
  });

const answerText = (state: DocumentState) => {
  const answer = state.assessment.answers['context.description'];
  return answer?.type === 'richtext' ? answer.text : undefined;
};

describe('documentReducer', () => {
  it('undoes and redoes an edit', () => {
    let state = initialDocumentState(opened());
    state = type(state, 'Des caméras', 0);
    state = documentReducer(state, { type: 'undo' });
    expect(answerText(state)).toBeUndefined();
    state = documentReducer(state, { type: 'redo' });
    expect(answerText(state)).toBe('Des caméras');
  });

  it('merges quick edits of one field into one undo step, but not edits of another field', () => {
    let state = initialDocumentState(opened());
    state = type(state, 'Des', 0);
    state = type(state, 'Des caméras', 300);
    state = type(state, 'Des caméras filment', 600);
    expect(state.past).toHaveLength(1);
    state = type(state, 'Autre', 700, 'context.kind-note');
    expect(state.past).toHaveLength(2);
    state = type(state, 'Des caméras filment la place', 700 + COALESCE_MS + 1);
    expect(state.past).toHaveLength(3);
  });

  it('keeps a bounded history', () => {
    let state = initialDocumentState(opened());
    for (let i = 0; i < HISTORY_LIMIT + 50; i++)
      state = type(state, `v${i}`, i * 10 * COALESCE_MS, i % 2 ? 'a' : 'b');
    expect(state.past).toHaveLength(HISTORY_LIMIT);
  });

  it('a new edit after undo drops the redo steps', () => {
    let state = initialDocumentState(opened());
    state = type(state, 'un', 0);
    state = documentReducer(state, { type: 'undo' });
    state = type(state, 'deux', 10_000);
    expect(state.future).toHaveLength(0);
    expect(documentReducer(state, { type: 'redo' })).toBe(state);
  });

  it('is dirty until the revision it saved, and again after a later change', () => {
    let state = initialDocumentState(opened());
    expect(isDirty(state)).toBe(false);
    state = type(state, 'un', 0);
    const revision = state.revision;
    state = type(state, 'deux', 10_000);
    state = documentReducer(state, {
      type: 'saved',
      revision,
      savedAt: '2026-01-01T10:00:00Z',
      target: 'draft',
    });
    expect(isDirty(state)).toBe(true);
    state = documentReducer(state, {
      type: 'saved',
      revision: state.revision,
      savedAt: '2026-01-01T10:00:01Z',
      target: 'file',
      filePath: '/x.dpia',
    });
    expect(isDirty(state)).toBe(false);
    expect(state.filePath).toBe('/x.dpia');
  });

  it('ignores an edit that changes nothing', () => {
    const state = initialDocumentState(opened());
    expect(documentReducer(state, { type: 'edit', key: 'x', at: 0, edit: (a) => a })).toBe(state);
  });
});
