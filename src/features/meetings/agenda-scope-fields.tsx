import { distinctValues } from '@/domain/board';
import type { AgendaScope } from '@/domain/meetings';
import type { Youth } from '@/domain/types';
import { tm } from '@/i18n/meetings';
import { SelectField } from '@/ui/fields';

export type ScopeOptions = { locations: readonly string[]; coordinators: readonly string[] };

/** Location and coordinator to limit a proposed case-review agenda to; empty is everyone. */
export function AgendaScopeFields({
  options,
  scope,
  onChange,
}: {
  options: ScopeOptions;
  scope: AgendaScope;
  onChange: (scope: AgendaScope) => void;
}) {
  return (
    <fieldset className="agenda-scope">
      <legend>{tm.scope.legend}</legend>
      <SelectField
        label={tm.scope.location}
        value={scope.location ?? ''}
        onChange={(event) => onChange({ ...scope, location: event.target.value || undefined })}
      >
        <option value="">{tm.scope.allLocations}</option>
        {options.locations.map((location) => (
          <option key={location} value={location}>
            {location}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={tm.scope.coordinator}
        value={scope.coordinator ?? ''}
        onChange={(event) => onChange({ ...scope, coordinator: event.target.value || undefined })}
      >
        <option value="">{tm.scope.allCoordinators}</option>
        {options.coordinators.map((coordinator) => (
          <option key={coordinator} value={coordinator}>
            {coordinator}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}

/** The locations and coordinators of the placed young people, to choose from. */
export function scopeOptionsOf(placed: readonly Youth[]): ScopeOptions {
  return {
    locations: distinctValues(placed.map((youth) => youth.location)),
    coordinators: distinctValues(placed.map((youth) => youth.coordinator?.trim())),
  };
}
