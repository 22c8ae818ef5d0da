// What the learner starts from. It must export the names the tests import, so that a learner
// who has not started sees failing tests rather than an import error.
export function {{function}}(name) {
  // Write your code here.
}
