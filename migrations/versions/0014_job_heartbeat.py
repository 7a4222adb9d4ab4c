"""report jobs: a heartbeat and an attempt count, so a job whose worker died is run again

Revision ID: 0014_job_heartbeat
Revises: 0013_expected_responses
Create Date: 2026-12-02 21:50:00

heartbeat_at is written every few seconds by the worker running a job; a running job whose heartbeat
is old lost its worker and is put back on the queue. attempts counts the runs, bounds them, and fences
each run's writes to its own. Rows already there have no heartbeat and 0 attempts: a running one is
judged by its updated_at until it is run again.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0014_job_heartbeat"
down_revision = "0013_expected_responses"
branch_labels = None
depends_on = None


def upgrade():
    # batch_alter_table: SQLite cannot add a NOT NULL column with ALTER TABLE alone on every version.
    with op.batch_alter_table("report_job", schema=None) as batch_op:
        batch_op.add_column(sa.Column("heartbeat_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))


def downgrade():
    with op.batch_alter_table("report_job", schema=None) as batch_op:
        batch_op.drop_column("attempts")
        batch_op.drop_column("heartbeat_at")
