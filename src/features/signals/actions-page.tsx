export function ActionsPage() {
  return <h1>Acties</h1>;
}
