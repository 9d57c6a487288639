import { isHttpUrl } from '../../../components/safe-url';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background', 'ping']);
const SCRIPTING_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta']);

/** `isHttpUrl` without its type guard, which would narrow `value` to never afterwards. */
function isSafeUrl(value: string): boolean {
  return isHttpUrl(value);
}

/** Lists everything in `root` that could run script or link to a scheme other than http(s). */
export function unsafeNodes(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName;
    if (SCRIPTING_TAGS.has(tag)) problems.push(`<${tag}> element`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (name.toLowerCase().startsWith('on')) problems.push(`${name} attribute on <${tag}>`);
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && !isSafeUrl(value)) problems.push(`${name}=${JSON.stringify(value.slice(0, 80))} on <${tag}>`);
      if (name === 'style' && /url\(|expression\(/i.test(value)) problems.push(`style with ${value.slice(0, 80)} on <${tag}>`);
    }
  }
  return problems;
}
