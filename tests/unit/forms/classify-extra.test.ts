import { describe, expect, test } from 'vitest';
import { kindOfText } from '@/utils/forms/classify';

describe('identity cards are IDs, not payment cards', () => {
  test.each([
    ['id card number', 'national-id'],
    ['identity card number', 'national-id'],
    ['card number', 'card-number'],
    ['credit card number', 'card-number'],
  ])('%s → %s', (text, kind) => {
    expect(kindOfText(text)).toBe(kind);
  });
});
