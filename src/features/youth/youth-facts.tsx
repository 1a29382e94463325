import { Fragment, type ReactNode } from 'react';
import { ageOn } from '@/domain/dates';
import type { IsoDate, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { eighteenthBirthday, formatDate } from '@/ui/format';
import { NotFilledIn } from './light-label';

const f = t.youth.fields;

export function YouthFacts({ youth, today }: { youth: Youth; today: IsoDate }) {
  const eighteen = eighteenthBirthday(youth.birthDate, today);
  const rows: [string, ReactNode][] = [
    [f.age, t.dates.yearsOld(ageOn(youth.birthDate, today))],
    [f.birthDate, formatDate(youth.birthDate)],
    [eighteen.label, eighteen.date],
    [f.municipality, youth.municipality],
    [f.location, youth.location],
    [f.placementType, t.placementType[youth.placementType]],
    [f.placementStart, formatDate(youth.placementStart)],
    [f.plannedEnd, formatDate(youth.plannedEnd)],
    [f.perspective, t.perspectiveOf(youth.perspective)],
    [f.coordinator, youth.coordinator],
    [f.procesregie, youth.procesregie],
    [f.clientNumber, youth.clientNumber],
    [f.notes, youth.notes && <span className="youth-notes">{youth.notes}</span>],
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
