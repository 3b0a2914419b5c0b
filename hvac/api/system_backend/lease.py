"""System backend: leases (``/v1/sys/leases``)."""
from typing import Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Lease(SystemBackendMixin):
    """Look up, renew, list and revoke leases."""

    def read_lease(self, lease_id: str) -> VaultResponse:
        """Read the metadata of a lease (issue time, expiry, TTL, renewable).

        ``PUT /v1/sys/leases/lookup``

        :param lease_id: the lease's ID.
        :return: the decoded response (``data.expire_time``, ``data.ttl``...), or the requests.Response.
        """
        return self._adapter.put(url="/v1/sys/leases/lookup", json={"lease_id": lease_id})

    def list_leases(self, prefix: str) -> VaultResponse:
        """List the lease IDs under ``prefix`` (a path ending in ``/`` lists sub-prefixes too).

        ``LIST /v1/sys/leases/lookup/{prefix}``

        :param prefix: the lease prefix, e.g. ``kv/secret/``.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/sys/leases/lookup/{prefix}", prefix=prefix)
        return self._adapter.list(url=api_path)

    def renew_lease(self, lease_id: str, increment: Optional[int] = None) -> VaultResponse:
        """Renew a lease, asking for ``increment`` more seconds.

        ``PUT /v1/sys/leases/renew``

        :param lease_id: the lease's ID.
        :param increment: the requested extension in seconds (``None`` is sent as ``null``).
        :return: the decoded response (``lease_id``, ``lease_duration``, ``renewable``), or the requests.Response.
        """
        params = {"lease_id": lease_id, "increment": increment}
        return self._adapter.put(url="/v1/sys/leases/renew", json=params)

    def revoke_lease(self, lease_id: str) -> VaultResponse:
        """Revoke a lease at once.

        ``PUT /v1/sys/leases/revoke``

        :param lease_id: the lease's ID.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        """
        return self._adapter.put(url="/v1/sys/leases/revoke", json={"lease_id": lease_id})

    def revoke_prefix(self, prefix: str) -> VaultResponse:
        """Revoke every lease under ``prefix``.

        ``PUT /v1/sys/leases/revoke-prefix/{prefix}``

        :param prefix: the lease prefix.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        """
        return self._revoke_under("revoke-prefix", prefix)

    def revoke_force(self, prefix: str) -> VaultResponse:
        """Revoke every lease under ``prefix``, dropping them even when the backend's revocation fails.

        ``PUT /v1/sys/leases/revoke-force/{prefix}``

        :param prefix: the lease prefix.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        """
        return self._revoke_under("revoke-force", prefix)

    def _revoke_under(self, action: str, prefix: str) -> VaultResponse:
        # The prefix goes both in the path and in the body, as the reference sends it.
        api_path = utils.format_url("/v1/sys/leases/{action}/{prefix}", action=action, prefix=prefix)
        return self._adapter.put(url=api_path, json={"prefix": prefix})
