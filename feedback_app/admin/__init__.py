"""The project team's area under /admin: signed-in team members only."""
