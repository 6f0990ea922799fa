// The camera inventory: a virtualised grid (hundreds of rows stay fast), sorting, filtering, add / edit /
// duplicate / delete, spreadsheet import (CSV, .xlsx) with column mapping and export; resizable and hideable columns, and a full-window
// view (« Agrandir l’inventaire ») that gives the grid the whole width and height.
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Camera } from '../../../core/model/assessment.ts';
import { useApi } from '../../app/api-context.tsx';
import { useOpenRequest } from '../../app/open-request.tsx';
import { blankCamera } from '../../../core/assessment/blank-entities.ts';
import { cameraWarnings, nextCameraCode } from '../../../core/assessment/camera-inventory.ts';
import { normalise } from '../../../core/csv/camera-import.ts';
import { cameraCsvVocabulary, cameraRows } from '../../../core/csv/exports.ts';
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
import { Dialog } from '../common/dialog.tsx';
import type { CameraGridColumn } from '../../../core/preferences/camera-grid-layout.ts';
import { ColumnResizer, ColumnsMenu, columnLabelKey, useColumnLayout } from './camera-grid-columns.tsx';
import { TableExportControls, type TableFileFormat } from '../common/table-export.tsx';

type SortKey = CameraGridColumn;
const ROW_HEIGHT = 40;
/** Room the page keeps above and below the grid inside the editor: top bar, heading, toolbar, grid header. */
const INLINE_CHROME = 300;
const MIN_GRID_HEIGHT = 240;

