/**
 * TEMPORARY placeholder so the engine compiles; the knowledge-base work (issue 4) replaces
 * this file with the real store, schema validation and alias index.
 */
export class KnowledgeBase {
  static empty(): KnowledgeBase {
    return new KnowledgeBase();
  }
}
