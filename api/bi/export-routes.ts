import { Router, type Response } from 'express';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';
import { inTenantTransaction } from '../db/tenant-scope.js';
import { BadInputError } from '../graphql/errors.js';
import { requestViewer } from '../http/request-viewer.js';
import { Role } from '../tenancy/role.js';
import { BI_VIEWS, biView } from './bi-views.js';
import { exportFilter } from './export-filter.js';
import { streamViewCsv, type CsvSink } from './stream-view-csv.js';

const EXPORTERS = [Role.BI_READER, Role.MSP_ADMIN];

/** Writes to `res`, waiting for 'drain' when its buffer is full; rejects once the client has gone. */
function responseSink(res: Response): CsvSink {
  return {
    write: (chunk) => new Promise((resolve, reject) => {
      if (res.destroyed) return reject(new Error('the client closed the connection'));
      if (res.write(chunk)) return resolve();
      const settle = (error?: Error) => {
        res.off('drain', onDrain).off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => settle();
      const onClose = () => settle(new Error('the client closed the connection'));
      res.once('drain', onDrain).once('close', onClose);
    }),
  };
}

/**
 * `GET /export/<view>.csv`: a `bi` view as CSV for BI_READER and MSP_ADMIN tokens, read in the
 * token's tenant transaction (row-level security applies through the views) and streamed with
 * backpressure. `clientId`, `from` and `to` filter it; a bad one is a 400 that names it.
 */
export function exportRoutes(orm: Orm, logger: Logger): Router {
  const router = Router();
  router.get('/export/:file', async (req, res) => {
    try {
      const viewer = await requestViewer(orm, req, res);
      if (!viewer) return;
      if (!EXPORTERS.includes(viewer.role)) {
        return void res.status(403).json({ error: `exports need a ${EXPORTERS.join(' or ')} token, not ${viewer.role}` });
      }
      const view = biView(req.params.file.replace(/\.csv$/, ''));
      if (!view || !req.params.file.endsWith('.csv')) {
        return void res.status(404).json({ error: `no export ${req.params.file}; there are ${BI_VIEWS.map((v) => `${v.name}.csv`).join(', ')}` });
      }
      const filter = exportFilter(req.query);
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="${view.name}.csv"`,
        'Cache-Control': 'private, no-store',
      });
      await inTenantTransaction(orm.em, { tenantId: viewer.tenantId }, (em) => streamViewCsv(em, view, filter, responseSink(res)));
      res.end();
    } catch (error) {
      if (error instanceof BadInputError) return void res.status(400).json({ error: error.message, parameter: error.field });
      if (res.headersSent) {
        // Mid-stream: the only honest signal left is a cut connection, never a truncated "complete" file.
        logger.warn({ err: error, path: req.path }, 'export stopped');
        return void res.destroy();
      }
      logger.error({ err: error, path: req.path }, 'export failed');
      res.status(500).json({ error: 'internal error' });
    }
  });
  return router;
}