/** The height of the window, followed as it is resized. */
function useWindowHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** The height of an element that stretches (the full-window view's grid area), followed as it changes. */
function useElementHeight(element: HTMLElement | null): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return height;
}
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
  const [importing, setImporting] = useState<{ name: string; rows: string[][] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [expanded, setExpanded] = useState(false);
  const columns = useColumnLayout();
  const windowHeight = useWindowHeight();
  const [bodyElement, setBodyElement] = useState<HTMLDivElement | null>(null);
  const bodyAvailable = useElementHeight(expanded ? bodyElement : null);
  const grid = useRef<VirtualRowsHandle>(null);
  const body = useRef<HTMLDivElement>(null);
  const today = todayIso();
  const deferredQuery = useDeferredValue(query);
  // The camera the editor was asked to open (« Y aller », search): its row is selected and scrolled to.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Each open request asks for one scroll, done once its row is shown (a counter, so the effect sets no state).
  const [scrollRequest, setScrollRequest] = useState(0);
  const scrolledFor = useRef(0);
  useOpenRequest('camera', (id) => {
    const camera = cameras.find((c) => c.id === id);
    if (!camera) return;
    setQuery('');
    setTypeFilter('');
    setWarningsOnly(false);
    setSelectedId(id);
    setScrollRequest((n) => n + 1);
    setEditing({ camera, isNew: false });
  });

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
        case 'privacyMasks':
          return collator.compare(t(`cameras.masks.${a.privacyMasks}`), t(`cameras.masks.${b.privacyMasks}`));
        default:
          return collator.compare(a[key], b[key]);
      }
    };
    const sorted = [...filtered].sort((a, b) => compare(a, b) || collator.compare(a.code, b.code));
    return sort.ascending ? sorted : sorted.reverse();
  }, [cameras, haystacks, deferredQuery, typeFilter, warningsOnly, warnings, sort, t]);

  useEffect(() => {
    if (scrollRequest === scrolledFor.current || selectedId === null) return;
    const index = shown.findIndex((c) => c.id === selectedId);
    // Filters cleared by the request reach `shown` a render later (deferred query): wait for the row.
    if (index === -1) return;
    scrolledFor.current = scrollRequest;
    grid.current?.scrollToIndex(index);
    body.current?.closest('.camera-grid')?.scrollIntoView?.({ block: 'nearest' });
  }, [scrollRequest, selectedId, shown]);

  const startImport = async () => {
    const result = await api.importTable({ kind: 'cameras' });
    if (!result.ok) return setError(result.error);
    if (result.value) setImporting(result.value);
  };

  const exportTable = async (format: TableFileFormat) => {
    const rows = cameraRows(shown.length === cameras.length ? cameras : shown, cameraCsvVocabulary(language));
    const defaultName = t('cameras.tableFileName');
    const result = await api.exportTable({ kind: 'cameras', defaultName, format, rows });
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
      {t(columnLabelKey(key))}
      <span aria-hidden="true" className="sort-arrow">
        {sort.key === key ? (sort.ascending ? '▲' : '▼') : ''}
      </span>
    </button>
  );

  const cell = (column: CameraGridColumn, camera: Camera, list: readonly string[]) => {
    switch (column) {
      case 'code':
        return (
          <div key={column} role="gridcell" className="cell code">
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
        );
      case 'warnings': {
        // The reasons in words, from the one rule that computes them (cameraWarnings); two lines before an ellipsis.
        const reasons = list.map((w) => t(`cameras.warnings.${w}`)).join(' · ');
        return (
          <div key={column} role="gridcell" className="cell warnings" title={reasons}>
            {list.length > 0 && (
              <span className="warning-reasons">
                <span aria-hidden="true">⚠ </span>
                {reasons}
              </span>
            )}
          </div>
        );
      }
      default: {
        const text =
          column === 'type'
            ? t(`cameras.types.${camera.type}`)
            : column === 'purposes'
              ? camera.purposes.map((p) => `${p}°`).join(', ')
              : column === 'privacyMasks'
                ? t(`cameras.masks.${camera.privacyMasks}`)
                : column === 'authorisationExpiry'
                  ? camera.authorisationExpiry
                    ? formatDate(camera.authorisationExpiry, language)
                    : ''
                  : camera[column];
        return (
          <div key={column} role="gridcell" className={`cell ${column}`} title={text}>
            {text}
          </div>
        );
      }
    }
  };

  const renderRow = (index: number) => {
    const camera = shown[index]!;
    const list = warnings.get(camera.id) ?? [];
    return (
      <div
        key={camera.id}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={camera.id === selectedId}
        className={camera.id === selectedId ? 'grid-row camera-row selected' : 'grid-row camera-row'}
        data-row={index}
      >
        {columns.visible.map((column) => cell(column, camera, list))}
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

  const gridStyle = {
    '--camera-columns': columns.template,
    '--camera-min-width': `${columns.visible.reduce((sum, c) => sum + columns.width(c), 0) + 80}px`,
  } as CSSProperties;
  const rowsHeight = shown.length * ROW_HEIGHT + 2;
  const bodyHeight = expanded
    ? Math.min(rowsHeight, Math.max(ROW_HEIGHT * 3, bodyAvailable ?? windowHeight - 240))
    : Math.min(rowsHeight, Math.max(MIN_GRID_HEIGHT, windowHeight - INLINE_CHROME));

  const inventory = (
    <>
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
        <TableExportControls
          label={t('cameras.export')}
          disabled={shown.length === 0}
          onExport={(format) => void exportTable(format)}
        />
        <ColumnsMenu layout={columns} />
        {!expanded && (
          <button
            type="button"
            className="secondary"
            aria-haspopup="dialog"
            onClick={() => setExpanded(true)}
          >
            {t('cameraGrid.expand')}
          </button>
        )}
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
        aria-colcount={columns.visible.length + 1}
        style={gridStyle}
      >
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row camera-row">
            {columns.visible.map((key) => (
              <div
                key={key}
                role="columnheader"
                className="cell"
                aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                {sortButton(key)}
                <ColumnResizer column={key} layout={columns} />
              </div>
            ))}
            <div role="columnheader" className="cell actions">
              <span className="visually-hidden">{t('common.actions')}</span>
            </div>
          </div>
        </div>
        <div
          ref={(element) => {
            body.current = element;
            setBodyElement(element);
          }}
          className="grid-body-area"
          onKeyDown={onGridKeyDown}
          role="presentation"
        >
          {shown.length > 0 && (
            <VirtualRows
              ref={grid}
              role="rowgroup"
              className="grid-body"
              count={shown.length}
              rowHeight={ROW_HEIGHT}
              height={bodyHeight}
              renderRow={renderRow}
            />
          )}
        </div>
      </div>
      {shown.length === 0 && (
        <p className="empty">{cameras.length === 0 ? t('cameras.empty') : t('cameras.noMatch')}</p>
      )}
    </>
  );

  return (
    <div className="camera-register">
      {expanded ? (
        <Dialog fullscreen title={t('cameras.gridLabel')} onClose={() => setExpanded(false)}>
          <div className="camera-register expanded">{inventory}</div>
        </Dialog>
      ) : (
        inventory
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
          rows={importing.rows}
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
