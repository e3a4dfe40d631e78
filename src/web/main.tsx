import 'antd/dist/reset.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import './i18n/i18n';
import { App } from './app/App';

// Zod would probe `new Function` to compile parsers, which the Content-Security-Policy (script-src 'self') blocks.
z.config({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
