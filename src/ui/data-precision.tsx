import { createContext, useContext, type ReactNode } from 'react';

/**
 * How exact the data on screen is. A share file may round birth dates to the
 * month and leaves some fields out (client number, coordinator, notes); the
 * app shell feeds this from the open review, so a feature shows "aug. 2008" or
 * "niet gedeeld" without reading the review database itself.
 */
export type DataPrecision = {
  /** 'month': a birth date is only known to the month (stored as the 1st). */
  birthDate: 'day' | 'month';
  /** True when the data comes from a share file, which does not carry every field. */
  shared: boolean;
};

const OWN: DataPrecision = { birthDate: 'day', shared: false };

const DataPrecisionContext = createContext<DataPrecision>(OWN);

export function DataPrecisionProvider({
  value,
  children,
}: {
  value: DataPrecision;
  children: ReactNode;
}) {
  return <DataPrecisionContext.Provider value={value}>{children}</DataPrecisionContext.Provider>;
}

export function useDataPrecision(): DataPrecision {
  return useContext(DataPrecisionContext);
}
