"""Real-browser tests: Playwright driving the system Chromium against gunicorn."""
