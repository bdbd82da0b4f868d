// A profile cell's output: one card per column in a responsive grid.
import type { Profile } from '../../../pipelines/data/profile';
import { useT } from '../../i18n/I18nProvider';
import { ColumnCard } from './ColumnCard';

export interface ProfileViewProps {
  profile: Profile;
}

export function ProfileView({ profile }: ProfileViewProps) {
  const t = useT();
  return (
    <section className="bt-profile" aria-label={t('profile.title')}>
      <p className="bt-profile__summary">{t('profile.rowsColumns', { rows: profile.rows, columns: profile.columns.length })}</p>
      <div className="bt-profile__cards">
        {profile.columns.map((c) => (
          <ColumnCard key={c.name} column={c} rows={profile.rows} />
        ))}
      </div>
    </section>
  );
}
