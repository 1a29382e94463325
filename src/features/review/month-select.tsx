import type { IsoMonth } from '@/domain/state-at-date';
import { tr } from '@/i18n/review';
import { SelectField } from '@/ui/fields';
import { formatDate } from '@/ui/format';
import { selectableMonths } from './review-model';

export function MonthSelect({
  value,
  today,
  onChange,
}: {
  value: IsoMonth;
  today: string;
  onChange: (month: IsoMonth) => void;
}) {
  return (
    <SelectField label={tr.month} value={value} onChange={(event) => onChange(event.target.value)}>
      {selectableMonths(today).map((month) => (
        <option key={month} value={month}>
          {formatDate(`${month}-01`, 'MMMM yyyy')}
        </option>
      ))}
    </SelectField>
  );
}
