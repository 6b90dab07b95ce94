import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DemoGate } from './demo/DemoGate';
import { initI18n } from './i18n/i18n';
import { syncDesktopLanguage } from './platform/desktop-language';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

await initI18n();
syncDesktopLanguage();
createRoot(container).render(
  <StrictMode>
    <App />
    <DemoGate />
  </StrictMode>,
);
