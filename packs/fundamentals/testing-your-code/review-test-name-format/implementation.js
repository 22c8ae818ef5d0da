const PARTICLES = ["de", "del", "la", "las", "los", "y"];

function capitalize(part) {
  return part.charAt(0).toUpperCase() + part.slice(1);
}

export function formatName(text) {
  if (typeof text !== "string") {
    throw new TypeError("Name must be text");
  }
  if (text.trim() === "") {
    throw new Error("Name is empty");
  }
  const words = text.trim().split(/\s+/);
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && PARTICLES.includes(lower)) {
        return lower;
      }
      return lower.split("-").map(capitalize).join("-");
    })
    .join(" ");
}
