import { siteContentScript } from '../../content/host';
import { arxiv } from '.';

export default siteContentScript(arxiv);
