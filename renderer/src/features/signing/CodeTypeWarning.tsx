import { expectedCodePrefix, findOperatorTypeMismatch } from '@shared/signing/operator-type-check';
import type { OperatorType } from '@shared/signing/operator.schema';
import { t } from '@renderer/i18n/t';

type CodeTypeWarningProps = Readonly<{ operatorType: OperatorType; code: string; onSwitch: (type: OperatorType) => void }>;

/**
 * A warning, not a refusal: the 统一社会信用代码's registration authority and
 * organisation kind (its first two characters) do not fit the type chosen.
 */
export function CodeTypeWarning({ operatorType, code, onSwitch }: CodeTypeWarningProps) {
  const mismatch = findOperatorTypeMismatch(operatorType, code);
  if (mismatch === null) return null;
  const chosen = t(`operator.type.${operatorType}`);
  const expected = expectedCodePrefix[operatorType];
  return (
    <div className="notice field-warning" role="status" data-testid="uscc-type-warning">
      <p>
        {mismatch.kind === 'other-type'
          ? t('operator.warning.uscc-other-type', { prefix: mismatch.prefix, actual: t(`operator.type.${mismatch.suggested}`), chosen, expected })
          : mismatch.kind === 'other-organisation'
            ? t('operator.warning.uscc-other-organisation', { prefix: mismatch.prefix, authority: mismatch.authority, category: mismatch.category, chosen, expected })
            : t('operator.warning.uscc-unknown-category', { prefix: mismatch.prefix })}
      </p>
      {mismatch.kind === 'other-type' && (
        <button type="button" className="button small" onClick={() => onSwitch(mismatch.suggested)}>
          {t('operator.warning.switchType', { type: t(`operator.type.${mismatch.suggested}`) })}
        </button>
      )}
    </div>
  );
}
