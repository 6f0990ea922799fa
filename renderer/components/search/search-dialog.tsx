// Search across the assessment (Ctrl+F): a combobox over a listbox of results grouped by kind, the matched words
// marked in their context; arrows choose, Enter goes there, Escape closes. The matching is core's (core/search).
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../core/model/assessment.ts';
import { buildSearchIndex, SEARCH_KINDS, searchIndex } from '../../../core/search/search.ts';
import type { SearchHit, SnippetPart } from '../../../core/search/search.ts';
import type { Template } from '../../../core/template/schema.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { Dialog } from '../common/dialog.tsx';

function Marked({ parts }: { parts: readonly SnippetPart[] }) {
  return parts.map((part, n) =>
    part.match ? <mark key={n}>{part.text}</mark> : <span key={n}>{part.text}</span>,
  );
}

export const SearchDialog = memo(function SearchDialog(props: {
  assessment: Assessment;
  template: Template;
  onGo: (hit: SearchHit) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  // Built once while the dialog is open: every keystroke then only scans folded texts.
  const index = useMemo(
    () => buildSearchIndex(props.assessment, props.template, language),
    [props.assessment, props.template, language],
  );
  const result = useMemo(() => searchIndex(index, deferred), [index, deferred]);
  const hits = result.hits;
  const total = SEARCH_KINDS.reduce((n, kind) => n + result.totals[kind], 0);
  const current = Math.min(active, Math.max(0, hits.length - 1));
  const optionId = (i: number) => `${id}-option-${i}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    const move: Record<string, number | undefined> = {
      ArrowDown: Math.min(hits.length - 1, current + 1),
      ArrowUp: Math.max(0, current - 1),
      PageDown: Math.min(hits.length - 1, current + 5),
      PageUp: Math.max(0, current - 5),
    };
    const next = move[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[current];
      if (hit) props.onGo(hit);
    }
  };

  return (
    <Dialog title={t('search.title')} onClose={props.onClose} wide>
      <div className="search-box">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={`${id}-input`}
          data-autofocus
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-results`}
          aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-hint`} className="hint">
          {t('search.hint')}
        </p>
      </div>
      <p className="search-count" role="status">
        {deferred.trim() === ''
          ? ''
          : total === 0
            ? t('search.none', { query: deferred.trim() })
            : t('search.results', { count: total })}
      </p>
      <div
        id={`${id}-results`}
        role="listbox"
        aria-label={t('search.title')}
        className="search-results"
        hidden={hits.length === 0}
      >
        {SEARCH_KINDS.map((kind) => {
          // Hits come grouped by kind, in this order: a group's options follow on from the previous group's.
          const start = hits.findIndex((h) => h.kind === kind);
          const group = hits.filter((h) => h.kind === kind);
          if (group.length === 0) return null;
          const more = result.totals[kind] - group.length;
          return (
            <div key={kind} role="group" aria-labelledby={`${id}-${kind}`} className="search-group">
              <div id={`${id}-${kind}`} role="presentation" className="search-group-label">
                {t(`search.kinds.${kind}`)} ({result.totals[kind]})
              </div>
              {group.map((hit, n) => {
                const i = start + n;
                return (
                  <div
                    key={`${hit.kind}:${hit.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === current}
                    className={i === current ? 'search-option active' : 'search-option'}
                    onMouseMove={() => setActive(i)}
                    onClick={() => props.onGo(hit)}
                  >
                    <span className="search-option-title">
                      <Marked parts={hit.titleParts} />
                    </span>
                    {hit.snippet.length > 0 && (
                      <span className="search-snippet">
                        <Marked parts={hit.snippet} />
                      </span>
                    )}
                  </div>
                );
              })}
              {more > 0 && (
                <div role="presentation" className="search-more">
                  {t('search.more', { count: more })}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Dialog>
  );
});
