"""sign-in throttle by account and by client

Revision ID: 0003_sign_in_throttle
Revises: 0003_shared_output_release

The throttle's rows are counts of the last minutes' attempts, nothing to keep: the table is made
anew with one row per bucket (an account's or a client's keyed digest).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_sign_in_throttle"
down_revision = "0003_shared_output_release"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table("sign_in_throttle")
    op.create_table(
        "sign_in_throttle",
        sa.Column("bucket", sa.String(length=80), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("window_ends_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_sign_in_throttle")),
    )
    with op.batch_alter_table("sign_in_throttle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sign_in_throttle_window_ends_at"), ["window_ends_at"], unique=False
        )


def downgrade():
    with op.batch_alter_table("sign_in_throttle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_in_throttle_window_ends_at"))
    op.drop_table("sign_in_throttle")
    op.create_table(
        "sign_in_throttle",
        sa.Column("email_digest", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failure_at", sa.DateTime(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("email_digest", name=op.f("pk_sign_in_throttle")),
    )
