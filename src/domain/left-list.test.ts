import { describe, expect, it } from 'vitest';
import { makeYouth } from '@/testing/factories';
import type { OutflowCheck } from './follow-up-types';
import type { FollowUpId } from './ids';
import { leftListRows } from './left-list';

describe('leftListRows', () => {
  const early = makeYouth({
    initials: 'A.A.',
    status: 'left',
    placementStart: '2025-01-01',
    leftOn: '2026-01-31',
  });
  const late = makeYouth({ initials: 'B.B.', status: 'left', leftOn: '2026-06-01' });
  const check: OutflowCheck = {
    id: 'c1' as FollowUpId,
    youthId: early.id,
    monthsAfter: 3,
    checkedOn: '2026-05-01',
    stillInIntendedPlace: true,
    backInCare: false,
    note: '',
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    updatedBy: 'Sanne',
  };

  it('lists the newest departure first, with days placed, answers and due days', () => {
    const rows = leftListRows([early, late], [check]);
    expect(rows.map((row) => row.youth.initials)).toEqual(['B.B.', 'A.A.']);
    expect(rows[1]).toMatchObject({
      daysPlaced: 395,
      followUps: [
        { monthsAfter: 3, check, dueOn: '2026-04-30' },
        { monthsAfter: 6, dueOn: '2026-07-31' },
      ],
    });
  });

  it('leaves what a stored non-date would make up unknown, instead of a number or a throw', () => {
    const bad = makeYouth({ initials: 'C.C.', status: 'left', leftOn: '2026-02-31' });
    const odd = makeYouth({
      initials: 'D.D.',
      status: 'left',
      placementStart: 'gisteren',
      leftOn: '2026-03-01',
    });
    const [first, second] = leftListRows([bad, odd], []);
    expect(first).toMatchObject({ youth: odd, followUps: [{ dueOn: '2026-06-01' }, {}] });
    expect(first!.daysPlaced).toBeUndefined();
    expect(second!.daysPlaced).toBeUndefined();
    expect(second!.followUps.map((followUp) => followUp.dueOn)).toEqual([undefined, undefined]);
  });
});
