"""shared analysis cache: coded comments and charts in the database, for every instance

Revision ID: 0003_shared_analysis_cache
Revises: 0003_sign_in_throttle
Create Date: 2026-12-02 11:20:00

Each instance kept its own cache file (instance/analysis-cache.sqlite3); an erasure through one
instance left the erased comment in the others' files. The cache now lives in these tables and is
dropped in the erasure's own transaction (docs/quality.md rule 29). The old files are removed by the
next erasure or purge on each instance.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0003_shared_analysis_cache"
down_revision = "0003_sign_in_throttle"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "analysis_feature",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("themes", sa.Text(), nullable=False),
        sa.Column("theme_rules", sa.Text(), nullable=False),
        sa.Column("sentiment", sa.String(length=20), nullable=False),
        sa.Column("polarity", sa.Float(), nullable=False),
        sa.Column("redacted_text", sa.Text(), nullable=False),
        sa.Column("risk_flag", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_analysis_feature")),
    )
    op.create_table(
        "analysis_chart",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("png", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_analysis_chart")),
    )
    state = op.create_table(
        "analysis_cache_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analysis_cache_state")),
    )
    op.bulk_insert(state, [{"id": 1, "generation": 0}])


def downgrade():
    op.drop_table("analysis_cache_state")
    op.drop_table("analysis_chart")
    op.drop_table("analysis_feature")
