export function showCafeName() {
  const brand = document.getElementById("brand");
  const heading = document.querySelector("h1");
  heading.textContent = brand.textContent;
}

showCafeName();
