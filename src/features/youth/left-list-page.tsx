export function LeftListPage() {
  return <p>TODO</p>;
}
