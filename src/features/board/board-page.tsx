export function BoardPage() {
  return <p>TODO</p>;
}
