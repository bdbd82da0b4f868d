// Display names of model types and other enum-like values that arrive as plain strings in outputs.
import { en } from '../i18n/messages.en';
import type { Translate } from '../i18n/translate';

/** The translated model name, or the raw type when the catalogue has none (a newer model). */
export function modelTypeLabel(t: Translate, type: string): string {
  const key = `ml.model.${type}`;
  return key in en ? t(key as 'ml.model.linear') : type;
}
