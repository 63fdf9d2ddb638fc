import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ShellBridge } from '../src/core/api/contract';
import { createAnalysisRunner } from './analysis/analysis-runner';
import { connectApi } from './api/connect';
import { App } from './app/app';
import './styles/app.css';

declare global {
  interface Window {
    /** Set by Electron's preload: the menus' commands. Absent in a browser. */
    copydeskShell?: ShellBridge;
  }
}

const api = connectApi();
const runner = createAnalysisRunner();
const shell = window.copydeskShell;
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App api={api} runner={runner} onMenuCommand={shell === undefined ? undefined : (listener) => shell.onMenuCommand(listener)} />
  </StrictMode>,
);
