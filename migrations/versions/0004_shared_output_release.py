"""shared output releases: the groups whose summaries left the analysis (differencing check)

Revision ID: 0003_shared_output_release
Revises: 0003_password_change
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0003_shared_output_release"
down_revision = "0003_password_change"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "shared_output_release",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("filter_key", sa.String(length=64), nullable=False),
        sa.Column("filter_description", sa.String(length=500), nullable=False),
        sa.Column("respondents", sa.Integer(), nullable=False),
        sa.Column("ids_digest", sa.String(length=64), nullable=False),
        sa.Column("response_ids", sa.LargeBinary(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"],
            ["questionnaire.id"],
            name=op.f("fk_shared_output_release_questionnaire_id_questionnaire"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_output_release")),
    )
    with op.batch_alter_table("shared_output_release", schema=None) as batch_op:
        batch_op.create_index(
            "ix_shared_output_release_questionnaire_size", ["questionnaire_id", "respondents"], unique=False
        )


def downgrade():
    with op.batch_alter_table("shared_output_release", schema=None) as batch_op:
        batch_op.drop_index("ix_shared_output_release_questionnaire_size")
    op.drop_table("shared_output_release")
