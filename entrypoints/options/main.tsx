import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { ADAPTERS } from '@/lib/sites';
import '@/components/pages.css';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no element with id "app" to render into');
// Adapters without match patterns (the generic one) run only where the user allowed a site.
const sites = ADAPTERS.filter((adapter) => adapter.matchPatterns.length > 0).map((adapter) => adapter.site);
render(<Options sites={sites} />, root);
