import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/pages.css';

const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no element with id "app" to render into');
render(<Popup />, root);
