export function RegionalPage() {
  return <h1>Regio</h1>;
}
