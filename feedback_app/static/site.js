// Progressive enhancement only: every page works without this file.
import { initAll } from './vendor/nhsuk/nhsuk-frontend.min.js'

document.body.classList.add('js-enabled')
initAll()

// ARIA does not allow aria-expanded on radio buttons (axe-core: aria-allowed-attr), yet NHS.UK frontend
// sets it on radios that reveal "Please specify". The revealed box directly follows its radio, so drop
// the attribute after every sync (clicks, including keyboard selection, and back/forward restores).
const dropRadioExpanded = () => {
  for (const radio of document.querySelectorAll('input[type="radio"][aria-expanded]')) {
    radio.removeAttribute('aria-expanded')
  }
}
dropRadioExpanded()
document.addEventListener('click', dropRadioExpanded)
window.addEventListener('pageshow', dropRadioExpanded)

// Move focus to the error summary so screen readers announce the problem first.
const summary = document.querySelector('.nhsuk-error-summary')
if (summary && document.activeElement !== summary) {
  summary.focus()
}
