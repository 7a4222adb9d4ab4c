// A report job's page: ask the server how far the job is and move the bar, until it is done or failed.
// Without this file the page still works: its "Check progress" link reloads it.
const job = document.getElementById('report-job')
const POLL_MS = 1500
const MAX_POLL_MS = 15000

const show = (id, visible) => {
  const element = document.getElementById(id)
  if (element) element.hidden = !visible
}

const render = (state) => {
  const bar = document.getElementById('report-job-bar')
  bar.value = state.percent
  bar.textContent = `${state.percent}%`
  const label = document.getElementById('report-job-label')
  if (label.textContent !== state.label) label.textContent = state.label
  if (state.status === 'failed') document.getElementById('report-job-error').textContent = state.error
  show('report-job-done', state.status === 'done')
  show('report-job-failed', state.status === 'failed')
  show('report-job-check', !state.finished)
}

const poll = async (delay) => {
  let next = delay
  try {
    const response = await fetch(job.dataset.progressUrl, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store'
    })
    if (response.ok) {
      const state = await response.json()
      render(state)
      if (state.finished) return
      next = POLL_MS
    } else {
      next = Math.min(delay * 2, MAX_POLL_MS)
    }
  } catch (error) {
    // The network or the server is away for a moment: ask again later, less often.
    next = Math.min(delay * 2, MAX_POLL_MS)
  }
  window.setTimeout(() => poll(next), next)
}

if (job && job.dataset.finished !== 'true') {
  window.setTimeout(() => poll(POLL_MS), POLL_MS)
}
