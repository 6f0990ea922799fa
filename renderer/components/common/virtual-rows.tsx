// Windowing for long lists of fixed-height rows: only the rows in view (plus a margin) are in the DOM, so a
// grid of hundreds of cameras scrolls and filters as fast as one of ten.
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';

export interface VirtualRowsHandle {
  /** Scrolls the least needed to show the row. */
  scrollToIndex: (index: number) => void;
}

export interface VirtualRowsProps {
  count: number;
  rowHeight: number;
  /** Height of the scrolling area in pixels. */
  height: number;
  renderRow: (index: number) => ReactNode;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
  className?: string;
  role?: string;
  ref?: Ref<VirtualRowsHandle>;
}

/** Which rows to render for a scroll position: [start, end). */
export function visibleRange(
  count: number,
  rowHeight: number,
  height: number,
  scrollTop: number,
  overscan: number,
) {
  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil(height / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end };
}

export function VirtualRows({
  count,
  rowHeight,
  height,
  renderRow,
  overscan = 8,
  className,
  role,
  ref,
}: VirtualRowsProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);

  useImperativeHandle(ref, () => ({
    scrollToIndex(index: number) {
      const el = box.current;
      if (!el) return;
      const top = index * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
      setScrollTop(el.scrollTop);
    },
  }));

  // A shorter list (after filtering) may leave the old scroll position past its end.
  useEffect(() => {
    const el = box.current;
    if (el && el.scrollTop > Math.max(0, count * rowHeight - height))
      el.scrollTop = Math.max(0, count * rowHeight - height);
  }, [count, rowHeight, height]);

  const { start, end } = visibleRange(count, rowHeight, height, scrollTop, overscan);
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) rows.push(renderRow(i));

  return (
    <div
      ref={box}
      className={className}
      role={role}
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div role="presentation" style={{ height: count * rowHeight, position: 'relative' }}>
        <div role="presentation" style={{ position: 'absolute', top: start * rowHeight, left: 0, right: 0 }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
