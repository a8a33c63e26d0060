import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertConnector, type Connector } from '../../../connectors/sdk/index.js';
import { BadInputError } from '../../graphql/errors.js';

/** The connectors this process can run: the built-in ones plus the plugins named in configuration. */
export class ConnectorRegistry {
  private readonly byId = new Map<string, Connector<any>>();

  constructor(connectors: readonly Connector<any>[]) {
    for (const connector of connectors) {
      if (this.byId.has(connector.id)) throw new Error(`two connectors share the id "${connector.id}"`);
      this.byId.set(connector.id, connector);
    }
  }

  get(kind: string): Connector<any> {
    const connector = this.byId.get(kind);
    if (!connector) {
      throw new BadInputError('kind', `unknown connector "${kind}"; expected one of ${[...this.byId.keys()].join(', ')}`);
    }
    return connector;
  }

  list(): Connector<any>[] {
    return [...this.byId.values()];
  }
}

/**
 * Imports each plugin package, resolved from `pluginDir`'s node_modules (where the operator ran
 * `npm install <package>`), and checks its export against the contract. A package exports its
 * connector as `default` or as `connector`; a broken one stops the start with a message naming it.
 */
export async function loadConnectorPlugins(packageNames: readonly string[], pluginDir: string): Promise<Connector<any>[]> {
  const resolve = createRequire(path.join(path.resolve(pluginDir), 'package.json')).resolve;
  const loaded: Connector<any>[] = [];
  for (const name of packageNames) {
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(resolve(name)).href)) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`connector plugin ${name} could not be loaded (is it installed?): ${(error as Error).message}`);
    }
    const candidate = module.connector ?? module.default;
    assertConnector(candidate, `connector plugin ${name}`);
    loaded.push(candidate);
  }
  return loaded;
}
