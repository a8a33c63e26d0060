import type { FakeRoute } from './fake-vendor.js';

export interface RouteMatch {
  route: FakeRoute;
  params: Record<string, string>;
}

/**
 * Compiles Express-style route patterns once, so matching a request costs one split and a few string
 * compares (the kit serves benchmark traffic). A trailing slash is ignored; `:name` segments are
 * URI-decoded.
 *
 * @example
 * const match = routeTable([{ method: 'GET', path: '/tickets/:id', handle }]);
 * match('GET', '/tickets/42')?.params; //=> { id: '42' }
 * match('POST', '/tickets/42'); //=> null
 */
export function routeTable(routes: readonly FakeRoute[]): (method: string, path: string) => RouteMatch | null {
  const compiled = routes.map((route) => ({ route, segments: split(route.path) }));
  return (method, path) => {
    const segments = split(path);
    for (const { route, segments: pattern } of compiled) {
      if (route.method !== method || pattern.length !== segments.length) continue;
      const params = matchSegments(pattern, segments);
      if (params) return { route, params };
    }
    return null;
  };
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index]!;
    const actual = segments[index]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = safeDecode(actual);
    else if (expected !== actual) return null;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
