"""System backend: leases (``/v1/sys/leases``).

Renewal and revocation are also served at their earlier, deprecated paths without ``leases/``
(``/v1/sys/renew``, ``/v1/sys/revoke``, ``/v1/sys/revoke-prefix`` …), which Vault still serves
and OpenBao no longer does: the methods that send them take ``legacy_path=True``.
"""
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _lease_url(action: str, legacy_path: bool, target: Optional[str] = None) -> str:
    """``/v1/sys/leases/<action>[/<target>]``, or ``/v1/sys/<action>[/<target>]`` for the legacy path."""
    url = f"/v1/sys/{action}" if legacy_path else f"/v1/sys/leases/{action}"
    return url if target is None else url + utils.format_url("/{target}", target=target)


class Lease(SystemBackendMixin[VaultResponse]):
    """Look up, renew, list and revoke leases."""

    def read_lease(self, lease_id: str) -> VaultResponse:
        """Read the metadata of a lease (issue time, expiry, TTL, renewable).

        ``PUT /v1/sys/leases/lookup``

        :param lease_id: the lease's ID.
        :return: the decoded response (``data.expire_time``, ``data.ttl``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.put(url="/v1/sys/leases/lookup", json={"lease_id": lease_id})

    def list_leases(self, prefix: str) -> VaultResponse:
        """List the lease IDs under ``prefix`` (a path ending in ``/`` lists sub-prefixes too).

        ``LIST /v1/sys/leases/lookup/{prefix}``

        :param prefix: the lease prefix, e.g. ``kv/secret/``.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        api_path = utils.format_url("/v1/sys/leases/lookup/{prefix}", prefix=prefix)
        return self._adapter.list(url=api_path)

    def renew_lease(self, lease_id: str, increment: Optional[int] = None, *, legacy_path: bool = False) -> VaultResponse:
        """Renew a lease, asking for ``increment`` more seconds.

        ``PUT /v1/sys/leases/renew``, or ``PUT /v1/sys/renew`` with ``legacy_path``

        :param lease_id: the lease's ID.
        :param increment: the requested extension in seconds (``None`` is sent as ``null``).
        :param legacy_path: use the deprecated path (Vault, not OpenBao).
        :return: the decoded response (``lease_id``, ``lease_duration``, ``renewable``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"lease_id": lease_id, "increment": increment}
        return self._adapter.put(url=_lease_url("renew", legacy_path), json=params)

    def revoke_lease(
        self, lease_id: str, *, sync: Optional[bool] = None, legacy_path: bool = False
    ) -> VaultResponse:
        """Revoke a lease at once.

        ``PUT /v1/sys/leases/revoke``, or ``PUT /v1/sys/revoke`` with ``legacy_path``

        :param lease_id: the lease's ID.
        :param sync: ``False`` to queue the revocation and answer at once (the servers' default
            is ``True``: answer once it is done).
        :param legacy_path: use the deprecated path (Vault, not OpenBao).
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"lease_id": lease_id, "sync": sync})
        return self._adapter.put(url=_lease_url("revoke", legacy_path), json=params)

    def revoke_prefix(
        self, prefix: str, *, sync: Optional[bool] = None, legacy_path: bool = False
    ) -> VaultResponse:
        """Revoke every lease under ``prefix``.

        ``PUT /v1/sys/leases/revoke-prefix/{prefix}``, or ``PUT /v1/sys/revoke-prefix/{prefix}``
        with ``legacy_path``

        :param prefix: the lease prefix.
        :param sync: ``False`` to queue the revocations and answer at once (default ``True``).
        :param legacy_path: use the deprecated path (Vault, not OpenBao).
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._revoke_under("revoke-prefix", prefix, legacy_path, sync=sync)

    def revoke_force(self, prefix: str, *, legacy_path: bool = False) -> VaultResponse:
        """Revoke every lease under ``prefix``, dropping them even when the backend's revocation fails.

        ``PUT /v1/sys/leases/revoke-force/{prefix}``, or ``PUT /v1/sys/revoke-force/{prefix}``
        with ``legacy_path``

        :param prefix: the lease prefix.
        :param legacy_path: use the deprecated path (Vault, not OpenBao).
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._revoke_under("revoke-force", prefix, legacy_path)

    def _revoke_under(self, action: str, prefix: str, legacy_path: bool, **fields: Any) -> VaultResponse:
        # The prefix goes both in the path and in the body, as the reference sends it.
        body = {"prefix": prefix, **utils.remove_nones(fields)}
        return self._adapter.put(url=_lease_url(action, legacy_path, prefix), json=body)

    # --- Beyond the reference -----------------------------------------------------------------

    def list_lease_prefixes(self) -> VaultResponse:
        """List the top level of the lease tree: the mounts (``auth/``, ``<engine>/``) that hold leases.

        ``LIST /v1/sys/leases/lookup/``

        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        # The adapter drops the final "/"; OpenBao lists the root of the tree either way.
        return self._adapter.list(url="/v1/sys/leases/lookup/")

    def renew_lease_by_url(
        self, lease_id: str, increment: Optional[int] = None, *, legacy_path: bool = False
    ) -> VaultResponse:
        """Renew a lease named in the URL, so that ACL policies can grant renewal per lease prefix.

        ``POST /v1/sys/leases/renew/{lease_id}``, or ``POST /v1/sys/renew/{lease_id}`` with ``legacy_path``

        :param lease_id: the lease's ID (its ``/`` stay path separators).
        :param increment: the requested extension in seconds; the engine's default when ``None``.
        :param legacy_path: use the deprecated path (Vault, not OpenBao).
        :return: the decoded response (``lease_id``, ``lease_duration``, ``renewable``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._lease_in_url("renew", lease_id, legacy_path, {"increment": increment})

    def revoke_lease_by_url(
        self, lease_id: str, sync: Optional[bool] = None, *, legacy_path: bool = False
    ) -> VaultResponse:
        """Revoke a lease named in the URL, so that ACL policies can grant revocation per lease prefix.

        ``POST /v1/sys/leases/revoke/{lease_id}``, or ``POST /v1/sys/revoke/{lease_id}`` with ``legacy_path``

        :param lease_id: the lease's ID (its ``/`` stay path separators).
        :param sync: ``False`` to queue the revocation and answer at once (OpenBao's default is ``True``).
        :param legacy_path: use the deprecated path (Vault, not OpenBao).
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._lease_in_url("revoke", lease_id, legacy_path, {"sync": sync})

    def list_irrevocable_leases(
        self, include_child_namespaces: Optional[bool] = None, limit: Optional[Union[int, str]] = None
    ) -> VaultResponse:
        """List the leases OpenBao failed to revoke (the only kind this endpoint lists).

        ``GET /v1/sys/leases?type=irrevocable``

        :param include_child_namespaces: also list the leases of the child namespaces.
        :param limit: the most leases to answer (OpenBao's default is 10000), or ``"none"``.
        :return: the decoded response (``data.leases``, ``data.lease_count``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = _irrevocable_query(include_child_namespaces, limit=limit)
        return self._adapter.get(url="/v1/sys/leases", params=params)

    def count_irrevocable_leases(self, include_child_namespaces: Optional[bool] = None) -> VaultResponse:
        """Count the leases OpenBao failed to revoke, per mount.

        ``GET /v1/sys/leases/count?type=irrevocable``

        :param include_child_namespaces: also count the leases of the child namespaces.
        :return: the decoded response (``data.lease_count``, ``data.counts``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url="/v1/sys/leases/count", params=_irrevocable_query(include_child_namespaces))

    def tidy_leases(self) -> VaultResponse:
        """Start cleaning up the lease store (leases of tokens that no longer exist …) in the background.

        ``POST /v1/sys/leases/tidy``

        :return: the requests.Response (OpenBao answers 202; the outcome goes to the server log).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url="/v1/sys/leases/tidy")

    def _lease_in_url(self, action: str, lease_id: str, legacy_path: bool, fields: Dict[str, Any]) -> VaultResponse:
        return self._adapter.post(url=_lease_url(action, legacy_path, lease_id), json=utils.remove_nones(fields))


def _irrevocable_query(include_child_namespaces: Optional[bool], **more: Any) -> Dict[str, Any]:
    # "irrevocable" is the only lease type these endpoints accept; without it they answer 404.
    return utils.remove_nones({"type": "irrevocable", "include_child_namespaces": include_child_namespaces, **more})
