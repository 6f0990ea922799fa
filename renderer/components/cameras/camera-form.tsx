// The dialog that edits one camera: every field of the inventory, checked before it is saved.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Camera } from '../../../core/model/assessment.ts';
import type { Camera as CameraValue } from '../../../core/model/assessment.ts';
import {
  CAMERA_TYPES,
  CAPABILITIES,
  CAPABILITY_FIELDS,
  PRIVACY_MASKS,
} from '../../../core/model/vocabulary.ts';
import { Dialog } from '../common/dialog.tsx';
import { cameraWarnings } from '../../../core/assessment/camera-inventory.ts';
import { todayIso } from '../../app/format.ts';

const PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

export function CameraForm(props: {
  camera: CameraValue;
  isNew: boolean;
  takenCodes: ReadonlySet<string>;
  readOnly: boolean;
  onSave: (camera: CameraValue) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(props.camera);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof CameraValue>(key: K, value: CameraValue[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = () => {
    const code = draft.code.trim();
    if (code === '') return setError(t('cameras.form.codeRequired'));
    if (code !== props.camera.code && props.takenCodes.has(code.toLowerCase()))
      return setError(t('cameras.form.codeTaken', { code }));
    const parsed = Camera.safeParse({ ...draft, code });
    if (!parsed.success) return setError(t('cameras.form.invalid'));
    props.onSave(parsed.data);
  };

  // The same rule as the grid's « Points d’attention » column, on the camera as it is being edited.
  const flags = cameraWarnings(draft, todayIso());

  const field = (key: keyof CameraValue, control: (inputId: string) => ReactNode) => {
    const inputId = `${id}-${key}`;
    // A place and an owner are long texts: two columns, so that they can be read whole.
    const wide = key === 'location' || key === 'owner' || key === 'authorisationReference';
    return (
      <div className={wide ? 'form-field wide' : 'form-field'}>
        <label htmlFor={inputId}>{t(`cameras.fields.${key}`)}</label>
        {control(inputId)}
      </div>
    );
  };
  const text = (
    key:
      | 'code'
      | 'location'
      | 'hours'
      | 'make'
      | 'model'
      | 'firmware'
      | 'owner'
      | 'donor'
      | 'signage'
      | 'authorisationReference'
      | 'notes',
  ) =>
    field(key, (inputId) => (
      <input
        id={inputId}
        className="text-input"
        value={draft[key]}
        readOnly={props.readOnly}
        data-autofocus={key === 'code' ? true : undefined}
        onChange={(event) => set(key, event.target.value)}
      />
    ));

  return (
    <Dialog
      wide
      title={
        props.isNew ? t('cameras.form.newTitle') : t('cameras.form.editTitle', { code: props.camera.code })
      }
      onClose={props.onClose}
      footer={
        <>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="secondary" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          {!props.readOnly && (
            <button type="button" className="primary" onClick={save}>
              {t('common.save')}
            </button>
          )}
        </>
      }
    >
      <section
        className={flags.length === 0 ? 'camera-flags none' : 'camera-flags'}
        aria-labelledby={`${id}-flags`}
      >
        <h3 id={`${id}-flags`}>{t('cameraGrid.flagsTitle')}</h3>
        {flags.length === 0 ? (
          <p className="hint">{t('cameraGrid.noFlags')}</p>
        ) : (
          <>
            <ul>
              {flags.map((flag) => (
                <li key={flag}>{t(`cameras.warnings.${flag}`)}</li>
              ))}
            </ul>
            <p className="hint">{t('cameraGrid.flagsIntro')}</p>
          </>
        )}
      </section>
      <div className="form-grid">
        {text('code')}
        {text('location')}
        {field('type', (inputId) => (
          <select
            id={inputId}
            value={draft.type}
            disabled={props.readOnly}
            onChange={(event) => set('type', event.target.value as CameraValue['type'])}
          >
            {CAMERA_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`cameras.types.${type}`)}
              </option>
            ))}
          </select>
        ))}
        {text('hours')}
      </div>
      <fieldset className="purposes">
        <legend>{t('cameras.fields.purposes')}</legend>
        <div className="purpose-grid">
          {PURPOSES.map((n) => (
            <label key={n} className="choice">
              <input
                type="checkbox"
                checked={draft.purposes.includes(n)}
                disabled={props.readOnly}
                onChange={(event) =>
                  set(
                    'purposes',
                    event.target.checked
                      ? [...draft.purposes, n].sort((a, b) => a - b)
                      : draft.purposes.filter((p) => p !== n),
                  )
                }
              />
              <span>{t(`cameras.purposes.p${n}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <div className="form-field checkbox-field">
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.nearHomes}
              disabled={props.readOnly}
              onChange={(event) => set('nearHomes', event.target.checked)}
            />
            <span>{t('cameras.fields.nearHomes')}</span>
          </label>
        </div>
        {field('privacyMasks', (inputId) => (
          <select
            id={inputId}
            value={draft.privacyMasks}
            disabled={props.readOnly}
            onChange={(event) => set('privacyMasks', event.target.value as CameraValue['privacyMasks'])}
          >
            {PRIVACY_MASKS.map((mask) => (
              <option key={mask} value={mask}>
                {t(`cameras.masks.${mask}`)}
              </option>
            ))}
          </select>
        ))}
        {CAPABILITY_FIELDS.map((key) => (
          <div key={key}>
            {field(key, (inputId) => (
              <select
                id={inputId}
                value={draft[key]}
                disabled={props.readOnly}
                onChange={(event) => set(key, event.target.value as CameraValue[typeof key])}
              >
                {CAPABILITIES.map((capability) => (
                  <option key={capability} value={capability}>
                    {t(`cameras.capabilities.${capability}`)}
                  </option>
                ))}
              </select>
            ))}
          </div>
        ))}
        {text('make')}
        {text('model')}
        {text('firmware')}
        {text('owner')}
        {text('donor')}
        {text('signage')}
        {text('authorisationReference')}
        {field('authorisationExpiry', (inputId) => (
          <input
            id={inputId}
            type="date"
            value={draft.authorisationExpiry ?? ''}
            readOnly={props.readOnly}
            onChange={(event) =>
              set('authorisationExpiry', event.target.value === '' ? null : event.target.value)
            }
          />
        ))}
      </div>
      {field('notes', (inputId) => (
        <textarea
          id={inputId}
          rows={3}
          value={draft.notes}
          readOnly={props.readOnly}
          onChange={(event) => set('notes', event.target.value)}
        />
      ))}
    </Dialog>
  );
}
