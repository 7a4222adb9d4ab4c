"""password change: a member must choose a new password after an admin's reset

Revision ID: 0003_password_change
Revises: 0002
Create Date: 2026-12-02 11:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0003_password_change"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    # batch_alter_table: SQLite cannot add a NOT NULL column with ALTER TABLE alone on every version.
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade():
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.drop_column("must_change_password")
