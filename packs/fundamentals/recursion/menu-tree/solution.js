// A category is { name, items }; a dish is { name, price } (no items).
function isCategory(item) {
  return Array.isArray(item.items);
}

// How many dishes there are in a category, at any depth.
export function countDishes(category) {
  let count = 0;
  for (const item of category.items) {
    if (isCategory(item)) {
      count += countDishes(item);
    } else {
      count += 1;
    }
  }
  return count;
}

// The menu as lines of text, indented two spaces per level:
// ["Menú", "  Antojitos", "    Panuchos", ...]
export function menuLines(category, depth = 0) {
  const indent = "  ".repeat(depth);
  let lines = [indent + category.name];
  for (const item of category.items) {
    if (isCategory(item)) {
      lines = lines.concat(menuLines(item, depth + 1));
    } else {
      lines.push(indent + "  " + item.name);
    }
  }
  return lines;
}

// The names from the top category down to the dish, or null if it isn't there.
export function dishPath(category, dishName) {
  for (const item of category.items) {
    if (isCategory(item)) {
      const below = dishPath(item, dishName);
      if (below !== null) {
        return [category.name].concat(below);
      }
    } else if (item.name === dishName) {
      return [category.name, item.name];
    }
  }
  return null;
}
