/** A parsed ConnectWise `conditions` expression. */
export type ConditionValue =
  | { type: 'string'; value: string }
  | { type: 'datetime'; value: number; text: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'like' | 'not like' | 'contains' | 'not contains';

export type Condition =
  | { kind: 'and' | 'or'; items: Condition[] }
  | { kind: 'compare'; field: string; operator: ComparisonOperator; value: ConditionValue }
  | { kind: 'in'; field: string; negated: boolean; values: ConditionValue[] };
