import { Router } from 'express';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';
import { inTenantTransaction } from '../db/tenant-scope.js';
import { createContext } from '../graphql/context.js';
import { NotFoundError } from '../graphql/errors.js';
import type { SyncServices } from '../sync/sync-services.js';
import { loadQbrReport } from './load-qbr-report.js';
import { reportPage } from './page/report-page.js';
import { CHROMIUM_PATH, chromiumAvailable } from './pdf/chromium.js';
import { renderPdf } from './pdf/render-pdf.js';
import { requestViewer } from '../http/request-viewer.js';

/** Belt and braces for a page that needs nothing from anywhere: inline styles and SVG only. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * `GET /reports/reviews/:id`: a review's printable report, read in the token's tenant (and, for a
 * client viewer, client) transaction, so a review the token may not see is a 404 like any unknown
 * id. `?format=pdf` prints the same page in headless Chromium; 501 when it is not installed.
 */
export function reportRoutes(orm: Orm, sync: SyncServices, logger: Logger): Router {
  const router = Router();
  router.get('/reports/reviews/:id', async (req, res) => {
    const format = req.query.format ?? 'html';
    if (format !== 'html' && format !== 'pdf') {
      return void res.status(400).json({ error: `format: expected "html" or "pdf", got ${JSON.stringify(format)}` });
    }
    try {
      const viewer = await requestViewer(orm, req, res);
      if (!viewer) return;
      if (format === 'pdf' && !chromiumAvailable()) {
        return void res.status(501).json({
          error: `PDF reports need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium); the HTML report is at ${req.path}`,
        });
      }
      const scope = { tenantId: viewer.tenantId, clientId: viewer.clientId };
      const page = await inTenantTransaction(orm.em, scope, async (em) => reportPage(await loadQbrReport(createContext(viewer, em, sync), req.params.id)));
      res.set('Cache-Control', 'private, no-store');
      if (format === 'pdf') {
        return void res.type('application/pdf').set('Content-Disposition', `inline; filename="review-${req.params.id}.pdf"`).send(await renderPdf(page));
      }
      res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY).type('html').send(page);
    } catch (error) {
      if (error instanceof NotFoundError) return void res.status(404).json({ error: error.message });
      logger.error({ err: error, reviewId: req.params.id }, 'review report failed');
      res.status(500).json({ error: 'internal error' });
    }
  });
  return router;
}
