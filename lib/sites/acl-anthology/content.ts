import { siteContentScript } from '../../content/host';
import { aclAnthology } from '.';

export default siteContentScript(aclAnthology);
