import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { toIsoDate } from '@/domain/dates';
import { buildShareFile, openShareText } from '@/domain/share';
import { encryptShare } from '@/domain/share-crypto';
import { generatePassphrase } from '@/domain/passphrase';
import { deleteReview, enterReview, storeShare, type ReviewSession } from '@/db/review-database';
import { listMunicipalities, readShareSource } from '@/db/share-repository';
import { tx } from '@/i18n/exchange';
import { t } from '@/i18n/dictionary';
import { useCapability } from '@/ui/capability';
import { downloadText } from '@/ui/download';
import { TextField } from '@/ui/fields';
import { formatDate, storageMessage } from '@/ui/format';
import { requestLanding, SHARE_FILE_INPUT_ID } from '@/ui/landing';
import { navigate, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useFocusFirstInvalid } from '@/ui/use-focus-first-invalid';
import { useActiveReview, useReviewSessions } from './use-review-session';

const s = tx.share;
const o = tx.open;
const MIN_PASSPHRASE = 12;
const RECENTLY_LEFT_DAYS = 91;
/** A share file of a large board with years of history stays far below this. */
const MAX_SHARE_BYTES = 100 * 1024 * 1024;

/** Making a share file for one municipality, and opening one as a read-only review. */
export function ShareSection() {
  const review = useActiveReview();
  const capability = useCapability();
  return (
    <>
      {/* A municipality's device has no board of its own to share: it only opens files. */}
      {capability.readOnlyBecause === 'municipality' ? null : review ? (
        <section className="form-card exchange-section" aria-labelledby="share-title">
          <h2 id="share-title">{s.title}</h2>
          <p className="muted">{s.notInReview}</p>
        </section>
      ) : (
        <ShareExport />
      )}
      <ShareOpen />
    </>
  );
}

type PassphraseMode = 'proposal' | 'own';
type Created = { message: string; passphrase?: string };

function ShareExport() {
  const municipalities = useLiveQuery(() => listMunicipalities(), []);
  const [chosen, setChosen] = useState('');
  const [birthMonthOnly, setBirthMonthOnly] = useState(true);
  const [includeLeft, setIncludeLeft] = useState(false);
  const [shareTexts, setShareTexts] = useState(false);
  const [mode, setMode] = useState<PassphraseMode>('proposal');
  // Drawn here and kept only in this component: it is never stored anywhere.
  const [proposal, setProposal] = useState(() => generatePassphrase());
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; repeat?: string }>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Created | undefined>();
  const municipality = chosen || municipalities?.[0] || '';
  const showToast = useUiStore((state) => state.showToast);
  const ownId = useId();
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const next: typeof errors = {};
    if (mode === 'own') {
      if (passphrase.length < MIN_PASSPHRASE) next.passphrase = s.passphraseTooShort;
      else if (passphrase !== repeat) next.repeat = s.passphraseMismatch;
    }
    setErrors(next);
    if (next.passphrase || next.repeat) {
      focusFirstInvalid();
      return;
    }
    if (!municipality) return;
    const key = mode === 'proposal' ? proposal : passphrase;
    setBusy(true);
    try {
      const today = toIsoDate(new Date());
      const file = buildShareFile(
        await readShareSource(municipality),
        {
          municipality,
          birthMonthOnly,
          includeLeftWithinDays: includeLeft ? RECENTLY_LEFT_DAYS : undefined,
          actorLabel: s.actorLabel,
          shareReasonAndAction: shareTexts,
        },
        today,
        new Date().toISOString(),
      );
      const text = JSON.stringify(await encryptShare(JSON.stringify(file), key));
      downloadText(s.fileName(municipality, today), text, 'application/json');
      setDone({
        message: s.created(municipality, file.data.youths.length, shareTexts),
        passphrase: mode === 'proposal' ? key : undefined,
      });
      // The next file gets its own passphrase.
      if (mode === 'proposal') setProposal(generatePassphrase());
      setPassphrase('');
      setRepeat('');
    } catch (error) {
      console.error(error);
      showToast({ tone: 'error', message: storageMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-card exchange-section" aria-labelledby="share-title">
      <h2 id="share-title">{s.title}</h2>
      <p>{s.intro}</p>
      <p className="muted">{s.what}</p>
      <p className="muted">{s.notShared}</p>
      {municipalities && municipalities.length === 0 ? (
        <p>{s.noMunicipalities}</p>
      ) : (
        <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="share-municipality">{s.municipality}</label>
            <select
              id="share-municipality"
              value={municipality}
              onChange={(event) => setChosen(event.target.value)}
            >
              {(municipalities ?? []).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <label className="exchange-checkbox">
            <input
              type="checkbox"
              checked={birthMonthOnly}
              onChange={(event) => setBirthMonthOnly(event.target.checked)}
            />
            {s.birthMonthOnly}
          </label>
          <label className="exchange-checkbox">
            <input
              type="checkbox"
              checked={includeLeft}
              onChange={(event) => setIncludeLeft(event.target.checked)}
            />
            {s.includeLeft}
          </label>
          <label className="exchange-checkbox">
            <input
              type="checkbox"
              checked={shareTexts}
              aria-describedby={`${ownId}-texts`}
              onChange={(event) => setShareTexts(event.target.checked)}
            />
            {s.reasonAndAction}
          </label>
          <p className="muted field-hint" id={`${ownId}-texts`}>
            {s.reasonAndActionHint}
          </p>
          <fieldset className="exchange-passphrase" aria-describedby={`${ownId}-intro`}>
            <legend>{s.passphraseTitle}</legend>
            <p className="muted" id={`${ownId}-intro`}>
              {s.passphraseIntro}
            </p>
            <label className="exchange-checkbox">
              <input
                type="radio"
                name="share-passphrase-mode"
                checked={mode === 'proposal'}
                onChange={() => setMode('proposal')}
              />
              {s.useProposal}
            </label>
            <label className="exchange-checkbox">
              <input
                type="radio"
                name="share-passphrase-mode"
                checked={mode === 'own'}
                onChange={() => setMode('own')}
              />
              {s.useOwn}
            </label>
            {mode === 'proposal' ? (
              <>
                <TextField
                  label={s.proposal}
                  value={proposal}
                  readOnly
                  spellCheck={false}
                  autoComplete="off"
                  className="exchange-proposal"
                  hint={s.proposalHint}
                />
                <div className="form-actions">
                  <CopyButton value={proposal} />
                  <button
                    type="button"
                    className="button"
                    onClick={() => setProposal(generatePassphrase())}
                  >
                    {s.newProposal}
                  </button>
                </div>
              </>
            ) : (
              <div className="field-row">
                <TextField
                  label={s.passphrase}
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.target.value)}
                  hint={s.passphraseHint}
                  error={errors.passphrase}
                />
                <TextField
                  label={s.passphraseRepeat}
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(event) => setRepeat(event.target.value)}
                  error={errors.repeat}
                />
              </div>
            )}
          </fieldset>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={busy || !municipality}
            >
              {busy ? s.creating : s.create}
            </button>
          </div>
          {done && (
            <div role="status">
              <p>{done.message}</p>
              {done.passphrase && (
                <p>
                  {s.usedPassphrase}:{' '}
                  <code className="exchange-used-passphrase">{done.passphrase}</code>{' '}
                  <CopyButton value={done.passphrase} label={`${s.copy}: ${s.usedPassphrase}`} />
                </p>
              )}
            </div>
          )}
        </form>
      )}
    </section>
  );
}

