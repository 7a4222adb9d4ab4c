"""The respondent's side of the site: questionnaires anyone with the link can answer."""
