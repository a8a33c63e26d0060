import express, { Router } from 'express';
import type { Logger } from 'pino';
import { isConnectorError } from '../../connectors/sdk/index.js';
import type { Orm } from '../db/orm.js';
import type { SyncServices } from '../sync/sync-services.js';
import { SyncTrigger } from '../sync/sync-trigger.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /webhooks/:kind/:instanceId`: a vendor's push notification. The connector verifies it against
 * the raw bytes (its own scheme, e.g. ConnectWise's x-content-signature); a verified one only names
 * tickets to re-fetch through the API, its content is never stored. Answers 202 once queued, 401 when
 * it does not verify, 404 for an unknown instance, and says nothing more.
 */
export function webhookRoutes(orm: Orm, sync: SyncServices, logger: Logger): Router {
  const router = Router();
  router.post('/webhooks/:kind/:instanceId', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    const { kind, instanceId } = req.params;
    try {
      if (!UUID.test(instanceId)) return void res.status(404).json({ error: 'unknown connector instance' });
      // The sender knows only the instance id: find its tenant before entering the tenant's scope.
      const [owner] = await orm.em.fork().getConnection().execute<{ tenant_id: string; kind: string }[]>(
        'select tenant_id, kind from connector_instance where id = ? and archived_at is null and enabled', [instanceId]);
      if (!owner || owner.kind !== kind) return void res.status(404).json({ error: 'unknown connector instance' });
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      const hint = await sync.engine.receiveWebhook(owner.tenant_id, instanceId, { headers, rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0) });
      if (!hint) return void res.status(404).json({ error: 'this connector takes no webhooks' });
      if (sync.queue) await sync.queue.enqueueRefetch(owner.tenant_id, instanceId, hint.stream, hint.ids);
      else void sync.engine.refetch({ tenantId: owner.tenant_id, instanceId, stream: hint.stream, ids: hint.ids, trigger: SyncTrigger.WEBHOOK })
        .catch((error) => logger.warn({ err: error, instanceId }, 'webhook re-fetch failed'));
      res.status(202).json({ accepted: hint.ids.length });
    } catch (error) {
      if (isConnectorError(error) && (error.kind === 'auth' || error.kind === 'config')) {
        logger.warn({ instanceId, kind: error.kind, message: error.message }, 'webhook refused');
        return void res.status(401).json({ error: 'webhook did not verify' });
      }
      logger.error({ err: error, instanceId }, 'webhook failed');
      res.status(500).json({ error: 'internal error' });
    }
  });
  return router;
}
