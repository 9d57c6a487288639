/**
 * The two-level topic taxonomy: broad fields and fine classes.
 *
 * Fields are the 26 fields of the OpenAlex topic classification (https://docs.openalex.org/api-entities/topics),
 * which reuses the Scopus ASJC field codes 11–36. OpenAlex publishes its data under CC0 1.0.
 * Fine classes are the arXiv category taxonomy (https://arxiv.org/category_taxonomy), ids and names as arXiv
 * writes them. arXiv releases its metadata, this list included, under CC0 1.0.
 * The field each arXiv category belongs to follows the OpenAlex subfield that covers it, so signal
 * processing (eess.SP) is Computer Science and statistics is Mathematics, as in OpenAlex.
 */

/** OpenAlex field ids by field name. */
export const FIELDS: Readonly<Record<string, number>> = {
  'Agricultural and Biological Sciences': 11, 'Arts and Humanities': 12,
  'Biochemistry, Genetics and Molecular Biology': 13, 'Business, Management and Accounting': 14,
  'Chemical Engineering': 15, Chemistry: 16, 'Computer Science': 17, 'Decision Sciences': 18,
  'Earth and Planetary Sciences': 19, 'Economics, Econometrics and Finance': 20, Energy: 21, Engineering: 22,
  'Environmental Science': 23, 'Immunology and Microbiology': 24, 'Materials Science': 25, Mathematics: 26,
  Medicine: 27, Neuroscience: 28, Nursing: 29, 'Pharmacology, Toxicology and Pharmaceutics': 30,
  'Physics and Astronomy': 31, Psychology: 32, 'Social Sciences': 33, Veterinary: 34, Dentistry: 35,
  'Health Professions': 36,
};

const CS = 'Computer Science';
const PHYS = 'Physics and Astronomy';
const MATH = 'Mathematics';
const ECON = 'Economics, Econometrics and Finance';
const BIO = 'Biochemistry, Genetics and Molecular Biology';
const EARTH = 'Earth and Planetary Sciences';

/** One fine class: its broad field and arXiv's name for it. */
export type ClassEntry = readonly [field: string, label: string];

/**
 * arXiv categories by id. Archive ids without a subject class (`astro-ph`, `q-bio`, …) are listed too,
 * because older papers and some listings carry only the archive.
 */
