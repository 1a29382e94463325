import { memo, useId, useMemo, useState } from 'react';
import { distinctValues, type SortKey } from '@/domain/board';
import type { LightState, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { useUiStore } from '@/ui/store';
import { useSignalFilter } from './signal-filter';

const SORT_KEYS: SortKey[] = ['initials', 'municipality', 'plannedEnd', 'turnsEighteen', 'reds'];
const FILTER_STATES: LightState[] = ['red', 'amber', 'green', 'unassessed'];

function SelectFilter({
  label,
  value,
  options,
  allLabel,
  onChange,
}: {
  label: string;
  value: string;
  options: string[];
  allLabel: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}

const FOLD_KEY = 'uitstroombord.filters.open';

/** Whether the filters are unfolded, remembered per browser (a view preference, not data). */
function useFiltersOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => {
    try {
      return localStorage.getItem(FOLD_KEY) === '1';
    } catch {
      return false;
    }
  });
  const remember = (next: boolean) => {
    setOpen(next);
    try {
      localStorage.setItem(FOLD_KEY, next ? '1' : '0');
    } catch {
      // Without web storage the choice lasts until the page closes.
    }
  };
  return [open, remember];
}

/**
 * Search, filters, sort and grouping. All UI state; nothing here is saved.
 * Folded, it is one line (search, what filters are on, the count), so a
 * projector shows more rows; unfolding is remembered.
 */
// Memoised, as the board's other parts around the grid: a light change re-renders the
// board page first with unchanged data (see `useBoardRows`), and these need not follow.
export const BoardToolbar = memo(function BoardToolbar({
  youths,
  shown,
}: {
  youths: Youth[];
  shown: number;
}) {
  const filter = useUiStore((state) => state.filter);
  const setFilter = useUiStore((state) => state.setFilter);
  const resetFilter = useUiStore((state) => state.resetFilter);
  const sortKey = useUiStore((state) => state.sortKey);
  const sortDirection = useUiStore((state) => state.sortDirection);
  const setSort = useUiStore((state) => state.setSort);
  const grouped = useUiStore((state) => state.groupByMunicipality);
  const setGrouped = useUiStore((state) => state.setGroupByMunicipality);
  const onlyWithSignals = useSignalFilter((state) => state.onlyWithSignals);
  const setOnlyWithSignals = useSignalFilter((state) => state.setOnlyWithSignals);
  const searchId = useId();
  const sortId = useId();
  const stateId = useId();

  // The toolbar renders on every light change; the choices change only with the young people.
  const municipalities = useMemo(
    () => distinctValues(youths.map((youth) => youth.municipality)),
    [youths],
  );
  const locations = useMemo(() => distinctValues(youths.map((youth) => youth.location)), [youths]);
  const coordinators = useMemo(
    () => distinctValues(youths.map((youth) => youth.coordinator)),
    [youths],
  );
  const filtered =
    filter.text !== '' ||
    filter.municipalities.length > 0 ||
    filter.locations.length > 0 ||
    filter.coordinators.length > 0 ||
    filter.states.length > 0;
  const [open, setOpen] = useFiltersOpen();
  const panelId = useId();
  // What is on, in words, so a folded toolbar never hides that the board is filtered.
  const active = [
    ...filter.municipalities,
    ...filter.locations,
    ...filter.coordinators,
    ...filter.states.map((state) => t.board.withColour(t.light[state])),
    ...(onlyWithSignals ? [t.signals.onlyWithSignals] : []),
  ];

  return (
    <div
      className={`toolbar board-toolbar${open ? '' : ' board-toolbar-folded'}`}
      role="search"
      aria-label={t.board.filtersLabel}
    >
      <div className="toolbar-field toolbar-search">
        <label htmlFor={searchId}>{t.board.search}</label>
        <input
          id={searchId}
          type="search"
          value={filter.text}
          placeholder={t.board.searchPlaceholder}
          onChange={(event) => setFilter({ text: event.target.value })}
        />
      </div>
      <button
        type="button"
        className="button filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▴ ' : '▾ '}</span>
        {t.board.filtersToggle(active.length)}
      </button>
      {!open && active.length > 0 && (
        <p className="filters-active">{t.board.filtersActive(active.join(', '))}</p>
      )}
      <div id={panelId} className="board-filters" hidden={!open}>
        <SelectFilter
          label={t.board.municipality}
          value={filter.municipalities[0] ?? ''}
          options={municipalities}
          allLabel={t.board.allMunicipalities}
          onChange={(value) => setFilter({ municipalities: value ? [value] : [] })}
        />
        <SelectFilter
          label={t.board.location}
          value={filter.locations[0] ?? ''}
          options={locations}
          allLabel={t.board.allLocations}
          onChange={(value) => setFilter({ locations: value ? [value] : [] })}
        />
        <SelectFilter
          label={t.board.coordinator}
          value={filter.coordinators[0] ?? ''}
          options={coordinators}
          allLabel={t.board.allCoordinators}
          onChange={(value) => setFilter({ coordinators: value ? [value] : [] })}
        />
        <div className="toolbar-field">
          <label htmlFor={stateId}>{t.board.colourFilter}</label>
          <select
            id={stateId}
            value={filter.states[0] ?? ''}
            onChange={(event) =>
              setFilter({ states: event.target.value ? [event.target.value as LightState] : [] })
            }
          >
            <option value="">{t.board.anyColour}</option>
            {FILTER_STATES.map((state) => (
              <option key={state} value={state}>
                {t.board.withColour(t.light[state])}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={sortId}>{t.board.sortBy}</label>
          <span className="sort-control">
            <select
              id={sortId}
              value={sortKey}
              onChange={(event) => setSort(event.target.value as SortKey, sortDirection)}
            >
              {SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t.board.sortKeys[key]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              onClick={() => setSort(sortKey, sortDirection === 'asc' ? 'desc' : 'asc')}
              aria-label={sortDirection === 'asc' ? t.board.sortAscending : t.board.sortDescending}
              title={sortDirection === 'asc' ? t.board.sortAscending : t.board.sortDescending}
            >
              {sortDirection === 'asc' ? '↑' : '↓'}
            </button>
          </span>
        </div>
        <label className="toolbar-check">
          <input
            type="checkbox"
            checked={grouped}
            onChange={(event) => setGrouped(event.target.checked)}
          />
          {t.board.groupByMunicipality}
        </label>
        <label className="toolbar-check">
          <input
            type="checkbox"
            checked={onlyWithSignals}
            onChange={(event) => setOnlyWithSignals(event.target.checked)}
          />
          {t.signals.onlyWithSignals}
        </label>
      </div>
      {/* Always laid out, hidden while there is nothing to reset: it is taller than the
          checkboxes beside it, and appearing with the first typed letter would push the
          board down (and the whole page to be laid out and painted again) mid-search. */}
      <button
        type="button"
        className="button"
        onClick={resetFilter}
        style={filtered ? undefined : { visibility: 'hidden' }}
      >
        {t.board.resetFilters}
      </button>
      <p className="row-count" aria-live="polite">
        {t.board.rowCount(shown, youths.length)}
      </p>
    </div>
  );
});
