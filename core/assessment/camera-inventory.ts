// Rules of the camera inventory the editor applies as the DPO types: what to look at, and the next free code.
import type { Camera } from '../model/assessment.ts';

/** The things in a camera's set-up that a DPO must look at, as i18n keys under `cameras.warnings`. */
export function cameraWarnings(camera: Camera, today: string): string[] {
  const warnings: string[] = [];
  if (camera.purposes.length === 0) warnings.push('noPurpose');
  if (camera.nearHomes && camera.privacyMasks === 'none') warnings.push('homesWithoutMask');
  if (camera.facialRecognition !== 'absent') warnings.push('facialRecognition');
  if (camera.audio === 'present-enabled') warnings.push('audio');
  if (camera.analytics === 'present-enabled') warnings.push('analytics');
  if (camera.lapi === 'present-enabled') warnings.push('lapi');
  if (camera.authorisationExpiry !== null && camera.authorisationExpiry < today)
    warnings.push('authorisationExpired');
  return warnings;
}

/** The next free code after the highest `PREFIX-NNN`, e.g. CAM-362. */
export function nextCameraCode(cameras: readonly Camera[], base = 'CAM'): string {
  let max = 0;
  let prefix = `${base}-`;
  let width = 3;
  for (const camera of cameras) {
    const match = /^(.*?)(\d+)$/.exec(camera.code);
    if (!match) continue;
    const n = Number(match[2]);
    if (n > max) {
      max = n;
      prefix = match[1]!;
      width = match[2]!.length;
    }
  }
  const taken = new Set(cameras.map((c) => c.code));
  let n = max + 1;
  while (taken.has(`${prefix}${String(n).padStart(width, '0')}`)) n++;
  return `${prefix}${String(n).padStart(width, '0')}`;
}
