export function YouthDetailPage({ id }: { id: string }) {
  return <p>TODO {id}</p>;
}
