/**
 * Turns repeated `--config key=value` options into a config object; values that read as JSON
 * numbers or booleans become those (a spec expecting a string says so when it checks).
 *
 * @example
 * parseConfigPairs(['site=na.myconnectwise.net', 'pageSize=500']); //=> { site: 'na.myconnectwise.net', pageSize: 500 }
 */
export function parseConfigPairs(pairs: readonly string[]): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`--config expects key=value, got "${pair.split('=')[0]}..."`);
    const value = pair.slice(at + 1);
    config[pair.slice(0, at)] = /^(-?\d+(\.\d+)?|true|false)$/.test(value) ? JSON.parse(value) : value;
  }
  return config;
}
