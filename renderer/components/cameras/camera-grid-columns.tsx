// The camera grid's columns as the user arranges them: widths changed by dragging a header's edge or with the arrow
// keys, columns hidden from a « Colonnes » menu, both remembered in the preferences between sessions.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAMERA_GRID_COLUMNS,
  COLUMN_WIDTH_MAX,
  COLUMN_WIDTH_MIN,
  DEFAULT_CAMERA_GRID_LAYOUT,
  DEFAULT_COLUMN_WIDTHS,
  clampColumnWidth,
} from '../../../core/preferences/camera-grid-layout.ts';
import type { CameraGridColumn, CameraGridLayout } from '../../../core/preferences/camera-grid-layout.ts';
import { usePreferences } from '../../app/preferences-context.tsx';

/** The header text of a column. */
export const columnLabelKey = (column: CameraGridColumn): string =>
  column === 'privacyMasks' || column === 'owner' ? `cameras.fields.${column}` : `cameras.columns.${column}`;

export interface ColumnLayout {
  visible: readonly CameraGridColumn[];
  hidden: ReadonlySet<CameraGridColumn>;
  width: (column: CameraGridColumn) => number;
  /** The grid's `grid-template-columns`: the columns, a filler that takes the rest, the row actions. */
  template: string;
  setWidth: (column: CameraGridColumn, width: number, remember: boolean) => void;
  toggle: (column: CameraGridColumn) => void;
}

export function useColumnLayout(): ColumnLayout {
  const preferences = usePreferences();
  const [layout, setLayout] = useState<CameraGridLayout>(
    preferences?.cameraGrid ?? DEFAULT_CAMERA_GRID_LAYOUT,
  );
  const save = preferences?.saveCameraGrid;
  const hidden = new Set<CameraGridColumn>(layout.hidden);
  const visible = CAMERA_GRID_COLUMNS.filter((c) => !hidden.has(c));
  const width = (column: CameraGridColumn) => layout.widths[column] ?? DEFAULT_COLUMN_WIDTHS[column];
  return {
    visible,
    hidden,
    width,
    template: `${visible.map((c) => `${width(c)}px`).join(' ')} minmax(0, 1fr) 5rem`,
    setWidth(column, value, remember) {
      const next = { ...layout, widths: { ...layout.widths, [column]: clampColumnWidth(value) } };
      setLayout(next);
      if (remember) save?.(next);
    },
    toggle(column) {
      if (column === 'code') return;
      const next = {
        ...layout,
        hidden: hidden.has(column) ? layout.hidden.filter((c) => c !== column) : [...layout.hidden, column],
      };
      setLayout(next);
      save?.(next);
    },
  };
}

const STEP = 16;

/** The edge of a column header: drag it, or focus it and use ← → (Shift for bigger steps, Home for the default). */
export function ColumnResizer({ column, layout }: { column: CameraGridColumn; layout: ColumnLayout }) {
  const { t } = useTranslation();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const width = layout.width(column);
  const label = t(columnLabelKey(column));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    layout.setWidth(column, drag.current.width + event.clientX - drag.current.x, false);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    layout.setWidth(column, drag.current.width + event.clientX - drag.current.x, true);
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const next =
      event.key === 'ArrowRight'
        ? width + step
        : event.key === 'ArrowLeft'
          ? width - step
          : event.key === 'Home'
            ? DEFAULT_COLUMN_WIDTHS[column]
            : null;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    layout.setWidth(column, next, true);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('cameraGrid.resize', { column: label })}
      aria-valuenow={width}
      aria-valuemin={COLUMN_WIDTH_MIN}
      aria-valuemax={COLUMN_WIDTH_MAX}
      title={t('cameraGrid.resizeHint')}
      tabIndex={0}
      className="column-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}

/** « Colonnes »: a checkbox per column that can be hidden. Escape or a click elsewhere closes it. */
export function ColumnsMenu({ layout }: { layout: ColumnLayout }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <div
      className="columns-menu"
      ref={box}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t('cameraGrid.columns')}
      </button>
      {open && (
        <fieldset id={id} className="columns-popover">
          <legend>{t('cameraGrid.columnsShown')}</legend>
          {CAMERA_GRID_COLUMNS.filter((c) => c !== 'code').map((column) => (
            <label key={column} className="choice">
              <input
                type="checkbox"
                checked={!layout.hidden.has(column)}
                onChange={() => layout.toggle(column)}
              />
              <span>{t(columnLabelKey(column))}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
