import { createContext, useContext, type ReactNode } from 'react';

/**
 * What the person at this screen may do, decided once by the app shell from
 * the role (a provider's team, a municipality's device, an open inzage), not
 * per button. A control that writes is drawn only where `write` is true: in
 * inzage and on a municipality's device it is absent, not disabled or hidden.
 * The write layer still refuses as a second line (review-database.ts).
 */
export type Capability = {
  /** May change the board: lights, young people, actions, meetings, settings that are data. */
  write: boolean;
  /** Why not, when `write` is false: a review copy is open, or this is a municipality's device. */
  readOnlyBecause?: 'review' | 'municipality';
};

const FULL: Capability = { write: true };

const CapabilityContext = createContext<Capability>(FULL);

export function CapabilityProvider({
  value,
  children,
}: {
  value: Capability;
  children: ReactNode;
}) {
  return <CapabilityContext.Provider value={value}>{children}</CapabilityContext.Provider>;
}

export function useCapability(): Capability {
  return useContext(CapabilityContext);
}

/** True where controls that write may be drawn. */
export function useCanWrite(): boolean {
  return useCapability().write;
}

/** Draws its children only where the person may write; otherwise nothing at all. */
export function WriteOnly({ children }: { children: ReactNode }) {
  return useCanWrite() ? <>{children}</> : null;
}
