import { IGNORED, type KeywordRow } from './keywords';
import { foldPlural } from './tokens';

/**
 * Phrases of titles and venues written in German, French, Spanish, Portuguese or Italian, folded to
 * lower-case ASCII as they are tokenized. Their words keep their weight in such titles, where other
 * accented words are dropped as possible false friends of English words.
 */
export const OTHER_LANGUAGE_KEYWORDS: readonly KeywordRow[] = [
  ['text', 'gr-qc', 3, 'relativitatstheorie|allgemeinen relativitatstheorie|theorie de la relativite|teoria da relatividade|teoria de la relatividad|teoria della relativita|gravitationstheorie'],
  ['text', 'quant-ph', 3, 'quantentheorie|quantenmechanik|mecanique quantique|mecanica quantica|meccanica quantistica|teoria quantica'],
  ['text', 'physics.class-ph', 3, 'elektrodynamik|electrodynamique|electrodinamica|eletrodinamica|elettrodinamica'],
  ['text', 'astro-ph.CO', 3, 'kosmologie|cosmologie|cosmologia'],
  ['text', 'gr-qc', 3, 'gravitationsfeld|gravitationsfeldes|gravitationsfelder|gravitationsgleichung|gravitationsgleichungen|relativitats theorie|relativitaetstheorie|relativitats prinzip|relativitaetsprinzip|schwerkraft|schwerefeld|relativitatsprinzip|relativitatsprinzips|lichtgeschwindigkeit|krummung des raumes|feldtheorie|principe de relativite|relativite generale|theorie unitaire du champ'],
  ['text', 'cond-mat.stat-mech', 3, 'statistische mechanik|statistischen mechanik|thermodynamik|thermodynamische|thermodynamischen|brownsche bewegung|brownschen bewegung|molekularbewegung|warmegleichgewicht|warmegleichgewichtes|spezifische warme|spezifischen warme|opaleszenz|mecanique statistique|mecanica estadistica|thermodynamique'],
  ['text', 'quant-ph', 3, 'quanten mechanik|quantensatz|quantenregel|lichtquant|lichtquanten|quantentheoretische|quantentheoretischen|strahlungstheorie|strahlungsproblem|strahlungsproblems'],
  ['text', 'physics.class-ph', 3, 'elektromagnetische|elektromagnetischen|ponderomotorische|ponderomotorischen'],
  ['text', 'physics.chem-ph', 3, 'photochemische|photochemischen'],
  ['text', 'cond-mat', 3, 'festen korpern|festen korper'],
  ['text', 'cond-mat.soft', 3, 'capillaritatserscheinungen|kapillaritatserscheinungen|kapillaritat'],
  ['text', 'astro-ph.CO', 3, 'kosmologische|kosmologischen'],
  ['text', 'math.PR', 3, 'wahrscheinlichkeitsrechnung'],
  ['text', 'Physics and Astronomy', 3, 'physik|physique|fisica'],
  // Physical education and activity are sport and health, not physics.
  ['text', IGNORED, 0, 'educacao fisica|educacion fisica|educazione fisica|education physique|atividade fisica|actividad fisica|attivita fisica|activite physique|aptidao fisica|condicion fisica'],
  ['text', 'cond-mat.supr-con', 3, 'supraleitung|supraconductivite|superconductividad|supercondutividade|superconduttivita'],
  ['text', 'cs.LG', 3, 'maschinelles lernen|apprentissage automatique|aprendizaje automatico|aprendizado de maquina|apprendimento automatico|aprendizado profundo|aprendizaje profundo|apprentissage profond'],
  ['text', 'cs.AI', 3, 'kunstliche intelligenz|intelligence artificielle|inteligencia artificial|intelligenza artificiale'],
  ['text', 'cs.CL', 3, 'processamento de linguagem natural|procesamiento del lenguaje natural|procesamiento de lenguaje natural|traitement automatique des langues'],
  ['text', 'Medicine', 3, 'saude publica|salud publica|sante publique|saude|odontologia'],
  ['text', 'Business, Management and Accounting', 3, 'gestao|gestion|inovacao|inovacoes|innovacion|contabeis|contabilidade|contabilidad|empresa|empresarial'],
  ['text', 'Social Sciences', 3, 'setor publico|sector publico|administracao publica|administracion publica|governanca|gobernanza|educacao|educacion|servicios sociales'],
  ['text', 'cs.SI', 3, 'redes sociais|redes sociales|midias sociais|medios sociales'],
  ['venue', 'Business, Management and Accounting', 3, 'administracao|administracion|gestao|gestion|contabilidade|contabilidad|inovacao|innovacion'],
  ['venue', 'Social Sciences', 3, 'administracao publica|administracion publica|servico publico|ciencias sociais|ciencias sociales|demograficos|zerbitzuan'],
  ['venue', 'Medicine', 3, 'salud publica|saude publica|administracao hospitalar'],
  ['venue', 'astro-ph', 3, 'astronomische nachrichten'],
  ['venue', 'Dentistry', 3, 'odontologia'],
];

/** Every word of those phrases, as `tokenize` writes it. */
export const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  OTHER_LANGUAGE_KEYWORDS.flatMap(([, , , phrases]) => phrases.split(/[| ]/).map(foldPlural)),
);
