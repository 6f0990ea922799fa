// The camera inventory: a virtualised grid (hundreds of rows stay fast), sorting, filtering, add / edit /
// duplicate / delete, CSV import with column mapping and CSV export.
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Camera } from '../../../core/model/assessment.ts';
import type { CsvSeparator } from '../../../core/csv/parse.ts';
import { useApi } from '../../app/api-context.tsx';
import { blankCamera } from '../../../core/assessment/blank-entities.ts';
import { cameraWarnings, nextCameraCode } from '../../../core/assessment/camera-inventory.ts';
import { exportCameras, normalise } from '../../../core/csv/camera-import.ts';
import { cameraCsvVocabulary } from '../../../core/csv/exports.ts';
import { CopyIcon, TrashIcon } from '../common/icons.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { addCameras, deleteCameras, duplicateCamera, upsertCamera } from '../../../core/assessment/edits.ts';
import { formatDate, todayIso } from '../../app/format.ts';
import { newId } from '../../app/ids.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import type { ApiError } from '../../../core/api.ts';
import { VirtualRows } from '../common/virtual-rows.tsx';
import type { VirtualRowsHandle } from '../common/virtual-rows.tsx';
import { CameraForm } from './camera-form.tsx';
import { CsvImportDialog } from './csv-import-dialog.tsx';
import { IconButton } from '../common/icon-button.tsx';

type SortKey = 'code' | 'location' | 'type' | 'purposes' | 'warnings' | 'authorisationExpiry';
const COLUMNS: readonly SortKey[] = [
  'code',
  'location',
  'type',
  'purposes',
  'warnings',
  'authorisationExpiry',
];
const ROW_HEIGHT = 40;
const GRID_HEIGHT = 440;
const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

