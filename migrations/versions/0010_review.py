"""comment reviews: the team's codes for a comment, per theme with a stance and quote approval

Revision ID: 0007_review
Revises: 0007_flags
Create Date: 2026-12-03 10:00:00

One review per (response, question, team member): themes with stances, sentiment, risk flag and the
codebook name and version it was coded against. Reviewed codes override the engine's in the analysis
page, report and downloads; they hold no comment text and go with the response when it is erased.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0007_review"
down_revision = "0007_flags"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "comment_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(length=120), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("codebook", sa.String(length=200), nullable=False),
        sa.Column("codebook_version", sa.String(length=100), nullable=False),
        sa.Column("sentiment", sa.String(length=20), nullable=False),
        sa.Column("risk_flag", sa.Boolean(), nullable=False),
        sa.Column("accepted_as_coded", sa.Boolean(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"], ["response.id"],
            name=op.f("fk_comment_review_response_id_response"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["team_member.id"], name=op.f("fk_comment_review_reviewer_id_team_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_review")),
        sa.UniqueConstraint(
            "response_id", "question_key", "reviewer_id",
            name=op.f("uq_comment_review_response_id"),
        ),
    )
    with op.batch_alter_table("comment_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_review_response_id"), ["response_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_comment_review_reviewer_id"), ["reviewer_id"], unique=False)
    op.create_table(
        "comment_review_theme",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("theme_key", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("codebook", sa.String(length=80), nullable=False),
        sa.Column("codebook_version", sa.String(length=40), nullable=False),
        sa.Column("stance", sa.String(length=20), nullable=False),
        sa.Column("quote_approved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"], ["comment_review.id"],
            name=op.f("fk_comment_review_theme_review_id_comment_review"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "theme_key", name=op.f("pk_comment_review_theme")),
    )


def downgrade():
    op.drop_table("comment_review_theme")
    with op.batch_alter_table("comment_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_review_reviewer_id"))
        batch_op.drop_index(batch_op.f("ix_comment_review_response_id"))
    op.drop_table("comment_review")
