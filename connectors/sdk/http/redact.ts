const MASK = '[redacted]';

/**
 * Replaces every secret in `text` with `[redacted]`, in the forms it travels in: as is, percent-encoded
 * (a key in a query string) and base64 (inside a Basic Authorization value or an echoed header).
 * Empty secrets are ignored; longer secrets are replaced first so a secret containing another is
 * masked whole.
 *
 * @example
 * redact('GET /me?key=abc%2F1 answered 401', ['abc/1']); //=> 'GET /me?key=[redacted] answered 401'
 * redact('sent Basic dXNlcjpwYXNz', ['user:pass']); //=> 'sent Basic [redacted]'
 * redact('nothing to hide', []); //=> 'nothing to hide'
 */
export function redact(text: string, secrets: readonly string[]): string {
  return redactor(secrets)(text);
}

/**
 * `redact` with the secrets compiled once into one pattern, for the HTTP client's per-request log lines.
 *
 * @example
 * const mask = redactor(['t0ken']);
 * mask('Bearer t0ken'); //=> 'Bearer [redacted]'
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const forms = [...new Set(secrets.filter((secret) => secret !== '').flatMap(encodings))];
  if (forms.length === 0) return (text) => text;
  forms.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, MASK);
}

function encodings(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64');
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url'),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
