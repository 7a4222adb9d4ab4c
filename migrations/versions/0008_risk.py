"""risk categories: each cached coded comment keeps its risk category and the reason for the flag

Revision ID: 0007_risk
Revises: 0007_themes
Create Date: 2026-12-10 10:00:00

The analysis cache holds only what the engine can compute again, and its keys cover the engine's
source, so no entry made before this change can be used after it: the table is emptied.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0007_risk"
down_revision = "0007_themes"
branch_labels = None
depends_on = None


def upgrade():
    # Only a cache: entries made before risk categories existed can never be used again.
    op.execute("DELETE FROM analysis_feature")
    with op.batch_alter_table("analysis_feature", schema=None) as batch_op:
        batch_op.add_column(sa.Column("risk_category", sa.String(length=40), nullable=False))
        batch_op.add_column(sa.Column("risk_reason", sa.Text(), nullable=False))


def downgrade():
    op.execute("DELETE FROM analysis_feature")
    with op.batch_alter_table("analysis_feature", schema=None) as batch_op:
        batch_op.drop_column("risk_reason")
        batch_op.drop_column("risk_category")
