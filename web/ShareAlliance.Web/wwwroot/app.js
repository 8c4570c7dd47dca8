// The skip link moves keyboard focus to the main content. Blazor's router would treat "#main" as a navigation and only
// scroll, leaving focus in the header; so it is handled here first (capture phase), before the router sees the click.
window.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a.skip-link") : null;
    const main = document.getElementById("main");
    if (link && main) {
        event.preventDefault();
        event.stopPropagation();
        main.focus();
        main.scrollIntoView();
    }
}, true);
