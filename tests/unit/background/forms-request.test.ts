import { describe, expect, test } from 'vitest';
import { parseFeatures } from '@/utils/background/forms';
import { extractPage } from '@/utils/forms/extract';
import { doc } from '../forms/helpers';

describe("a frame's features as JSON text", () => {
  test('what the frame wrote is what the background reads', () => {
    const features = extractPage(
      doc('<form><label>Email <input type=email name=email></label></form>'),
      'https://shop.example/',
    );
    expect(parseFeatures(JSON.stringify(features))).toEqual(features);
  });

  test.each([
    ['not text', { fields: [], forms: [] }],
    ['not JSON', '{"fields": ['],
    ['JSON null', 'null'],
    ['too long', ' '.repeat(8_000_001)],
    ['a number', 42],
  ])('%s: an empty page, no crash', (_, input) => {
    expect(parseFeatures(input)).toEqual({ fields: [], forms: [] });
  });
});
