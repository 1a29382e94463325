export function DataPage() {
  return <h1>Gegevens</h1>;
}
