export function MeetingSettings() {
  return null;
}
