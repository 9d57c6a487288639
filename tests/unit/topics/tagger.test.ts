import { describe, expect, it } from 'vitest';
import { applyPrior, topicMix } from '../../../lib/analysis/topics/profile-prior';
import { tagPaper, weightOf, type Candidate } from '../../../lib/analysis/topics/tagger';
import { Topic } from '../../../lib/model';
import { confidentBest, shownTopics } from '../../../lib/analysis/topics/confidence';

/** Title, venue, and the accepted class ids or field names of the best topic. */
const CASES: [title: string, venue: string | null, accepted: string[]][] = [
  ['Attention is all you need', null, ['cs.CL', 'cs.LG']],
  ['BERT: Pre-training of deep bidirectional transformers for language understanding', null, ['cs.CL', 'cs.LG']],
  ['Neural machine translation by jointly learning to align and translate', null, ['cs.CL', 'cs.LG']],
  ['Deep residual learning for image recognition', null, ['cs.CV']],
  ['Crystal structural evolution of Ru3Sn7 under pressure', null, ['Materials Science', 'Physics and Astronomy']],
  [
    'Effect of intensive blood-glucose control on cardiovascular outcomes in patients with type 2 diabetes',
    null,
    ['Medicine'],
  ],
  ['Dark matter halos of massive, relaxed galaxy clusters observed with Chandra', null, ['astro-ph.GA', 'astro-ph.CO', 'astro-ph']],
  ['Minimum wages and employment: a case study of the fast-food industry', null, ['econ.GN']],
  ['Monetary policy and the term structure of interest rates', null, ['econ.GN', 'q-fin.GN']],
  ['Quantum error correction with superconducting qubits', null, ['quant-ph']],
  ['Seismic evidence for a mantle plume beneath Iceland', null, ['physics.geo-ph']],
  ['Learning dexterous in-hand manipulation for robotic grasping', null, ['cs.RO']],
  ['Global existence of weak solutions to the Navier-Stokes equations', null, ['math.AP']],
  ['Kant and the problem of moral motivation', null, ['Arts and Humanities']],
  ['Supply chain resilience in small and medium enterprises', null, ['Business, Management and Accounting']],
  ['Massive MIMO channel estimation with one-bit ADCs', null, ['eess.SP', 'cs.IT']],
  ['The Hubbard model at half filling: a Mott insulator study', null, ['cond-mat.str-el']],
  // Web and social-media words are rare on arXiv, so the phrase table carries them.
  ['Blogs and the public sphere', null, ['cs.SI', 'cs.CY']],
  ['Wikipedia editors and the politics of notability', null, ['cs.SI', 'cs.CY']],
  ['Random walks on graphs', null, ['math.PR']],
  // Software-engineering and search words are rare on arXiv, so the phrase table carries them too.
  ['Investigating the inactivity of OSS core developers in GitHub', null, ['cs.SE']],
  ['On the importance of reasoning for context retrieval in repository-level code editing', null, ['cs.SE']],
  ['Eliciting best practices for collaboration with computational notebooks', null, ['cs.SE']],
  ['User query reformulation using random walks', null, ['cs.IR']],
  ['A formal approach to score normalization for meta-search', null, ['cs.IR']],
  // Words of fields outside arXiv, which its data cannot teach.
  ['Requalifying a brazilian culture collection of Aspergillus section Flavi', null, ['Immunology and Microbiology']],
  ['Defining the uniqueness of monovarietal wines from native Portuguese varieties of Vitis vinifera', null, ['Agricultural and Biological Sciences']],
  ['Open innovation in the public sector', null, ['Business, Management and Accounting']],
  // Document analysis: handwriting and OCR are image recognition, and "analysis" in its venues is not mathematics.
  ['Sequential Word Spotting in Historical Handwritten Documents', null, ['cs.CV']],
  ['Aligning transcripts to automatically segmented handwritten manuscripts', 'Document Analysis Systems VII, 84-95', ['cs.CV']],
  ['Erratum to: IJDAR', 'International Journal on Document Analysis and Recognition 9 (2-4), 299-299', ['cs.CV']],
  ['Lower-bounding of dynamic time warping distances for multivariate time series', null, ['cs.LG']],
  ['An analysis of data relating to pig carcass quality and indices of stress', 'Meat Science 49 (2), 137-144', ['Agricultural and Biological Sciences']],
  ['On the electrodynamics of moving bodies', null, ['physics.class-ph']],
  ['Long-term sustainability of communities', 'IFIP International Conference on Open Source Systems', ['cs.SE']],
  ['Mobile distributed information retrieval for highly-partitioned networks', 'Network Protocols, 2003. Proceedings. 11th IEEE International Conference on', ['cs.NI', 'cs.IR']],
  // Network science borrows "large-scale structure" from cosmology, and preprint servers and journals name their fields.
  ['Detecting change points in the large-scale structure of evolving networks', 'CoRR abs/1403.0989', ['cs.SI']],
  ['Micromorph: A Python Toolkit for Measurement of Microbial Morphology', 'bioRxiv', ['Biochemistry, Genetics and Molecular Biology']],
  ['AgentKit: Flow Engineering with Graphs, not Coding', 'COLM', ['cs.CL']],
];

