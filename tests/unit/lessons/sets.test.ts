import { describe, expect, test } from 'vitest';
import { LESSON_IDS } from '@/utils/lessons';
import { LESSON_SETS, LESSON_SET_IDS, quizRound } from '@/utils/lessons/sets';
import { translatorFor } from '@/utils/i18n-catalog';
import { languages, loadCatalog } from '@/scripts/locales';

describe('lesson sets for the quiz round', () => {
  test.each(LESSON_SET_IDS)('%s lists only real lessons, none twice', (id) => {
    const ids = LESSON_SETS[id];
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const lesson of ids) expect(LESSON_IDS).toContain(lesson);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a round is three questions, and the next round starts where it stopped', () => {
    expect(quizRound('scams', 0)).toEqual(LESSON_SETS.scams.slice(0, 3));
    expect(quizRound('scams', 3)).toEqual(LESSON_SETS.scams.slice(3, 6));
    // It wraps around a set rather than running dry.
    expect(quizRound('passwords', 3)).toEqual(['mfa', 'passkeys', 'passphrases']);
  });

  test.each(languages())('every theme has a name in %s', (lang) => {
    const t = translatorFor(loadCatalog(lang));
    for (const id of LESSON_SET_IDS) expect(t(`demoQuizSet_${id}`)).not.toMatch(/^demoQuiz/);
  });
});
