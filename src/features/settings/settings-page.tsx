export function SettingsPage() {
  return <p>TODO</p>;
}