describe('tagPaper', () => {
  it.each(CASES)('tags "%s"', (title, venue, accepted) => {
    const [best] = tagPaper({ title, venue });
    const matched = accepted.filter((key) => key === best?.class || key === best?.field);
    expect(matched, `best topic: ${JSON.stringify(best)}`).not.toEqual([]);
  });

  it('keeps a phrase-table class behind the learned best', () => {
    const topics = tagPaper({ title: 'Neural machine translation by jointly learning to align and translate' });
    expect(topics.map((topic) => topic.class)).toContain('cs.CL');
  });

  it('returns nothing without signal', () => {
    expect(tagPaper({ title: 'Thoughts on a Tuesday afternoon' })).toEqual([]);
    expect(tagPaper({ title: '' })).toEqual([]);
  });

  it.each([
    'Gestão de riscos no setor público: revisão bibliométrica e proposta de modelo',
    'A influência das variáveis ambientais e organizacionais no desempenho',
    'La diabetes mellitus y la transición de la atención a la salud',
    'Les enjeux de la gouvernance des données dans le secteur public',
  ])('skips function words in "%s"', (title) => {
    const fields = tagPaper({ title }).map((topic) => topic.field);
    expect(fields).not.toContain('Physics and Astronomy');
    expect(fields).not.toContain('Mathematics');
  });

  it.each([
    ['Home Advantage in the Brazilian Elite Football', 'quant-ph'],
    ['Política monetaria y variedad de bases', 'math.RA'],
    ['Resistance to oxidation of white wines', 'astro-ph.SR'],
  ])('ignores one common word in "%s"', (title, wrong) => {
    expect(tagPaper({ title }).map((topic) => topic.class)).not.toContain(wrong);
  });

  it.each([
    'Souvenir of the Einstein Meeting at the Royal Albert Hall, Tuesday, October 3, 1933',
    'Friends FTW! Friendship and competition in Halo: Reach',
    'Albert Einstein to Max Born: Letter, 27 Feb 1916',
    'Einstein and the Poet: In Search of the Cosmic Man',
    'Theodore von Karman Anniversary Volume',
  ])('shows no tag from one everyday word: "%s"', (title) => {
    // Listed as by A Einstein, as on his profile, so his name is no evidence either.
    expect(shownTopics(tagPaper({ title, authors: [{ name: 'A Einstein' }] }))).toEqual([]);
  });

  it.each([
    ['Iodine: characteristics, sources and health implications', 'Thyroid'],
    ['HIV type 1 tropism determination in a novel dried blood spot membrane', 'AIDS Research and Human Retroviruses'],
    ['Distance from the bifurcation of the middle cerebral artery to the surface', 'European Journal of Anatomy 6, P38-P38'],
  ])('reads the medical venue of "%s"', (title, venue) => {
    expect(tagPaper({ title, venue })[0]?.field).toBe('Medicine');
  });

  it('reads Civil Service as no engineering', () => {
    const topics = tagPaper({ title: 'Gestão de riscos no setor público', venue: 'Revista do Serviço Público (Civil Service Review)' });
    expect(topics.map((topic) => topic.field)).not.toContain('Engineering');
    expect(tagPaper({ title: 'Seismic retrofit of bridges', venue: 'Journal of Civil Engineering' })[0]?.field).toBe('Engineering');
  });

  it('keeps one word naming a field', () => {
    expect(tagPaper({ title: 'Graphene' })[0]?.class).toBe('cond-mat.mes-hall');
    expect(confidentBest(tagPaper({ title: 'Graphene' }))?.class).toBe('cond-mat.mes-hall');
  });

  it.each([
    'Organization of family labor and fertility in rural Mexico',
    'Research in Globalization',
    'Atomic war or peace',
  ])('hides a tag from one widespread word: "%s"', (title) => {
    const topics = tagPaper({ title });
    expect(confidentBest(topics), JSON.stringify(topics)).toBeNull();
    expect(topics.every((topic, index) => index === 0 || topic.score <= (topics[index - 1] as Topic).score)).toBe(true);
  });

  it.each([
    ["Home Advantage in the Brazilian Elite Football: Verifying managers' capacity to outperform their disadvantage", 'quant-ph'],
    ['Phi-4 Technical Report', 'math.NT'],
    ['The paradoxal link between food insecurity and obesity in Portuguese adults', 'math.GT'],
    ["King's College Lecture, before 13 Jun 1921", 'hep-th'],
  ])('shows no tag from weak learned words: "%s"', (title, wrong) => {
    expect(shownTopics(tagPaper({ title })).map((topic) => topic.class)).not.toContain(wrong);
  });

  it.each([
    ['The gravitational equations and the problem of motion', 'The Annals of Mathematics 39 (1)', 'gr-qc'],
    ['Anomalous Pressure Dependence of the Charge Density Wave', 'Physical Review Letters 135', 'cond-mat.str-el'],
    ['High throughput 3D super-resolution microscopy reveals Caulobacter crescentus in vivo Z-ring organization', 'PNAS', 'physics.bio-ph'],
    ['Method and system for searching for information on a network in response to an image query', 'US Patent 9,104,700', 'cs.IR'],
    ['Detecting Friendship Within Dynamic Online Interaction Networks', 'ICWSM', 'cs.SI'],
    ["AX Semantics' Submission to the SIGMORPHON 2019 Shared Task", 'Proceedings of the SIGMORPHON Workshop', 'cs.CL'],
    ['Eigenvector-Based Centrality Measures for Temporal Networks', 'Multiscale Model. Simul.', 'cs.SI'],
    ['On the method of theoretical physics', 'Philosophy of science 1 (2), 163-169', 'physics.hist-ph'],
    ["On Boltzmann's Principle and Some Immediate Consequences Thereof", 'Progress in Mathematical Physics 47', 'cond-mat.stat-mech'],
    ['On the theory of light production and light absorption', 'Annalen der Physik 20', 'physics.optics'],
    ['The Inextricable Role of Organizational Sponsorship for Open Source Sustainability', 'Proceedings of SOS 2011: Towards Sustainable Open Source', 'cs.SE'],
    ['Selected passages on Machian ideas', "Mach's Principle. From Newton's Bucket to Quantum Gravity", 'gr-qc'],
    ['Detecting Change Points in the Large-Scale Structure of Evolving Networks', 'AAAI: 2914-2920', 'cs.AI'],
    ['Exploiting Phase Transition in Latent Networks for Clustering.', 'AAAI', 'cs.AI'],
    [
      'Boosted decision trees for word recognition in handwritten document retrieval',
      'Proceedings of the 28th annual international ACM SIGIR conference on Research and development in information retrieval',
      'cs.IR',
    ],
    ['On the bias of traceroute sampling: or, power-law degree distributions in regular graphs', 'STOC: 694-703', 'cs.DS'],
    ['Nearest Neighbor based Collection OCR', null, 'cs.CV'],
    ['A Lot of Talk and a Badge: An Empirical Analysis of Personal Achievements in GitHub.', 'MSR: 292-303', 'cs.SE'],
    [
      'Visual overviews for discovering key papers and influences across research fronts',
      'Journal of the American Society for Information Science and Technology',
      'cs.DL',
    ],
    ['Team sri-sarnoffs aurora system@ trecvid 2011', 'Proceedings of NIST TRECVID, Workshop', 'cs.CV'],
    ['Using citations to generate surveys of scientific paradigms', 'Proceedings of Human Language Technologies', 'cs.CL'],
    ['Evolutionary coincidence-based ontology mapping extraction', 'Expert Systems 25 (3), 221-236', 'cs.AI'],
    ['Learning from collective human behavior to introduce diversity in lexical choice', 'Proceedings of the 49th Annual Meeting of the Association for Computational …', 'cs.CL'],
    ['Radiation damage in copper', 'Philosophical Magazine 12, 1-20', 'cond-mat'],
    ['Quantitative analysis of cell shapes', 'Nature Methods 12 (3), 1-9', 'q-bio.QM'],
  ])('reads the topic of "%s"', (title, venue, target) => {
    expect(tagPaper({ title, venue })[0]?.class).toBe(target);
  });

  it.each([
    ['Essays in physics', 'Philosophical Library'],
    ['Reply to Welcome of Scientists of the California Institute of Technology', 'Proceedings of the American Philosophical Society 70'],
    ['On the stability of the sea ice', 'Philosophical Transactions of the Royal Society A 373'],
  ])('reads no humanities from "%s" in %s', (title, venue) => {
    expect(tagPaper({ title, venue }).some((tag) => tag.field === 'Arts and Humanities')).toBe(false);
  });

  it('reads arXiv category in venue', () => {
    const [tag] = tagPaper({ title: 'Evolution of cooperation', venue: 'arXiv:1905.01234v2 [q-bio.PE]' });
    expect(tag).toMatchObject({ class: 'q-bio.PE', tier: 'arxiv-category', score: 1 });
    expect(tagPaper({ title: 'Evolution of cooperation', venue: 'Journal of Theory [q-bio.PE]' })[0]?.tier).not.toBe('arxiv-category');
  });

  it('keeps linguistics with computational linguistics', () => {
    const tags = tagPaper({ title: 'Universal backdoor attacks on pre-trained language models', venue: 'Findings of the Association for Computational Linguistics: ACL 2024' });
    expect(tags[0]?.class).toBe('cs.CL');
    expect(tags.some((tag) => tag.field === 'Arts and Humanities')).toBe(false);
  });

  it('keeps optics on super-resolution imaging', () => {
    const tags = tagPaper({ title: 'Correction of a depth-dependent lateral distortion in 3D super-resolution imaging', venue: 'PLoS One' });
    expect(tags.find((tag) => tag.class === 'physics.optics')?.score).toBeGreaterThanOrEqual(0.1);
  });

  it('keeps relativity in mathematics journal', () => {
    const tags = tagPaper({ title: 'A new form of the general relativistic field equations', venue: 'The Annals of Mathematics 62 (1), 128-138' });
    expect(tags.find((tag) => tag.class === 'gr-qc')?.score).toBeGreaterThanOrEqual(0.1);
  });

  it('reads German physics journals as physics', () => {
    const inertia = tagPaper({ title: 'Does the inertia of a body depend upon its energy-content?', venue: 'Annalen der Physik 18, 639-641' });
    expect(inertia[0]?.class).toBe('physics.class-ph');
    const german = tagPaper({ title: 'Zum Ehrenfestschen Paradoxon', venue: 'Physikalische Zeitschrift 12' });
    expect(german[0]?.field).toBe('Physics and Astronomy');
  });

  it('leaves a weakly backed field classless', () => {
    const [topic] = tagPaper({ title: "On a generalization of Kaluza's theory of electricity", venue: 'Annals of Mathematics 39' });
    expect(topic?.field).toBe('Mathematics');
    expect(topic?.class).toBeUndefined();
  });

  it.each([
    ['Die Grundlage der allgemeinen Relativitätstheorie', 'gr-qc'],
    ['Theoretische Bemerkungen zur Supraleitung der Metalle', 'cond-mat.supr-con'],
    ['Zur Theorie des statischen Gravitationsfeldes', 'gr-qc'],
    ['Zur Theorie der Brownschen Bewegung', 'cond-mat.stat-mech'],
    ['Zum gegenwärtigen Stand des Strahlungsproblems', 'quant-ph'],
    ['Über die elektromagnetischen Grundgleichungen für bewegte Körper', 'physics.class-ph'],
    ['Théorie unitaire du champ physique', 'gr-qc'],
    ['Die Relativitäts-Theorie', 'gr-qc'],
    ['Über die Lösung der Gravitationsgleichungen', 'gr-qc'],
    ['Zur Quanten-Mechanik', 'quant-ph'],
    ['Técnicas de Aprendizado de Máquina no Processo de Categorização de Textos', 'cs.LG'],
    ["Une introduction à l'intelligence artificielle", 'cs.AI'],
  ])('reads the field words of "%s"', (title, target) => {
    expect(tagPaper({ title })[0]?.class).toBe(target);
  });

  it.each([
    ['Gestão de riscos no setor público: revisão bibliométrica', 'Escola Nacional de Administração Pública', 'Social Sciences'],
    ['Determinantes da ação de blogueiros', 'Revista de Administração Contemporânea', 'Business, Management and Accounting'],
    ['Algunas consideraciones sobre la rabia humana transmitida por murciélago', 'Salud Pública de México 37 (4)', 'Medicine'],
    ['On the general molecular theory of heat', 'Ann. Phys.(Leipzig) 14 (354), 68', 'Physics and Astronomy'],
    ['Preuss, Sitzungsber', 'Akad. Wiss. Berlin Math. Phys. Kl', 'Physics and Astronomy'],
    ['Remarks on a note', 'Astrophys. J. 102, 310', 'Physics and Astronomy'],
    ["Sur l'électrodynamique des corps en mouvement", null, 'Physics and Astronomy'],
    ['Physik und Realität', null, 'Physics and Astronomy'],
    ['Judicial review of asylum decisions in the European Court of Human Rights', null, 'Social Sciences'],
    ['Legal reasoning and judicial decisions', null, 'Social Sciences'],
    ['Field theory of the Bourdieusian habitus in contemporary sociology', null, 'Social Sciences'],
    ['Historical linguistics of the Romance languages', null, 'Arts and Humanities'],
    ["Problèmes des dimensions de l'espace et la cosmologie", null, 'Physics and Astronomy'],
  ])('reads the field of "%s"', (title, venue, field) => {
    expect(tagPaper({ title, venue })[0]?.field).toBe(field);
  });

  it('reads physical education as no physics', () => {
    const topics = tagPaper({ title: 'Educação física escolar e atividade física na adolescência' });
    expect(topics.map((topic) => topic.field)).not.toContain('Physics and Astronomy');
  });

  it('puts a matched phrase before one widespread word', () => {
    const topics = tagPaper({ title: 'Group-based discretionary access control' });
    expect(confidentBest(topics)?.class).toBe('cs.CR');
    expect(shownTopics(topics).map((topic) => topic.class)).toEqual(['cs.CR']);
  });

  it('leaves such a tag off the row', () => {
    const title = 'Initial characterisation of selected portuguese varieties';
    const topics = tagPaper({ title, venue: 'Institute of Food Technologists' });
    expect(topics.map((topic) => topic.class)).toContain('math.AG');
    expect(shownTopics(topics).map((topic) => topic.field)).toEqual(['Agricultural and Biological Sciences']);
  });

  it('tags Spanish content words', () => {
    const [topic] = tagPaper({ title: 'La diabetes mellitus y la transición de la atención a la salud' });
    expect(topic?.field).toBe('Medicine');
  });

  it('ignores "state of the art"', () => {
    expect(tagPaper({ title: 'A state of the art review' })).toEqual([]);
  });

  it('folds plurals and punctuation', () => {
    const [topic] = tagPaper({ title: 'Graph Neural-Networks' });
    expect(topic?.class).toBe('cs.LG');
    expect(topic?.evidence).toContain('graph neural network');
  });

  it('strips diacritics', () => {
    const topics = tagPaper({ title: 'Solitons of the nonlinear Schrödinger equation' });
    const evidence = topics.flatMap((topic) => topic.evidence ?? []);
    expect(evidence).toContain('nonlinear schrodinger');
  });

  it('fills the topic fields', () => {
    const [topic] = tagPaper({ title: 'Named entity recognition for low-resource languages' });
    expect(topic?.field).toBe('Computer Science');
    expect(topic?.class).toBe('cs.CL');
    expect(topic?.label).toBe('Computation and Language');
    expect(topic?.tier).toBe('lexicon');
    expect(topic?.evidence).toContain('named entity recognition');
  });

  it('gives field-only topics no class', () => {
    const [topic] = tagPaper({ title: 'Nurse staffing and patient mortality in hospitals' });
    expect(topic?.class).toBeUndefined();
    expect(topic?.label).toBe(topic?.field);
  });

  it('returns one to three valid, sorted topics', () => {
    const topics = tagPaper({
      title: 'Deep learning for medical image segmentation of brain tumors in MRI',
      venue: 'Medical Image Analysis',
      abstract: 'We train a convolutional neural network on a clinical dataset of patients.',
    });
    expect(topics.length).toBeGreaterThan(1);
    expect(topics.length).toBeLessThanOrEqual(3);
    for (const topic of topics) expect(Topic.safeParse(topic).success).toBe(true);
    const scores = topics.map((topic) => topic.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('tags from the venue alone', () => {
    const [topic] = tagPaper({ title: 'On a remark of Smith', venue: 'Physical Review B 98 (2), 024101' });
    expect(topic?.field).toBe('Physics and Astronomy');
    expect(topic?.class).toBe('cond-mat');
    expect(topic?.tier).toBe('venue');
    expect(topic?.evidence).toContain('physical review b');
  });

  it.each([
    ['Scaling in random networks', 'Physical Review E 64', 'cond-mat.stat-mech'],
    ['Pressure-induced phase transitions in TaSe3', 'Physical Review B 98', 'cond-mat'],
    ['Wake of a rotating cylinder', 'Physical Review Fluids 3', 'physics.flu-dyn'],
  ])('reads the Physical Review section of "%s"', (title, venue, target) => {
    expect(tagPaper({ title, venue })[0]?.class).toBe(target);
  });

  it('adds eLife as biology', () => {
    const title = 'Modularity and determinants of a (bi-) polarization control system from free-living and obligate intracellular bacteria';
    const fields = tagPaper({ title, venue: 'Elife' }).map((tag) => tag.field);
    expect(fields).toContain('Biochemistry, Genetics and Molecular Biology');
  });

  it('keeps the venue field second', () => {
    const title = 'Using a deep neural network and transfer learning to bridge scales for seismic phase picking';
    const tags = tagPaper({ title, venue: 'Geophysical Research Letters' });
    expect(tags.map((tag) => tag.class)).toEqual(['cs.LG', 'physics.geo-ph']);
    expect(tags[1]?.score).toBeGreaterThanOrEqual(0.2);
    // Without the venue, "seismic" in the title still names the field.
    expect(tagPaper({ title }).map((tag) => tag.class)).toEqual(['cs.LG', 'physics.geo-ph']);
  });

  it('adds a title phrase of another field', () => {
    const title = 'Earthquake transformer: an attentive deep-learning model for simultaneous earthquake detection and phase picking';
    const tags = tagPaper({ title, venue: 'Nature Communications' });
    expect(tags.map((tag) => tag.class).slice(0, 2)).toEqual(['cs.LG', 'physics.geo-ph']);
    expect(tags[1]?.score).toBe(0.2);
    expect(tags[1]?.evidence).toContain('earthquake');
  });

  it('keeps a shown third tag', () => {
    const title = 'Observations of magnetic field induced contraction of fission yeast cells using optical projection microscopy';
    // "yeast" names microbiology, but the third tag scores high enough to show.
    const tags = tagPaper({ title });
    expect(tags.map((tag) => tag.class ?? tag.field)).toEqual(['physics.optics', 'physics.atom-ph', 'q-bio']);
    expect(tags[2]?.score).toBeGreaterThanOrEqual(0.1);
  });

  it('raises a weak third tag of another field', () => {
    const title = 'Brain tumor segmentation using an ensemble of 3D U-Nets and overall survival prediction';
    // "brain" names Neuroscience, stronger than "tumor" for Medicine.
    const tags = tagPaper({ title });
    expect(tags.map((tag) => tag.class ?? tag.field)).toEqual(['eess.IV', 'cs.CV', 'q-bio.NC']);
    expect(tags[2]?.score).toBe(0.2);
  });

  it('reads software sustainability as software', () => {
    const fields = tagPaper({ title: 'Open Source Systems: Long-Term Sustainability', venue: 'Springer' }).map((tag) => tag.field);
    expect(fields[0]).toBe('Computer Science');
    expect(fields).not.toContain('Environmental Science');
  });

  it.each([
    ['Defining the uniqueness of monovarietal wines from native portuguese varieties', 'Agricultural and Biological Sciences'],
    ['Earthquake early warning in Japan', 'Earth and Planetary Sciences'],
    ['Group-based discretionary access control in health related repositories', 'Computer Science'],
  ])('puts a field term before widespread words: "%s"', (title, field) => {
    const topics = tagPaper({ title });
    expect(confidentBest(topics)?.field).toBe(field);
    expect(topics.slice(1).every((topic) => topic.score <= 0.05)).toBe(true);
  });

  it.each([
    ['Seasonal stratification of CO2 in sill fjords', 'Journal of Coastal Studies', 'physics.ao-ph'],
    ['Fjord circulation in winter', 'Journal of Coastal Studies', 'physics.ao-ph'],
    ['Assessment of off-the-shelf SE-specific sentiment analysis tools', 'Empir. Softw. Eng. 26(4): 77', 'cs.SE'],
    ['Eliciting best practices for collaboration with computational notebooks', 'Proc. ACM Hum. Comput. Interact. 6', 'cs.HC'],
  ])('tags "%s" in %s as %s', (title, venue, best) => {
    expect(confidentBest(tagPaper({ title, venue }))?.class).toBe(best);
  });

  it('reads an anatomical bifurcation as medicine', () => {
    const tags = tagPaper({ title: 'Distance from the bifurcation of the middle cerebral artery' });
    expect(confidentBest(tags)?.field).toBe('Medicine');
    expect(tags.slice(1).every((tag) => tag.score <= 0.05)).toBe(true);
  });

  it.each([
    ['Improved methods for sub-diffraction-limit single-molecule fluorescence measurements', 'Oxford University', 'hep-ex'],
    ['Does the inertia of a body depend upon its energy-content?', 'Annalen der Physik 18, 639-641', 'nucl-th'],
  ])('hides a runner-up from widespread words: "%s"', (title, venue, hidden) => {
    const topics = tagPaper({ title, venue });
    expect(topics.map((topic) => topic.class)).toContain(hidden);
    expect(topics.find((topic) => topic.class === hidden)?.score).toBeLessThanOrEqual(0.05);
  });

  it('shows a weak runner-up of another field', () => {
    const title = 'STanford EArthquake Dataset (STEAD): A global data set of seismic signals for AI';
    const tags = tagPaper({ title, venue: 'IEEE Access' });
    expect(tags.map((tag) => tag.class).slice(0, 2)).toEqual(['eess.SP', 'physics.geo-ph']);
    expect(tags[1]?.score).toBe(0.2);
  });

  it.each([
    ['Process-structure correlations in co-precipitation synthesized lanthanum oxide', 'physics.ao-ph'],
    ['When do Keller-Segel systems with heterogeneous logistic sources admit generalized solutions?', 'Business, Management and Accounting'],
    ['Neural linguistic steganography with controllable security', 'Arts and Humanities'],
    ['Stakeholders of Free Software Projects: What is missing in the literature?', 'Arts and Humanities'],
  ])('reads no false friend in "%s"', (title, target) => {
    expect(tagPaper({ title }).map((topic) => topic.class ?? topic.field)).not.toContain(target);
  });

  it('adds no phrase runner-up with an abstract', () => {
    const title = 'Earthquake transformer: an attentive deep-learning model for earthquake detection';
    const abstract = 'We train a deep neural network with attention on labelled waveforms and compare it with other deep learning models.';
    expect(tagPaper({ title, abstract }).map((tag) => tag.class)).not.toContain('physics.geo-ph');
  });

  it('puts the venue field before weaker tags', () => {
    const title = 'Integrating deep neural networks with full-waveform inversion: Reparametrization, regularization, and uncertainty quantification';
    const [, second] = tagPaper({ title, venue: 'Geophysics' });
    expect(second?.field).toBe('Earth and Planetary Sciences');
    expect(second?.score).toBeGreaterThanOrEqual(0.2);
  });

  it('keeps weak venue words low', () => {
    const title = 'Exploring the use of conditional random field models and HMMs for historical handwritten document recognition';
    const tags = tagPaper({ title, venue: "Document Image Analysis for Libraries, 2006. DIAL'06. Second International Conference on" });
    expect(tags[0]?.class).toBe('cs.CV');
    // "analysis" names mathematics in venues only weakly, so Probability stays too weak to show.
    expect(tags.find((tag) => tag.class === 'math.PR')?.score ?? 0).toBeLessThan(0.1);
  });

  it.each([
    ['Gauge symmetries', 'International Conference on High Energy Physics', 'hep-ph'],
    ['Alternating-Laser Excitation of Single Molecules', 'Single Particle Tracking and Single Molecule Energy Transfer', 'physics.bio-ph'],
  ])('reads "energy" in "%s" venue', (title, venue, target) => {
    const tags = tagPaper({ title, venue });
    expect(tags.map((tag) => tag.class)).toContain(target);
    expect(tags.map((tag) => tag.field)).not.toContain('Energy');
  });

  it('ignores multidisciplinary venues', () => {
    expect(tagPaper({ title: 'On a remark of Smith', venue: 'Nature Communications 12, 1-9' })).toEqual([]);
  });

  it("ignores a publisher's business name", () => {
    expect(tagPaper({ title: 'On a remark of Smith', venue: 'Springer Science & Business Media' })).toEqual([]);
  });

  it('uses the abstract', () => {
    const titleOnly = tagPaper({ title: 'A new result' });
    const [topic] = tagPaper({
      title: 'A new result',
      abstract: 'We measure the star formation rate of dwarf galaxies with the Hubble Space Telescope.',
    });
    expect(titleOnly).toEqual([]);
    expect(topic?.field).toBe('Physics and Astronomy');
    expect(topic?.class).toMatch(/^astro-ph/);
  });

  it('weighs abstract phrases less', () => {
    const inTitle = tagPaper({ title: 'Galaxy formation' })[0]?.score ?? 0;
    const inAbstract = tagPaper({ title: 'A new result', abstract: 'Galaxy formation' })[0]?.score ?? 0;
    expect(inAbstract).toBeGreaterThan(0);
    expect(inAbstract).toBeLessThan(inTitle);
  });
});

describe('tagPaper evidence', () => {
  it('quotes words as written', () => {
    const evidence = tagPaper({ title: 'Forecasting time series with recurrent networks' }).flatMap((topic) => topic.evidence ?? []);
    expect(evidence).toContain('time series');
    expect(evidence).toContain('networks');
    expect(evidence.join(' ')).not.toMatch(/\bsery\b|\bnetwork\b/);
  });
});

describe('tagPaper arXiv categories', () => {
  it('trusts categories on the page', () => {
    const topics = tagPaper({ title: 'Deep residual learning for image recognition', categories: ['hep-th', 'gr-qc'] });
    expect(topics.map((topic) => topic.class)).toEqual(['hep-th', 'gr-qc']);
    expect(topics[0]?.tier).toBe('arxiv-category');
    expect(topics[0]?.score).toBe(1);
    expect(topics[0]?.evidence).toEqual(['hep-th']);
  });

  it('maps aliases and skips unknown ids', () => {
    const topics = tagPaper({ title: 'x', categories: ['math.IT', 'xx.YY', 'cs.IT', 'stat.ML'] });
    expect(topics.map((topic) => topic.class)).toEqual(['cs.IT', 'stat.ML']);
  });

  it('falls back without known categories', () => {
    const [topic] = tagPaper({ title: 'Quantum error correction with superconducting qubits', categories: ['xx.YY'] });
    expect(topic?.tier).toBe('lexicon');
  });
});

describe('applyPrior', () => {
  const candidate = (classId: string, field: string, lexicon: number): Candidate => ({
    field,
    classId,
    label: classId,
    lexicon,
    venue: 0,
    learned: 0,
    prior: 0,
    phrases: [],
  });
  const mixOf = (topic: Topic, papers = 10) => topicMix(Array.from({ length: papers }, () => [topic]));
  const ir: Topic = { field: 'Computer Science', class: 'cs.IR', label: 'Information Retrieval', score: 1, tier: 'lexicon' };

  it('breaks a close call', () => {
    const candidates = [candidate('cs.LG', 'Computer Science', 10), candidate('cs.IR', 'Computer Science', 9)];
    applyPrior(candidates, mixOf(ir), weightOf);
    expect(candidates.map((item) => item.classId)).toEqual(['cs.IR', 'cs.LG']);
    expect(candidates[0]?.prior).toBeGreaterThan(0);
    expect(candidates[1]?.prior).toBe(0);
    expect(candidates[0]?.phrases).toEqual(['this profile: 100% of its papers are cs.IR']);
  });

  it('names the field share that decided', () => {
    const ml: Topic = { field: 'Computer Science', class: 'cs.LG', label: 'Machine Learning', score: 1, tier: 'lexicon' };
    const candidates = [candidate('math.ST', 'Mathematics', 10), candidate('cs.CR', 'Computer Science', 9)];
    applyPrior(candidates, mixOf(ml), weightOf);
    expect(candidates[0]?.classId).toBe('cs.CR');
    expect(candidates[0]?.phrases).toEqual(['this profile: 100% of its papers are in Computer Science']);
  });

  it('ignores topics rare on the profile', () => {
    const physics: Topic = { field: 'Physics and Astronomy', class: 'gr-qc', label: 'General Relativity', score: 1, tier: 'lexicon' };
    const mixWith = (irPapers: number) => topicMix([...Array.from({ length: irPapers }, () => [ir]), ...Array.from({ length: 33 - irPapers }, () => [physics])]);
    const rare = [candidate('cs.LG', 'Computer Science', 10), candidate('cs.IR', 'Computer Science', 9.9)];
    applyPrior(rare, mixWith(1), weightOf);
    expect(rare.map((item) => item.classId)).toEqual(['cs.LG', 'cs.IR']);
    expect(rare.every((item) => item.prior === 0)).toBe(true);

    const present = [candidate('cs.LG', 'Computer Science', 10), candidate('cs.IR', 'Computer Science', 9.9)];
    applyPrior(present, mixWith(2), weightOf);
    expect(present.map((item) => item.classId)).toEqual(['cs.IR', 'cs.LG']);
  });

  it('leaves clear cases alone', () => {
    const candidates = [candidate('cs.LG', 'Computer Science', 10), candidate('cs.IR', 'Computer Science', 5)];
    applyPrior(candidates, mixOf(ir), weightOf);
    expect(candidates.map((item) => item.classId)).toEqual(['cs.LG', 'cs.IR']);
    expect(candidates.every((item) => item.prior === 0)).toBe(true);
  });

  it('names no share it did not use', () => {
    // The best field's class leads with less weight than a class the profile does not have.
    const candidates = [candidate('cs.IR', 'Computer Science', 9), candidate('cond-mat.mtrl-sci', 'Materials Science', 10)];
    const physics: Topic = { field: 'Physics and Astronomy', class: 'gr-qc', label: 'General Relativity', score: 1, tier: 'lexicon' };
    applyPrior(candidates, mixOf(physics), weightOf);
    expect(candidates.flatMap((item) => item.phrases)).toEqual([]);
    expect(candidates.every((item) => item.prior === 0)).toBe(true);
  });

  it('needs enough papers', () => {
    const candidates = [candidate('cs.LG', 'Computer Science', 10), candidate('cs.IR', 'Computer Science', 9)];
    applyPrior(candidates, mixOf(ir, 2), weightOf);
    expect(candidates[0]?.classId).toBe('cs.LG');
  });

  it('marks the tag it decided', () => {
    const title = 'Learning to rank with neural networks for web search';
    const plain = tagPaper({ title });
    const other = plain[1] as Topic;
    const [topic] = tagPaper({ title }, { prior: mixOf(other) });
    if (topic?.class === other.class) expect(topic?.tier).toBe('profile-prior');
    else expect(topic).toEqual(plain[0]);
  });

  it('makes no tag from the mix alone', () => {
    const physics: Topic = { field: 'Physics and Astronomy', class: 'physics.soc-ph', label: 'Physics and Society', score: 0.9, tier: 'lexicon' };
    const topics = tagPaper({ title: 'Science Fiction and Fantasy' }, { prior: mixOf(physics) });
    expect(shownTopics(topics)).toEqual([]);
  });
});

describe('topicMix', () => {
  it('counts best topics by class and field', () => {
    const cl: Topic = { field: 'Computer Science', class: 'cs.CL', label: 'Computation and Language', score: 0.9, tier: 'lexicon' };
    const med: Topic = { field: 'Medicine', label: 'Medicine', score: 0.9, tier: 'lexicon' };
    const mix = topicMix([[cl], [cl, med], [med], []]);
    expect(mix.papers).toBe(3);
    expect(mix.classes['cs.CL']).toBeCloseTo(2 / 3);
    expect(mix.fields.Medicine).toBeCloseTo(1 / 3);
  });
});
