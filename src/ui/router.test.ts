import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './router';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'board' }],
    ['#/', { name: 'board' }],
    ['#/jongere/nieuw', { name: 'youthNew' }],
    ['#/jongere/abc', { name: 'youthDetail', id: 'abc' }],
    ['#/jongere/abc/bewerken', { name: 'youthEdit', id: 'abc' }],
    ['#/aandacht', { name: 'attention' }],
    ['#/overleg/m1', { name: 'meeting', id: 'm1' }],
    ['#/overleg/m1/vergadering', { name: 'meetingMode', id: 'm1' }],
    ['#/overleg/m1/verslag', { name: 'meetingMinutes', id: 'm1' }],
    [
      '#/rapport/%27s-Hertogenbosch/2026-10',
      { name: 'monthlyReport', municipality: "'s-Hertogenbosch", month: '2026-10' },
    ],
    ['#/onbekend', { name: 'notFound', path: '/onbekend' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every path builder', () => {
    expect(parseRoute(`#${paths.monthlyReport('Súdwest-Fryslân', '2026-01')}`)).toEqual({
      name: 'monthlyReport',
      municipality: 'Súdwest-Fryslân',
      month: '2026-01',
    });
    expect(parseRoute(`#${paths.meetingMode('x/y')}`)).toEqual({ name: 'meetingMode', id: 'x/y' });
  });
});
