export function MeetingsPage() {
  return <h1>Overleggen</h1>;
}
