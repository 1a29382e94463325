export function MeetingMinutesPage({ id }: { id: string }) {
  return <h1>Verslag {id}</h1>;
}
