// The Dutch dictionary: one section per area. Another language is a file with the same type.
import { board } from './nl/board';
import { common } from './nl/common';
import { conditions } from './nl/conditions';
import { defaultConditions } from './nl/conditions-defaults';
import { settings } from './nl/settings';
import { youth } from './nl/youth';

export const nl = { ...common, defaultConditions, board, youth, conditions, settings };
export type Dictionary = typeof nl;
