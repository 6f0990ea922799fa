// The preferences a screen deep in the editor reads and changes (the camera grid's layout), without passing them down
// through every level. Absent outside the app (component tests): the defaults apply and nothing is remembered.
import { createContext, use } from 'react';
import type { CameraGridLayout } from '../../core/preferences/camera-grid-layout.ts';

export interface PreferencesContextValue {
  cameraGrid: CameraGridLayout;
  /** Remembers the layout in the preferences (through window.dpia), for the next session. */
  saveCameraGrid: (layout: CameraGridLayout) => void;
}

export const PreferencesContext = createContext<PreferencesContextValue | null>(null);

export function usePreferences(): PreferencesContextValue | null {
  return use(PreferencesContext);
}
