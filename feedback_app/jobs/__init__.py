"""Long work off the request: reports and analysis packs made by a task queue's worker.

queue.py builds the Huey queue from the settings (SQLite in the instance folder, or Redis); tasks.py
registers the one task on each app's queue; service.py starts jobs, runs them with progress in the
database and serves their files; progress.py codes comments in chunks so a job can say how far it is.
"""
