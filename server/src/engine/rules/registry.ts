// The one list of rules. Settings, documentation and SARIF rule metadata are generated from it.
import type { Rule } from './rule';
import { unreadableText } from './unreadableText';

export const RULES: readonly Rule[] = [unreadableText];

export function findRule(key: string): Rule | undefined {
  return RULES.find((r) => r.id === key || r.name === key);
}
