export function MeetingModePage({ id }: { id: string }) {
  return <h1>Vergadering {id}</h1>;
}
