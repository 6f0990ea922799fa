// The camera grid's layout as the user left it (column widths, hidden columns), kept in the preferences between
// sessions: the columns the grid can show, their default widths, and the schema a stored or sent layout must pass.
import { z } from 'zod';

/** The grid's columns, in their order on screen. The code is always shown (it opens the camera's form). */
export const CAMERA_GRID_COLUMNS = [
  'code',
  'location',
  'type',
  'purposes',
  'warnings',
  'privacyMasks',
  'owner',
  'authorisationExpiry',
] as const;
export type CameraGridColumn = (typeof CAMERA_GRID_COLUMNS)[number];

/** Widths in CSS pixels: wide enough for a French date and the flags in words, narrow enough to fit 1366 px. */
export const DEFAULT_COLUMN_WIDTHS: Readonly<Record<CameraGridColumn, number>> = {
  code: 96,
  location: 232,
  type: 100,
  purposes: 100,
  warnings: 280,
  privacyMasks: 128,
  owner: 150,
  authorisationExpiry: 136,
};
export const COLUMN_WIDTH_MIN = 56;
export const COLUMN_WIDTH_MAX = 1200;

const Column = z.enum(CAMERA_GRID_COLUMNS);
export const CameraGridLayout = z.strictObject({
  widths: z.partialRecord(Column, z.number().int().min(COLUMN_WIDTH_MIN).max(COLUMN_WIDTH_MAX)),
  hidden: z.array(Column.exclude(['code'])).max(CAMERA_GRID_COLUMNS.length),
});
export type CameraGridLayout = z.infer<typeof CameraGridLayout>;

export const DEFAULT_CAMERA_GRID_LAYOUT: CameraGridLayout = { widths: {}, hidden: [] };

/** A width kept within the limits the schema accepts. */
export function clampColumnWidth(width: number): number {
  return Math.round(Math.min(COLUMN_WIDTH_MAX, Math.max(COLUMN_WIDTH_MIN, width)));
}
