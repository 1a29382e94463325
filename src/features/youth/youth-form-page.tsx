export function YouthNewPage() {
  return <p>TODO</p>;
}
export function YouthEditPage({ id }: { id: string }) {
  return <p>TODO {id}</p>;
}
