import { useEffect, useRef } from 'react';
import { blockText, letterBlocks, type LetterTemplate } from '@shared/letter/letter-template';

type LetterReaderProps = Readonly<{ template: LetterTemplate; onReachedEnd: () => void }>;

/**
 * The whole letter, set for reading on a 13" laptop or a pen display; tells
 * its parent once the last line has been scrolled into view.
 */
export function LetterReader({ template, onReachedEnd }: LetterReaderProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const reached = useRef(onReachedEnd);
  useEffect(() => {
    reached.current = onReachedEnd;
  }, [onReachedEnd]);

  useEffect(() => {
    if (scroller.current === null || end.current === null) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reached.current();
      },
      { root: scroller.current, threshold: 1 },
    );
    observer.observe(end.current);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="letter-reader" ref={scroller} tabIndex={0} data-testid="letter-reader">
      {letterBlocks(template).map((block) => {
        switch (block.kind) {
          case 'title':
            return <h2 key={block.id} className="letter-title">{block.text}</h2>;
          case 'chapter':
            return <h3 key={block.id} className="letter-chapter">{block.text}</h3>;
          case 'section':
            return <h4 key={block.id} className="letter-section">{block.text}</h4>;
          case 'special-heading':
            return <h3 key={block.id} className="letter-chapter">{block.text}</h3>;
          case 'sole-proprietor-box':
            return <p key={block.id} className="letter-box">□ {block.text}</p>;
          case 'item':
            return <p key={block.id} className="letter-item" data-clause={block.id}>{blockText(block)}</p>;
          default:
            return <p key={block.id} className={`letter-${block.kind}`} data-clause={block.id}>{blockText(block)}</p>;
        }
      })}
      {template.signatureBlock.map((entry) => (
        <p key={entry.id} className="letter-signature-line">{entry.label}</p>
      ))}
      <div ref={end} className="letter-end" data-testid="letter-end" />
    </div>
  );
}
