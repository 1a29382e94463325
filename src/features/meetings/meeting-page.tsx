export function MeetingPage({ id }: { id: string }) {
  return <h1>Overleg {id}</h1>;
}
