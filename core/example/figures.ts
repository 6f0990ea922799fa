// Counts of the camera inventory that the example's texts quote, so texts and inventory cannot disagree.
import type { Camera, CameraType } from '../model/assessment.ts';

export interface InventoryFigures {
  total: number;
  donated: number;
  bought: number;
  byType: Record<CameraType, number>;
  /** Cameras serving each CSI L251-2 purpose (a camera may serve several). */
  byPurpose: Record<number, number>;
  nearHomes: number;
  unmaskedNearHomes: number;
  lapiEnabled: number;
  microphones: number;
  /** Cameras whose authorisation had expired on the example's date, and cameras without any. */
  lapsed: number;
  unauthorised: number;
  authorised: number;
  oldFirmware: number;
  schoolCameras: number;
}

/** The counts as of the example's date: an order lapsed on that day counts as lapsed. */
export function inventoryFigures(cameras: readonly Camera[], asOf: string): InventoryFigures {
  const count = (test: (camera: Camera) => boolean): number => cameras.filter(test).length;
  const byPurpose: Record<number, number> = {};
  for (const camera of cameras) for (const p of camera.purposes) byPurpose[p] = (byPurpose[p] ?? 0) + 1;
  return {
    total: cameras.length,
    donated: count((c) => c.donor !== ''),
    bought: count((c) => c.donor === ''),
    byType: {
      fixed: count((c) => c.type === 'fixed'),
      dome: count((c) => c.type === 'dome'),
      ptz: count((c) => c.type === 'ptz'),
      lapi: count((c) => c.type === 'lapi'),
    },
    byPurpose,
    nearHomes: count((c) => c.nearHomes),
    unmaskedNearHomes: count((c) => c.nearHomes && c.privacyMasks === 'none'),
    lapiEnabled: count((c) => c.lapi === 'present-enabled'),
    microphones: count((c) => c.audio !== 'absent'),
    lapsed: count((c) => c.authorisationExpiry !== null && c.authorisationExpiry < asOf),
    unauthorised: count((c) => c.authorisationExpiry === null),
    authorised: count((c) => c.authorisationExpiry !== null && c.authorisationExpiry >= asOf),
    oldFirmware: count((c) => c.firmware.startsWith('V5.2.1')),
    schoolCameras: count((c) => /^(Collège|Groupe scolaire)/.test(c.location)),
  };
}
