import { describe, expect, it } from 'vitest';
import { rejectHtmlSinks } from '../../../scripts/vite-plugins/reject-html-sinks';

describe('rejectHtmlSinks', () => {
  it('leaves a module without HTML assignments untouched', () => {
    expect(rejectHtmlSinks('node.textContent = title; if (a.innerHTML == b) x();')).toBeNull();
  });

  it('turns an innerHTML assignment into a call that throws', () => {
    const code = rejectHtmlSinks('export function put(element, html) { element.innerHTML = html; return element; }');
    expect(code).not.toMatch(/\.innerHTML\s*=[^=]/);
    const put = new Function(`${code!.replace('export ', '')}; return put;`)() as (element: object, html: string) => object;
    const element: Record<string, unknown> = {};
    expect(() => put(element, '<img src=x onerror=alert(1)>')).toThrow(/does not render HTML strings/);
    expect(element).toEqual({});
  });

  it('rewrites minified and member-chain targets, and outerHTML', () => {
    const code = rejectHtmlSinks('h?(l||y&&(h.__html==t.innerHTML)||(t.innerHTML=h.__html)):0;a.b.outerHTML=c;')!;
    expect(code).toContain('h.__html==t.innerHTML');
    expect(code).toContain('__scholarLensRejectHtml(t).rejected=h.__html');
    expect(code).toContain('__scholarLensRejectHtml(a.b).rejected=c');
  });
});
