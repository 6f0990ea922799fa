// The editor's side of remedies: which findings offer one, the « Corriger » dialog, and applying the chosen remedy
// as one undoable step (or going to the field it opens). The remedies themselves live in core, next to their rules.
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/checks/index.ts';
import { REMEDIES } from '../../../core/checks/remedies.ts';
import { remediesFor, type Remedy, type RemedyResult } from '../../../core/checks/remedy.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import type { Template } from '../../../core/template/schema.ts';
import type { Edit } from '../../app/document-state.ts';
import { findingTarget, type FindingTarget } from '../../app/findings.ts';
import { newId } from '../../app/ids.ts';
import { RemedyDialog } from './remedy-dialog.tsx';

export interface RemedyControls {
  /** Whether « Corriger » is offered for this finding. */
  hasRemedy: (finding: Finding) => boolean;
  fix: (finding: Finding) => void;
  /** The dialog, when one is open. */
  dialog: ReactNode;
}

export function useRemedies(props: {
  assessment: Assessment;
  template: Template;
  findings: readonly Finding[];
  asOf: string;
  readOnly: boolean;
  edit: (key: string, edit: Edit) => void;
  announce: (message: string, undoable?: boolean) => void;
  goTo: (target: FindingTarget) => void;
}): RemedyControls {
  const { t } = useTranslation();
  const [fixing, setFixing] = useState<Finding | null>(null);
  const { assessment, template, findings, asOf, readOnly, edit, announce, goTo } = props;

  const hasRemedy = useCallback(
    (finding: Finding) => !readOnly && remediesFor(REMEDIES, finding, assessment, template).length > 0,
    [readOnly, assessment, template],
  );

  const apply = useCallback(
    (remedy: Remedy, result: RemedyResult) => {
      const base = assessment;
      // One step of its own in the history: Ctrl+Z takes the whole remedy back.
      edit(`remedy:${remedy.id}:${Date.now()}`, (current) =>
        current === base ? result.assessment : current,
      );
      setFixing(null);
      announce(t('remedies.applied'), true);
    },
    [assessment, edit, announce, t],
  );

  const open = useCallback(
    (remedy: Remedy) => {
      if (!fixing || remedy.action.kind !== 'open') return;
      const target = findingTarget(remedy.action.location(fixing), template);
      setFixing(null);
      if (target) goTo(target);
    },
    [fixing, template, goTo],
  );

  const dialog = useMemo(() => {
    if (!fixing) return null;
    return (
      <RemedyDialog
        finding={fixing}
        remedies={remediesFor(REMEDIES, fixing, assessment, template)}
        findings={findings}
        assessment={assessment}
        template={template}
        asOf={asOf}
        newId={newId}
        onApply={apply}
        onOpen={open}
        onClose={() => setFixing(null)}
      />
    );
  }, [fixing, assessment, template, findings, asOf, apply, open]);

  return { hasRemedy, fix: setFixing, dialog };
}
