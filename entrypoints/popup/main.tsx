import { render } from 'preact';

render(<main>Heedful</main>, document.getElementById('app')!);
