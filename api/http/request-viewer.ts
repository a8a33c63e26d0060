import type { Request, Response } from 'express';
import type { Orm } from '../db/orm.js';
import { UnauthenticatedError } from '../graphql/errors.js';
import { authenticate } from '../tenancy/authenticate.js';
import type { Viewer } from '../tenancy/viewer.js';

/**
 * The viewer of a plain HTTP route's `Authorization: Bearer` token, checked exactly as GraphQL
 * checks it; or null after answering 401 (with the reason, and nothing about any tenant).
 */
export async function requestViewer(orm: Orm, req: Request, res: Response): Promise<Viewer | null> {
  try {
    return await authenticate(orm.em.fork(), req.headers.authorization);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: error.message });
    return null;
  }
}
