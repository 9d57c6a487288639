import { siteContentScript } from '../../content/host';
import { dblp } from '.';

export default siteContentScript(dblp);
