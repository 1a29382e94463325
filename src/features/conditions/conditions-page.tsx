export function ConditionsPage() {
  return <p>TODO</p>;
}
