import { render } from 'preact';
import { GraphPage } from '@/components/graph/GraphPage';
import '@/components/pages.css';
import '@/components/graph/graph.css';

const root = document.getElementById('app');
if (!root) throw new Error('graph.html has no element with id "app" to render into');
render(<GraphPage />, root);
