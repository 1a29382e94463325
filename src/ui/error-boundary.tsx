import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '@/i18n/dictionary';

type Props = {
  /** What to show instead; `retry` renders the children again. */
  fallback: (retry: () => void) => ReactNode;
  /** When this changes (another route), a shown fallback gives way to the children again. */
  resetKey?: string;
  children: ReactNode;
};
type State = { failed: boolean; resetKey?: string };

/**
 * Catches what a view throws while rendering, so one record the view cannot
 * show never blanks the whole app: the header, the menu and Gegevens stay.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  retry = () => this.setState({ failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

/** A part of a page (a section of Gegevens) that fails on its own, leaving the rest usable. */
export function SectionBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(retry) => (
        <div className="form-card" role="alert">
          <p>{t.app.failed.section}</p>
          <button type="button" className="button" onClick={retry}>
            {t.app.failed.retry}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
