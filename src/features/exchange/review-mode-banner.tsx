import { deleteReview, leaveReview, type ReviewSession } from '@/db/review-database';
import { t } from '@/i18n/dictionary';
import { formatDate } from '@/ui/format';
import { navigate, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useActiveReview } from './use-review-session';

const b = t.reviewBanner;

/** Always visible while a share file is open, so nobody mistakes it for their own board. */
export function ReviewModeBanner() {
  const review = useActiveReview();
  if (!review) return null;
  return <Banner review={review} />;
}

function Banner({ review }: { review: ReviewSession }) {
  const showToast = useUiStore((state) => state.showToast);
  const close = () => {
    leaveReview();
    navigate(paths.board());
    showToast({ message: b.closed });
  };
  const remove = async () => {
    const done = await runWrite(() => deleteReview(review.databaseName));
    if (done === undefined) return;
    navigate(paths.board());
    showToast({ message: b.removed });
  };
  return (
    <section className="review-banner" aria-label={b.label}>
      <p>
        <strong>{b.text(formatDate(review.asOf), review.municipality)}</strong>
        {review.birthDatePrecision === 'month' && <span> {b.birthMonth}</span>}
      </p>
      <div className="review-banner-actions">
        <button type="button" className="button" onClick={close}>
          {b.close}
        </button>
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          {b.remove}
        </button>
      </div>
    </section>
  );
}
