// Part of `npm run build`: parses data/vocabulary/*.yml once into dist/vocabulary-cache.json.
import { writeVocabularyCache } from '../dist/src/base/vocabulary.js';

writeVocabularyCache();
