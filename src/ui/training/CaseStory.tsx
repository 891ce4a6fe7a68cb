import type { TrainingCase } from '../../core/training/case-schema';
import { useLocalized } from '../common/localized';
import { caseArtUrl } from './case-art';

/** The case as the trainee reads it: the story and the pictures with their captions. */
export function CaseStory({ trainingCase }: { trainingCase: TrainingCase }) {
  const local = useLocalized();
  return (
    <section className="gz-card gz-train-story">
      {trainingCase.story.map((paragraph, i) => (
        <p key={i}>{local(paragraph)}</p>
      ))}
      {trainingCase.pictures.map((picture) => (
        <figure key={picture.file} className="gz-train-figure">
          <img src={caseArtUrl(picture.file)} alt={local(picture.caption)} />
          <figcaption>{local(picture.caption)}</figcaption>
        </figure>
      ))}
    </section>
  );
}
