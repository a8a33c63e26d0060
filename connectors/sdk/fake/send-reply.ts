import type { ServerResponse } from 'node:http';
import type { FakeReply } from './fake-vendor.js';

/**
 * Writes a FakeReply with an exact Content-Length, so keep-alive connections stay reusable. With
 * `truncate`, only the first half of the body is sent (and announced): the client sees a complete
 * HTTP message whose JSON is cut short, like a proxy that gave up mid-stream.
 *
 * @example
 * sendReply(response, { status: 200, body: { tickets: [] } }); // 200, application/json, '{"tickets":[]}'
 * sendReply(response, { status: 200, body: { tickets: [] } }, true); // 200, '{"tick'
 */
export function sendReply(response: ServerResponse, reply: FakeReply, truncate = false): void {
  const { body, contentType } = encode(reply.body);
  const sent = truncate ? body.subarray(0, Math.floor(body.length / 2)) : body;
  response.writeHead(reply.status, {
    ...(contentType ? { 'content-type': contentType } : {}),
    ...reply.headers,
    'content-length': sent.length,
  });
  response.end(sent);
}

function encode(body: unknown): { body: Buffer; contentType?: string } {
  if (body === undefined) return { body: Buffer.alloc(0) };
  if (Buffer.isBuffer(body)) return { body, contentType: 'application/octet-stream' };
  if (typeof body === 'string') return { body: Buffer.from(body), contentType: 'text/plain; charset=utf-8' };
  return { body: Buffer.from(JSON.stringify(body)), contentType: 'application/json; charset=utf-8' };
}
