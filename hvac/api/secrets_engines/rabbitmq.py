"""RabbitMQ secrets engine."""
from hvac.api.vault_api_base import VaultApiBase


class RabbitMQ(VaultApiBase):
    """RabbitMQ secrets engine."""
