"""theme stances: each cached coded comment keeps a stance and a sentiment per theme

Revision ID: 0007_themes
Revises: 0003_shared_analysis_cache

The coded-comment cache gains two columns (analysis/text/stance.py). Every entry kept so far was
keyed on the engine's old source, so none could be found again; they are deleted first, which lets
the new columns be NOT NULL without a default.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_themes"
down_revision = "0003_shared_analysis_cache"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DELETE FROM analysis_feature")
    # batch_alter_table: SQLite cannot add a NOT NULL column with ALTER TABLE alone on every version.
    with op.batch_alter_table("analysis_feature", schema=None) as batch_op:
        batch_op.add_column(sa.Column("theme_stances", sa.Text(), nullable=False))
        batch_op.add_column(sa.Column("theme_sentiments", sa.Text(), nullable=False))


def downgrade():
    op.execute("DELETE FROM analysis_feature")
    with op.batch_alter_table("analysis_feature", schema=None) as batch_op:
        batch_op.drop_column("theme_sentiments")
        batch_op.drop_column("theme_stances")
