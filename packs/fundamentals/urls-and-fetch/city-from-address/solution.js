// Returns the `city` query parameter of `address`, or null when there is none.
export function cityFrom(address) {
  return new URL(address).searchParams.get("city");
}

// Show the city of this page's own address in the heading #city-name.
const heading = document.querySelector("#city-name");
heading.textContent = cityFrom(location.href);
