import { useEffect, useId, useRef, useState } from 'react';
import { clauseDisplayName, isNamedLetterPart } from '@shared/i18n/clause-label';
import type { LetterTemplate } from '@shared/letter/letter-template';
import { t } from '@renderer/i18n/t';
import { findClauseText, type ClauseParagraph } from './clause-text';

// The letter's text loads with the first dialog opened, not with the screen
// (首页 ships in the first script).
async function loadCurrentTemplate(): Promise<LetterTemplate> {
  return (await import('@renderer/signing/letter-template-source')).currentLetterTemplate;
}

type Opened = Readonly<{ template: LetterTemplate; paragraphs: readonly ClauseParagraph[] | null }>;

type ClauseRefProps = Readonly<{
  /** The clause id as the template and the obligations name it: '一(三)2', '一(二)1-1', '二(一)', 'preamble'. */
  clause: string;
  /** The letter to quote; the current template unless a signed letter names another. */
  template?: LetterTemplate;
}>;

/**
 * A clause label (条款 一(三)2) that opens a small dialog with that clause's
 * exact words from the letter (the current template unless a signed letter
 * names another). Keyboard and screen reader users get a button that says
 * what it opens; Escape, the close button or a click outside close it and
 * focus returns to the label.
 */
export function ClauseRef({ clause, template }: ClauseRefProps) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const label = isNamedLetterPart(clause) ? clauseDisplayName(clause) : t('clauseRef.label', { clause: clauseDisplayName(clause) });
  const open = async () => {
    const source = template ?? (await loadCurrentTemplate());
    setOpened({ template: source, paragraphs: findClauseText(source, clause) });
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="clause-ref"
        aria-haspopup="dialog"
        aria-label={t('clauseRef.open', { label })}
        onClick={() => void open()}
      >
        {label}
        <span className="clause-ref-icon" aria-hidden="true">
          ⓘ
        </span>
      </button>
      {opened !== null && (
        <ClauseDialog
          label={label}
          paragraphs={opened.paragraphs}
          template={opened.template}
          onClose={() => {
            setOpened(null);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}

type ClauseDialogProps = Readonly<{ label: string; paragraphs: readonly ClauseParagraph[] | null; template: LetterTemplate; onClose: () => void }>;

function ClauseDialog({ label, paragraphs, template, onClose }: ClauseDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Out of the top layer first, so that focus can go back to the label (which may sit in another modal dialog).
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog clause-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // React passes cancel on to the dialogs around this one (a ClauseRef inside ConfirmDialog): Escape closes this one only.
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
      onClick={(event) => {
        event.stopPropagation();
        // A click on the backdrop (outside the box) closes it, as Escape does.
        const box = dialog.current?.getBoundingClientRect();
        if (event.target !== dialog.current || box === undefined) return;
        const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
        if (!inside) close();
      }}
    >
      <h2 id={titleId}>{t('clauseRef.title', { label })}</h2>
      {paragraphs === null ? (
        <p role="alert">{t('clauseRef.missing', { title: template.title })}</p>
      ) : (
        <>
          <div className="clause-text" data-testid="clause-text">
            {paragraphs.map((paragraph, index) => (
              <p key={index} className={paragraph.isItem ? 'clause-item' : undefined}>
                {paragraph.text}
              </p>
            ))}
          </div>
          <p className="muted">{t('clauseRef.source', { title: template.title, version: template.version })}</p>
        </>
      )}
      <div className="actions">
        <button type="button" className="button primary" autoFocus onClick={close}>
          {t('clauseRef.close')}
        </button>
      </div>
    </dialog>
  );
}
