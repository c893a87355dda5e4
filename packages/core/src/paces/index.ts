export { vdotFromRace, raceTimeSForVdot } from './vdot.js';
export { trainingPaces, type TrainingPaces } from './training-paces.js';
export { riegelTimeS, RIEGEL_EXPONENT } from './riegel.js';
export { pacesReport, EQUIVALENT_DISTANCES, type PacesReport, type RaceEquivalent } from './paces-report.js';
