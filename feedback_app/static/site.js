// Progressive enhancement only: every page works without this file.
import { initAll } from './vendor/nhsuk/nhsuk-frontend.min.js'

document.body.classList.add('js-enabled')
initAll()

// Move focus to the error summary so screen readers announce the problem first.
const summary = document.querySelector('.nhsuk-error-summary')
if (summary && document.activeElement !== summary) {
  summary.focus()
}
