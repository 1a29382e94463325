export function AttentionPage() {
  return <h1>Aandacht</h1>;
}
export function AttentionNavCount() {
  return null;
}
