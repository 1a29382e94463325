import { CSV_COLUMNS, type CsvColumn } from '@/domain/csv';
import type { ConditionId } from '@/domain/ids';
import {
  roleKey,
  type NumberScale,
  type SheetColumnRole,
  type SheetCondition,
} from '@/domain/sheet-lights';
import { tx } from '@/i18n/exchange';
import { tl } from '@/i18n/light-sheet';
import type { LoadedSheet, SheetColumn } from './light-sheet-import-section';
import { ScrollRegion } from '@/ui/scroll-region';

/** A role as the value of an option: "light:<id>", "youth:initials", "ignore" … */
function roleValue(role: SheetColumnRole): string {
  return roleKey(role) ?? 'ignore';
}

function roleFromValue(value: string): SheetColumnRole {
  const [kind, rest = ''] = value.split(/:(.*)/s) as [string, string?];
  if (kind === 'youth' && (CSV_COLUMNS as readonly string[]).includes(rest))
    return { kind: 'youth', field: rest as CsvColumn };
  if (kind === 'light') return { kind: 'light', conditionId: rest as ConditionId };
  if (kind === 'remark') return { kind: 'remark', conditionId: rest as ConditionId };
  if (kind === 'remarks') return { kind: 'remarks' };
  return { kind: 'ignore' };
}

/** The mapping step: each sheet's month, what each column is, how numbers read, defaults. */
export function LightSheetMapping({
  sheets,
  onMonth,
  columns,
  mapping,
  conditions,
  onRole,
  scale,
  onScale,
  needsDefaults,
  location,
  onLocation,
  placementStart,
  onPlacementStart,
}: {
  sheets: readonly LoadedSheet[];
  onMonth: (fileName: string, month: string) => void;
  columns: readonly SheetColumn[];
  mapping: readonly SheetColumnRole[];
  conditions: readonly SheetCondition[];
  onRole: (key: string, role: SheetColumnRole) => void;
  scale: NumberScale;
  onScale: (scale: NumberScale) => void;
  needsDefaults: boolean;
  location: string;
  onLocation: (value: string) => void;
  placementStart: string;
  onPlacementStart: (value: string) => void;
}) {
  const hasNumbers = columns.some((column, index) =>
    mapping[index]?.kind === 'light'
      ? column.examples.some((value) => /^[1-3]$/.test(value))
      : false,
  );
  return (
    <div className="light-sheet-mapping">
      <fieldset className="light-sheet-months">
        <legend>{tl.monthsTitle}</legend>
        {sheets.map((sheet, index) => (
          <div className="field" key={sheet.fileName}>
            <label htmlFor={`light-sheet-month-${index}`}>{tl.monthLabel(sheet.fileName)}</label>
            <input
              id={`light-sheet-month-${index}`}
              type="month"
              value={sheet.month}
              aria-describedby={`light-sheet-month-hint-${index}`}
              onChange={(event) => onMonth(sheet.fileName, event.target.value)}
            />
            <p className="field-hint" id={`light-sheet-month-hint-${index}`}>
              {tl.monthHint}
            </p>
          </div>
        ))}
      </fieldset>

      <h3 id="light-sheet-mapping-title">{tl.mappingTitle}</h3>
      <p>{tl.mappingIntro}</p>
      <ScrollRegion labelledBy="light-sheet-mapping-title">
        <table className="simple">
          <thead>
            <tr>
              <th scope="col">{tl.mappingColumn}</th>
              <th scope="col">{tl.mappingExample}</th>
              <th scope="col">{tl.mappingRole}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, index) => (
              <tr key={column.key}>
                <th scope="row">{column.header}</th>
                <td>{column.examples.join(' · ')}</td>
                <td>
                  <select
                    aria-label={tl.roleLabel(column.header)}
                    value={roleValue(mapping[index] ?? { kind: 'ignore' })}
                    onChange={(event) => onRole(column.key, roleFromValue(event.target.value))}
                  >
                    <option value="ignore">{tl.role.ignore}</option>
                    <optgroup label={tl.roleGroups.lights}>
                      {conditions.map((condition) => (
                        <option key={condition.id} value={`light:${condition.id}`}>
                          {tl.role.light(condition.name)}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label={tl.roleGroups.remarks}>
                      <option value="remarks">{tl.role.remarks}</option>
                      {conditions.map((condition) => (
                        <option key={condition.id} value={`remark:${condition.id}`}>
                          {tl.role.remark(condition.name)}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label={tl.roleGroups.youth}>
                      {CSV_COLUMNS.map((field) => (
                        <option key={field} value={`youth:${field}`}>
                          {tx.csv.columns[field]}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      {(hasNumbers || scale !== 'none') && (
        <div className="field">
          <label htmlFor="light-sheet-scale">{tl.scaleLabel}</label>
          <select
            id="light-sheet-scale"
            value={scale}
            onChange={(event) => onScale(event.target.value as NumberScale)}
          >
            {(['none', 'oneIsRed', 'oneIsGreen'] as const).map((option) => (
              <option key={option} value={option}>
                {tl.scale[option]}
              </option>
            ))}
          </select>
        </div>
      )}

      {needsDefaults && (
        <fieldset className="light-sheet-defaults">
          <legend>{tl.defaultsTitle}</legend>
          <p className="field-hint">{tl.defaultsIntro}</p>
          <div className="field">
            <label htmlFor="light-sheet-location">{tl.defaultLocation}</label>
            <input
              id="light-sheet-location"
              type="text"
              value={location}
              onChange={(event) => onLocation(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="light-sheet-start">{tl.defaultPlacementStart}</label>
            <input
              id="light-sheet-start"
              type="date"
              aria-describedby="light-sheet-start-hint"
              value={placementStart}
              onChange={(event) => onPlacementStart(event.target.value)}
            />
            <p className="field-hint" id="light-sheet-start-hint">
              {tl.defaultPlacementStartHint}
            </p>
          </div>
        </fieldset>
      )}
    </div>
  );
}
