"""flagged comments: risk flags found at submission, and the team's review of each

Revision ID: 0007_flags
Revises: 0007_risk
Create Date: 2026-12-02 15:00:00

Each typed answer the risk check flags when a response is sent gets a row, with the engine's
category and reason, a status (new, reviewed, action taken, no action needed), a note, and who
last changed it. The row goes with its response (ON DELETE CASCADE), as the answers do. Responses
stored before this revision are flagged by `flask --app feedback_app flag-comments`.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0007_flags"
down_revision = "0007_risk"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "flagged_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("flagged_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="new", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=120), server_default="", nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_flagged_comment_response_id_response"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["team_member.id"],
            name=op.f("fk_flagged_comment_reviewed_by_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flagged_comment")),
        sa.UniqueConstraint("response_id", "question_key", name=op.f("uq_flagged_comment_response_id")),
    )
    with op.batch_alter_table("flagged_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_flagged_comment_status"), ["status"], unique=False)


def downgrade():
    with op.batch_alter_table("flagged_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_flagged_comment_status"))
    op.drop_table("flagged_comment")
