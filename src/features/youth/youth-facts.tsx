import { Fragment, type ReactNode } from 'react';
import { ageOn } from '@/domain/dates';
import type { IsoDate, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { useDataPrecision } from '@/ui/data-precision';
import { eighteenthBirthday, formatAge, formatDate, formatDateAt } from '@/ui/format';
import { NotFilledIn, NotShared } from './light-label';

const f = t.youth.fields;

export function YouthFacts({ youth, today }: { youth: Youth; today: IsoDate }) {
  const precision = useDataPrecision();
  const eighteen = eighteenthBirthday(youth.birthDate, today, precision.birthDate);
  // A share file does not carry these: empty there means "not shared", not "left empty".
  const withheld = precision.shared ? <NotShared /> : undefined;
  const rows: [string, ReactNode][] = [
    [f.age, formatAge(ageOn(youth.birthDate, today), t.dates.yearsOld)],
    [f.birthDate, formatDateAt(youth.birthDate, precision.birthDate)],
    [eighteen.label, eighteen.date],
    [f.municipality, youth.municipality],
    [f.location, youth.location],
    [f.placementType, t.placementType[youth.placementType]],
    [f.placementStart, formatDate(youth.placementStart)],
    [f.plannedEnd, formatDate(youth.plannedEnd)],
    [f.perspective, t.perspectiveOf(youth.perspective)],
    [f.coordinator, youth.coordinator || withheld],
    [f.procesregie, youth.procesregie],
    [f.clientNumber, youth.clientNumber || withheld],
    [f.notes, (youth.notes && <span className="youth-notes">{youth.notes}</span>) || withheld],
  ];
  return (
    <dl className="definition-grid youth-facts">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value || <NotFilledIn />}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
