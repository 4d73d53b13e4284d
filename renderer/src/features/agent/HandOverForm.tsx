import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { agentNameSettingKey, handOverFormFields, handOverFormSchema, type HandOverForm as HandOverFormValues } from '@shared/agent/hand-over-form';
import { agentNameSchema } from '@shared/agent/onboarding';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { SaveFileResponse } from '@shared/ipc/files.schema';
import { toChinaDateString } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { PassphraseStrengthMeter } from '@renderer/components/PassphraseStrengthMeter';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { beginSaveOrNull } from '@renderer/host/file-streams';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { prepareMerchantKeysOrThrow, recordHandOver, writeHandOverBundleOrThrow } from './hand-over-bundle';
import { loadHandOverFacts, type HandOverFacts } from './hand-over-sheet';

/** A hand-over done: what the done screen shows and the sheet prints. */
export type HandedOver = Readonly<{
  facts: HandOverFacts;
  saved: SaveFileResponse;
  bundleName: string;
  bundleDigest: string;
  recoveryCode: string;
  at: number;
  agentName: string;
}>;

const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_');

/** The file's name as saved: the last part of the location, or the name the browser was handed. */
function savedName(saved: SaveFileResponse, suggested: string): string {
  if (saved.saved) return saved.location.split(/[\\/]/).pop() ?? suggested;
  return saved.handedToBrowser ?? suggested;
}

/**
 * 交接给商户: the agent's name (remembered), the merchant's new passphrase
 * twice and the agent's passphrase; then the bundle, saved where the agent
 * chooses and checked with the merchant's secrets. One problem is shown at a
 * time, on its field.
 */
export function HandOverForm({ onHandedOver }: Readonly<{ onHandedOver: (result: HandedOver) => void }>) {
  const { services } = useSession();
  const { store, workspace } = useOpenSession();
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<HandOverFormValues>({
    resolver: zodResolver(handOverFormSchema),
    defaultValues: { agentName: '', passphrase: '', confirm: '', current: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });

  useEffect(() => {
    let active = true;
    void services.registry.getSetting(agentNameSettingKey).then((value) => {
      const remembered = agentNameSchema.safeParse(value);
      if (active && remembered.success && form.getValues('agentName') === '') form.setValue('agentName', remembered.data);
    });
    return () => {
      active = false;
    };
  }, [services, form]);

  const first = handOverFormFields.find((name) => errors[name] !== undefined);
  const errorOf = (name: (typeof handOverFormFields)[number]) => (name === first ? fieldErrorText('agent.handOver.error.', errors[name]?.message) : undefined);

  const submit = form.handleSubmit(async (values) => {
    setStatus(t('agent.handOver.checking'));
    try {
      const keys = await prepareMerchantKeysOrThrow(store, { agentPassphrase: values.current, merchantPassphrase: values.passphrase }, services.registry, services.now());
      await services.registry.setSetting(agentNameSettingKey, values.agentName);
      const facts = await loadHandOverFacts(store, workspace.label);
      const now = services.now();
      const suggested = safeFileName(`${facts.merchantName}-交接包-${toChinaDateString(now)}.smsbak`);
      const target = await beginSaveOrNull(services.host, { suggestedName: suggested, filters: [{ name: '短信合规助手交接包', extensions: ['smsbak'] }] });
      if (target === null) return setStatus(t('agent.handOver.cancelled'));
      setStatus(t('agent.handOver.writing'));
      const written = await writeHandOverBundleOrThrow(store, keys, values.passphrase, { label: workspace.label, appVersion: services.appVersion, now }, target);
      if (!written.saved.saved && written.saved.handedToBrowser === undefined) return setStatus(t('agent.handOver.cancelled'));
      await recordHandOver(store, services.registry, { at: now, agentName: values.agentName, bundleDigest: written.bundleDigest, dataDigest: written.dataDigest });
      form.reset({ agentName: values.agentName, passphrase: '', confirm: '', current: '' });
      onHandedOver({ facts, saved: written.saved, bundleName: savedName(written.saved, suggested), bundleDigest: written.bundleDigest, recoveryCode: keys.recoveryCode, at: now, agentName: values.agentName });
    } catch (error) {
      setStatus(null);
      form.setValue('current', '');
      const code = toWriteAppError(error).code;
      if (code === 'vault/wrong-passphrase') form.setError('current', { message: 'wrong-current' }, { shouldFocus: true });
      else if (code === 'handover/same-passphrase') form.setError('passphrase', { message: 'same-as-current' }, { shouldFocus: true });
      else setStatus(describeErrorZhCN(code));
    }
  });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormField label={t('agent.handOver.agentName')} hint={t('agent.handOver.agentNameHint')} error={errorOf('agentName')}>
        {(props) => <input {...props} {...form.register('agentName')} autoComplete="off" maxLength={40} />}
      </FormField>
      <FormField label={t('agent.handOver.passphrase')} error={errorOf('passphrase')}>
        {(props) => <input {...props} {...form.register('passphrase')} type="password" autoComplete="new-password" />}
      </FormField>
      <PassphraseStrengthMeter passphrase={passphrase} />
      <FormField label={t('agent.handOver.confirm')} error={errorOf('confirm')}>
        {(props) => <input {...props} {...form.register('confirm')} type="password" autoComplete="new-password" />}
      </FormField>
      <FormField label={t('agent.handOver.current')} error={errorOf('current')}>
        {(props) => <input {...props} {...form.register('current')} type="password" autoComplete="current-password" />}
      </FormField>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('agent.handOver.submit')}
        </button>
      </div>
      {status !== null && (
        <p role="status" data-testid="handover-status">
          {status}
        </p>
      )}
    </form>
  );
}
