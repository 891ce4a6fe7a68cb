import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleCompany } from '../../core/demo/sample-schema';
import { findCluster } from '../../core/clients/clusters';
import { useLocalized } from '../common/localized';
import { sampleArtUrl } from './sample-art';

/** A sample factory: its picture, name, cluster and a short story. Its name is an h3 in a list, an h2 alone. */
export function SampleCard({ sample, children, headingLevel = 3 }: { sample: SampleCompany; children?: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation('demo');
  const local = useLocalized();
  const cluster = findCluster(sample.cluster);
  const art = sampleArtUrl(sample.illustration);
  return (
    <article className="gz-demo-card" aria-label={local(sample.name)}>
      {art ? <img className="gz-demo-art" src={art} alt={t('artAlt', { name: local(sample.name) })} /> : null}
      <div className="gz-demo-card-body">
        <Heading>{local(sample.name)}</Heading>
        <p className="gz-demo-meta">
          {[cluster ? local(cluster.name) : sample.cluster, local(sample.subSector), t(`size.${sample.size}`)].join(' · ')}
        </p>
        <p>{local(sample.summary)}</p>
        {children}
      </div>
    </article>
  );
}
