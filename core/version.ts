// The application's name and version, as recorded in the files it writes.
export const APP_VERSION = '0.1.0';
export const APP_NAME_AND_VERSION = `dpia-editor ${APP_VERSION}`;
