"""crash-safe idempotency claims, spent refresh tokens

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 04:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.db.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("idempotent_replies", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("claimant", sa.String(length=32), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("claimed_at", server.db.base.UTCDateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "spent_refresh_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("spent_at", server.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["auth_sessions.id"],
            name=op.f("fk_spent_refresh_tokens_session_id_auth_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_spent_refresh_tokens")),
    )
    with op.batch_alter_table("spent_refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_spent_refresh_tokens_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("spent_refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spent_refresh_tokens_session_id"))
    op.drop_table("spent_refresh_tokens")
    with op.batch_alter_table("idempotent_replies", schema=None) as batch_op:
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("claimant")
