// The Dutch dictionary: one section per area. Another language is a file with the same type.
import { backup } from './nl/backup';
import { board } from './nl/board';
import { common } from './nl/common';
import { identity } from './nl/identity';
import { reviewBanner } from './nl/review-banner';
import { settings } from './nl/settings';
import { signals } from './nl/signals';
import { youth } from './nl/youth';

export const nl = {
  ...common,
  board,
  youth,
  settings,
  signals,
  backup,
  reviewBanner,
  identity,
};
export type Dictionary = typeof nl;
