import type { LightImportPlan, SheetColumnRole, SheetCondition } from '@/domain/sheet-lights';
import { tx } from '@/i18n/exchange';
import { tl } from '@/i18n/light-sheet';
import { t } from '@/i18n/dictionary';
import { Stoplight } from '@/ui/stoplight';
import { ScrollRegion } from '@/ui/scroll-region';

const PREVIEW_ROWS = 20;

/** One Dutch sentence per problem of a plan, naming the file, row, column and value. */
export function planMessages(
  plan: LightImportPlan,
  conditionNames: ReadonlyMap<string, string>,
): string[] {
  const p = tl.problem;
  return plan.problems.map((problem) => {
    switch (problem.kind) {
      case 'monthTwice':
        return p.monthTwice(problem.month, ...problem.fileNames);
      case 'monthInvalid':
        return p.monthInvalid(problem.fileName, problem.month);
      case 'rowTwice':
        return p.rowTwice(problem.fileName, problem.rowNumber, problem.firstRow);
      case 'reasonTooLong':
        return p.reasonTooLong(
          problem.fileName,
          problem.rowNumber,
          conditionNames.get(problem.conditionId) ?? '',
        );
      case 'newYouth':
        return p.newYouth(
          problem.fileName,
          problem.rowNumber,
          tx.csv.columns[problem.field as keyof typeof tx.csv.columns] ?? problem.field,
          tx.csv.problem[problem.error],
        );
      case 'row': {
        const cell = problem.problem;
        const where = [problem.fileName, problem.rowNumber] as const;
        switch (cell.kind) {
          case 'unknownValue':
            return p.unknownValue(...where, cell.header, cell.value);
          case 'numberWithoutScale':
            return p.numberWithoutScale(...where, cell.header, cell.value);
          case 'missingInitials':
            return p.missingInitials(...where);
          case 'invalidBirthDate':
            return p.invalidBirthDate(...where, cell.value);
          case 'remarkWithoutLight':
            return p.remarkWithoutLight(...where, cell.header);
        }
      }
    }
  });
}

/** The newest month as the board will show it, with "nieuw" or "bestaand (…)" per young person. */
export function LightSheetPreview({
  plan,
  conditions,
  mapping,
}: {
  plan: LightImportPlan;
  conditions: readonly SheetCondition[];
  mapping: readonly SheetColumnRole[];
}) {
  const shown = conditions.filter((condition) =>
    mapping.some((role) => role.kind === 'light' && role.conditionId === condition.id),
  );
  const months = new Set(plan.lights.map((light) => light.assessedAt.slice(0, 7))).size;
  const added = plan.youths.filter((youth) => youth.match.kind === 'new').length;
  return (
    <div className="exchange-preview">
      <p role="status">{tl.summary(plan.youths.length, added, plan.lights.length, months)}</p>
      <h3 id="light-sheet-preview-title">{tl.previewTitle}</h3>
      <ScrollRegion labelledBy="light-sheet-preview-title">
        <table className="simple light-sheet-preview">
          <thead>
            <tr>
              <th scope="col">{tl.previewRow}</th>
              <th scope="col">{tl.previewWho}</th>
              <th scope="col">{tl.previewStatus}</th>
              {shown.map((condition) => (
                <th scope="col" key={condition.id}>
                  {condition.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.youths.slice(0, PREVIEW_ROWS).map((youth) => {
              const lights = new Map(
                youth.latest.lights.map((light) => [light.conditionId as string, light]),
              );
              return (
                <tr key={youth.key}>
                  <td>{youth.latest.rowNumber}</td>
                  <th scope="row">{youth.initials}</th>
                  <td>
                    {youth.match.kind === 'new'
                      ? tl.statusNew
                      : tl.statusExisting(youth.match.youth.initials)}
                  </td>
                  {shown.map((condition) => {
                    const light = lights.get(condition.id);
                    return (
                      <td key={condition.id} title={light?.reason || undefined}>
                        {light ? (
                          <>
                            <Stoplight state={light.colour} />
                            <span className="visually-hidden">{t.light[light.colour]}</span>
                          </>
                        ) : (
                          ''
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {plan.youths.length > PREVIEW_ROWS && (
        <p className="muted">{tl.moreRows(plan.youths.length - PREVIEW_ROWS)}</p>
      )}
    </div>
  );
}
