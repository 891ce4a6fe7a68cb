import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectsState } from './use-projects';

export function ProjectBar({ projects }: { projects: ProjectsState }) {
  const { t } = useTranslation('inspection');
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return;
    void projects.create(name).then(() => setName(''));
  };
  return (
    <section className="gz-card gz-inspect-projects" aria-labelledby="gz-inspect-projects">
      <h2 className="gz-card-title" id="gz-inspect-projects">
        {t('projects.title')}
      </h2>
      <div className="gz-inspect-row">
        {projects.projects.length > 0 ? (
          <label className="gz-field">
            <span className="gz-field-label">{t('projects.current')}</span>
            <select className="gz-select" value={projects.selected?.id ?? ''} onChange={(e) => projects.select(e.target.value)}>
              {projects.projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p>{t('projects.none')}</p>
        )}
        <form className="gz-inspect-row" onSubmit={submit}>
          <label className="gz-field">
            <span className="gz-field-label">{t('projects.newName')}</span>
            <input className="gz-input" value={name} onChange={(e) => setName(e.target.value)} placeholder={t('projects.placeholder')} />
          </label>
          <button className="gz-button" type="submit" disabled={name.trim() === ''}>
            {t('projects.create')}
          </button>
        </form>
      </div>
    </section>
  );
}
