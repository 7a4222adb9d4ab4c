"""expected responses: how many people a collection link is for, the denominator of its response rate

Revision ID: 0013_expected_responses
Revises: 0012_report_jobs
Create Date: 2026-12-02 21:40:00

Empty (unknown) for every existing link: a rate is only given where the team has recorded the number.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0013_expected_responses"
down_revision = "0012_report_jobs"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("collection_link") as batch:
        batch.add_column(sa.Column("expected_responses", sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table("collection_link") as batch:
        batch.drop_column("expected_responses")
