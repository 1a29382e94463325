import { describe, expect, it } from 'vitest';
import { moveFor } from './board-keys';

describe('moveFor', () => {
  it.each([
    ['ArrowDown', false, { row: 1, col: 2 }],
    ['ArrowUp', false, { row: 0, col: 2 }],
    ['ArrowRight', false, { row: 0, col: 3 }],
    ['ArrowLeft', false, { row: 0, col: 1 }],
    ['Home', false, { row: 0, col: 0 }],
    ['End', false, { row: 0, col: 8 }],
    ['End', true, { row: 19, col: 8 }],
    ['PageDown', false, { row: 10, col: 2 }],
  ])('%s (ctrl %s) from the top row', (key, ctrl, expected) => {
    expect(moveFor(key, ctrl, { row: 0, col: 2 }, 20, 9)).toEqual(expected);
  });

  it('stops at the edges', () => {
    expect(moveFor('ArrowUp', false, { row: 0, col: 0 }, 5, 5)).toEqual({ row: 0, col: 0 });
    expect(moveFor('PageDown', false, { row: 3, col: 4 }, 5, 5)).toEqual({ row: 4, col: 4 });
    expect(moveFor('ArrowRight', false, { row: 3, col: 4 }, 5, 5)).toEqual({ row: 3, col: 4 });
  });

  it('ignores other keys', () => {
    expect(moveFor('r', false, { row: 0, col: 0 }, 5, 5)).toBeUndefined();
  });
});
