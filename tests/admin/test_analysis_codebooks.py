"""The team area codes each comment with the codebook its questionnaire's definition names for its question.

The analysis page, a response's coding, the analysis pack and the report download all follow the
definition; an upload naming an unknown codebook is a 400 naming it (docs/questionnaire-format.md).
Comments are written for the project.
"""

from __future__ import annotations

import csv
import io
import zipfile

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Questionnaire, QuestionnaireVersion
from tests.admin.analysis_data import table_html
from tests.admin.response_data import add_response
from tests.helpers import QUESTIONNAIRES, csrf_from

EVENT = "stakeholder-event"
BASE = f"/admin/questionnaires/{EVENT}"
EVENT_YAML = (QUESTIONNAIRES / "stakeholder-event.yaml").read_text(encoding="utf-8")
OVERRIDE = EVENT_YAML.replace(
    "        prompt: nonspecific\n", "        prompt: nonspecific\n        codebook: workforce\n"
)
# Words the workforce codebook codes (maths and English, release and backfill, mentor capacity) beside
# words of the event codebook (speakers, venue, case studies).
WENT_WELL = "The speakers explained the AP role clearly and the venue was easy to reach"
SUPPORT_NEXT = "Backfill for release time and the maths and English entry requirements hold us back"
RESPONSES = 8
# Themes only the workforce codebook has: none may reach the event's analysis unless a question asks.
WORKFORCE_ONLY = ("Maths and English entry requirements", "Release time and backfill", "(workforce)")


def upload(client, text: str):
    """Post the event's definition file as the upload form does."""
    token = csrf_from(client.get("/admin/").get_data(as_text=True))
    data = {"csrf_token": token, "definition": (io.BytesIO(text.encode("utf-8")), "stakeholder-event.yaml")}
    return client.post(f"{BASE}/definition", data=data, content_type="multipart/form-data")


def add_event_responses(app) -> list[str]:
    """Event responses whose comments are full of the programme's words; their references."""
    answers = {"went_well": WENT_WELL, "could_be_better": "", "support_next": SUPPORT_NEXT}
    return [add_response(app, EVENT, {k: v for k, v in answers.items() if v}) for _ in range(RESPONSES)]


def pack_of(client) -> zipfile.ZipFile:
    """The event's analysis pack."""
    response = client.get(f"{BASE}/analysis-pack.zip")
    assert response.status_code == 200
    return zipfile.ZipFile(io.BytesIO(response.get_data()))


def assignments(pack: zipfile.ZipFile) -> dict[str, set[str]]:
    """The codebooks of theme_assignments.csv by question."""
    rows = list(csv.DictReader(io.StringIO(pack.read("theme_assignments.csv").decode("utf-8-sig"))))
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["question"], set()).add(row["codebook"])
    return found


def assert_event_themes_only(html: str) -> None:
    """The event's theme table holds event themes only, and no workforce codebook is used or listed.

    (The event's barriers question offers answers worded like workforce themes, so the page is not
    searched as a whole.)
    """
    themes = table_html(html, f"{EVENT}-themes")
    assert "Speakers and facilitation" in themes and "Venue and online format" in themes
    assert not [label for label in WORKFORCE_ONLY if label in themes]
    assert 'id="themes-workforce"' not in html
    assert "workforce" not in table_html(html, "codebooks")


def test_the_event_is_analysed_with_the_event_codebook_only(app, viewer_client):
    """Page, response, pack and report: event themes, and no workforce theme, for the event's comments."""
    references = add_event_responses(app)
    assert_event_themes_only(viewer_client.get(f"{BASE}/analysis").get_data(as_text=True))
    response = viewer_client.get(f"/admin/responses/{references[0]}").get_data(as_text=True)
    assert response.count("Themes (stakeholder event codebook): ") == 2
    assert "workforce codebook" not in response
    pack = pack_of(viewer_client)
    assert assignments(pack) == {"went_well": {"stakeholder_event"}, "support_next": {"stakeholder_event"}}
    assert sorted(n for n in pack.namelist() if n.startswith("codebooks/")) == [
        "codebooks/stakeholder_event.yaml"
    ]
    readme = pack.read("README.txt").decode()
    assert "stakeholder_event (version" in readme and "went_well, could_be_better, support_next" in readme
    report = viewer_client.get(f"/admin/report.html?questionnaire={EVENT}")
    assert report.status_code == 200
    assert_event_themes_only(report.get_data(as_text=True))


def test_a_question_naming_the_workforce_codebook_is_coded_with_it(app, admin_client):
    """After an upload gives the last question its own codebook, only that question carries its themes."""
    assert upload(admin_client, OVERRIDE).status_code == 302
    references = add_event_responses(app)
    html = admin_client.get(f"{BASE}/analysis").get_data(as_text=True)
    assert "Release time and backfill (workforce)" in html
    assert "Speakers and facilitation (stakeholder event)" in html
    response = admin_client.get(f"/admin/responses/{references[0]}").get_data(as_text=True)
    assert "Themes (stakeholder event codebook): " in response and "Themes (workforce codebook): " in response
    pack = pack_of(admin_client)
    assert assignments(pack) == {"went_well": {"stakeholder_event"}, "support_next": {"workforce"}}
    assert {n for n in pack.namelist() if n.startswith("codebooks/")} == {
        "codebooks/stakeholder_event.yaml",
        "codebooks/workforce.yaml",
    }
    themes = list(csv.reader(io.StringIO(pack.read("summaries/themes-workforce.csv").decode("utf-8-sig"))))
    counts = {row[0]: row[1] for row in themes[1:]}
    assert counts["Release time and backfill"] == str(RESPONSES)


def _versions(app) -> list[tuple[int, str]]:
    """The event questionnaire's versions, as (number, checksum)."""
    with app.app_context():
        q = db.session.scalar(select(Questionnaire).filter_by(slug=EVENT))
        rows = db.session.execute(
            select(QuestionnaireVersion.number, QuestionnaireVersion.checksum).filter_by(
                questionnaire_id=q.id
            )
        ).all()
        return sorted((int(number), str(checksum)) for number, checksum in rows)


def test_an_upload_naming_an_unknown_codebook_is_a_400_naming_it(app, admin_client):
    """The upload page names the codebook given and the names allowed; the questionnaire is unchanged."""
    before = _versions(app)
    for bad, named in (
        (EVENT_YAML.replace("codebook: stakeholder_event", "codebook: event_feedback"), "event_feedback"),
        (OVERRIDE.replace("codebook: workforce", "codebook: apprentices"), "apprentices"),
    ):
        response = upload(admin_client, bad)
        html = response.get_data(as_text=True)
        assert response.status_code == 400
        assert f"unknown codebook &#39;{named}&#39; in &#39;codebook&#39;" in html
        assert "use one of workforce, stakeholder_event, patient_experience" in html
        assert _versions(app) == before
