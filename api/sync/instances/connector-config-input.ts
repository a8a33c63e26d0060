import { isConnectorError, validateConfig, type Connector } from '../../../connectors/sdk/index.js';
import { BadInputError } from '../../graphql/errors.js';

/**
 * A connector's config checked against its spec, as BAD_USER_INPUT naming the field (never the value:
 * it may be a secret).
 */
export function checkedConfig(connector: Connector<any>, config: Record<string, unknown>): Record<string, unknown> {
  try {
    return validateConfig<Record<string, unknown>>(connector.spec, config);
  } catch (error) {
    if (!isConnectorError(error)) throw error;
    const field = error.details.field ?? 'config';
    const problems = error.message.replace(/^Invalid connector config: /, '');
    throw new BadInputError(field, problems.startsWith(`${field}: `) ? problems.slice(field.length + 2) : problems);
  }
}
