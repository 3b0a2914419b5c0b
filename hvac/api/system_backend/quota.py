"""System backend: rate-limit quotas (``/v1/sys/quotas/rate-limit``) and, beyond the reference,
the quota settings of the server (``/v1/sys/quotas/config``) and Vault Enterprise's lease-count
quotas (``/v1/sys/quotas/lease-count``)."""
from typing import List, Optional, Union

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _quota_path(name: str, kind: str = "rate-limit") -> str:
    return utils.format_url("/v1/sys/quotas/{kind}/{name}", kind=kind, name=name)


class Quota(SystemBackendMixin[VaultResponse]):
    """Rate-limit quotas: create or update, read, list, delete."""

    def read_quota(self, name: str) -> VaultResponse:
        """Read a rate-limit quota.

        ``GET /v1/sys/quotas/rate-limit/{name}``

        :param name: the quota name.
        :return: the decoded quota (``data.rate``, ``data.path``, ``data.interval`` …), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_quota_path(name))

    def list_quotas(self) -> VaultResponse:
        """List the names of the rate-limit quotas.

        ``LIST /v1/sys/quotas/rate-limit``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list("/v1/sys/quotas/rate-limit")

    def create_or_update_quota(
        self,
        name: str,
        rate: float,
        path: Optional[str] = None,
        interval: Optional[Union[str, int]] = None,
        block_interval: Optional[Union[str, int]] = None,
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
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
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
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_quota_path(name))

    def read_quotas_configuration(self) -> VaultResponse:
        """Read the server-wide quota settings (beyond the reference).

        ``GET /v1/sys/quotas/config``

        :return: the decoded answer (``data.rate_limit_exempt_paths``,
            ``data.enable_rate_limit_response_headers`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/quotas/config")

    def configure_quotas(
        self,
        rate_limit_exempt_paths: Optional[List[str]] = None,
        enable_rate_limit_audit_logging: Optional[bool] = None,
        enable_rate_limit_response_headers: Optional[bool] = None,
    ) -> VaultResponse:
        """Replace the server-wide quota settings (beyond the reference).

        ``POST /v1/sys/quotas/config``

        The write replaces the whole configuration: a setting left out goes back to false (the
        flags) or to an empty list (the exempt paths, defaults included). Read the configuration
        first to change one setting only.

        :param rate_limit_exempt_paths: paths no rate-limit quota applies to.
        :param enable_rate_limit_audit_logging: audit-log the requests refused by a rate limit.
        :param enable_rate_limit_response_headers: add ``X-Ratelimit-*`` headers to answers.
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "rate_limit_exempt_paths": rate_limit_exempt_paths,
                "enable_rate_limit_audit_logging": enable_rate_limit_audit_logging,
                "enable_rate_limit_response_headers": enable_rate_limit_response_headers,
            }
        )
        return self._adapter.post("/v1/sys/quotas/config", json=params)

    # --- lease-count quotas (Vault Enterprise) --------------------------------------------------

    def create_or_update_lease_count_quota(
        self, name: str, max_leases: Optional[int] = None, path: Optional[str] = None,
        role: Optional[str] = None, inheritable: Optional[bool] = None,
    ) -> VaultResponse:
        """Create or update a quota on how many leases may exist (Vault Enterprise).

        ``POST /v1/sys/quotas/lease-count/{name}``

        A new quota starts from the leases that already exist, which may exceed ``max_leases``;
        creating it on paths with many leases is costly.

        :param name: the quota's name.
        :param max_leases: how many leases may exist under ``path``.
        :param path: where it applies: empty for everything, a namespace (``ns1/``), a mount
            (``ns1/auth/userpass``) or a path below one, with a trailing ``*`` for a prefix;
            changing it moves the quota.
        :param role: a login role of the auth mount at ``path`` the quota is limited to.
        :param inheritable: apply it to the child namespaces too (``path`` must be a namespace).
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"max_leases": max_leases, "path": path, "role": role, "inheritable": inheritable}
        return self._adapter.post(_quota_path(name, "lease-count"), json=utils.remove_nones(fields))

    def read_lease_count_quota(self, name: str) -> VaultResponse:
        """Read a lease-count quota (Vault Enterprise): its limit and where it applies.

        ``GET /v1/sys/quotas/lease-count/{name}``

        :param name: the quota's name.
        :return: the decoded answer (``data.max_leases``, ``data.path``, ``data.role``,
            ``data.type``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_quota_path(name, "lease-count"))

    def list_lease_count_quotas(self) -> VaultResponse:
        """List the lease-count quotas of every namespace (Vault Enterprise).

        ``LIST /v1/sys/quotas/lease-count``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when no quota exists (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list("/v1/sys/quotas/lease-count")

    def delete_lease_count_quota(self, name: str) -> VaultResponse:
        """Delete a lease-count quota (not one of a parent or sibling namespace; Vault Enterprise).

        ``DELETE /v1/sys/quotas/lease-count/{name}``

        :param name: the quota's name.
        :return: the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_quota_path(name, "lease-count"))
