"""The team area counts themes by the stance comments take on them: page, response, pack, report.

"Maths and English: named as a barrier by 6, as no problem by 5", with counts of 1 to 4 hidden as the
other summaries hide them (docs/quality.md rule 14). Comments are written for the project.
"""

from __future__ import annotations

import csv
import io
import zipfile

from tests.admin.analysis_data import SMALL_COUNTS, figures, table_html
from tests.admin.response_data import add_response

APPRENTICE = "apprentice-survey"
BASE = f"/admin/questionnaires/{APPRENTICE}"
BARRIER = "The maths and English functional skills entry requirements nearly stopped me applying"
NO_PROBLEM = "Maths and English weren't a problem for me, I already had my GCSEs"
MATHS = "Maths and English entry requirements"


def add_apprentices(app, barriers: int, no_problem: int) -> list[str]:
    """Apprentice responses answering the barriers question; their references, no-problem ones last."""
    texts = [BARRIER] * barriers + [NO_PROBLEM] * no_problem
    return [add_response(app, APPRENTICE, {"barriers_detail": text}) for text in texts]


def summary_rows(pack: zipfile.ZipFile, name: str) -> dict[str, dict[str, str]]:
    """A summary CSV of the pack, rows by their label."""
    rows = csv.DictReader(io.StringIO(pack.read(f"summaries/{name}.csv").decode("utf-8-sig")))
    return {row["row"]: row for row in rows}


def test_themes_are_counted_by_stance_on_the_page_the_response_and_the_pack(app, viewer_client):
    references = add_apprentices(app, barriers=6, no_problem=5)
    html = viewer_client.get(f"{BASE}/analysis").get_data(as_text=True)
    assert f"{MATHS} (11 comments): named as a barrier by 6, as no problem by 5." in html
    stances = table_html(html, f"{APPRENTICE}-themes-stances")
    assert "Named as a barrier" in stances and "Named as no problem" in stances
    response = viewer_client.get(f"/admin/responses/{references[-1]}").get_data(as_text=True)
    assert f"What it says of each theme: {MATHS}: no problem" in response
    pack = zipfile.ZipFile(io.BytesIO(viewer_client.get(f"{BASE}/analysis-pack.zip").get_data()))
    maths = summary_rows(pack, f"{APPRENTICE}-themes")[MATHS]
    assert (maths["comments"], maths["stance_barrier"], maths["stance_not_a_barrier"]) == ("11", "6", "5")
    assignments = list(csv.DictReader(io.StringIO(pack.read("theme_assignments.csv").decode("utf-8-sig"))))
    assert sorted(row["theme_stances"] for row in assignments) == sorted(
        ["maths_english:barrier"] * 6 + ["maths_english:not_a_barrier"] * 5
    )


def test_small_stance_counts_are_hidden_everywhere(app, viewer_client):
    """3 found it no problem: hidden, with a second figure of the theme's stances (the rule picks which)."""
    add_apprentices(app, barriers=7, no_problem=3)
    html = viewer_client.get(f"{BASE}/analysis").get_data(as_text=True)
    pack = zipfile.ZipFile(io.BytesIO(viewer_client.get(f"{BASE}/analysis-pack.zip").get_data()))
    maths = summary_rows(pack, f"{APPRENTICE}-themes")[MATHS]
    stance_line = [maths[c] for c in ("comments", "stance_barrier", "stance_not_a_barrier")]
    assert maths["stance_not_a_barrier"] == "*" and stance_line.count("*") == 2
    barrier = maths["stance_barrier"]
    sentence = f"{MATHS} ({maths['comments']} comments): named as a barrier by {barrier}, as no problem by *."
    assert sentence in html
    stances = table_html(html, f"{APPRENTICE}-themes-stances")
    assert not SMALL_COUNTS & set(figures(stances + "</table>"))
    report = viewer_client.get(f"/admin/report.html?questionnaire={APPRENTICE}").get_data(as_text=True)
    assert sentence in report
    logged = list(csv.DictReader(io.StringIO(pack.read("suppression_log.csv").decode("utf-8-sig"))))
    hidden = {(row["row"], row["column"]) for row in logged if row["table"] == f"{APPRENTICE}-themes"}
    assert (MATHS, "stance_not_a_barrier") in hidden and len({c for r, c in hidden if r == MATHS}) >= 2
