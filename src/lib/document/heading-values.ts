import type { Letter } from '../schemas/letter';
import type { HeadingPlaceholder } from '../text/placeholders';
import { headNameInText, titleAfterDe, titleNoun, titleWithArticle } from '../text/head-title';
import { schoolIn } from '../text/school-name';
import { cleanInvisible } from '../text/clean-invisible';

/**
 * The blanks computed from the letter's heading: the head's name (after their civilité, « Mme
 * Nadia Benali », when one is chosen) and title, and the school's name as it reads after an
 * article or a preposition. An empty name gives an empty value (a dotted leader when printed);
 * an empty title reads as « chef d’établissement ».
 */
export function headingValues(
  school: Pick<Letter['school'], 'chef' | 'chefCivilite' | 'chefTitre' | 'etablissement'>,
): Record<HeadingPlaceholder, string> {
  // Cleaned first: a pasted invisible character must not hide « Collège » from the article rules.
  const name = cleanInvisible(school.etablissement);
  const title = cleanInvisible(school.chefTitre);
  return {
    nomChef: headNameInText(school.chefCivilite, cleanInvisible(school.chef).trim()),
    titreChef: titleNoun(title),
    leChef: titleWithArticle(title),
    duChef: titleAfterDe(title),
    lEtablissement: schoolIn(name, 'le'),
    duEtablissement: schoolIn(name, 'de'),
    auEtablissement: schoolIn(name, 'à'),
  };
}
