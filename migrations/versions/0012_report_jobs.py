"""report jobs: reports and analysis packs made by the task queue's worker, with progress and the file

Revision ID: 0012_report_jobs
Revises: 0011_recommendations
Create Date: 2026-12-02 18:30:00

One row per report or pack a team member asked for: its kind, parameters (questionnaire, filter),
status, progress and stage, a plain error message, and the finished file. Any instance reads it, so
any instance shows the progress and serves the file.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0012_report_jobs"
down_revision = "0011_recommendations"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "report_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=43), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=120), nullable=False),
        sa.Column("error", sa.String(length=500), nullable=False),
        sa.Column("result", sa.LargeBinary(), nullable=True),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["requested_by_id"], ["team_member.id"],
            name=op.f("fk_report_job_requested_by_id_team_member"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_job")),
        sa.UniqueConstraint("public_id", name=op.f("uq_report_job_public_id")),
    )
    with op.batch_alter_table("report_job", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_job_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_report_job_requested_by_id"), ["requested_by_id"], unique=False)


def downgrade():
    with op.batch_alter_table("report_job", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_job_requested_by_id"))
        batch_op.drop_index(batch_op.f("ix_report_job_created_at"))
    op.drop_table("report_job")