export const CLASSES: Readonly<Record<string, ClassEntry>> = {
  'astro-ph': [PHYS, 'Astrophysics'], 'astro-ph.CO': [PHYS, 'Cosmology and Nongalactic Astrophysics'],
  'astro-ph.EP': [PHYS, 'Earth and Planetary Astrophysics'], 'astro-ph.GA': [PHYS, 'Astrophysics of Galaxies'],
  'astro-ph.HE': [PHYS, 'High Energy Astrophysical Phenomena'],
  'astro-ph.IM': [PHYS, 'Instrumentation and Methods for Astrophysics'],
  'astro-ph.SR': [PHYS, 'Solar and Stellar Astrophysics'],

  'cond-mat': [PHYS, 'Condensed Matter'], 'cond-mat.dis-nn': [PHYS, 'Disordered Systems and Neural Networks'],
  'cond-mat.mes-hall': [PHYS, 'Mesoscale and Nanoscale Physics'], 'cond-mat.mtrl-sci': ['Materials Science', 'Materials Science'],
  'cond-mat.other': [PHYS, 'Other Condensed Matter'], 'cond-mat.quant-gas': [PHYS, 'Quantum Gases'],
  'cond-mat.soft': [PHYS, 'Soft Condensed Matter'], 'cond-mat.stat-mech': [PHYS, 'Statistical Mechanics'],
  'cond-mat.str-el': [PHYS, 'Strongly Correlated Electrons'], 'cond-mat.supr-con': [PHYS, 'Superconductivity'],

  'cs.AI': [CS, 'Artificial Intelligence'], 'cs.AR': [CS, 'Hardware Architecture'],
  'cs.CC': [CS, 'Computational Complexity'], 'cs.CE': [CS, 'Computational Engineering, Finance, and Science'],
  'cs.CG': [CS, 'Computational Geometry'], 'cs.CL': [CS, 'Computation and Language'],
  'cs.CR': [CS, 'Cryptography and Security'], 'cs.CV': [CS, 'Computer Vision and Pattern Recognition'],
  'cs.CY': [CS, 'Computers and Society'], 'cs.DB': [CS, 'Databases'],
  'cs.DC': [CS, 'Distributed, Parallel, and Cluster Computing'], 'cs.DL': [CS, 'Digital Libraries'],
  'cs.DM': [CS, 'Discrete Mathematics'], 'cs.DS': [CS, 'Data Structures and Algorithms'],
  'cs.ET': [CS, 'Emerging Technologies'], 'cs.FL': [CS, 'Formal Languages and Automata Theory'],
  'cs.GL': [CS, 'General Literature'], 'cs.GR': [CS, 'Graphics'], 'cs.GT': [CS, 'Computer Science and Game Theory'],
  'cs.HC': [CS, 'Human-Computer Interaction'], 'cs.IR': [CS, 'Information Retrieval'],
  'cs.IT': [CS, 'Information Theory'], 'cs.LG': [CS, 'Machine Learning'], 'cs.LO': [CS, 'Logic in Computer Science'],
  'cs.MA': [CS, 'Multiagent Systems'], 'cs.MM': [CS, 'Multimedia'], 'cs.MS': [CS, 'Mathematical Software'],
  'cs.NA': [MATH, 'Numerical Analysis'], 'cs.NE': [CS, 'Neural and Evolutionary Computing'],
  'cs.NI': [CS, 'Networking and Internet Architecture'], 'cs.OH': [CS, 'Other Computer Science'],
  'cs.OS': [CS, 'Operating Systems'], 'cs.PF': [CS, 'Performance'], 'cs.PL': [CS, 'Programming Languages'],
  'cs.RO': [CS, 'Robotics'], 'cs.SC': [CS, 'Symbolic Computation'], 'cs.SD': [CS, 'Sound'],
  'cs.SE': [CS, 'Software Engineering'], 'cs.SI': [CS, 'Social and Information Networks'],
  'cs.SY': ['Engineering', 'Systems and Control'],

  econ: [ECON, 'Economics'], 'econ.EM': [ECON, 'Econometrics'], 'econ.GN': [ECON, 'General Economics'],
  'econ.TH': [ECON, 'Theoretical Economics'],

  eess: [CS, 'Electrical Engineering and Systems Science'], 'eess.AS': [CS, 'Audio and Speech Processing'],
  'eess.IV': [CS, 'Image and Video Processing'], 'eess.SP': [CS, 'Signal Processing'],
  'eess.SY': ['Engineering', 'Systems and Control'],

  'gr-qc': [PHYS, 'General Relativity and Quantum Cosmology'], 'hep-ex': [PHYS, 'High Energy Physics - Experiment'],
  'hep-lat': [PHYS, 'High Energy Physics - Lattice'], 'hep-ph': [PHYS, 'High Energy Physics - Phenomenology'],
  'hep-th': [PHYS, 'High Energy Physics - Theory'], 'math-ph': [MATH, 'Mathematical Physics'],

  'math.AC': [MATH, 'Commutative Algebra'], 'math.AG': [MATH, 'Algebraic Geometry'], 'math.AP': [MATH, 'Analysis of PDEs'],
  'math.AT': [MATH, 'Algebraic Topology'], 'math.CA': [MATH, 'Classical Analysis and ODEs'],
  'math.CO': [MATH, 'Combinatorics'], 'math.CT': [MATH, 'Category Theory'], 'math.CV': [MATH, 'Complex Variables'],
  'math.DG': [MATH, 'Differential Geometry'], 'math.DS': [MATH, 'Dynamical Systems'],
  'math.FA': [MATH, 'Functional Analysis'], 'math.GM': [MATH, 'General Mathematics'],
  'math.GN': [MATH, 'General Topology'], 'math.GR': [MATH, 'Group Theory'], 'math.GT': [MATH, 'Geometric Topology'],
  'math.HO': [MATH, 'History and Overview'], 'math.IT': [CS, 'Information Theory'], 'math.KT': [MATH, 'K-Theory and Homology'],
  'math.LO': [MATH, 'Logic'], 'math.MG': [MATH, 'Metric Geometry'], 'math.MP': [MATH, 'Mathematical Physics'],
  'math.NA': [MATH, 'Numerical Analysis'], 'math.NT': [MATH, 'Number Theory'], 'math.OA': [MATH, 'Operator Algebras'],
  'math.OC': [MATH, 'Optimization and Control'], 'math.PR': [MATH, 'Probability'], 'math.QA': [MATH, 'Quantum Algebra'],
  'math.RA': [MATH, 'Rings and Algebras'], 'math.RT': [MATH, 'Representation Theory'],
  'math.SG': [MATH, 'Symplectic Geometry'], 'math.SP': [MATH, 'Spectral Theory'], 'math.ST': [MATH, 'Statistics Theory'],

  nlin: [PHYS, 'Nonlinear Sciences'], 'nlin.AO': [PHYS, 'Adaptation and Self-Organizing Systems'],
  'nlin.CD': [PHYS, 'Chaotic Dynamics'], 'nlin.CG': [PHYS, 'Cellular Automata and Lattice Gases'],
  'nlin.PS': [PHYS, 'Pattern Formation and Solitons'], 'nlin.SI': [PHYS, 'Exactly Solvable and Integrable Systems'],
  'nucl-ex': [PHYS, 'Nuclear Experiment'], 'nucl-th': [PHYS, 'Nuclear Theory'],

  physics: [PHYS, 'Physics'], 'physics.acc-ph': [PHYS, 'Accelerator Physics'],
  'physics.ao-ph': [EARTH, 'Atmospheric and Oceanic Physics'], 'physics.app-ph': [PHYS, 'Applied Physics'],
  'physics.atm-clus': [PHYS, 'Atomic and Molecular Clusters'], 'physics.atom-ph': [PHYS, 'Atomic Physics'],
  'physics.bio-ph': [BIO, 'Biological Physics'], 'physics.chem-ph': ['Chemistry', 'Chemical Physics'],
  'physics.class-ph': [PHYS, 'Classical Physics'], 'physics.comp-ph': [PHYS, 'Computational Physics'],
  'physics.data-an': [PHYS, 'Data Analysis, Statistics and Probability'], 'physics.ed-ph': [PHYS, 'Physics Education'],
  'physics.flu-dyn': [PHYS, 'Fluid Dynamics'], 'physics.gen-ph': [PHYS, 'General Physics'],
  'physics.geo-ph': [EARTH, 'Geophysics'], 'physics.hist-ph': [PHYS, 'History and Philosophy of Physics'],
  'physics.ins-det': [PHYS, 'Instrumentation and Detectors'], 'physics.med-ph': ['Medicine', 'Medical Physics'],
  'physics.optics': [PHYS, 'Optics'], 'physics.plasm-ph': [PHYS, 'Plasma Physics'],
  'physics.pop-ph': [PHYS, 'Popular Physics'], 'physics.soc-ph': [PHYS, 'Physics and Society'],
  'physics.space-ph': [PHYS, 'Space Physics'],

  'q-bio': [BIO, 'Quantitative Biology'], 'q-bio.BM': [BIO, 'Biomolecules'], 'q-bio.CB': [BIO, 'Cell Behavior'],
  'q-bio.GN': [BIO, 'Genomics'], 'q-bio.MN': [BIO, 'Molecular Networks'], 'q-bio.NC': ['Neuroscience', 'Neurons and Cognition'],
  'q-bio.OT': [BIO, 'Other Quantitative Biology'], 'q-bio.PE': ['Agricultural and Biological Sciences', 'Populations and Evolution'],
  'q-bio.QM': [BIO, 'Quantitative Methods'], 'q-bio.SC': [BIO, 'Subcellular Processes'], 'q-bio.TO': [BIO, 'Tissues and Organs'],

  'q-fin': [ECON, 'Quantitative Finance'], 'q-fin.CP': [ECON, 'Computational Finance'], 'q-fin.EC': [ECON, 'Economics'],
  'q-fin.GN': [ECON, 'General Finance'], 'q-fin.MF': [ECON, 'Mathematical Finance'], 'q-fin.PM': [ECON, 'Portfolio Management'],
  'q-fin.PR': [ECON, 'Pricing of Securities'], 'q-fin.RM': [ECON, 'Risk Management'],
  'q-fin.ST': [ECON, 'Statistical Finance'], 'q-fin.TR': [ECON, 'Trading and Market Microstructure'],

  'quant-ph': [PHYS, 'Quantum Physics'],

  stat: [MATH, 'Statistics'], 'stat.AP': [MATH, 'Applications'], 'stat.CO': [MATH, 'Computation'],
  'stat.ME': [MATH, 'Methodology'], 'stat.ML': [CS, 'Machine Learning'], 'stat.OT': [MATH, 'Other Statistics'],
  'stat.TH': [MATH, 'Statistics Theory'],
};

/** Category ids that arXiv merged into another; a tag uses the canonical id. */
export const CLASS_ALIASES: Readonly<Record<string, string>> = {
  'math.IT': 'cs.IT', 'cs.NA': 'math.NA', 'math.MP': 'math-ph', 'stat.TH': 'math.ST', 'q-fin.EC': 'econ.GN',
  'cs.SY': 'eess.SY',
};

/** Returns the canonical class id of an arXiv category, or null when the taxonomy does not list it. */
export function canonicalClass(category: string): string | null {
  const id = CLASS_ALIASES[category] ?? category;
  return id in CLASSES ? id : null;
}

/** Returns the archive of a class id: `cs` for `cs.CL`, `astro-ph` for `astro-ph.GA` and for `astro-ph`. */
export function archiveOf(classId: string): string {
  const dot = classId.indexOf('.');
  return dot === -1 ? classId : classId.slice(0, dot);
}
