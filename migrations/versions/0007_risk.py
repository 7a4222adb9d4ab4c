"""risk categories: each cached coded comment keeps its risk category and the reason for the flag

Revision ID: 0007_risk
Revises: 0003_shared_analysis_cache
Create Date: 2026-12-10 10:00:00

The analysis cache holds only what the engine can compute again, and its keys cover the engine's
source, so no entry made before this change can be used after it: the table is made afresh.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0007_risk"
down_revision = "0003_shared_analysis_cache"
branch_labels = None
depends_on = None


def _feature_table(with_risk_category: bool):
    columns = [
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("themes", sa.Text(), nullable=False),
        sa.Column("theme_rules", sa.Text(), nullable=False),
        sa.Column("sentiment", sa.String(length=20), nullable=False),
        sa.Column("polarity", sa.Float(), nullable=False),
        sa.Column("redacted_text", sa.Text(), nullable=False),
        sa.Column("risk_flag", sa.Boolean(), nullable=False),
    ]
    if with_risk_category:
        columns += [
            sa.Column("risk_category", sa.String(length=40), nullable=False),
            sa.Column("risk_reason", sa.Text(), nullable=False),
        ]
    op.create_table(
        "analysis_feature", *columns, sa.PrimaryKeyConstraint("key", name=op.f("pk_analysis_feature"))
    )


def upgrade():
    op.drop_table("analysis_feature")
    _feature_table(with_risk_category=True)


def downgrade():
    op.drop_table("analysis_feature")
    _feature_table(with_risk_category=False)
