"""KV secrets engine, version 1 (unversioned key/value pairs)."""
from typing import Any, Dict, Optional

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "secret"

#: The verbs ``create_or_update_secret`` accepts for its ``method`` argument.
_WRITE_METHODS = ("POST", "PUT")


class KvV1(VaultApiBase[VaultResponse]):
    """KV secrets engine, version 1: one unversioned value per path."""

    def _url(self, path: str, mount_point: str) -> str:
        return utils.format_url("/v1/{mount_point}/{path}", mount_point=mount_point, path=path)

    def read_secret(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the secret stored at ``path``.

        ``GET /v1/{mount_point}/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (the pairs are under ``data``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url(path, mount_point))

    def list_secrets(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT, *, scan: bool = False) -> VaultResponse:
        """List the key names below ``path`` (names ending in ``/`` are folders).

        ``LIST /v1/{mount_point}/{path}``, or with ``scan`` ``GET /v1/{mount_point}/{path}?scan=true``

        :param path: the folder to list.
        :param mount_point: where the engine is mounted.
        :param scan: list the whole tree below ``path`` (``a/b`` rather than ``a/``; OpenBao only).
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        if scan:
            return self._adapter.get(url=self._url(path, mount_point), params={"scan": "true"})
        return self._adapter.list(url=self._url(path, mount_point))

    def create_or_update_secret(
        self,
        path: str,
        secret: Dict[str, Any],
        method: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Store ``secret`` at ``path``, replacing whatever was there.

        ``POST /v1/{mount_point}/{path}`` (create) or ``PUT /v1/{mount_point}/{path}`` (update)

        :param path: the secret's path below the mount.
        :param secret: the key/value pairs to store.
        :param method: ``"POST"`` or ``"PUT"``. Omitted, the secret is read first: ``PUT`` when it
            exists, ``POST`` when the read raises :class:`~hvac.exceptions.InvalidPath`.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (Vault usually answers 204).
        :raises hvac.exceptions.ParamValidationError: for any other ``method``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403), to write or,
            without ``method``, to read the secret first.
        """
        if method is not None and method not in _WRITE_METHODS:
            raise exceptions.ParamValidationError(
                f'"method" parameter provided invalid value; POST or PUT allowed, "{method}" provided'
            )
        if method is None:
            try:
                self.read_secret(path=path, mount_point=mount_point)
                method = "PUT"
            except exceptions.InvalidPath:
                method = "POST"
        api_path = self._url(path, mount_point)
        if method == "POST":
            return self._adapter.post(url=api_path, json=secret)
        return self._adapter.put(url=api_path, json=secret)

    def delete_secret(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the secret stored at ``path``.

        ``DELETE /v1/{mount_point}/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :return: the response of the DELETE (a requests.Response for Vault's usual 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=self._url(path, mount_point))
