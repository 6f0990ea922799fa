// The words of the camera CSV in each interface language, taken from the i18n resources so that export and
// import always agree with what the screen shows.
import type { Language } from '../../core/model/localized.ts';
import { UI_RESOURCES } from '../i18n/i18n.ts';
import type { CameraVocabulary } from './camera-csv.ts';

export function cameraVocabulary(language: Language): CameraVocabulary {
  const { cameras, common } = UI_RESOURCES[language];
  return {
    fields: cameras.fields,
    types: cameras.types,
    masks: cameras.masks,
    capabilities: cameras.capabilities,
    yes: common.yes,
    no: common.no,
  };
}

export const ALL_CAMERA_VOCABULARIES: readonly CameraVocabulary[] = [
  cameraVocabulary('fr'),
  cameraVocabulary('en'),
];
