export function SignalSettings() {
  return null;
}
