"""recommendations: what the team recommends for each finding, with an owner and a status

Revision ID: 0011_recommendations
Revises: 0007_review
Create Date: 2026-12-02 18:00:00

The team writes and edits recommendations in the team area (/admin/recommendations), one finding
each (a codebook theme key or "general"); the lessons-learnt report prints them. Who wrote and last
changed each one is kept by id and by name, the id set to NULL if the member is removed.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0011_recommendations"
down_revision = "0007_review"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "recommendation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding", sa.String(length=120), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="proposed", nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["team_member.id"],
            name=op.f("fk_recommendation_created_by_id_team_member"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["team_member.id"],
            name=op.f("fk_recommendation_updated_by_id_team_member"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recommendation_finding"), ["finding"], unique=False)


def downgrade():
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_finding"))
    op.drop_table("recommendation")
