/** Markup that is safe to put in a page as it is: built by `html`, or SVG drawn by the charts. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml(`<b title="x">Tom & Jerry's</b>`) //=> '&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated value unless it is already SafeHtml; arrays are
 * joined, and null, undefined and false render as nothing. The only way the report builds markup.
 *
 * @example
 * html`<td title="${'a"b'}">${'<script>'}</td>`.value //=> '<td title="a&quot;b">&lt;script&gt;</td>'
 * html`<ul>${['x', 'y'].map((i) => html`<li>${i}</li>`)}</ul>`.value //=> '<ul><li>x</li><li>y</li></ul>'
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}
