import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Quarterdeck GraphiQL</title>
<link rel="stylesheet" href="/graphiql-assets/graphiql/graphiql.min.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style></head>
<body><div id="graphiql">Loading…</div>
<script src="/graphiql-assets/react/umd/react.production.min.js"></script>
<script src="/graphiql-assets/react-dom/umd/react-dom.production.min.js"></script>
<script src="/graphiql-assets/graphiql/graphiql.min.js"></script>
<script>
  const token = localStorage.getItem('qd-token') || '';
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
    fetcher,
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer ' + (token || '<paste the demo token>') }, null, 2),
    defaultQuery: '{\\n  viewer { tenant { name } role }\\n  clients(first: 10) { nodes { name engagements { level cadence } } }\\n}\\n',
  }));
</script></body></html>`;

/**
 * GraphiQL at GET /graphql for development, served from node_modules (no CDN). Its own
 * requests are POSTs with a JSON body, which Apollo's CSRF prevention accepts.
 */
export function graphiqlPage(): Router {
  const router = express.Router();
  for (const pkg of ['graphiql', 'react', 'react-dom']) {
    router.use(`/graphiql-assets/${pkg}`, express.static(dirOf(pkg), { index: false, fallthrough: false }));
  }
  router.get('/graphql', (req, res, next) => {
    if (!req.accepts('html') || req.query.query) return next();
    res.type('html').send(PAGE);
  });
  return router;
}