export const CameraRegister = memo(function CameraRegister({ cameras }: { cameras: readonly Camera[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const api = useApi();
  const { edit, readOnly, announce } = useEditor();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'code', ascending: true });
  const [query, setQuery] = useState('');
  const [typeFilter, setTypeFilter] = useState<string>('');
  const [warningsOnly, setWarningsOnly] = useState(false);
  const [editing, setEditing] = useState<{ camera: Camera; isNew: boolean } | null>(null);
  const [importing, setImporting] = useState<{ name: string; text: string } | null>(null);
  const [separator, setSeparator] = useState<CsvSeparator>(language === 'fr' ? ';' : ',');
  const [error, setError] = useState<ApiError | null>(null);
  const grid = useRef<VirtualRowsHandle>(null);
  const body = useRef<HTMLDivElement>(null);
  const today = todayIso();
  const deferredQuery = useDeferredValue(query);

  const warnings = useMemo(
    () => new Map(cameras.map((c) => [c.id, cameraWarnings(c, today)])),
    [cameras, today],
  );
  const takenCodes = useMemo(() => new Set(cameras.map((c) => c.code.toLowerCase())), [cameras]);

  // Normalised once per change of the inventory, not on every keystroke of the search (5,000 cameras).
  const haystacks = useMemo(
    () =>
      new Map(
        cameras.map((c) => [
          c.id,
          normalise(`${c.code} ${c.location} ${c.make} ${c.model} ${c.notes} ${c.owner}`),
        ]),
      ),
    [cameras],
  );

  const shown = useMemo(() => {
    const needle = normalise(deferredQuery);
    const filtered = cameras.filter(
      (c) =>
        (typeFilter === '' || c.type === typeFilter) &&
        (!warningsOnly || (warnings.get(c.id)?.length ?? 0) > 0) &&
        (needle === '' || (haystacks.get(c.id) ?? '').includes(needle)),
    );
    const key = sort.key;
    const compare = (a: Camera, b: Camera): number => {
      switch (key) {
        case 'purposes':
          return (a.purposes[0] ?? 99) - (b.purposes[0] ?? 99);
        case 'warnings':
          return (warnings.get(b.id)?.length ?? 0) - (warnings.get(a.id)?.length ?? 0);
        case 'authorisationExpiry':
          return (a.authorisationExpiry ?? '9999').localeCompare(b.authorisationExpiry ?? '9999');
        default:
          return collator.compare(a[key], b[key]);
      }
    };
    const sorted = [...filtered].sort((a, b) => compare(a, b) || collator.compare(a.code, b.code));
    return sort.ascending ? sorted : sorted.reverse();
  }, [cameras, haystacks, deferredQuery, typeFilter, warningsOnly, warnings, sort]);

  const startImport = async () => {
    const result = await api.importTextFile({ kind: 'csv' });
    if (!result.ok) return setError(result.error);
    if (result.value) setImporting(result.value);
  };

  const exportCsv = async () => {
    const text = exportCameras(
      shown.length === cameras.length ? cameras : shown,
      cameraCsvVocabulary(language),
      separator,
    );
    const result = await api.exportTextFile({ kind: 'csv', defaultName: t('cameras.csvFileName'), text });
    if (!result.ok) return setError(result.error);
    if (result.value) announce(t('cameras.exported', { count: shown.length, path: result.value.filePath }));
  };

  const remove = (camera: Camera) => {
    edit(`camera-delete:${camera.id}`, deleteCameras([camera.id]));
    announce(t('cameras.deleted', { code: camera.code }), true);
  };

  const duplicate = (camera: Camera) => {
    const code = nextCameraCode(cameras);
    edit(`camera-duplicate:${camera.id}`, duplicateCamera(camera.id, newId(), code));
    announce(t('cameras.duplicated', { code: camera.code, copy: code }), true);
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End')
      return;
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-row]');
    const col = target.dataset.col;
    if (!row || col === undefined) return;
    event.preventDefault();
    const index = Number(row.dataset.row);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? shown.length - 1
          : index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= shown.length) return;
    grid.current?.scrollToIndex(next);
    requestAnimationFrame(() =>
      body.current?.querySelector<HTMLElement>(`[data-row="${next}"] [data-col="${col}"]`)?.focus(),
    );
  };

  const sortButton = (key: SortKey) => (
    <button
      type="button"
      className="sort-button"
      onClick={() => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }))}
    >
      {t(`cameras.columns.${key}`)}
      <span aria-hidden="true" className="sort-arrow">
        {sort.key === key ? (sort.ascending ? '▲' : '▼') : ''}
      </span>
    </button>
  );

  const renderRow = (index: number) => {
    const camera = shown[index]!;
    const list = warnings.get(camera.id) ?? [];
    return (
      <div
        key={camera.id}
        role="row"
        aria-rowindex={index + 2}
        className="grid-row camera-row"
        data-row={index}
      >
        <div role="gridcell" className="cell code">
          <button
            type="button"
            className="link-button"
            data-col="0"
            aria-label={t('cameras.editCamera', { code: camera.code })}
            onClick={() => setEditing({ camera, isNew: false })}
          >
            {camera.code}
          </button>
        </div>
        <div role="gridcell" className="cell location" title={camera.location}>
          {camera.location}
        </div>
        <div role="gridcell" className="cell">
          {t(`cameras.types.${camera.type}`)}
        </div>
        <div role="gridcell" className="cell">
          {camera.purposes.map((p) => `${p}°`).join(', ')}
        </div>
        <div role="gridcell" className="cell warnings">
          {list.length > 0 && (
            <span className="warning-badge" title={list.map((w) => t(`cameras.warnings.${w}`)).join('\n')}>
              <span aria-hidden="true">⚠ </span>
              {list.length === 1
                ? t(`cameras.warnings.${list[0]}`)
                : t('cameras.warningCount', { count: list.length })}
            </span>
          )}
        </div>
        <div role="gridcell" className="cell">
          {camera.authorisationExpiry ? formatDate(camera.authorisationExpiry, language) : ''}
        </div>
        <div role="gridcell" className="cell actions">
          {!readOnly && (
            <>
              <IconButton
                data-col="1"
                label={t('cameras.duplicateCamera', { code: camera.code })}
                onClick={() => duplicate(camera)}
              >
                <CopyIcon />
              </IconButton>
              <IconButton
                danger
                data-col="2"
                label={t('cameras.deleteCamera', { code: camera.code })}
                onClick={() => remove(camera)}
              >
                <TrashIcon />
              </IconButton>
            </>
          )}
        </div>
      </div>
    );
  };

  return (
    <div className="camera-register">
      <div className="register-toolbar">
        <label className="search">
          <span className="visually-hidden">{t('cameras.search')}</span>
          <input
            type="search"
            placeholder={t('cameras.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label>
          <span className="visually-hidden">{t('cameras.filterType')}</span>
          <select value={typeFilter} onChange={(event) => setTypeFilter(event.target.value)}>
            <option value="">{t('cameras.allTypes')}</option>
            {(['fixed', 'dome', 'ptz', 'lapi'] as const).map((type) => (
              <option key={type} value={type}>
                {t(`cameras.types.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={warningsOnly}
            onChange={(event) => setWarningsOnly(event.target.checked)}
          />
          <span>{t('cameras.warningsOnly')}</span>
        </label>
        <span className="toolbar-spacer" />
        {!readOnly && (
          <>
            <button
              type="button"
              className="primary"
              onClick={() =>
                setEditing({ camera: blankCamera(newId(), nextCameraCode(cameras)), isNew: true })
              }
            >
              {t('cameras.add')}
            </button>
            <button type="button" className="secondary" onClick={() => void startImport()}>
              {t('cameras.import')}
            </button>
          </>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => void exportCsv()}
          disabled={shown.length === 0}
        >
          {t('cameras.export')}
        </button>
        <label>
          <span className="visually-hidden">{t('cameras.separator')}</span>
          <select
            value={separator}
            onChange={(event) => setSeparator(event.target.value as CsvSeparator)}
            title={t('cameras.separator')}
          >
            <option value=";">
              {t('cameras.separatorOption', { separator: t('csv.separators.semicolon') })}
            </option>
            <option value=",">
              {t('cameras.separatorOption', { separator: t('csv.separators.comma') })}
            </option>
          </select>
        </label>
      </div>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      <p className="register-count" role="status">
        {shown.length === cameras.length
          ? t('cameras.count', { count: cameras.length })
          : t('cameras.countFiltered', { count: shown.length, total: cameras.length })}
      </p>
      <div
        className="grid camera-grid"
        role="grid"
        aria-label={t('cameras.gridLabel')}
        aria-rowcount={shown.length + 1}
        aria-colcount={COLUMNS.length + 1}
      >
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row camera-row">
            {COLUMNS.map((key) => (
              <div
                key={key}
                role="columnheader"
                className="cell"
                aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                {sortButton(key)}
              </div>
            ))}
            <div role="columnheader" className="cell actions">
              <span className="visually-hidden">{t('common.actions')}</span>
            </div>
          </div>
        </div>
        <div ref={body} onKeyDown={onGridKeyDown} role="presentation">
          {shown.length > 0 && (
            <VirtualRows
              ref={grid}
              role="rowgroup"
              className="grid-body"
              count={shown.length}
              rowHeight={ROW_HEIGHT}
              height={Math.min(GRID_HEIGHT, shown.length * ROW_HEIGHT + 2)}
              renderRow={renderRow}
            />
          )}
        </div>
      </div>
      {shown.length === 0 && (
        <p className="empty">{cameras.length === 0 ? t('cameras.empty') : t('cameras.noMatch')}</p>
      )}
      {editing && (
        <CameraForm
          camera={editing.camera}
          isNew={editing.isNew}
          takenCodes={takenCodes}
          readOnly={readOnly}
          onClose={() => setEditing(null)}
          onSave={(camera) => {
            edit(`camera:${camera.id}`, upsertCamera(camera));
            setEditing(null);
            if (editing.isNew) announce(t('cameras.added', { code: camera.code }), true);
          }}
        />
      )}
      {importing && (
        <CsvImportDialog
          fileName={importing.name}
          text={importing.text}
          existingCodes={takenCodes}
          onClose={() => setImporting(null)}
          onImport={(imported) => {
            edit(`camera-import:${newId()}`, addCameras(imported));
            setImporting(null);
            announce(t('cameras.imported', { count: imported.length }), true);
          }}
        />
      )}
    </div>
  );
});
