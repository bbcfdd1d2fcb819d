// @ts-check
// The phone's jump bar (index.html, nav.jumpbar): links to the article and each panel, with
// how many names, quotes and dates the analysis found. A jump lands where the panel is once
// drawn: the panels below the fold are laid out only when scrolled to (content-visibility in
// style.css), which moves what lies under them, so the jump is made again until the panel stays put.

/** @param {HTMLElement | null} nav */
export function setupJumpbar(nav) {
  nav?.addEventListener('click', (event) => {
    const link = /** @type {HTMLElement} */ (event.target).closest?.('a[href^="#"]');
    const target = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    event.preventDefault();
    // Again each frame while it is not where it landed (at most 60 frames, a second).
    target.scrollIntoView({ block: 'start' });
    const landed = target.getBoundingClientRect().top;
    let frames = 60;
    // The reader scrolling on their own ends it.
    const stop = () => { frames = 0; };
    for (const type of ['wheel', 'touchstart', 'keydown']) addEventListener(type, stop, { once: true, passive: true });
    const check = () => {
      if (Math.abs(target.getBoundingClientRect().top - landed) > 2) target.scrollIntoView({ block: 'start' });
      if (--frames > 0) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    history.replaceState(null, '', link.getAttribute('href'));
  });
}

/**
 * The counts, or none without an analysis.
 * @param {{entities: unknown[], quotes: unknown[], timexes: unknown[]} | null} analysis
 */
export function showCounts(analysis) {
  for (const key of /** @type {const} */ (['entities', 'quotes', 'timexes'])) {
    const badge = document.querySelector(`.jumpbar [data-count="${key}"]`);
    if (badge) badge.textContent = analysis ? String(analysis[key].length) : '';
  }
}
