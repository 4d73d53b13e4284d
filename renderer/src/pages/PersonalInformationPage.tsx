import { useState } from 'react';
import { Link } from 'react-router';
import { PersonalInformationForm } from '@renderer/features/personal-information/PersonalInformationForm';
import { PersonalInformationList } from '@renderer/features/personal-information/PersonalInformationList';
import { t } from '@renderer/i18n/t';

/** 台账 → 个人信息台账. */
export function PersonalInformationPage() {
  const [version, setVersion] = useState(0);
  return (
    <article className="page wide">
      <p>
        <Link to="/ledgers">← {t('ledgers.title')}</Link>
      </p>
      <h1>{t('pi.title')}</h1>
      <p className="lead">{t('pi.intro')}</p>
      <PersonalInformationForm onSaved={() => setVersion((value) => value + 1)} />
      <PersonalInformationList key={version} />
    </article>
  );
}
