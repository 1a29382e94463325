export function MonthlyReportPage({
  municipality,
  month,
}: {
  municipality: string;
  month: string;
}) {
  return (
    <h1>
      Rapport {municipality} {month}
    </h1>
  );
}
