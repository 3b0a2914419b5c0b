"""System backend: rate-limit quotas (``/v1/sys/quotas/rate-limit``)."""
from typing import Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _quota_path(name: str) -> str:
    return utils.format_url("/v1/sys/quotas/rate-limit/{name}", name=name)


class Quota(SystemBackendMixin):
    """Rate-limit quotas: create or update, read, list, delete."""

    def read_quota(self, name: str) -> VaultResponse:
        """Read a rate-limit quota.

        ``GET /v1/sys/quotas/rate-limit/{name}``

        :param name: the quota name.
        :return: the decoded quota (``data.rate``, ``data.path``, ``data.interval`` …), or the
            requests.Response.
        """
        return self._adapter.get(_quota_path(name))

    def list_quotas(self) -> VaultResponse:
        """List the names of the rate-limit quotas.

        ``LIST /v1/sys/quotas/rate-limit``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        """
        return self._adapter.list("/v1/sys/quotas/rate-limit")

    def create_or_update_quota(
        self,
        name: str,
        rate: float,
        path: Optional[str] = None,
        interval: Optional[str] = None,
        block_interval: Optional[str] = None,
        role: Optional[str] = None,
        rate_limit_type: Optional[str] = None,
        inheritable: Optional[bool] = None,
    ) -> VaultResponse:
        """Create a rate-limit quota or update it.

        ``POST /v1/sys/quotas/rate-limit/{name}``

        :param name: the quota name.
        :param rate: requests allowed per ``interval`` (more than 0).
        :param path: where the quota applies: empty for everything, a namespace, a mount
            (``transit/``) or a path below a mount.
        :param interval: the window ``rate`` is counted over (``"1s"`` by default on the server).
        :param block_interval: how long a client that exceeded the quota is refused.
        :param role: a login role of the auth method at ``path`` the quota is limited to.
        :param rate_limit_type: ``lease`` or ``count`` (sent as ``type``; Vault Enterprise).
        :param inheritable: whether child namespaces inherit the quota (Vault Enterprise).
        :return: the requests.Response (Vault answers 204).
        """
        params = utils.remove_nones(
            {
                "name": name,
                "rate": rate,
                "path": path,
                "interval": interval,
                "block_interval": block_interval,
                "role": role,
                "type": rate_limit_type,
                "inheritable": inheritable,
            }
        )
        return self._adapter.post(_quota_path(name), json=params)

    def delete_quota(self, name: str) -> VaultResponse:
        """Delete a rate-limit quota.

        ``DELETE /v1/sys/quotas/rate-limit/{name}``

        :param name: the quota name.
        :return: the requests.Response (Vault answers 204).
        """
        return self._adapter.delete(_quota_path(name))
