import type { Letter } from '../schemas/letter';
import type { Acknowledgment } from '../schemas/acknowledgment';
import { personName } from '../document/roles';
import { formatLetterDate } from '../format/date';

/** The longest link every mail and chat client is known to pass whole (Outlook, Teams). */
export const SAFE_LINK_LENGTH = 2000;

const mailto = (subject: string, body: string) =>
  `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

/** The e-mail that sends the letter's link to the person, written for them. */
export function letterMailto(letter: Letter, url: string): string {
  const name = personName(letter);
  const subject = `Lettre de mission\u00a0: ${letter.title}${name ? ` – ${name}` : ''}`;
  const body = [
    'Bonjour,',
    '',
    'Voici votre lettre de mission. Ouvrez ce lien pour la lire, la télécharger en PDF et ' +
      'indiquer «\u00a0Vu et pris connaissance\u00a0»\u00a0:',
    '',
    url,
    '',
    'La lettre est dans le lien lui-même\u00a0: elle n’est enregistrée sur aucun serveur.',
  ].join('\n');
  return mailto(subject, body);
}

/** The e-mail that sends the acknowledgment back to the head. */
export function ackMailto(ack: Acknowledgment, title: string, url: string): string {
  const subject = `Vu et pris connaissance\u00a0: ${title}`;
  const body = [
    'Bonjour,',
    '',
    `J’ai pris connaissance de ma lettre de mission le ${formatLetterDate(ack.date)}. ` +
      'Ouvrez ce lien dans le navigateur où vous l’avez rédigée pour l’enregistrer\u00a0:',
    '',
    url,
    '',
    ack.name,
  ].join('\n');
  return mailto(subject, body);
}
