"""Pure analysis of exported responses (pandas and text); never imports Flask or feedback_app."""
