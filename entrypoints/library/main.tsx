import { render } from 'preact';
import { Library } from '@/components/library/Library';
import '@/components/pages.css';
import '@/components/library/library.css';

const root = document.getElementById('app');
if (!root) throw new Error('library.html has no element with id "app" to render into');
render(<Library />, root);
