import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { prefetchFirstScreen } from './app/prefetch.js';
import { registerServiceWorker } from './offline/service-worker.js';
import './ui/kit.css';
import './app/app.css';

prefetchFirstScreen();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
registerServiceWorker();
