// Register the tags before React renders them, so React sets `client` as a property.
import 'mfa-elements/all.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
