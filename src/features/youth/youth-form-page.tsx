import { addYouth, updateYouth } from '@/db/youth-repository';
import { draftFromYouth, emptyYouthDraft, type YouthFields } from '@/domain/youth';
import { t } from '@/i18n/dictionary';
import { navigate, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useYouth } from './use-youth-data';
import { YouthForm } from './youth-form';
import { Loading, YouthNotFound } from './youth-not-found';

export function YouthNewPage() {
  const showToast = useUiStore((state) => state.showToast);
  const save = async (fields: YouthFields) => {
    const youth = await runWrite(() => addYouth(fields));
    if (!youth) return;
    showToast({ message: t.youth.form.added(youth.initials) });
    navigate(paths.youthDetail(youth.id));
  };
  return (
    <section>
      <div className="page-header">
        <h1>{t.youth.form.newTitle}</h1>
      </div>
      <YouthForm initial={emptyYouthDraft()} cancelTo={paths.board()} onSave={save} />
    </section>
  );
}

export function YouthEditPage({ id }: { id: string }) {
  const youth = useYouth(id);
  const showToast = useUiStore((state) => state.showToast);
  if (youth === undefined) return <Loading />;
  if (youth === null) return <YouthNotFound />;

  const save = async (fields: YouthFields) => {
    const saved = await runWrite(() => updateYouth(youth.id, fields));
    if (!saved) return;
    showToast({ message: t.youth.form.saved(saved.initials) });
    navigate(paths.youthDetail(saved.id));
  };
  return (
    <section>
      <div className="page-header">
        <h1>{t.youth.form.editTitle(youth.initials)}</h1>
      </div>
      <YouthForm
        key={youth.id}
        initial={draftFromYouth(youth)}
        cancelTo={paths.youthDetail(youth.id)}
        onSave={save}
      />
    </section>
  );
}
