// Links written into Word: https and mailto only, normalised, mailto without attach or other parameters.
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../core/markdown/safe-url.ts';

describe('safeUrl', () => {
  it.each([
    ['https://www.cnil.fr/fr/aipd', 'https://www.cnil.fr/fr/aipd'],
    ['  HTTPS://Exemple.FR/a b  ', 'https://exemple.fr/a%20b'],
    ['mailto:dpo@ville.fr', 'mailto:dpo@ville.fr'],
    ['mailto:dpo@ville.fr?subject=AIPD&body=Bonjour', 'mailto:dpo@ville.fr?subject=AIPD&body=Bonjour'],
  ])('keeps %s as %s', (value, expected) => {
    expect(safeUrl(value)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'http://exemple.fr/',
    'file:///etc/passwd',
    'https://user:pw@exemple.fr/',
    'mailto:dpo@ville.fr?attach=/etc/passwd',
    'mailto:dpo@ville.fr?subject=x&ATTACH=C:\\secret',
    'mailto:dpo@ville.fr?cc=x@y.fr',
    'mailto:dpo@ville.fr#x',
    'pas une adresse',
  ])('refuses %s', (value) => {
    expect(safeUrl(value)).toBeNull();
  });
});
