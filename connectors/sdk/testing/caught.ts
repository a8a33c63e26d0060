/**
 * The error a function throws or a promise rejects with, so a test can inspect several of its
 * properties; fails the test when nothing is thrown.
 *
 * @example
 * (await caught(http.request({ url: '/me' }))).kind; //=> 'auth'
 * (await caught(() => createConnectorContext(connector, {}))).kind; //=> 'config'
 */
export async function caught<E = any>(run: Promise<unknown> | (() => unknown)): Promise<E> {
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (error) {
    return error as E;
  }
  throw new Error('expected an error, but nothing was thrown');
}
