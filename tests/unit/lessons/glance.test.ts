import { describe, expect, test } from 'vitest';
import { lessonToOffer, siteStatus, sortFindings } from '@/components/popup/glance';
import type { Finding } from '@/utils/checks/findings';
import { emptyProgress } from '@/utils/progress';
import { todaysLesson } from '@/utils/lessons';

const f = (check: Finding['check'], severity: Finding['severity'], lesson?: string): Finding => ({
  check,
  severity,
  form: 0,
  message: 'm',
  lesson,
});

describe('siteStatus', () => {
  test.each([
    [null, false, 'unknown'],
    [[], false, 'clear'],
    [[f('password-field', 'info')], false, 'clear'],
    [[f('oversized-form', 'warning')], false, 'warning'],
    [[f('oversized-form', 'warning'), f('insecure-form', 'danger')], false, 'danger'],
    [[f('insecure-form', 'danger')], true, 'paused'],
  ] as const)('%j, paused %s → %s', (findings, paused, expected) => {
    expect(siteStatus(findings, paused)).toBe(expected);
  });
});

test('most severe first, found order kept among equals', () => {
  const a = f('oversized-form', 'warning', 'a');
  const b = f('insecure-form', 'danger');
  const c = f('password-field', 'info');
  const d = f('oversized-form', 'warning', 'd');
  expect(sortFindings([a, b, c, d])).toEqual([b, a, d, c]);
});

describe('the lesson the popup offers', () => {
  const now = new Date(2026, 0, 15, 12);
  test('without findings: the lesson of the day', () => {
    expect(lessonToOffer([], now, emptyProgress())).toEqual({
      lesson: todaysLesson(now, emptyProgress()),
      fromFinding: false,
    });
  });
  test("with findings: the latest finding's lesson, its own lesson winning", () => {
    const offer = lessonToOffer(
      [f('oversized-form', 'warning'), f('insecure-form', 'danger', 'public-wifi')],
      now,
      emptyProgress(),
    );
    expect(offer.fromFinding).toBe(true);
    expect(offer.lesson.id).toBe('public-wifi');
    expect(lessonToOffer([f('oversized-form', 'warning')], now, emptyProgress()).lesson.id).toBe(
      'data-minimisation',
    );
  });
});
