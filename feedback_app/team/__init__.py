"""The team: accounts, sign-in and sessions, and the members page's changes."""
