import { render } from 'preact';
import { App } from './App.tsx';

render(<App />, document.getElementById('app') as HTMLElement);

// Escape closes the popup from anywhere in it, as the browser's own bubbles do.
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !e.defaultPrevented) window.close();
});
