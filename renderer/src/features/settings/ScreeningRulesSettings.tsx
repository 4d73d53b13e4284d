import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { utf8 } from '@shared/encoding/bytes';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { messagesZhCN, type MessageKey } from '@shared/i18n/zh-CN';
import { compareScreeningRules, screeningRulesSchema, summarizeScreeningRules, type ScreeningRules } from '@shared/screening/screening-rules';
import { toWriteAppError, withQuotaErrors } from '@renderer/errors/quota-exceeded';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { bundledScreeningRules, clearImportedRules, importedRulesKey, loadScreeningRules, saveImportedRules } from '@renderer/screening/screening-source';
import { useSession } from '@renderer/session/session-context';

const maximumFileBytes = 2 * 1024 * 1024;

/** The word lists in use on this device, read again whenever an import changes them. */
function useRulesInUse(): ScreeningRules | null {
  const { services } = useSession();
  const [rules, setRules] = useState<ScreeningRules | null>(null);
  useEffect(() => {
    let active = true;
    const load = () => void loadScreeningRules(services.registry).then((loaded) => active && setRules(loaded));
    load();
    const stop = services.registry.onSettingChange((key) => key === importedRulesKey && load());
    return () => {
      active = false;
      stop();
    };
  }, [services]);
  return rules;
}

/** Why a file cannot be used, from the schema's first complaint (or the edition rule). */
function invalidReason(raw: unknown): string | null {
  const parsed = screeningRulesSchema.safeParse(raw);
  if (!parsed.success) {
    const key = `screeningRules.reason.${parsed.error.issues[0]?.message ?? 'format'}`;
    return key in messagesZhCN ? messagesZhCN[key as MessageKey] : t('screeningRules.reason.format');
  }
  return parsed.data.edition < bundledScreeningRules.edition ? t('screeningRules.reason.older') : null;
}

/**
 * 违规内容筛查词库 (一(二)1): which edition is in use and what it holds, the
 * rules an imported file must meet (said before an import can fail on
 * them), an export to edit, and the import: validated, previewed against
 * the lists in use, then used on this device.
 */
export function ScreeningRulesSettings() {
  const { services } = useSession();
  const rules = useRulesInUse();
  const location = useLocation();
  const section = useRef<HTMLElement>(null);
  const [preview, setPreview] = useState<ScreeningRules | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (location.hash === '#screening-rules' && rules !== null) section.current?.scrollIntoView();
  }, [location.hash, rules]);

  if (rules === null) return null;
  const imported = rules !== bundledScreeningRules;
  const summary = summarizeScreeningRules(rules);
  const totalWords = summary.reduce((sum, row) => sum + row.words, 0);

  const pick = async () => {
    setPreview(null);
    const result = await services.host.files.openFile({ filters: [{ name: '词库文件', extensions: ['json'] }], maxBytes: maximumFileBytes });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    if (result.value === null) return;
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(result.value.data));
    } catch {
      return setMessage(t('screeningRules.invalid', { reason: t('screeningRules.reason.json') }));
    }
    const reason = invalidReason(raw);
    if (reason !== null) return setMessage(t('screeningRules.invalid', { reason }));
    setMessage(null);
    setPreview(screeningRulesSchema.parse(raw));
  };

  const exportRules = async () => {
    const name = `违规词库-${rules.edition}.json`;
    const result = await services.host.files.saveFile({ suggestedName: name, filters: [{ name: '词库文件', extensions: ['json'] }], data: utf8(`${JSON.stringify(rules, null, 1)}\n`) });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    setMessage(
      describeSaveOutcome(result.value, {
        saved: (location) => t('screeningRules.exportSaved', { location }),
        handedToBrowser: (fileName) => t('screeningRules.exportDownloaded', { name: fileName }),
        cancelled: t('screeningRules.exportCancelled'),
      }),
    );
  };

  const change = async (action: () => Promise<void>, done: string) => {
    try {
      await withQuotaErrors(action);
    } catch (error) {
      return setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
    setPreview(null);
    setMessage(done);
  };

  return (
    <section className="card" id="screening-rules" ref={section} data-testid="screening-rules">
      <h2>{t('screeningRules.title')}</h2>
      <p>
        {t('screeningRules.body', { edition: rules.edition, source: imported ? t('screeningRules.imported') : t('screeningRules.bundled'), rules: rules.rules.length, words: totalWords })}
      </p>
      <ul className="rule-list" data-testid="screening-rules-summary">
        {summary.map((row) => (
          <li key={row.category}>{t('screeningRules.row', { category: t(`screening.category.${row.category}`), rules: row.rules, words: row.words })}</li>
        ))}
      </ul>
      <h3>{t('screeningRules.rules.title')}</h3>
      <ol className="rule-list" data-testid="screening-rules-file-rules">
        <li>{t('screeningRules.rules.format')}</li>
        <li>{t('screeningRules.rules.edition', { edition: bundledScreeningRules.edition })}</li>
        <li>{t('screeningRules.rules.categories')}</li>
        <li>{t('screeningRules.rules.words')}</li>
        <li>{t('screeningRules.rules.limits')}</li>
      </ol>
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportRules()}>
          {t('screeningRules.export')}
        </button>
        <button type="button" className="button" onClick={() => void pick()}>
          {t('screeningRules.import')}
        </button>
        {imported && (
          <button type="button" className="button" onClick={() => void change(() => clearImportedRules(services.registry), t('screeningRules.restored'))}>
            {t('screeningRules.restore')}
          </button>
        )}
      </div>
      {preview !== null && (
        <div className="card card-next" data-testid="screening-rules-preview">
          <p>{t('screeningRules.preview', { edition: preview.edition, source: preview.source, ...compareScreeningRules(rules, preview) })}</p>
          <ul className="rule-list">
            {summarizeScreeningRules(preview).map((row) => (
              <li key={row.category}>{t('screeningRules.row', { category: t(`screening.category.${row.category}`), rules: row.rules, words: row.words })}</li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void change(() => saveImportedRules(services.registry, preview), t('screeningRules.saved'))}>
              {t('screeningRules.use')}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('screeningRules.cancel')}
            </button>
          </div>
        </div>
      )}
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
