export function MunicipalitiesPage() {
  return <h1>Gemeenten</h1>;
}
