// Entry point of the renderer: picks up window.dpia from the preload and starts the React app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createI18n } from './i18n/i18n.ts';
import './styles/app.css';
import './components/validation/signature.css';

const root = document.getElementById('root');
const api = window.dpia;
const language = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';

if (root && api) {
  createRoot(root).render(
    <StrictMode>
      <App api={api} i18n={createI18n(language)} />
    </StrictMode>,
  );
} else if (root) {
  // Without the preload there is nothing the app can do; say so rather than show a blank window.
  root.textContent =
    'window.dpia is missing: the preload script did not run. / Le script de préchargement n’a pas été exécuté.';
}
