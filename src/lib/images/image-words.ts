import type { SchoolImageKey } from '../schemas/logo';

/** What « Mon établissement » says about one of its images, in French. */
export interface ImageFieldWords {
  label: string;
  hint: string;
  /** The image's text alternative where the form shows it. */
  alt: string;
  added: string;
  removed: string;
  remove: string;
  /** Said when the stored image could not be read and was set aside alone. */
  setAside: string;
}

const rest =
  'rien n’est effacé, et le reste de «\u00a0Mon établissement\u00a0» est ouvert ci-dessous.';

/** The words of each image field (logo, signature, stamp). */
export const imageFieldWords: Record<SchoolImageKey, ImageFieldWords> = {
  logo: {
    label: 'Logo de l’établissement (facultatif)',
    hint: 'PNG ou JPEG, 400\u00a0Ko au plus. Il s’imprime en haut à gauche de toutes les lettres, celles déjà écrites comprises.',
    alt: 'Logo de l’établissement',
    added: 'Logo ajouté.',
    removed: 'Logo retiré.',
    remove: 'Retirer le logo',
    setAside: `Le logo enregistré n’a pas pu être lu\u00a0: il a été mis de côté, ${rest} Choisissez de nouveau le fichier du logo.`,
  },
  signature: {
    label: 'Signature du chef d’établissement (facultative)',
    hint: 'Une image PNG ou JPEG de votre signature (numérisée, fond blanc ou transparent), 400\u00a0Ko au plus. Elle n’est placée sur une lettre que si vous cochez «\u00a0Apposer ma signature et le cachet\u00a0» dans l’éditeur. Ce que vaut une signature ainsi apposée\u00a0: voir «\u00a0Valeur des signatures\u00a0».',
    alt: 'Signature du chef d’établissement',
    added: 'Signature ajoutée.',
    removed: 'Signature retirée.',
    remove: 'Retirer la signature',
    setAside: `La signature enregistrée n’a pas pu être lue\u00a0: elle a été mise de côté, ${rest} Choisissez de nouveau le fichier de la signature.`,
  },
  stamp: {
    label: 'Cachet de l’établissement (facultatif)',
    hint: 'Une image PNG ou JPEG du cachet, 400\u00a0Ko au plus. Il se place dans le cadre du cachet, à côté de votre signature, quand vous cochez «\u00a0Apposer ma signature et le cachet\u00a0».',
    alt: 'Cachet de l’établissement',
    added: 'Cachet ajouté.',
    removed: 'Cachet retiré.',
    remove: 'Retirer le cachet',
    setAside: `Le cachet enregistré n’a pas pu être lu\u00a0: il a été mis de côté, ${rest} Choisissez de nouveau le fichier du cachet.`,
  },
};
