import { useCallback, useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  connectToHub,
  disconnectFromHub,
  loadHubStatus,
  requeueHubItem,
  sendToHub,
  type ConnectProblem,
  type HubStatus,
  type SyncOutcome,
} from '../../app/hub';
import { getPlatform } from '../../platform';

const allowOrigin = (origin: string | null) => getPlatform().allowHubOrigin(origin);

// The form, kept across the one reload the desktop shell needs before its pages may reach a new hub.
const PENDING_KEY = 'gongzhi.hub.pendingConnect';
type Form = { address: string; code: string; name: string; allowLocalNetwork: boolean };

function takePending(): Form | undefined {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  try {
    return raw ? (JSON.parse(raw) as Form) : undefined;
  } catch {
    return undefined;
  }
}

type Notice = { kind: 'error'; text: string } | { kind: 'info'; text: string } | undefined;

/** Settings › 园区中心: connect this installation to a park hub, send the outbox, see what happened. */
export function HubPanel() {
  const { t } = useTranslation('settings');
  const id = useId();
  const [status, setStatus] = useState<HubStatus | undefined>();
  const [form, setForm] = useState<Form>({ address: '', code: '', name: '', allowLocalNetwork: false });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  const refresh = useCallback(() => loadHubStatus().then(setStatus, (error: unknown) => console.error('hub status', error)), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const problemText = (problem: ConnectProblem): string => t(`hub.problems.${problem}`);

  const describe = (outcome: SyncOutcome): Notice => {
    if (!outcome.connected) return { kind: 'error', text: t('hub.problems.hub.notConnected') };
    const summary = t('hub.sendResult', { sent: outcome.sent, refused: outcome.refused });
    return outcome.stoppedBy
      ? { kind: 'error', text: `${summary} ${problemText(outcome.stoppedBy.code)}` }
      : { kind: 'info', text: summary };
  };

  const run = (work: () => Promise<Notice>): void => {
    setBusy(true);
    setNotice(undefined);
    work()
      .then(setNotice, (error: unknown) => {
        console.error('hub', error);
        setNotice({ kind: 'error', text: t('hub.problems.hub.unexpected') });
      })
      .finally(() => {
        setBusy(false);
        void refresh();
      });
  };

  const connect = (values: Form) =>
    run(async () => {
      const result = await connectToHub(
        { address: values.address, allowLocalNetwork: values.allowLocalNetwork, code: values.code, installationName: values.name },
        allowOrigin,
      );
      if (!result.ok && result.problem === 'hub.reloadNeeded') {
        sessionStorage.setItem(PENDING_KEY, JSON.stringify(values));
        window.location.reload();
        return { kind: 'info', text: t('hub.connecting') };
      }
      if (!result.ok) return { kind: 'error', text: problemText(result.problem) };
      setForm((f) => ({ ...f, code: '' }));
      return describe(await sendToHub());
    });

  // After the desktop shell's reload, the connection the user asked for goes on by itself.
  const resume = useEffectEvent(() => {
    const pending = takePending();
    if (!pending) return;
    setForm(pending);
    connect(pending);
  });
  useEffect(() => {
    const timer = setTimeout(resume, 0);
    return () => clearTimeout(timer);
  }, []);

  if (!status) return <p className="gz-field-help">{t('hub.loading')}</p>;
  const { connection, counts, refused } = status;
  return (
    <div className="gz-field">
      <p className="gz-field-help">{t('hub.intro')}</p>
      {connection ? (
        <>
          <p>{t('hub.connected', { park: connection.parkName, address: connection.origin })}</p>
          <p aria-live="polite" data-testid="hub-counts">
            {t('hub.counts', { queued: counts.queued, sent: counts.sent, refused: counts.refused })}
          </p>
          <div className="gz-actions">
            <button
              type="button"
              className="gz-button gz-button--primary"
              disabled={busy}
              onClick={() => run(async () => describe(await sendToHub()))}
            >
              {busy ? t('hub.sending') : t('hub.sendNow')}
            </button>
            <button
              type="button"
              className="gz-button gz-button--quiet"
              disabled={busy}
              onClick={() => run(async () => (await disconnectFromHub(allowOrigin), { kind: 'info', text: t('hub.disconnected') }))}
            >
              {t('hub.disconnect')}
            </button>
          </div>
        </>
      ) : (
        <form
          className="gz-field"
          onSubmit={(event) => {
            event.preventDefault();
            connect(form);
          }}
        >
          <div className="gz-field">
            <label className="gz-field-label" htmlFor={`${id}-address`}>
              {t('hub.address')}
            </label>
            <input
              id={`${id}-address`}
              className="gz-input"
              type="url"
              inputMode="url"
              autoComplete="off"
              required
              placeholder="https://hub.example.cn"
              value={form.address}
              onChange={(e) => setForm({ ...form, address: e.target.value })}
              aria-describedby={`${id}-address-help`}
            />
            <p className="gz-field-help" id={`${id}-address-help`}>
              {t('hub.addressHelp')}
            </p>
          </div>
          <div className="gz-switch-row">
            <input
              id={`${id}-lan`}
              className="gz-switch"
              type="checkbox"
              role="switch"
              checked={form.allowLocalNetwork}
              onChange={(e) => setForm({ ...form, allowLocalNetwork: e.target.checked })}
            />
            <label className="gz-field-label" htmlFor={`${id}-lan`}>
              {t('hub.localNetwork')}
            </label>
          </div>
          <div className="gz-field">
            <label className="gz-field-label" htmlFor={`${id}-code`}>
              {t('hub.code')}
            </label>
            <input
              id={`${id}-code`}
              className="gz-input"
              autoComplete="off"
              required
              value={form.code}
              onChange={(e) => setForm({ ...form, code: e.target.value })}
            />
          </div>
          <div className="gz-field">
            <label className="gz-field-label" htmlFor={`${id}-name`}>
              {t('hub.name')}
            </label>
            <input
              id={`${id}-name`}
              className="gz-input"
              autoComplete="off"
              placeholder={t('hub.namePlaceholder')}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          </div>
          <div className="gz-actions">
            <button type="submit" className="gz-button gz-button--primary" disabled={busy}>
              {busy ? t('hub.connecting') : t('hub.connect')}
            </button>
          </div>
        </form>
      )}
      {notice ? (
        <p
          className={notice.kind === 'error' ? 'gz-notice gz-notice--error' : 'gz-notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      ) : null}
      {refused.length > 0 ? (
        <>
          <h3 className="gz-field-label">{t('hub.refusedTitle')}</h3>
          <ul>
            {refused.map((entry) => (
              <li key={entry.id}>
                {t(`hub.kinds.${entry.item.kind}`)} · {t(`hub.refusals.${entry.refusal?.code ?? 'sync.invalidBundle'}`)}{' '}
                <button
                  type="button"
                  className="gz-button gz-button--quiet"
                  disabled={busy}
                  onClick={() => run(async () => (await requeueHubItem(entry.id), undefined))}
                >
                  {t('hub.requeue')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
