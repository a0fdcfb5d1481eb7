import { render } from 'preact';
import { App, loadCard } from './App.tsx';

// The request leaves before the first render: the card is usually ready by the time the popup
// has painted.
const first = loadCard();
render(<App first={first} />, document.getElementById('app') as HTMLElement);

// Escape closes the popup from anywhere in it, as the browser's own bubbles do.
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !e.defaultPrevented) window.close();
});
