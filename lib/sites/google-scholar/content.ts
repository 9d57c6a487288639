import { siteContentScript } from '../../content/host';
import { googleScholar } from '.';

export default siteContentScript(googleScholar);
