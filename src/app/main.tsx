// Entry point: mounts the app. The React preamble is imported as a module (not inlined) so the
// dev server works under the page's script-src 'self' policy.
import '@vitejs/plugin-react/preamble';
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import './notebook/notebook.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
