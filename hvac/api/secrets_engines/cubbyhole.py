"""Cubbyhole secrets engine: a private storage area per token.

Beyond the reference: hvac has no class for this engine.
"""
from typing import Any, Dict

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "cubbyhole"


class Cubbyhole(VaultApiBase[VaultResponse]):
    """Cubbyhole secrets engine: a private storage area per token.

    What a token stores here only that token can read, and it is gone when the token expires
    or is revoked.
    """

    @staticmethod
    def _url(path: str, mount_point: str) -> str:
        return utils.format_url("/v1/{mount_point}/{path}", mount_point=mount_point, path=path)

    def read_secret(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the pairs stored at ``path`` in the calling token's cubbyhole.

        ``GET /v1/{mount_point}/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (the pairs are under ``data``), or the requests.Response.
        """
        return self._adapter.get(url=self._url(path, mount_point))

    def list_secrets(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the names stored below ``path`` (names ending in ``/`` are folders).

        ``LIST /v1/{mount_point}/{path}``

        :param path: the folder to list; ``""`` for the top of the cubbyhole.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url(path, mount_point))

    def create_or_update_secret(
        self, path: str, secret: Dict[str, Any], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Store ``secret`` at ``path``, replacing whatever was there.

        ``POST /v1/{mount_point}/{path}``

        :param path: the secret's path below the mount.
        :param secret: the key/value pairs to store.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.post(url=self._url(path, mount_point), json=secret)

    def delete_secret(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the secret stored at ``path``.

        ``DELETE /v1/{mount_point}/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url(path, mount_point))
