// The editor's top bar: document title, save state, undo/redo, reviewer mode, language, save, export and close.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/model/localized.ts';
import { formatTime } from '../../app/format.ts';
import { LanguageSwitch } from '../common/language-switch.tsx';

export type SaveState =
  | { kind: 'saved'; at: string | null; target: 'file' | 'draft' | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed' };

export const TopBar = memo(function TopBar(props: {
  title: string;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  reviewer: boolean;
  readOnly: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onToggleReviewer: () => void;
  onLanguage: (language: Language) => void;
  onSave: () => void;
  onExport: () => void;
  onClose: () => void;
  /** In a narrow window, where the help is a drawer: opens it. */
  onHelp?: () => void;
  onSearch: () => void;
}) {
  const { t } = useTranslation();
  const s = props.saveState;
  const saveText =
    s.kind === 'saving'
      ? t('save.saving')
      : s.kind === 'dirty'
        ? t('save.dirty')
        : s.kind === 'failed'
          ? t('save.failed')
          : s.at === null
            ? s.target === 'file'
              ? t('save.upToDate')
              : t('save.notYetSaved')
            : s.target === 'draft'
              ? t('save.draftSavedAt', { time: formatTime(s.at, t) })
              : t('save.savedAt', { time: formatTime(s.at, t) });
  return (
    <header className="top-bar">
      <div className="top-bar-title">
        {/* Shortened with an ellipsis when long: the full title is in the tooltip and read by screen readers. */}
        <h1 className="doc-title" title={props.title}>
          {props.title}
        </h1>
        <p className={`save-state save-${s.kind}`} role="status" aria-live="polite">
          {saveText}
        </p>
      </div>
      <div className="top-bar-actions">
        <button
          type="button"
          className="secondary search-button"
          onClick={props.onSearch}
          aria-keyshortcuts="Control+F"
          title={t('search.shortcut')}
        >
          <span aria-hidden="true">⌕</span> <span className="search-button-label">{t('search.open')}</span>
        </button>
        {!props.readOnly && (
          <div className="button-group" role="group" aria-label={t('editor.history')}>
            <button
              type="button"
              className="icon-button"
              onClick={props.onUndo}
              disabled={!props.canUndo}
              aria-label={t('editor.undo')}
              title={t('editor.undoHint')}
            >
              <span aria-hidden="true">↶</span>
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={props.onRedo}
              disabled={!props.canRedo}
              aria-label={t('editor.redo')}
              title={t('editor.redoHint')}
            >
              <span aria-hidden="true">↷</span>
            </button>
          </div>
        )}
        {props.onHelp && (
          <button type="button" className="secondary" aria-haspopup="dialog" onClick={props.onHelp}>
            {t('question.help')}
          </button>
        )}
        <button
          type="button"
          className="toggle"
          aria-pressed={props.reviewer}
          onClick={props.onToggleReviewer}
        >
          {t('editor.reviewerMode')}
        </button>
        <LanguageSwitch onChange={props.onLanguage} />
        {!props.readOnly && (
          <button type="button" className="secondary" onClick={props.onSave} title={t('editor.saveHint')}>
            {t('editor.save')}
          </button>
        )}
        <button type="button" className="primary" onClick={props.onExport}>
          {t('editor.export')}
        </button>
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('editor.close')}
        </button>
      </div>
    </header>
  );
});