/** "Kopiëren", saying in a live region whether it worked. */
function CopyButton({ value, label }: { value: string; label?: string }) {
  const [note, setNote] = useState<string | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setNote(s.copied);
    } catch {
      setNote(s.copyFailed);
    }
  };
  return (
    <>
      <button type="button" className="button" aria-label={label} onClick={() => void copy()}>
        {s.copy}
      </button>
      <span role="status" className="muted">
        {note}
      </span>
    </>
  );
}

function ShareOpen() {
  const review = useActiveReview();
  const sessions = useReviewSessions();
  const showToast = useUiStore((state) => state.showToast);
  const [file, setFile] = useState<File | undefined>();
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const enter = async (session: ReviewSession) => {
    // Land on the top of the board, on its heading, not where this page was scrolled to.
    requestLanding();
    if (await enterReview(session)) navigate(paths.board());
    else showToast({ tone: 'error', message: o.gone });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!file) {
      setError(o.chooseFile);
      return;
    }
    if (file.size > MAX_SHARE_BYTES) {
      setError(o.tooLarge);
      return;
    }
    setBusy(true);
    try {
      const result = await openShareText(await file.text(), passphrase || undefined);
      if (result.kind === 'needsPassphrase') {
        setNeedsPassphrase(true);
        setError(o.needsPassphrase);
        return;
      }
      if (result.kind === 'error') {
        setError(
          result.code === 'invalid' && result.detail
            ? o.errors.invalidAt(result.detail)
            : o.errors[result.code],
        );
        return;
      }
      const session = await runWrite(() => storeShare(result.share));
      if (session) await enter(session);
    } catch (failure) {
      console.error(failure);
      setError(o.errors.invalid);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-card exchange-section" aria-labelledby="share-open-title">
      <h2 id="share-open-title">{o.title}</h2>
      <p>{o.intro}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={SHARE_FILE_INPUT_ID}>{o.file}</label>
          <input
            id={SHARE_FILE_INPUT_ID}
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setError(undefined);
              setNeedsPassphrase(false);
              setPassphrase('');
            }}
          />
        </div>
        {needsPassphrase && (
          <TextField
            label={o.passphrase}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        )}
        {error && (
          <p className="exchange-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? o.opening : o.open}
          </button>
        </div>
      </form>
      {sessions.length > 0 && (
        <>
          <h3>{o.kept}</h3>
          <ul className="exchange-kept">
            {sessions.map((session) => {
              const asOf = formatDate(session.asOf);
              const isOpen = review?.databaseName === session.databaseName;
              return (
                <li key={session.databaseName}>
                  <span>
                    {o.keptItem(session.municipality, asOf, session.youthCount)}
                    {isOpen && <strong> — {o.current}</strong>}
                  </span>
                  {!isOpen && (
                    <button
                      type="button"
                      className="button"
                      aria-label={o.openLabel(session.municipality, asOf)}
                      onClick={() => void enter(session)}
                    >
                      {o.openKept}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button-danger"
                    aria-label={o.removeLabel(session.municipality, asOf)}
                    onClick={() =>
                      void runWrite(() => deleteReview(session.databaseName)).then(
                        (done) => done && showToast({ message: t.reviewBanner.removed }),
                      )
                    }
                  >
                    {o.remove}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
