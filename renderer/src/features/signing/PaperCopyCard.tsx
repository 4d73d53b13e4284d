import { valueOrThrow } from '@shared/ipc/result';
import { layoutLetter } from '@shared/letter/letter-layout';
import { useUserAction } from '@renderer/components/use-user-action';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate } from '@renderer/signing/letter-template-source';
import { copyLabels, pageLabel } from '@renderer/signing/letter-labels';
import { loadPdfFactory } from '@renderer/signing/load-letter-pdf';
import { useSession } from '@renderer/session/session-context';

/** The letter with an empty signature block, to print and sign in ink. */
export function PaperCopyCard() {
  const { services } = useSession();
  const { working, message, run } = useUserAction();

  const print = () =>
    run(async () => {
      const pdf = await (await loadPdfFactory())(
        (measure) =>
          layoutLetter({
            template: currentLetterTemplate,
            content: { operatorName: '', operatorMarks: [], representativeName: '', representativeMarks: [], representativeNote: null, date: null, soleProprietorBoxChecked: false },
            copies: copyLabels,
            evidence: null,
            pageLabel,
            measure,
          }),
        new Map(),
        { title: currentLetterTemplate.title, subject: '纸质签署用', keywords: currentLetterTemplate.id, author: '', creator: '短信合规助手' },
      );
      valueOrThrow(await services.host.files.openInViewer({ name: `${currentLetterTemplate.title}-纸质签署用.pdf`, data: pdf }));
    });

  return (
    <section className="card">
      <h2>{t('signing.paper.title')}</h2>
      <p>{t('signing.paper.body')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={working} onClick={() => void print()}>
          {t('signing.paper.print')}
        </button>
      </div>
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
